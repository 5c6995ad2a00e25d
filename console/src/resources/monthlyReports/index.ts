import EventNote from '@mui/icons-material/EventNote';
import { MonthlyReportList } from './MonthlyReportList';
import { MonthlyReportShow } from './MonthlyReportShow';

export default {
  list: MonthlyReportList,
  show: MonthlyReportShow,
  icon: EventNote,
};
