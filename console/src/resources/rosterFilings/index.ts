import Inventory from '@mui/icons-material/Inventory';
import { RosterFilingList } from './RosterFilingList';
import { RosterFilingShow } from './RosterFilingShow';

export default {
  list: RosterFilingList,
  show: RosterFilingShow,
  icon: Inventory,
  recordRepresentation: (record: { number?: number }) => `#${record.number ?? ''}`,
};
