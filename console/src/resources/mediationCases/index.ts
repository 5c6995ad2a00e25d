import Forum from '@mui/icons-material/Forum';
import { lazyView } from '../lazyView';

export default {
  list: lazyView(() => import('./MediationCaseList'), 'MediationCaseList'),
  show: lazyView(() => import('./MediationCaseShow'), 'MediationCaseShow'),
  create: lazyView(() => import('./MediationCaseCreate'), 'MediationCaseCreate'),
  icon: Forum,
  recordRepresentation: 'caseNo',
};
