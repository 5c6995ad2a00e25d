import Place from '@mui/icons-material/Place';
import { lazyView } from '../lazyView';

export { regionsLabelKey } from './labels';

export default {
  list: lazyView(() => import('./RegionList'), 'RegionList'),
  show: lazyView(() => import('./RegionShow'), 'RegionShow'),
  edit: lazyView(() => import('./RegionEdit'), 'RegionEdit'),
  icon: Place,
  recordRepresentation: 'name',
};
