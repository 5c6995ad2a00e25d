import HomeWork from '@mui/icons-material/HomeWork';
import { lazyView } from '../lazyView';

export { villagesLabelKey } from './labels';

export default {
  list: lazyView(() => import('./VillageList'), 'VillageList'),
  show: lazyView(() => import('./VillageShow'), 'VillageShow'),
  icon: HomeWork,
  recordRepresentation: 'name',
};
