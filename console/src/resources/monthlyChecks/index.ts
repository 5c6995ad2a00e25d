import FactCheck from '@mui/icons-material/FactCheck';
import { lazyView } from '../lazyView';

export default {
  list: lazyView(() => import('./MonthlyCheckList'), 'MonthlyCheckList'),
  show: lazyView(() => import('./MonthlyCheckShow'), 'MonthlyCheckShow'),
  create: lazyView(() => import('./MonthlyCheckForm'), 'MonthlyCheckCreate'),
  edit: lazyView(() => import('./MonthlyCheckForm'), 'MonthlyCheckEdit'),
  icon: FactCheck,
};
