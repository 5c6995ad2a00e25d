import BarChart from '@mui/icons-material/BarChart';
import EmojiEvents from '@mui/icons-material/EmojiEvents';
import FactCheck from '@mui/icons-material/FactCheck';
import GridOn from '@mui/icons-material/GridOn';
import Insights from '@mui/icons-material/Insights';
import ManageSearch from '@mui/icons-material/ManageSearch';
import UploadFile from '@mui/icons-material/UploadFile';
import Payments from '@mui/icons-material/Payments';
import Settings from '@mui/icons-material/Settings';
import { Menu, usePermissions, useTranslate } from 'react-admin';
import { menuFor } from '../providers/canAccess';
import type { Role } from '../providers/session';
import { resourceLabelKey } from '../resources/labelKeys';

const PAGE_ICONS = {
  coverage: <Insights />,
  caseStatistics: <BarChart />,
  supervision: <FactCheck />,
  trainingCompliance: <GridOn />,
  idNumberReuse: <ManageSearch />,
  assessment: <EmojiEvents />,
  regionImport: <UploadFile />,
  subsidies: <Payments />,
  settings: <Settings />,
};

/** The menu of the signed-in tier: each entry a link with `data-testid="menu-<name>"`. */
export const AppMenu = () => {
  const translate = useTranslate();
  const { permissions } = usePermissions<Role>();
  return (
    <Menu data-testid="app-menu">
      <Menu.DashboardItem data-testid="menu-dashboard" primaryText={translate('fq.menu.dashboard')} />
      {menuFor(permissions).map((entry) =>
        entry.kind === 'page' ? (
          <Menu.Item
            key={entry.name}
            to={entry.to}
            data-testid={`menu-${entry.name}`}
            primaryText={translate(`fq.menu.${entry.name}`)}
            leftIcon={PAGE_ICONS[entry.name as keyof typeof PAGE_ICONS]}
          />
        ) : (
          <Menu.ResourceItem
            key={entry.name}
            name={entry.name}
            data-testid={`menu-${entry.name}`}
            primaryText={translate(resourceLabelKey(entry.name, permissions))}
          />
        ),
      )}
    </Menu>
  );
};
