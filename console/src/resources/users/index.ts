import People from '@mui/icons-material/People';
import { lazyView } from '../lazyView';

export default {
  list: lazyView(() => import('./UserList'), 'UserList'),
  show: lazyView(() => import('./UserShow'), 'UserShow'),
  create: lazyView(() => import('./UserCreate'), 'UserCreate'),
  edit: lazyView(() => import('./UserEdit'), 'UserEdit'),
  icon: People,
  recordRepresentation: 'displayName',
};
