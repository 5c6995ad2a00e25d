import Edit from '@mui/icons-material/Edit';
import { Box, Button, Stack } from '@mui/material';
import { DeleteButton, LinkBase, Show, useRecordContext, useTranslate } from 'react-admin';
import { DateTimeText } from '../../common/DateTimeText';
import { QUIET_NOT_FOUND, RecordNotFound } from '../../common/RecordNotFound';
import { InfoRow, SectionCard } from '../../common/SectionCard';
import { useCan } from '../../providers/useCan';
import { FrozenChip, Photos, useDuration } from './WorkLogFields';
import type { WorkLogEntry } from './workLogFormat';

const f = (name: string) => `resources.workLogEntries.fields.${name}`;

const Details = () => {
  const record = useRecordContext<WorkLogEntry>();
  const translate = useTranslate();
  const duration = useDuration();
  const canEdit = useCan('workLogEntries', 'edit');
  if (!record) return null;
  const label = (e: string, v: string | null | undefined) => (v ? translate(`fq.enum.${e}.${v}`) : '');
  const lecture = record.category === 'LECTURE';
  return (
    <Box sx={{ py: 2, maxWidth: 760 }} data-testid="work-log-entry">
      <SectionCard
        title={
          <Stack direction="row" component="span" sx={{ gap: 1, alignItems: 'center', flexWrap: 'wrap' }}>
            <span>{label('WorkLogCategory', record.category)}</span>
            {record.frozen && <FrozenChip />}
          </Stack>
        }
        action={
          canEdit && !record.frozen ? (
            <>
              <Button
                size="small"
                variant="outlined"
                startIcon={<Edit />}
                component={LinkBase}
                to={`/workLogEntries/${record.id}`}
                data-testid="entry-edit"
              >
                {translate('fq.common.edit')}
              </Button>
              <DeleteButton record={record} mutationMode="pessimistic" redirect="list" size="small" />
            </>
          ) : undefined
        }
      >
        <InfoRow label={translate(f('at'))}>
          <DateTimeText value={record.at} />
        </InfoRow>
        <InfoRow label={translate(f('adviser'))}>{record.adviser.name}</InfoRow>
        <InfoRow label={translate(f('village'))}>
          {record.villageName} · {record.township.name}
        </InfoRow>
        <InfoRow label={translate(f('mode'))}>{label('WorkLogMode', record.mode)}</InfoRow>
        <InfoRow label={translate(lecture ? 'fq.workLog.audience' : f('personServed'))}>{record.personServed}</InfoRow>
        {record.phone && <InfoRow label={translate(f('phone'))}>{record.phone}</InfoRow>}
        {lecture && <InfoRow label={translate(f('venue'))}>{record.venue}</InfoRow>}
        {lecture && <InfoRow label={translate(f('attendeeCount'))}>{record.attendeeCount}</InfoRow>}
        <InfoRow label={translate(f('matter'))}>{record.matter ?? translate('fq.workLog.withheld')}</InfoRow>
        <InfoRow label={translate(f('content'))}>
          <Box component="span" sx={{ whiteSpace: 'pre-wrap' }}>
            {record.content ?? translate('fq.workLog.withheld')}
          </Box>
        </InfoRow>
        <InfoRow label={translate(f('durationMin'))}>{duration(record.durationMin)}</InfoRow>
        {record.caseId && (
          <InfoRow label={translate(f('caseId'))}>
            <LinkBase to={`/mediationCases/${record.caseId}/show`}>{translate('fq.workLog.open_case')}</LinkBase>
          </InfoRow>
        )}
        {(record.photos ?? []).length > 0 && (
          <InfoRow label={translate(f('photos'))}>
            <Photos photos={record.photos} />
          </InfoRow>
        )}
      </SectionCard>
    </Box>
  );
};

export const WorkLogEntryShow = () => {
  const translate = useTranslate();
  return (
    <Show title={translate('fq.workLog.entry_title')} actions={false} error={<RecordNotFound />} queryOptions={QUIET_NOT_FOUND} component="div">
      <Details />
    </Show>
  );
};
