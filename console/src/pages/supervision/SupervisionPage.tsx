import ArrowForward from '@mui/icons-material/ArrowForward';
import { Alert, Box, Button, Chip, LinearProgress, Typography, useTheme } from '@mui/material';
import type { ReactNode } from 'react';
import { LinkBase, Title, useGetList, useTranslate } from 'react-admin';
import { Bar, BarChart, CartesianGrid, Cell, ResponsiveContainer, Tooltip, XAxis, YAxis } from 'recharts';
import { categoryAxisWidth, fitLabel, valueAxisRightMargin } from '../../common/chartAxis';
import { SectionCard } from '../../common/SectionCard';
import { PageHeading } from '../../common/PageHeading';
import { useFetched } from '../../common/useFetched';
import { errorMessage } from '../../i18n/errors';
import { formatRatio } from '../../providers/coverage';
import { useFengqiaoDataProvider } from '../../providers/dataProvider';
import { todayInShanghai } from '../../providers/dates';
import { previousMonth, quarterOf, type ActionItem } from '../../providers/supervision';
import { ActionItemList } from '../../resources/consultationMeetings/ActionItems';
import { QuarterChart, TownshipChart } from '../trainingCompliance/ComplianceCharts';
import { Figure } from '../trainingCompliance/TrainingCompliancePage';
import { useFormatMonth } from '../../common/MonthText';

const listPath = (resource: string, filter: Record<string, unknown>) => `/${resource}?filter=${encodeURIComponent(JSON.stringify(filter))}`;

const GoButton = ({ to, label, testId }: { to: string; label: string; testId: string }) => (
  <Button size="small" component={LinkBase} to={to} endIcon={<ArrowForward />} data-testid={testId}>
    {label}
  </Button>
);

/** How many rows a list filter matches (one row fetched: the total is what counts). */
function useCount(resource: string, filter: Record<string, unknown>) {
  const { total, isPending, error } = useGetList(resource, { pagination: { page: 1, perPage: 1 }, filter });
  return { total, isPending, error };
}

const REPORT_STATUSES = ['SUBMITTED', 'RETURNED', 'APPROVED'] as const;

const MonthlyReports = ({ month }: { month: string }) => {
  const translate = useTranslate();
  const formatMonth = useFormatMonth();
  const theme = useTheme();
  const submitted = useCount('monthlyReports', { month, status: ['SUBMITTED'] });
  const returned = useCount('monthlyReports', { month, status: ['RETURNED'] });
  const approved = useCount('monthlyReports', { month, status: ['APPROVED'] });
  const late = useCount('monthlyReports', { month, late: true });
  const counts = { SUBMITTED: submitted, RETURNED: returned, APPROVED: approved };
  const colours = { SUBMITTED: theme.palette.info.main, RETURNED: theme.palette.warning.main, APPROVED: theme.palette.success.main };
  const labels = {
    SUBMITTED: translate('fq.supervision.reports_submitted'),
    RETURNED: translate('fq.supervision.reports_returned'),
    APPROVED: translate('fq.supervision.reports_approved'),
  };
  const pending = Object.values(counts).some((c) => c.isPending) || late.isPending;
  const error = Object.values(counts).find((c) => c.error)?.error ?? late.error;
  const bars = REPORT_STATUSES.map((s) => ({ key: s, name: labels[s], count: counts[s].total ?? 0 }));
  const axisWidth = categoryAxisWidth(bars.map((b) => b.name));
  const none = !pending && bars.every((b) => b.count === 0);
  return (
    <SectionCard
      title={translate('fq.supervision.reports', { month: formatMonth(month) })}
      testId="supervision-reports"
      action={<GoButton to={listPath('monthlyReports', { month })} label={translate('fq.supervision.open_reports')} testId="go-reports" />}
    >
      {pending && <LinearProgress />}
      {error ? <Alert severity="error">{errorMessage(translate, error)}</Alert> : null}
      <Box sx={{ display: 'grid', gap: 1, gridTemplateColumns: 'repeat(4, minmax(0, 1fr))', mb: 1 }}>
        {[
          ...REPORT_STATUSES.map((s) => ({ key: s, label: labels[s], value: counts[s].total, colour: colours[s] })),
          {
            key: 'LATE',
            label: translate('fq.supervision.reports_late'),
            value: late.total,
            colour: theme.palette.error.main,
          },
        ].map((c) => (
          <Box key={c.key} data-testid={`reports-${c.key.toLowerCase()}`} sx={{ borderLeft: 3, borderColor: c.colour, pl: 1 }}>
            <Typography variant="caption" color="text.secondary" component="div" sx={{ lineHeight: 1.3 }}>
              {c.label}
            </Typography>
            <Typography variant="h6" component="p" sx={{ fontWeight: 600 }} data-testid={`reports-${c.key.toLowerCase()}-value`}>
              {c.value ?? '–'}
            </Typography>
          </Box>
        ))}
      </Box>
      {none ? (
        <Typography variant="body2" color="text.secondary">
          {translate('fq.supervision.no_reports')}
        </Typography>
      ) : (
        <ResponsiveContainer width="100%" height={150}>
          <BarChart data={bars} layout="vertical" margin={{ top: 4, right: valueAxisRightMargin(bars.map((b) => b.count)), bottom: 4, left: 4 }}>
            <CartesianGrid horizontal={false} strokeDasharray="3 3" />
            <XAxis type="number" allowDecimals={false} />
            <YAxis
              type="category"
              dataKey="name"
              width={axisWidth}
              tick={{ fontSize: 13 }}
              tickFormatter={(name: string) => fitLabel(name, axisWidth)}
              interval={0}
            />
            <Tooltip />
            <Bar dataKey="count" name={translate('fq.supervision.reports_chart')} barSize={18} isAnimationActive={false}>
              {bars.map((b) => (
                <Cell key={b.key} fill={colours[b.key]} />
              ))}
            </Bar>
          </BarChart>
        </ResponsiveContainer>
      )}
    </SectionCard>
  );
};

