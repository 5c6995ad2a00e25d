import { Alert, Box, LinearProgress, Stack, Typography, useTheme } from '@mui/material';
import { useState } from 'react';
import { Title, useNavigate, useTranslate } from 'react-admin';
import { Bar, BarChart, CartesianGrid, Cell, Legend, Pie, PieChart, ResponsiveContainer, Tooltip, XAxis, YAxis } from 'recharts';
import { categoryAxisWidth, fitLabel, valueAxisRightMargin } from '../../common/chartAxis';
import { DayPicker } from '../../common/DatePickers';
import { SectionCard } from '../../common/SectionCard';
import { useFetched } from '../../common/useFetched';
import { MonthReports } from './MonthReports';
import { StatTile } from '../../dashboard/StatTile';
import { errorMessage } from '../../i18n/errors';
import { countBars, formatShare, type CaseStatistics, type KeyCount } from '../../providers/caseStatistics';
import { useFengqiaoDataProvider } from '../../providers/dataProvider';
import { todayInShanghai } from '../../providers/dates';
import { useCan, useRole } from '../../providers/useCan';
import { CaseCountsPage } from './CaseCountsPage';
import { Money, useEnumLabel } from '../../resources/mediationCases/CaseFields';
import { CountyScopeSelect } from '../../resources/pickers';

function useCaseStatistics(regionId: string, from: string, to: string) {
  const dataProvider = useFengqiaoDataProvider();
  return useFetched((signal) => dataProvider.caseStatistics({ regionId, from, to, signal }), [dataProvider, regionId, from, to]);
}

/** The case list of the bar or slice clicked: the page's period and township, and the bar's own criterion. */
export function caseListLink(scope: { regionId: string; from: string; to: string }, criterion: Record<string, unknown>): string {
  const filter = { receivedFrom: scope.from, receivedTo: scope.to, ...(scope.regionId ? { townshipId: scope.regionId } : {}), ...criterion };
  return `/mediationCases?filter=${encodeURIComponent(JSON.stringify(filter))}`;
}

/** The case-list filter of one bar of a chart: statuses are a list in the filter, the others one value. */
const criterionOf = (field: string, key: string): Record<string, unknown> => ({ [field]: field === 'status' ? [key] : key });

/**
 * Horizontal bars of counts under an enum's keys, labelled in the viewer's language. With `open`, a bar (or its label)
 * opens the cases it counts.
 */
const CountChart = ({
  counts,
  enumName,
  testId,
  open,
}: {
  counts: readonly KeyCount[];
  enumName: string;
  testId: string;
  open?: (key: string) => void;
}) => {
  const translate = useTranslate();
  const theme = useTheme();
  const label = useEnumLabel();
  const rows = countBars(counts, (key) => label(enumName, key));
  const axisWidth = categoryAxisWidth(
    rows.map((r) => r.name),
    { fontSize: 12, max: 136 },
  );
  if (!rows.length) return <Typography color="text.secondary">{translate('fq.dashboard.no_data')}</Typography>;
  const pick = open
    ? (row: unknown) => open((row as { key?: string; payload?: { key: string } }).payload?.key ?? (row as { key: string }).key)
    : undefined;
  return (
    <Box data-testid={testId} sx={open ? { '& .recharts-bar-rectangle, & .recharts-cartesian-axis-tick': { cursor: 'pointer' } } : undefined}>
      <ResponsiveContainer width="100%" height={rows.length * 32 + 40}>
        <BarChart
          data={rows}
          layout="vertical"
          margin={{ top: 4, right: Math.max(24, valueAxisRightMargin(rows.map((r) => r.count))), bottom: 4, left: 4 }}
        >
          <CartesianGrid horizontal={false} strokeDasharray="3 3" />
          <XAxis type="number" allowDecimals={false} />
          <YAxis
            type="category"
            dataKey="name"
            width={axisWidth}
            tick={{ fontSize: 12 }}
            tickFormatter={(name: string) => fitLabel(name, axisWidth, 12)}
            interval={0}
            onClick={open ? (tick: unknown) => open(rows[(tick as { index: number }).index]!.key) : undefined}
          />
          <Tooltip />
          <Bar
            dataKey="count"
            name={translate('fq.caseStats.cases')}
            fill={theme.palette.primary.main}
            barSize={16}
            isAnimationActive={false}
            onClick={pick}
          />
        </BarChart>
      </ResponsiveContainer>
      {open && (
        <Typography variant="caption" color="text.secondary">
          {translate('fq.caseStats.click_hint')}
        </Typography>
      )}
    </Box>
  );
};

