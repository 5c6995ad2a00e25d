import EditNote from '@mui/icons-material/EditNote';
import { lazyView } from '../lazyView';

export default {
  list: lazyView(() => import('./WorkLogEntryList'), 'WorkLogEntryList'),
  show: lazyView(() => import('./WorkLogEntryShow'), 'WorkLogEntryShow'),
  create: lazyView(() => import('./WorkLogEntryCreate'), 'WorkLogEntryCreate'),
  edit: lazyView(() => import('./WorkLogEntryEdit'), 'WorkLogEntryEdit'),
  icon: EditNote,
};
