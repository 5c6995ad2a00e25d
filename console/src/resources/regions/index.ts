import Place from '@mui/icons-material/Place';
import { RegionList } from './RegionList';
import { RegionShow } from './RegionShow';

export { regionsLabelKey } from './labels';

export default {
  list: RegionList,
  show: RegionShow,
  icon: Place,
  recordRepresentation: 'name',
};
