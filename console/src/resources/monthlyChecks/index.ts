import FactCheck from '@mui/icons-material/FactCheck';
import { MonthlyCheckCreate, MonthlyCheckEdit } from './MonthlyCheckForm';
import { MonthlyCheckList } from './MonthlyCheckList';
import { MonthlyCheckShow } from './MonthlyCheckShow';

export default {
  list: MonthlyCheckList,
  show: MonthlyCheckShow,
  create: MonthlyCheckCreate,
  edit: MonthlyCheckEdit,
  icon: FactCheck,
};
