import Handshake from '@mui/icons-material/Handshake';
import { PairingCreate } from './PairingCreate';
import { PairingList } from './PairingList';
import { PairingShow } from './PairingShow';

export default {
  list: PairingList,
  show: PairingShow,
  create: PairingCreate,
  icon: Handshake,
  recordRepresentation: (record: { villageName?: string; adviser?: { name: string } }) =>
    `${record.villageName ?? ''} · ${record.adviser?.name ?? ''}`,
};
