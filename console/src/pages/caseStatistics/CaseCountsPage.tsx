import { Alert, Box, LinearProgress, MenuItem, Stack, Table, TableBody, TableCell, TableHead, TableRow, TextField, Typography } from '@mui/material';
import { useState } from 'react';
import { Title, useTranslate } from 'react-admin';
import { CountText, SuppressionNote } from '../../common/CountText';
import { SectionCard } from '../../common/SectionCard';
import { useFetched } from '../../common/useFetched';
import { StatTile } from '../../dashboard/StatTile';
import { errorMessage } from '../../i18n/errors';
import { formatShare } from '../../providers/caseStatistics';
import { useFengqiaoDataProvider } from '../../providers/dataProvider';
import { todayInShanghai } from '../../providers/dates';
import { anySuppressed, type CaseCounts, type CountCellValue, periodNumbers, type StatisticsPeriodKind } from '../../providers/suppressed';
import { Money, useEnumLabel } from '../../resources/mediationCases/CaseFields';
import { CountyScopeSelect } from '../../resources/pickers';

const KINDS: StatisticsPeriodKind[] = ['YEAR', 'QUARTER', 'MONTH'];

/** Every count of the answer, to tell whether anything was withheld. */
function allCells(c: CaseCounts): CountCellValue[] {
  return [
    c.total,
    ...[c.byStatus, c.byDisputeType, c.bySource, c.byLevel].flat().map((k) => k.count),
    ...c.byRegion.map((r) => r.count),
    c.resolution.resolved,
    c.resolution.village,
    c.resolution.township,
    c.resolution.county,
  ];
}

const KeyTable = ({ rows, enumName, testId }: { rows: CaseCounts['byStatus']; enumName: string; testId: string }) => {
  const translate = useTranslate();
  const label = useEnumLabel();
  if (!rows.length) return <Typography color="text.secondary">{translate('fq.dashboard.no_data')}</Typography>;
  return (
    <Table size="small" data-testid={testId}>
      <TableBody>
        {rows.map((r) => (
          <TableRow key={r.key}>
            <TableCell>{label(enumName, r.key)}</TableCell>
            <TableCell align="right">
              <CountText cell={r.count} testId={`${testId}-${r.key}`} />
            </TableCell>
          </TableRow>
        ))}
      </TableBody>
    </Table>
  );
};

/**
 * 调解案件统计 for analysts: whole months, quarters or years only, every figure as the API published it (counts
 * under 3 read "<3", complementary ones "x"), and counts by the regions one level down.
 */