/** Where resolved cases were resolved: 小事不出村、大事不出镇. */
const ResolutionChart = ({ stats, open }: { stats: CaseStatistics; open?: (level: string) => void }) => {
  const translate = useTranslate();
  const theme = useTheme();
  const r = stats.resolution;
  const slices = [
    { key: 'VILLAGE', value: r.village, colour: theme.palette.success.main },
    { key: 'TOWNSHIP', value: r.township, colour: theme.palette.info.main },
    { key: 'COUNTY', value: r.county, colour: theme.palette.warning.main },
  ];
  const label = useEnumLabel();
  if (!r.resolved) return <Typography color="text.secondary">{translate('fq.caseStats.none_resolved')}</Typography>;
  return (
    <Box data-testid="chart-resolution" sx={open ? { '& .recharts-pie-sector': { cursor: 'pointer' } } : undefined}>
      <ResponsiveContainer width="100%" height={240}>
        <PieChart>
          <Pie
            data={slices.map((s) => ({ key: s.key, name: label('CaseLevel', s.key), value: s.value }))}
            onClick={open ? (slice: unknown) => open((slice as { payload?: { key: string }; key?: string }).payload?.key ?? '') : undefined}
            dataKey="value"
            nameKey="name"
            innerRadius={50}
            outerRadius={90}
            isAnimationActive={false}
            label
          >
            {slices.map((s) => (
              <Cell key={s.key} fill={s.colour} />
            ))}
          </Pie>
          <Tooltip />
          <Legend />
        </PieChart>
      </ResponsiveContainer>
    </Box>
  );
};

const Filters = ({
  regionId,
  from,
  to,
  onChange,
}: {
  regionId: string;
  from: string;
  to: string;
  onChange: (next: { regionId?: string; from?: string; to?: string }) => void;
}) => {
  const translate = useTranslate();
  return (
    <Stack direction={{ xs: 'column', sm: 'row' }} sx={{ gap: 2, gridColumn: '1 / -1' }}>
      <CountyScopeSelect value={regionId} onChange={(id) => onChange({ regionId: id })} testId="stats-region" />
      <DayPicker
        label={translate('fq.caseStats.from')}
        value={from}
        onChange={(date) => date && onChange({ from: date })}
        max={to}
        testId="stats-from"
      />
      <DayPicker
        label={translate('fq.caseStats.to')}
        value={to}
        onChange={(date) => date && onChange({ to: date })}
        min={from}
        max={todayInShanghai()}
        testId="stats-to"
      />
    </Stack>
  );
};

