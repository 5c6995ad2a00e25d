import Add from '@mui/icons-material/Add';
import ListAlt from '@mui/icons-material/ListAlt';
import { Alert, AlertTitle, Box, Button, Card, CardContent, LinearProgress, Stack, Typography } from '@mui/material';
import { LinkBase, useTranslate } from 'react-admin';
import { DateTimeText } from '../../common/DateTimeText';
import { DisabledReason } from '../../common/DisabledReason';
import { DownloadButton } from '../../common/DownloadButton';
import { useFetched } from '../../common/useFetched';
import { errorMessage } from '../../i18n/errors';
import { useFengqiaoDataProvider } from '../../providers/dataProvider';
import type { WorkLogMonth } from '../../providers/workLog';
import { LateChip, ReportStatusChip, useDuration } from '../workLogEntries/WorkLogFields';
import { monthAction } from '../workLogEntries/workLogFormat';
import { SubmitMonthButton } from './ReportActions';
import { useFormatMonth } from '../../common/MonthText';

const Figure = ({ label, value, testId }: { label: string; value: string | number; testId: string }) => (
  <Box sx={{ minWidth: 0 }}>
    <Typography variant="caption" color="text.secondary" component="div">
      {label}
    </Typography>
    <Typography variant="subtitle1" component="div" data-testid={testId} sx={{ lineHeight: 1.3, fontWeight: 600 }}>
      {value}
    </Typography>
  </Box>
);

/** A month not yet submitted that has no entries: submitting it would send an empty work log. */
export function nothingToSubmit(status: string | null | undefined, entryCount: number): boolean {
  return (status === 'DRAFT' || !status) && entryCount === 0;
}

/** What the adviser sees of one month: totals, status, deadline, the office's comment, and what to do next. */
export const MonthSummary = ({ data, refetch, current }: { data: WorkLogMonth; refetch: () => void; current: boolean }) => {
  const translate = useTranslate();
  const formatMonth = useFormatMonth();
  const duration = useDuration();
  const action = monthAction(data.status, data.entryCount);
  const report = data.report;
  return (
    <Card variant="outlined" data-testid={`month-card-${data.month}`} data-status={data.status}>
      <CardContent>
        <Stack direction="row" sx={{ alignItems: 'center', justifyContent: 'space-between', gap: 1, flexWrap: 'wrap', mb: 1.5 }}>
          <Stack direction="row" sx={{ alignItems: 'center', gap: 1, flexWrap: 'wrap' }}>
            <Typography variant="h6" component="h2">
              {translate(current ? 'fq.workLog.this_month' : 'fq.workLog.month_heading', { month: formatMonth(data.month) })}
            </Typography>
            <ReportStatusChip status={data.status} />
            {data.overdue && <LateChip label={translate('fq.workLog.overdue')} />}
            {report?.late && <LateChip label={translate('fq.workLog.late')} />}
          </Stack>
        </Stack>

        {data.status === 'RETURNED' && report?.reviewComment && (
          <Alert severity="warning" sx={{ mb: 2 }} data-testid="return-comment">
            <AlertTitle>{translate('fq.workLog.returned_title')}</AlertTitle>
            <Box sx={{ whiteSpace: 'pre-wrap' }}>{report.reviewComment}</Box>
            {report.reviewedAt && (
              <Typography variant="caption" color="text.secondary" component="div" sx={{ mt: 0.5 }}>
                <DateTimeText value={report.reviewedAt} variant="caption" />
                {report.reviewedBy?.displayName && ` · ${report.reviewedBy.displayName}`}
              </Typography>
            )}
          </Alert>
        )}
        {data.status === 'APPROVED' && report?.reviewComment && (
          <Alert severity="success" sx={{ mb: 2 }} data-testid="approve-comment">
            {report.reviewComment}
          </Alert>
        )}

        <Box sx={{ display: 'grid', gridTemplateColumns: 'repeat(3, minmax(0, 1fr))', gap: 1, mb: 2 }}>
          <Figure label={translate('fq.workLog.entry_count')} value={data.entryCount} testId="month-entry-count" />
          <Figure label={translate('fq.workLog.total_time')} value={duration(data.totalMinutes)} testId="month-total" />
          <Figure label={translate('fq.workLog.deadline')} value={data.deadline.slice(5)} testId="month-deadline" />
        </Box>
        <Typography variant="body2" color="text.secondary" sx={{ mb: 2 }}>
          {translate(`fq.workLog.status_hint.${data.status}`, { deadline: data.deadline })}
        </Typography>

        <Stack direction="row" sx={{ gap: 1, flexWrap: 'wrap' }}>
          {current && (
            // A submitted (or approved) month takes no entries until the office returns it: say so rather than hide it.
            <DisabledReason reason={report?.frozen ? translate('fq.disabled.month_submitted') : null} testId="month-add-entry-blocked">
              <Button variant="outlined" startIcon={<Add />} component={LinkBase} to="/workLogEntries/create" data-testid="month-add-entry">
                {translate('fq.workLog.create')}
              </Button>
            </DisabledReason>
          )}
          {action && <SubmitMonthButton month={data.month} resubmit={action === 'resubmit'} done={refetch} size="medium" />}
          {nothingToSubmit(data.status, data.entryCount) && (
            <DisabledReason reason={translate('fq.disabled.nothing_to_submit')} testId="submit-blocked">
              <Button variant="contained" data-testid="submit-disabled">
                {translate('fq.workLog.action.submit')}
              </Button>
            </DisabledReason>
          )}
          <Button
            startIcon={<ListAlt />}
            component={LinkBase}
            to={`/workLogEntries?filter=${encodeURIComponent(JSON.stringify({ month: data.month }))}`}
          >
            {translate('fq.workLog.view_entries')}
          </Button>
          {report && (
            <DownloadButton url={report.pdfPath} fallbackName={`work-log-${data.month}.pdf`} label={translate('fq.workLog.pdf')} testId="month-pdf" />
          )}
        </Stack>
      </CardContent>
    </Card>
  );
};

/** A month of the signed-in adviser, loaded with `workLogMonth`. */
export const MonthCard = ({ month, current = false, hideWhenSettled = false }: { month: string; current?: boolean; hideWhenSettled?: boolean }) => {
  const translate = useTranslate();
  const dataProvider = useFengqiaoDataProvider();
  const { data, error, isPending, refetch } = useFetched((signal) => dataProvider.workLogMonth({ month, signal }), [month]);
  if (error) return <Alert severity="error">{errorMessage(translate, error)}</Alert>;
  if (!data) return isPending ? <LinearProgress /> : null;
  // Last month matters only while something is still to do (not submitted with entries, or returned).
  if (hideWhenSettled && !(data.status === 'RETURNED' || (data.status === 'DRAFT' && data.entryCount > 0))) return null;
  return <MonthSummary data={data} refetch={refetch} current={current} />;
};
