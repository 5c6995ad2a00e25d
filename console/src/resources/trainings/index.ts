import School from '@mui/icons-material/School';
import { TrainingCreate } from './TrainingCreate';
import { TrainingList } from './TrainingList';
import { TrainingShow } from './TrainingShow';

export default {
  list: TrainingList,
  show: TrainingShow,
  create: TrainingCreate,
  icon: School,
  recordRepresentation: 'title',
};
