import WarningAmber from '@mui/icons-material/WarningAmber';
import { Chip } from '@mui/material';
import { useRecordContext, useTranslate } from 'react-admin';
import type * as Api from '../../generated/graphql';
import { RelatedLink } from '../pairings/PairingFields';

/** A village as a list row selects it. */
export type VillageRow = Pick<Api.Village, 'id' | 'name' | 'code' | 'kind'> & {
  township: Pick<Api.Region, 'id' | 'name'>;
  currentAdviser: Pick<Api.LegalAdviser, 'id' | 'name'> | null;
  committee: Pick<Api.MediationCommittee, 'id' | 'name'> | null;
};

/** 未覆盖: a village without an adviser today, the thing the bureau works to remove. */
export const UncoveredChip = () => {
  const translate = useTranslate();
  return <Chip size="small" color="warning" icon={<WarningAmber />} label={translate('fq.villages.uncovered')} data-testid="uncovered-chip" />;
};

export const CurrentAdviserField = (_props: { label?: string; source?: string; sortable?: boolean }) => {
  const record = useRecordContext<VillageRow>();
  if (!record) return null;
  return record.currentAdviser ? <RelatedLink resource="legalAdvisers" value={record.currentAdviser} /> : <UncoveredChip />;
};

/** Rows without an adviser stand out in lists. */
export const uncoveredRowSx = (record: { currentAdviser?: unknown }) => (record.currentAdviser ? {} : { bgcolor: 'rgba(237, 108, 2, 0.08)' });