/** Any range of dates, exact counts: the bureau and the offices. */
const RangeStatisticsPage = () => {
  const translate = useTranslate();
  const today = todayInShanghai();
  const [params, setParams] = useState({ regionId: '', from: `${today.slice(0, 4)}-01-01`, to: today });
  const { data, error, isPending } = useCaseStatistics(params.regionId, params.from, params.to);
  // Which villages reported: names of villages, no people; for the offices and the bureau, not analysts.
  const canSeeVillages = useCan('villages', 'list');
  // A bar opens the cases it counts, for whoever may list cases (the offices and the bureau).
  const canListCases = useCan('mediationCases', 'list');
  const navigate = useNavigate();
  const opener = (field: string) => (canListCases ? (key: string) => key && navigate(caseListLink(params, criterionOf(field, key))) : undefined);
  return (
    <Box
      sx={{ my: 2, display: 'grid', gap: 2, gridTemplateColumns: { xs: 'minmax(0, 1fr)', md: 'repeat(2, minmax(0, 1fr))' } }}
      data-testid="case-statistics"
    >
      <Title title={translate('fq.caseStats.title')} />
      <Box sx={{ gridColumn: '1 / -1' }}>
        <Typography variant="h5" component="h1">
          {translate('fq.caseStats.heading', { region: data?.region.name ?? '' })}
        </Typography>
        <Typography variant="body2" color="text.secondary">
          {translate('fq.caseStats.subtitle')}
        </Typography>
      </Box>
      <Filters {...params} onChange={(next) => setParams((p) => ({ ...p, ...next }))} />
      {isPending && <LinearProgress sx={{ gridColumn: '1 / -1' }} />}
      {error !== undefined && (
        <Alert severity="error" sx={{ gridColumn: '1 / -1' }}>
          {errorMessage(translate, error)}
        </Alert>
      )}
      {data && (
        <>
          <Box
            sx={{
              gridColumn: '1 / -1',
              display: 'grid',
              gap: 2,
              gridTemplateColumns: { xs: 'repeat(2, minmax(0, 1fr))', md: 'repeat(4, minmax(0, 1fr))' },
            }}
          >
            <StatTile label={translate('fq.caseStats.total')} value={data.total} testId="stat-case-total" />
            <StatTile label={translate('fq.caseStats.resolved')} value={data.resolution.resolved} testId="stat-case-resolved" />
            <StatTile label={translate('fq.caseStats.village_share')} value={formatShare(data.resolution.villageShare)} testId="stat-village-share" />
            <StatTile label={translate('fq.caseStats.amount')} value={<Money fen={data.amountFen} />} testId="stat-case-amount" compact />
          </Box>
          <SectionCard title={translate('fq.caseStats.by_status')}>
            <CountChart counts={data.byStatus} enumName="CaseStatus" testId="chart-status" open={opener('status')} />
          </SectionCard>
          <SectionCard title={translate('fq.caseStats.resolution')}>
            <Typography variant="body2" color="text.secondary" sx={{ mb: 1 }}>
              {translate('fq.caseStats.resolution_hint', {
                village: formatShare(data.resolution.villageShare),
                township: formatShare(data.resolution.villageShare + data.resolution.townshipShare),
              })}
            </Typography>
            <ResolutionChart stats={data} open={opener('resolvedLevel')} />
          </SectionCard>
          <SectionCard title={translate('fq.caseStats.by_type')}>
            <CountChart counts={data.byDisputeType} enumName="DisputeType" testId="chart-type" open={opener('disputeType')} />
          </SectionCard>
          <Stack sx={{ gap: 2, minWidth: 0 }}>
            <SectionCard title={translate('fq.caseStats.by_source')}>
              <CountChart counts={data.bySource} enumName="CaseSource" testId="chart-source" open={opener('source')} />
            </SectionCard>
            <SectionCard title={translate('fq.caseStats.by_level')}>
              <CountChart counts={data.byLevel} enumName="CaseLevel" testId="chart-level" open={opener('level')} />
            </SectionCard>
          </Stack>
        </>
      )}
      {canSeeVillages && <MonthReports townshipId={params.regionId} />}
    </Box>
  );
};

/** Analysts read fixed periods with small counts suppressed (the API refuses them a free range); others any range. */
export const CaseStatisticsPage = () => {
  const role = useRole();
  // Nothing is asked before the role is known: an analyst must never send the other page's query.
  if (!role) return null;
  return role === 'ANALYST' ? <CaseCountsPage /> : <RangeStatisticsPage />;
};