export const CaseCountsPage = () => {
  const translate = useTranslate();
  const dataProvider = useFengqiaoDataProvider();
  const thisYear = Number(todayInShanghai().slice(0, 4));
  const [params, setParams] = useState<{ regionId: string; kind: StatisticsPeriodKind; year: number; number: number | null }>({
    regionId: '',
    kind: 'YEAR',
    year: thisYear,
    number: null,
  });
  const period = { kind: params.kind, year: params.year, number: params.number };
  const { data, error, isPending } = useFetched(
    (signal) => dataProvider.caseCounts({ period, regionId: params.regionId, signal }),
    [dataProvider, params.regionId, params.kind, params.year, params.number],
  );
  const periodName = (p: CaseCounts['period']) =>
    p.kind === 'YEAR'
      ? String(p.year)
      : `${p.year} ${translate(p.kind === 'MONTH' ? 'fq.suppression.month_number' : 'fq.suppression.quarter_number', { number: p.number })}`;
  const r = data?.resolution;
  return (
    <Box
      sx={{ my: 2, display: 'grid', gap: 2, gridTemplateColumns: { xs: 'minmax(0, 1fr)', md: 'repeat(2, minmax(0, 1fr))' } }}
      data-testid="case-counts"
    >
      <Title title={translate('fq.caseStats.title')} />
      <Box sx={{ gridColumn: '1 / -1' }}>
        <Typography variant="h5" component="h1">
          {translate('fq.suppression.heading', { region: data?.region.name ?? '', period: data ? periodName(data.period) : '' })}
        </Typography>
        <Typography variant="body2" color="text.secondary">
          {translate('fq.suppression.subtitle')}
        </Typography>
      </Box>
      <Stack direction={{ xs: 'column', sm: 'row' }} sx={{ gap: 2, gridColumn: '1 / -1' }}>
        <CountyScopeSelect value={params.regionId} onChange={(id) => setParams((p) => ({ ...p, regionId: id }))} testId="counts-region" />
        <TextField
          select
          size="small"
          label={translate('fq.suppression.period_kind')}
          value={params.kind}
          onChange={(e) => {
            const kind = e.target.value as StatisticsPeriodKind;
            setParams((p) => ({ ...p, kind, number: periodNumbers(kind)[0] ?? null }));
          }}
          sx={{ minWidth: 120 }}
          data-testid="counts-kind"
        >
          {KINDS.map((k) => (
            <MenuItem key={k} value={k}>
              {translate(`fq.enum.StatisticsPeriodKind.${k}`)}
            </MenuItem>
          ))}
        </TextField>
        <TextField
          select
          size="small"
          label={translate('fq.suppression.year')}
          value={params.year}
          onChange={(e) => setParams((p) => ({ ...p, year: Number(e.target.value) }))}
          sx={{ minWidth: 110 }}
          data-testid="counts-year"
        >
          {[thisYear, thisYear - 1, thisYear - 2].map((y) => (
            <MenuItem key={y} value={y}>
              {y}
            </MenuItem>
          ))}
        </TextField>
        {params.kind !== 'YEAR' && (
          <TextField
            select
            size="small"
            label={translate('fq.suppression.period')}
            value={params.number ?? 1}
            onChange={(e) => setParams((p) => ({ ...p, number: Number(e.target.value) }))}
            sx={{ minWidth: 120 }}
            data-testid="counts-number"
          >
            {periodNumbers(params.kind).map((n) => (
              <MenuItem key={n} value={n}>
                {translate(params.kind === 'MONTH' ? 'fq.suppression.month_number' : 'fq.suppression.quarter_number', { number: n })}
              </MenuItem>
            ))}
          </TextField>
        )}
      </Stack>
      {isPending && <LinearProgress sx={{ gridColumn: '1 / -1' }} />}
      {error !== undefined && (
        <Alert severity="error" sx={{ gridColumn: '1 / -1' }}>
          {errorMessage(translate, error)}
        </Alert>
      )}
      {data && r && (
        <>
          <SuppressionNote show={anySuppressed(allCells(data))} />
          <Box
            sx={{
              gridColumn: '1 / -1',
              display: 'grid',
              gap: 2,
              gridTemplateColumns: { xs: 'repeat(2, minmax(0, 1fr))', md: 'repeat(4, minmax(0, 1fr))' },
            }}
          >
            <StatTile label={translate('fq.caseStats.total')} value={<CountText cell={data.total} />} testId="stat-case-total" />
            <StatTile label={translate('fq.caseStats.resolved')} value={<CountText cell={r.resolved} />} testId="stat-case-resolved" />
            <StatTile
              label={translate('fq.caseStats.village_share')}
              value={r.villageShare === null || r.villageShare === undefined ? <CountText cell={r.village} /> : formatShare(r.villageShare)}
              testId="stat-village-share"
            />
            <StatTile
              label={translate('fq.caseStats.amount')}
              value={
                data.amountFen === null || data.amountFen === undefined ? translate('fq.suppression.withheld_amount') : <Money fen={data.amountFen} />
              }
              testId="stat-case-amount"
              compact
            />
          </Box>
          <SectionCard title={translate('fq.suppression.by_region')}>
            <Table size="small" data-testid="counts-by-region">
              <TableHead>
                <TableRow>
                  <TableCell>{translate('fq.suppression.region')}</TableCell>
                  <TableCell align="right">{translate('fq.suppression.count')}</TableCell>
                </TableRow>
              </TableHead>
              <TableBody>
                {data.byRegion.map((row) => (
                  <TableRow key={row.region.id}>
                    <TableCell>{row.region.name}</TableCell>
                    <TableCell align="right">
                      <CountText cell={row.count} testId={`region-count-${row.region.id}`} />
                    </TableCell>
                  </TableRow>
                ))}
              </TableBody>
            </Table>
          </SectionCard>
          <SectionCard title={translate('fq.caseStats.by_status')}>
            <KeyTable rows={data.byStatus} enumName="CaseStatus" testId="counts-status" />
          </SectionCard>
          <SectionCard title={translate('fq.caseStats.by_type')}>
            <KeyTable rows={data.byDisputeType} enumName="DisputeType" testId="counts-type" />
          </SectionCard>
          <Stack sx={{ gap: 2, minWidth: 0 }}>
            <SectionCard title={translate('fq.caseStats.by_source')}>
              <KeyTable rows={data.bySource} enumName="CaseSource" testId="counts-source" />
            </SectionCard>
            <SectionCard title={translate('fq.caseStats.by_level')}>
              <KeyTable rows={data.byLevel} enumName="CaseLevel" testId="counts-level" />
            </SectionCard>
          </Stack>
        </>
      )}
    </Box>
  );
};
