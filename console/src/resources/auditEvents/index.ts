import Policy from '@mui/icons-material/Policy';
import { lazyView } from '../lazyView';

export default {
  list: lazyView(() => import('./AuditEventList'), 'AuditEventList'),
  icon: Policy,
};
