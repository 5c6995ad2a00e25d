import Business from '@mui/icons-material/Business';
import { ProviderCreate } from './ProviderCreate';
import { ProviderEdit } from './ProviderEdit';
import { ProviderList } from './ProviderList';

export default {
  list: ProviderList,
  create: ProviderCreate,
  edit: ProviderEdit,
  icon: Business,
  recordRepresentation: 'name',
};
