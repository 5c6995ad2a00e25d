import EventNote from '@mui/icons-material/EventNote';
import { lazyView } from '../lazyView';

export default {
  list: lazyView(() => import('./MonthlyReportList'), 'MonthlyReportList'),
  show: lazyView(() => import('./MonthlyReportShow'), 'MonthlyReportShow'),
  icon: EventNote,
};
