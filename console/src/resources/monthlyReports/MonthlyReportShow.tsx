import { Alert, AlertTitle, Box, LinearProgress, List as MuiList, ListItemButton, ListItemText, Stack, Typography } from '@mui/material';
import { LinkBase, Show, useGetList, useRecordContext, useTranslate } from 'react-admin';
import { DateTimeText } from '../../common/DateTimeText';
import { DownloadButton } from '../../common/DownloadButton';
import { QUIET_NOT_FOUND, RecordNotFound } from '../../common/RecordNotFound';
import { InfoRow, SectionCard } from '../../common/SectionCard';
import { useRole } from '../../providers/useCan';
import { FrozenChip, LateChip, ReportStatusChip, useDuration } from '../workLogEntries/WorkLogFields';
import { workLogXlsxUrl, type MonthlyReport, type WorkLogEntry } from '../workLogEntries/workLogFormat';
import { ApproveButton, ReturnButton, SubmitMonthButton } from './ReportActions';
import { useFormatMonth } from '../../common/MonthText';

const f = (name: string) => `resources.monthlyReports.fields.${name}`;

const Title = () => {
  const record = useRecordContext<MonthlyReport>();
  const translate = useTranslate();
  const formatMonth = useFormatMonth();
  return <>{record ? translate('fq.workLog.report_title', { name: record.adviser.name, month: formatMonth(record.month) }) : ''}</>;
};

/** The month's entries as the office reads them before approving. */
const Entries = ({ record }: { record: MonthlyReport }) => {
  const translate = useTranslate();
  const duration = useDuration();
  const { data, total, isPending } = useGetList<WorkLogEntry>('workLogEntries', {
    pagination: { page: 1, perPage: 100 },
    sort: { field: 'at', order: 'ASC' },
    filter: { adviserId: record.adviser.id, month: record.month },
  });
  const label = (e: string, v: string) => translate(`fq.enum.${e}.${v}`);
  return (
    <SectionCard
      title={translate('fq.workLog.entries_heading', { smart_count: total ?? record.entryCount })}
      testId="report-entries"
      action={
        <DownloadButton
          url={workLogXlsxUrl(record.month, record.adviser.id)}
          fallbackName={`work-log-${record.month}.xlsx`}
          label={translate('fq.workLog.xlsx')}
          testId="report-entries-xlsx"
        />
      }
    >
      {isPending && <LinearProgress />}
      {!isPending && !data?.length && (
        <Typography variant="body2" color="text.secondary">
          {translate('fq.workLog.no_entries')}
        </Typography>
      )}
      <MuiList dense disablePadding>
        {(data ?? []).map((e) => (
          <ListItemButton
            key={e.id}
            component={LinkBase}
            to={`/workLogEntries/${e.id}/show`}
            divider
            sx={{ px: 0, alignItems: 'flex-start' }}
            data-testid="report-entry"
          >
            <ListItemText
              primary={
                <Stack direction="row" component="span" sx={{ gap: 1, flexWrap: 'wrap', alignItems: 'center' }}>
                  <Typography component="span" variant="body2" sx={{ fontWeight: 500 }}>
                    {label('WorkLogCategory', e.category)} · {e.personServed}
                  </Typography>
                  <Typography component="span" variant="body2" color="text.secondary">
                    {label('WorkLogMode', e.mode)} · {duration(e.durationMin)}
                  </Typography>
                </Stack>
              }
              secondary={
                <>
                  <DateTimeText value={e.at} variant="caption" /> · {e.villageName}
                  {e.matter && (
                    <Typography component="span" variant="body2" color="text.primary" sx={{ display: 'block' }}>
                      {e.matter}
                    </Typography>
                  )}
                  {e.content && (
                    <Typography
                      component="span"
                      variant="body2"
                      color="text.secondary"
                      sx={{ display: '-webkit-box', WebkitLineClamp: 2, WebkitBoxOrient: 'vertical', overflow: 'hidden' }}
                    >
                      {e.content}
                    </Typography>
                  )}
                </>
              }
            />
          </ListItemButton>
        ))}
      </MuiList>
    </SectionCard>
  );
};

const Details = () => {
  const record = useRecordContext<MonthlyReport>();
  const translate = useTranslate();
  const formatMonth = useFormatMonth();
  const duration = useDuration();
  const role = useRole();
  if (!record) return null;
  const canReview = role === 'OFFICE_STAFF' && record.status === 'SUBMITTED';
  const canResubmit = role === 'ADVISER' && record.status === 'RETURNED';
  return (
    <Box
      sx={{ py: 2, display: 'grid', gap: 2, gridTemplateColumns: { xs: 'minmax(0, 1fr)', md: 'repeat(2, minmax(0, 1fr))' }, alignItems: 'start' }}
      data-testid="report-detail"
      data-status={record.status}
    >
      <Stack sx={{ gap: 2, minWidth: 0 }}>
        {record.status === 'RETURNED' && record.reviewComment && (
          <Alert severity="warning" data-testid="return-comment">
            <AlertTitle>{translate('fq.workLog.returned_title')}</AlertTitle>
            <Box sx={{ whiteSpace: 'pre-wrap' }}>{record.reviewComment}</Box>
          </Alert>
        )}
        <SectionCard
          testId="report-summary"
          title={
            <Stack direction="row" component="span" sx={{ gap: 1, alignItems: 'center', flexWrap: 'wrap' }}>
              <span>{translate('fq.workLog.month_heading', { month: formatMonth(record.month) })}</span>
              <ReportStatusChip status={record.status} />
              {record.late && <LateChip label={translate('fq.workLog.late')} />}
              {record.frozen && <FrozenChip />}
            </Stack>
          }
          action={
            <>
              {canReview && <ApproveButton record={record} />}
              {canReview && <ReturnButton record={record} />}
              {canResubmit && <SubmitMonthButton month={record.month} resubmit />}
              <DownloadButton
                url={record.pdfPath}
                fallbackName={`work-log-${record.month}.pdf`}
                label={translate('fq.workLog.pdf')}
                testId="report-pdf"
              />
            </>
          }
        >
          <InfoRow label={translate(f('adviser'))}>{record.adviser.name}</InfoRow>
          <InfoRow label={translate(f('township'))}>{record.township.name}</InfoRow>
          <InfoRow label={translate(f('entryCount'))}>{record.entryCount}</InfoRow>
          <InfoRow label={translate(f('totalMinutes'))}>{duration(record.totalMinutes)}</InfoRow>
          <InfoRow label={translate(f('submittedAt'))}>
            <DateTimeText value={record.submittedAt} />
          </InfoRow>
          <InfoRow label={translate(f('deadline'))}>{record.deadline}</InfoRow>
          {record.reviewedAt && (
            <InfoRow label={translate(f('reviewedAt'))}>
              <DateTimeText value={record.reviewedAt} />
              {record.reviewedBy?.displayName && ` · ${record.reviewedBy.displayName}`}
            </InfoRow>
          )}
          {record.reviewComment && record.status !== 'RETURNED' && (
            <InfoRow label={translate(f('reviewComment'))}>
              <span data-testid="review-comment">{record.reviewComment}</span>
            </InfoRow>
          )}
        </SectionCard>
      </Stack>
      <Entries record={record} />
    </Box>
  );
};

export const MonthlyReportShow = () => (
  <Show title={<Title />} actions={false} error={<RecordNotFound />} queryOptions={QUIET_NOT_FOUND} component="div">
    <Details />
  </Show>
);
