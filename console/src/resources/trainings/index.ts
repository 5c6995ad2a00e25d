import School from '@mui/icons-material/School';
import { lazyView } from '../lazyView';

export default {
  list: lazyView(() => import('./TrainingList'), 'TrainingList'),
  show: lazyView(() => import('./TrainingShow'), 'TrainingShow'),
  create: lazyView(() => import('./TrainingCreate'), 'TrainingCreate'),
  icon: School,
  recordRepresentation: 'title',
};
