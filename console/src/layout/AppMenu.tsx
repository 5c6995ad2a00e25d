import { Menu, usePermissions, useTranslate } from 'react-admin';
import { resourcesFor } from '../providers/canAccess';
import type { Role } from '../providers/session';
import { resourceLabelKey } from '../resources';

/** The menu of the signed-in tier: each entry a link with `data-testid="menu-<resource>"`. */
export const AppMenu = () => {
  const translate = useTranslate();
  const { permissions } = usePermissions<Role>();
  return (
    <Menu data-testid="app-menu">
      <Menu.DashboardItem data-testid="menu-dashboard" primaryText={translate('fq.menu.dashboard')} />
      {resourcesFor(permissions).map((name) => (
        <Menu.ResourceItem
          key={name}
          name={name}
          data-testid={`menu-${name}`}
          primaryText={translate(resourceLabelKey(name, permissions))}
        />
      ))}
    </Menu>
  );
};