const Overdue = () => {
  const translate = useTranslate();
  const { data, total, isPending, error } = useGetList<ActionItem & { id: string }>('actionItems', {
    pagination: { page: 1, perPage: 10 },
    sort: { field: 'dueOn', order: 'ASC' },
    filter: { overdue: true },
  });
  return (
    <SectionCard
      title={translate('fq.supervision.overdue_list')}
      testId="supervision-overdue"
      action={
        <>
          {total ? <Chip size="small" color="error" label={total} /> : null}
          <GoButton to="/consultationMeetings" label={translate('fq.supervision.open_meetings')} testId="go-meetings" />
        </>
      }
    >
      {isPending && <LinearProgress />}
      {error ? <Alert severity="error">{errorMessage(translate, error)}</Alert> : null}
      {data && data.length === 0 && <Alert severity="success">{translate('fq.supervision.no_overdue')}</Alert>}
      {data && data.length > 0 && <ActionItemList items={data} showMeeting />}
    </SectionCard>
  );
};

const Span = ({ children, wide }: { children: ReactNode; wide?: boolean }) => (
  <Box sx={{ gridColumn: { xs: wide ? '1 / -1' : 'span 1', md: 'span 1' }, minWidth: 0, display: 'grid' }}>{children}</Box>
);

/** 工作督导: the bureau's one screen over trainings, the annual training, meetings' action items and monthly reports. */
export const SupervisionPage = () => {
  const translate = useTranslate();
  const dataProvider = useFengqiaoDataProvider();
  const today = todayInShanghai();
  const { year } = quarterOf(today);
  const month = previousMonth(today);
  const compliance = useFetched((signal) => dataProvider.trainingCompliance({ year, signal }), [dataProvider, year]);
  const attendance = useFetched((signal) => dataProvider.annualTrainingAttendance({ year, signal }), [dataProvider, year]);
  const open = useCount('actionItems', { status: 'OPEN' });
  const overdue = useCount('actionItems', { overdue: true });
  const c = compliance.data;
  const absent = attendance.data?.filter((a) => !a.attended).length;
  return (
    <Box data-testid="supervision-page" sx={{ my: 2, display: 'grid', gap: 2 }}>
      <Title title={translate('fq.supervision.title')} />
      <Box>
        {/* 工作督导总览 would only repeat the app bar's 工作督导. */}
        <PageHeading>{translate('fq.supervision.heading')}</PageHeading>
        <Typography variant="body2" color="text.secondary">
          {translate('fq.supervision.subtitle')}
        </Typography>
      </Box>
      {compliance.error ? <Alert severity="error">{errorMessage(translate, compliance.error)}</Alert> : null}
      <Box sx={{ display: 'grid', gap: 2, gridTemplateColumns: { xs: 'repeat(2, minmax(0, 1fr))', md: 'repeat(4, minmax(0, 1fr))' } }}>
        <Span wide>
          <Figure
            label={translate('fq.supervision.training_ratio')}
            value={c ? formatRatio(c.ratio) : undefined}
            caption={c ? translate('fq.supervision.training_missing', { count: c.missing }) : undefined}
            testId="supervision-ratio"
            tone={c && c.ratio < 1 ? 'warning' : 'success'}
          />
        </Span>
        <Span wide>
          <Figure
            label={translate('fq.supervision.annual')}
            value={attendance.data ? `${attendance.data.length - (absent ?? 0)} / ${attendance.data.length}` : undefined}
            caption={absent ? translate('fq.supervision.annual_absent', { count: absent }) : undefined}
            testId="supervision-annual"
          />
        </Span>
        <Span>
          <Figure label={translate('fq.supervision.open_items')} value={open.total} testId="supervision-open-items" />
        </Span>
        <Span>
          <Figure
            label={translate('fq.supervision.overdue_items')}
            value={overdue.total}
            testId="supervision-overdue-items"
            tone={overdue.total ? 'error' : undefined}
          />
        </Span>
      </Box>
      {c && (
        <Box sx={{ display: 'grid', gap: 2, gridTemplateColumns: { xs: 'minmax(0, 1fr)', md: 'repeat(2, minmax(0, 1fr))' } }}>
          <SectionCard
            title={translate('fq.compliance.by_township')}
            testId="supervision-township-chart"
            action={<GoButton to="/training-compliance" label={translate('fq.supervision.open_compliance')} testId="go-compliance" />}
          >
            <TownshipChart rows={c.rows} />
          </SectionCard>
          <SectionCard
            title={translate('fq.compliance.by_quarter')}
            testId="supervision-quarter-chart"
            action={<GoButton to="/trainings" label={translate('fq.supervision.open_trainings')} testId="go-trainings" />}
          >
            <QuarterChart data={c} />
          </SectionCard>
        </Box>
      )}
      <Box sx={{ display: 'grid', gap: 2, gridTemplateColumns: { xs: 'minmax(0, 1fr)', md: 'repeat(2, minmax(0, 1fr))' }, alignItems: 'start' }}>
        <Overdue />
        <MonthlyReports month={month} />
      </Box>
    </Box>
  );
};
