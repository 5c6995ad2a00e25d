import Forum from '@mui/icons-material/Forum';
import { MediationCaseCreate } from './MediationCaseCreate';
import { MediationCaseList } from './MediationCaseList';
import { MediationCaseShow } from './MediationCaseShow';

export default {
  list: MediationCaseList,
  show: MediationCaseShow,
  create: MediationCaseCreate,
  icon: Forum,
  recordRepresentation: 'caseNo',
};
