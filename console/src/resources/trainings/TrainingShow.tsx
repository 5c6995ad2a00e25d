import { Box, Chip, Link, Stack, Table, TableBody, TableCell, TableRow, Typography } from '@mui/material';
import { useState } from 'react';
import { LinkBase, Show, useNotify, useRecordContext, useRefresh, useTranslate } from 'react-admin';
import { ActionDialog } from '../../common/ActionDialog';
import { DateTimeText } from '../../common/DateTimeText';
import { QUIET_NOT_FOUND, RecordNotFound } from '../../common/RecordNotFound';
import { InfoRow, SectionCard } from '../../common/SectionCard';
import { useFengqiaoDataProvider } from '../../providers/dataProvider';
import { ATTENDEE_FIELDS } from '../../providers/supervision';
import { useCan, useRole } from '../../providers/useCan';
import { AdviserPicker } from './AdviserPicker';
import { KindChip, type Training } from './TrainingFields';

const f = (name: string) => `resources.trainings.fields.${name}`;

const PageTitle = () => {
  const record = useRecordContext<Training>();
  const translate = useTranslate();
  return <>{record ? record.title : translate('fq.trainings.title')}</>;
};

const Basics = ({ record }: { record: Training }) => {
  const translate = useTranslate();
  const canOpenVillage = useCan('villages', 'show');
  return (
    <SectionCard
      testId="training-basics"
      title={
        <Stack direction="row" component="span" sx={{ gap: 1, alignItems: 'center', flexWrap: 'wrap' }}>
          <span>{translate('fq.trainings.basic')}</span>
          <KindChip kind={record.kind} />
        </Stack>
      }
    >
      <InfoRow label={translate(f('title'))}>{record.title}</InfoRow>
      <InfoRow label={translate(f('at'))}>
        <DateTimeText value={record.at} />
        <Typography component="span" variant="body2" color="text.secondary" sx={{ ml: 1 }}>
          {record.year} Q{record.quarter}
        </Typography>
      </InfoRow>
      {record.villageName && (
        <InfoRow label={translate(f('village'))}>
          {canOpenVillage && record.village ? (
            <Link component={LinkBase} to={`/villages/${record.village.id}/show`}>
              {record.villageName}
            </Link>
          ) : (
            record.villageName
          )}
          {record.village?.township && (
            <Typography component="span" variant="body2" color="text.secondary" sx={{ ml: 1 }}>
              {record.village.township.name}
            </Typography>
          )}
        </InfoRow>
      )}
      {record.adviser && <InfoRow label={translate(f('adviser'))}>{record.adviser.name}</InfoRow>}
      <InfoRow label={translate(f('venue'))}>{record.venue}</InfoRow>
      <InfoRow label={translate(f('mode'))}>{translate(`fq.enum.TrainingMode.${record.mode}`)}</InfoRow>
      {record.kind === 'BUREAU_ANNUAL' && (
        <InfoRow label={translate(f('topics'))}>
          <Stack direction="row" sx={{ gap: 0.5, flexWrap: 'wrap' }}>
            {record.topics.map((t) => (
              <Chip key={t} size="small" label={translate(`fq.enum.TrainingTopic.${t}`)} />
            ))}
          </Stack>
        </InfoRow>
      )}
      {record.notes && (
        <InfoRow label={translate(f('notes'))}>
          <Box sx={{ whiteSpace: 'pre-wrap' }}>{record.notes}</Box>
        </InfoRow>
      )}
    </SectionCard>
  );
};

const Attendees = ({ record }: { record: Training }) => {
  const translate = useTranslate();
  return (
    <SectionCard
      title={translate('fq.trainings.attendees')}
      testId="training-attendees"
      action={<Chip size="small" color="primary" label={translate('fq.trainings.attendee_total', { count: record.attendeeTotal })} />}
    >
      <Table size="small">
        <TableBody>
          {ATTENDEE_FIELDS.map((field) => (
            <TableRow key={field}>
              <TableCell sx={{ color: 'text.secondary', pl: 0 }}>{translate(f(field))}</TableCell>
              <TableCell align="right">{record[field]}</TableCell>
            </TableRow>
          ))}
          <TableRow>
            <TableCell sx={{ fontWeight: 600, pl: 0, borderBottom: 0 }}>{translate('fq.compliance.total')}</TableCell>
            <TableCell align="right" sx={{ fontWeight: 600, borderBottom: 0 }}>
              {record.attendeeTotal}
            </TableCell>
          </TableRow>
        </TableBody>
      </Table>
    </SectionCard>
  );
};

