import Gavel from '@mui/icons-material/Gavel';
import { LegalAdviserCreate } from './LegalAdviserCreate';
import { LegalAdviserEdit } from './LegalAdviserEdit';
import { LegalAdviserList } from './LegalAdviserList';
import { LegalAdviserShow } from './LegalAdviserShow';

export default {
  list: LegalAdviserList,
  show: LegalAdviserShow,
  create: LegalAdviserCreate,
  edit: LegalAdviserEdit,
  icon: Gavel,
  recordRepresentation: 'name',
};
