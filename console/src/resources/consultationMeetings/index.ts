import Groups from '@mui/icons-material/Groups';
import { MeetingCreate, MeetingEdit } from './MeetingForm';
import { MeetingList } from './MeetingList';
import { MeetingShow } from './MeetingShow';

export default {
  list: MeetingList,
  show: MeetingShow,
  create: MeetingCreate,
  edit: MeetingEdit,
  icon: Groups,
  recordRepresentation: 'title',
};