const SetAttendanceButton = ({ record }: { record: Training }) => {
  const translate = useTranslate();
  const dataProvider = useFengqiaoDataProvider();
  const notify = useNotify();
  const refresh = useRefresh();
  const [open, setOpen] = useState(false);
  return (
    <>
      <Chip
        clickable
        color="primary"
        variant="outlined"
        label={translate('fq.trainings.set_attendance')}
        onClick={() => setOpen(true)}
        data-testid="action-setAttendance"
      />
      {open && (
        <ActionDialog<{ adviserIds: string[] }>
          open
          onClose={() => setOpen(false)}
          title={translate('fq.trainings.set_attendance')}
          submitLabel={translate('fq.common.save')}
          defaultValues={{ adviserIds: (record.attendingAdvisers ?? []).map((a) => String(a.id)) }}
          testId="dialog-setAttendance"
          onSubmit={async (v) => {
            await dataProvider.mutate('setTrainingAttendance', { trainingId: record.id, adviserIds: v.adviserIds });
            notify('fq.trainings.attendance_saved', { type: 'success' });
            refresh();
          }}
        >
          <AdviserPicker source="adviserIds" />
        </ActionDialog>
      )}
    </>
  );
};

const AttendingAdvisers = ({ record }: { record: Training }) => {
  const translate = useTranslate();
  const role = useRole();
  const advisers = record.attendingAdvisers ?? [];
  return (
    <SectionCard
      title={translate('fq.trainings.advisers_attending')}
      testId="training-advisers"
      action={
        <>
          <Chip size="small" label={translate('fq.trainings.attendance_count', { count: advisers.length })} />
          {role === 'BUREAU_ADMIN' && <SetAttendanceButton record={record} />}
        </>
      }
    >
      <Stack direction="row" sx={{ gap: 0.75, flexWrap: 'wrap' }}>
        {advisers.map((a) => (
          <Chip key={a.id} size="small" variant="outlined" label={a.name} />
        ))}
      </Stack>
    </SectionCard>
  );
};

const Photos = ({ record }: { record: Training }) => {
  const translate = useTranslate();
  const photos = record.photos ?? [];
  return (
    <SectionCard title={translate('fq.trainings.photos')} testId="training-photos">
      {photos.length === 0 ? (
        <Typography variant="body2" color="text.secondary">
          {translate('fq.trainings.no_photos')}
        </Typography>
      ) : (
        <Box sx={{ display: 'grid', gap: 1, gridTemplateColumns: 'repeat(auto-fill, minmax(140px, 1fr))' }}>
          {photos.map((p, index) => (
            <Link key={p.id} href={p.url} target="_blank" rel="noopener" aria-label={translate('fq.trainings.photo_open')}>
              <Box
                component="img"
                src={p.url}
                alt={translate('fq.trainings.photo_alt', { index: index + 1 })}
                loading="lazy"
                data-testid="training-photo"
                sx={{ width: '100%', aspectRatio: '4 / 3', objectFit: 'cover', borderRadius: 1, border: 1, borderColor: 'divider', display: 'block' }}
              />
            </Link>
          ))}
        </Box>
      )}
    </SectionCard>
  );
};

const Details = () => {
  const record = useRecordContext<Training>();
  if (!record) return null;
  return (
    <Box
      sx={{ py: 2, display: 'grid', gap: 2, gridTemplateColumns: { xs: 'minmax(0, 1fr)', md: 'repeat(2, minmax(0, 1fr))' }, alignItems: 'start' }}
      data-testid="training-detail"
    >
      <Basics record={record} />
      <Stack sx={{ gap: 2, minWidth: 0 }}>
        {record.kind === 'VILLAGE_QUARTERLY' ? <Attendees record={record} /> : <AttendingAdvisers record={record} />}
        <Photos record={record} />
      </Stack>
    </Box>
  );
};

export const TrainingShow = () => (
  <Show title={<PageTitle />} actions={false} error={<RecordNotFound />} queryOptions={QUIET_NOT_FOUND} component="div">
    <Details />
  </Show>
);
