import { Chip, Stack, Typography } from '@mui/material';
import { useRecordContext, useTranslate } from 'react-admin';
import type * as Api from '../../generated/graphql';

const STATUS_COLOR = { ACTIVE: 'success', SUSPENDED: 'warning', REMOVED: 'default' } as const;

export const StatusChip = ({ status }: { status: string | undefined }) => {
  const translate = useTranslate();
  if (!status) return null;
  return (
    <Chip
      size="small"
      variant="outlined"
      color={STATUS_COLOR[status as keyof typeof STATUS_COLOR] ?? 'default'}
      label={translate(`fq.enum.AdviserStatus.${status}`)}
      data-testid="adviser-status"
    />
  );
};

export const OverloadedChip = () => {
  const translate = useTranslate();
  return <Chip size="small" color="error" label={translate('fq.advisers.overloaded')} data-testid="overloaded" />;
};

/** "5 个村居" and, over the load cap, the 超负荷 chip. */
export const VillageCount = ({ count, overloaded }: { count: number | undefined; overloaded?: boolean }) => {
  const translate = useTranslate();
  return (
    <Stack direction="row" sx={{ alignItems: 'center', gap: 1 }} component="span">
      <Typography variant="body2" component="span">
        {translate('fq.advisers.village_count', { smart_count: count ?? 0 })}
      </Typography>
      {overloaded && <OverloadedChip />}
    </Stack>
  );
};

/** For list columns: the record's status and load. */
export const StatusField = (_props: { label?: string; source?: string; sortable?: boolean }) => {
  const record = useRecordContext<Pick<Api.LegalAdviser, 'status'>>();
  return <StatusChip status={record?.status} />;
};

export const VillageCountField = (_props: { label?: string; source?: string; sortable?: boolean }) => {
  const record = useRecordContext<Pick<Api.LegalAdviser, 'villageCount' | 'overloaded'>>();
  if (!record) return null;
  return <VillageCount count={record.villageCount} overloaded={record.overloaded} />;
};
