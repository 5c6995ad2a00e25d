import Inventory from '@mui/icons-material/Inventory';
import { lazyView } from '../lazyView';

export default {
  list: lazyView(() => import('./RosterFilingList'), 'RosterFilingList'),
  show: lazyView(() => import('./RosterFilingShow'), 'RosterFilingShow'),
  icon: Inventory,
  recordRepresentation: (record: { number?: number }) => `#${record.number ?? ''}`,
};
