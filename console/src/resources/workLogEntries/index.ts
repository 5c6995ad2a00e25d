import EditNote from '@mui/icons-material/EditNote';
import { WorkLogEntryCreate } from './WorkLogEntryCreate';
import { WorkLogEntryEdit } from './WorkLogEntryEdit';
import { WorkLogEntryList } from './WorkLogEntryList';
import { WorkLogEntryShow } from './WorkLogEntryShow';

export default {
  list: WorkLogEntryList,
  show: WorkLogEntryShow,
  create: WorkLogEntryCreate,
  edit: WorkLogEntryEdit,
  icon: EditNote,
};
