import HomeWork from '@mui/icons-material/HomeWork';
import { VillageList } from './VillageList';
import { VillageShow } from './VillageShow';

export { villagesLabelKey } from './labels';

export default {
  list: VillageList,
  show: VillageShow,
  icon: HomeWork,
  recordRepresentation: 'name',
};
