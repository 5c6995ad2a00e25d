import WarningAmber from '@mui/icons-material/WarningAmber';
import { Chip } from '@mui/material';
import { useRecordContext, useTranslate } from 'react-admin';
import { RelatedLink } from '../pairings/PairingFields';

export type VillageRow = {
  id: string;
  name: string;
  code: string;
  kind: string;
  township: { id: string; name: string };
  currentAdviser?: { id: string; name: string } | null;
  committee?: { id: string; name: string } | null;
};

/** 未覆盖: a village without an adviser today, the thing the bureau works to remove. */
export const UncoveredChip = () => {
  const translate = useTranslate();
  return (
    <Chip
      size="small"
      color="warning"
      icon={<WarningAmber />}
      label={translate('fq.villages.uncovered')}
      data-testid="uncovered-chip"
    />
  );
};

export const CurrentAdviserField = (_props: { label?: string; source?: string; sortable?: boolean }) => {
  const record = useRecordContext<VillageRow>();
  if (!record) return null;
  return record.currentAdviser ? <RelatedLink resource="legalAdvisers" value={record.currentAdviser} /> : <UncoveredChip />;
};

/** Rows without an adviser stand out in lists. */
export const uncoveredRowSx = (record: { currentAdviser?: unknown }) =>
  record.currentAdviser ? {} : { bgcolor: 'rgba(237, 108, 2, 0.08)' };
