import Handshake from '@mui/icons-material/Handshake';
import { lazyView } from '../lazyView';

export default {
  list: lazyView(() => import('./PairingList'), 'PairingList'),
  show: lazyView(() => import('./PairingShow'), 'PairingShow'),
  create: lazyView(() => import('./PairingCreate'), 'PairingCreate'),
  icon: Handshake,
  recordRepresentation: (record: { villageName?: string; adviser?: { name: string } }) =>
    `${record.villageName ?? ''} · ${record.adviser?.name ?? ''}`,
};
