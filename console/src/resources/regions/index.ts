import Place from '@mui/icons-material/Place';
import { RegionEdit } from './RegionEdit';
import { RegionList } from './RegionList';
import { RegionShow } from './RegionShow';

export { regionsLabelKey } from './labels';

export default {
  list: RegionList,
  show: RegionShow,
  edit: RegionEdit,
  icon: Place,
  recordRepresentation: 'name',
};
