import Edit from '@mui/icons-material/Edit';
import { Box, Button, Chip, Stack, Typography } from '@mui/material';
import { LinkBase, Show, useRecordContext, useTranslate } from 'react-admin';
import { DateTimeText } from '../../common/DateTimeText';
import { QUIET_NOT_FOUND, RecordNotFound } from '../../common/RecordNotFound';
import { InfoRow, SectionCard } from '../../common/SectionCard';
import { useCan } from '../../providers/useCan';
import { ActionItemList, AddItemButton } from './ActionItems';
import type { Meeting, Participant } from './meetingTypes';

const f = (name: string) => `resources.consultationMeetings.fields.${name}`;

const PageTitle = () => {
  const record = useRecordContext<Meeting>();
  const translate = useTranslate();
  return <>{record ? record.title : translate('fq.meetings.title')}</>;
};

const Text = ({ value }: { value: string | null | undefined }) => {
  const translate = useTranslate();
  return (
    <Box component="span" sx={{ whiteSpace: 'pre-wrap', color: value ? undefined : 'text.secondary' }}>
      {value || translate('fq.common.empty_value')}
    </Box>
  );
};

const Basics = ({ record }: { record: Meeting }) => {
  const translate = useTranslate();
  const canEdit = useCan('consultationMeetings', 'edit');
  return (
    <SectionCard
      title={translate('fq.meetings.basic')}
      testId="meeting-basics"
      action={
        canEdit && (
          <Button size="small" component={LinkBase} to={`/consultationMeetings/${record.id}`} startIcon={<Edit />} data-testid="meeting-edit">
            {translate('fq.common.edit')}
          </Button>
        )
      }
    >
      <InfoRow label={translate(f('title'))}>{record.title}</InfoRow>
      <InfoRow label={translate(f('at'))}>
        <DateTimeText value={record.at} />
      </InfoRow>
      <InfoRow label={translate(f('venue'))}>{record.venue}</InfoRow>
      <InfoRow label={translate(f('agenda'))}>
        <Text value={record.agenda} />
      </InfoRow>
      <InfoRow label={translate(f('minutes'))}>
        <Text value={record.minutes} />
      </InfoRow>
      <InfoRow label={translate(f('decisions'))}>
        <Text value={record.decisions} />
      </InfoRow>
    </SectionCard>
  );
};

const KINDS: Participant['kind'][] = ['OFFICE', 'PROVIDER', 'VILLAGE'];

const Participants = ({ record }: { record: Meeting }) => {
  const translate = useTranslate();
  return (
    <SectionCard title={translate('fq.meetings.participants')} testId="meeting-participants">
      {(record.participants ?? []).length === 0 && (
        <Typography variant="body2" color="text.secondary">
          {translate('fq.meetings.no_participants')}
        </Typography>
      )}
      {KINDS.map((kind) => {
        const group = (record.participants ?? []).filter((p) => p.kind === kind);
        if (!group.length) return null;
        return (
          <InfoRow key={kind} label={translate(`fq.enum.ParticipantKind.${kind}`)}>
            <Stack direction="row" sx={{ gap: 0.5, flexWrap: 'wrap' }}>
              {group.map((p) => (
                <Chip key={p.id} size="small" variant="outlined" label={p.name} data-testid="participant" />
              ))}
            </Stack>
          </InfoRow>
        );
      })}
    </SectionCard>
  );
};

const Items = ({ record }: { record: Meeting }) => {
  const translate = useTranslate();
  const canAdd = useCan('consultationMeetings', 'edit');
  return (
    <SectionCard
      title={translate('fq.meetings.action_items')}
      testId="meeting-items"
      action={
        <>
          {record.overdueCount > 0 && (
            <Chip size="small" color="error" label={translate('fq.meetings.overdue_count', { count: record.overdueCount })} />
          )}
          {canAdd && <AddItemButton meeting={record} />}
        </>
      }
    >
      {(record.actionItems ?? []).length === 0 ? (
        <Typography variant="body2" color="text.secondary">
          {translate('fq.meetings.no_action_items')}
        </Typography>
      ) : (
        <ActionItemList items={record.actionItems ?? []} />
      )}
    </SectionCard>
  );
};

const Details = () => {
  const record = useRecordContext<Meeting>();
  // A row of the list stands in while the meeting loads: it has no participants or items yet.
  if (!record) return null;
  return (
    <Box
      sx={{ py: 2, display: 'grid', gap: 2, gridTemplateColumns: { xs: 'minmax(0, 1fr)', md: 'repeat(2, minmax(0, 1fr))' }, alignItems: 'start' }}
      data-testid="meeting-detail"
    >
      <Basics record={record} />
      <Stack sx={{ gap: 2, minWidth: 0 }}>
        <Participants record={record} />
        <Items record={record} />
      </Stack>
    </Box>
  );
};

export const MeetingShow = () => (
  <Show title={<PageTitle />} actions={false} error={<RecordNotFound />} queryOptions={QUIET_NOT_FOUND} component="div">
    <Details />
  </Show>
);
