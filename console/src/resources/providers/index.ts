import Business from '@mui/icons-material/Business';
import { lazyView } from '../lazyView';

export default {
  list: lazyView(() => import('./ProviderList'), 'ProviderList'),
  create: lazyView(() => import('./ProviderCreate'), 'ProviderCreate'),
  edit: lazyView(() => import('./ProviderEdit'), 'ProviderEdit'),
  icon: Business,
  recordRepresentation: 'name',
};
