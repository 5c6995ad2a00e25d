import Gavel from '@mui/icons-material/Gavel';
import { lazyView } from '../lazyView';

export default {
  list: lazyView(() => import('./LegalAdviserList'), 'LegalAdviserList'),
  show: lazyView(() => import('./LegalAdviserShow'), 'LegalAdviserShow'),
  create: lazyView(() => import('./LegalAdviserCreate'), 'LegalAdviserCreate'),
  edit: lazyView(() => import('./LegalAdviserEdit'), 'LegalAdviserEdit'),
  icon: Gavel,
  recordRepresentation: 'name',
};
