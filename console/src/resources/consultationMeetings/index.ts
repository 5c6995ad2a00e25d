import Groups from '@mui/icons-material/Groups';
import { lazyView } from '../lazyView';

export default {
  list: lazyView(() => import('./MeetingList'), 'MeetingList'),
  show: lazyView(() => import('./MeetingShow'), 'MeetingShow'),
  create: lazyView(() => import('./MeetingForm'), 'MeetingCreate'),
  edit: lazyView(() => import('./MeetingForm'), 'MeetingEdit'),
  icon: Groups,
  recordRepresentation: 'title',
};
