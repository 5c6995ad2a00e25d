import { Alert, Box, Card, CardContent, Skeleton, Table, TableBody, TableCell, TableHead, TableRow, Typography, useTheme } from '@mui/material';
import { useEffect, useState } from 'react';
import { useTranslate } from 'react-admin';
import { Bar, BarChart, CartesianGrid, LabelList, ResponsiveContainer, Tooltip, XAxis, YAxis } from 'recharts';
import { categoryAxisWidth, fitLabel } from '../common/chartAxis';
import type { CountyRollupRow } from '../providers/cityTier';
import { formatRatio } from '../providers/coverage';
import { useFengqiaoDataProvider } from '../providers/dataProvider';
import { todayInShanghai } from '../providers/dates';
import { errorMessage } from '../i18n/errors';

/** The counties of a city's (or province's) bureau: coverage today and this year's cases, per county. */
function useCountyRollup() {
  const dataProvider = useFengqiaoDataProvider();
  const [state, setState] = useState<{ data?: CountyRollupRow[]; error?: unknown }>({});
  useEffect(() => {
    const controller = new AbortController();
    const today = todayInShanghai();
    dataProvider
      .countyRollup({ from: `${today.slice(0, 4)}-01-01`, to: today, signal: controller.signal })
      .then((data) => setState({ data }))
      .catch((error) => !controller.signal.aborted && setState({ error }));
    return () => controller.abort();
  }, [dataProvider]);
  return state;
}

const NUM = { textAlign: 'right', whiteSpace: 'nowrap' } as const;

const RollupTable = ({ rows }: { rows: CountyRollupRow[] }) => {
  const translate = useTranslate();
  return (
    <Box sx={{ overflowX: 'auto' }}>
      <Table size="small" data-testid="county-rollup-table">
        <TableHead>
          <TableRow>
            <TableCell>{translate('fq.city.county')}</TableCell>
            <TableCell sx={NUM}>{translate('fq.city.villages')}</TableCell>
            <TableCell sx={NUM}>{translate('fq.city.covered')}</TableCell>
            <TableCell sx={NUM}>{translate('fq.city.coverage')}</TableCell>
            <TableCell sx={NUM}>{translate('fq.city.cases')}</TableCell>
            <TableCell sx={NUM}>{translate('fq.city.resolved')}</TableCell>
          </TableRow>
        </TableHead>
        <TableBody>
          {rows.map((r) => (
            <TableRow key={r.id} data-testid="county-rollup-row">
              <TableCell sx={{ whiteSpace: 'nowrap' }}>{r.name}</TableCell>
              <TableCell sx={NUM}>{r.villageCount}</TableCell>
              <TableCell sx={NUM}>{r.coveredCount}</TableCell>
              <TableCell sx={NUM}>{formatRatio(r.ratio)}</TableCell>
              <TableCell sx={NUM}>{r.cases}</TableCell>
              <TableCell sx={NUM}>{r.resolved}</TableCell>
            </TableRow>
          ))}
        </TableBody>
      </Table>
    </Box>
  );
};

/** Coverage per county as horizontal bars (percent), like the villages-per-township chart: names stay readable on a phone. */
const CoverageChart = ({ rows }: { rows: CountyRollupRow[] }) => {
  const translate = useTranslate();
  const theme = useTheme();
  const data = rows.map((r) => ({ name: r.name, percent: Math.round(r.ratio * 1000) / 10 }));
  const axisWidth = categoryAxisWidth(data.map((r) => r.name));
  return (
    <Box data-testid="chart-coverage-per-county" sx={{ mt: 2 }}>
      <Typography variant="subtitle1" component="h3" gutterBottom>
        {translate('fq.city.chart')}
      </Typography>
      <ResponsiveContainer width="100%" height={data.length * 34 + 40}>
        <BarChart data={data} layout="vertical" margin={{ top: 4, right: 48, bottom: 4, left: 4 }}>
          <CartesianGrid horizontal={false} strokeDasharray="3 3" />
          <XAxis type="number" domain={[0, 100]} unit="%" />
          <YAxis
            type="category"
            dataKey="name"
            width={axisWidth}
            tick={{ fontSize: 13 }}
            tickFormatter={(name: string) => fitLabel(name, axisWidth)}
            interval={0}
          />
          <Tooltip formatter={(value) => [`${value}%`, translate('fq.city.coverage')]} />
          <Bar dataKey="percent" name={translate('fq.city.coverage')} fill={theme.palette.primary.main} barSize={18} isAnimationActive={false}>
            <LabelList dataKey="percent" position="right" formatter={(v: unknown) => `${v}%`} />
          </Bar>
        </BarChart>
      </ResponsiveContainer>
    </Box>
  );
};

/** The city's dashboard card: each county's coverage and cases, a table and a chart. */
export const CountyRollup = () => {
  const translate = useTranslate();
  const { data, error } = useCountyRollup();
  return (
    <Card data-testid="county-rollup" sx={{ gridColumn: '1 / -1', minWidth: 0 }}>
      <CardContent>
        <Typography variant="h6" component="h2" gutterBottom>
          {translate('fq.city.title')}
        </Typography>
        {error ? (
          <Alert severity="error">{errorMessage(translate, error)}</Alert>
        ) : !data ? (
          <Skeleton variant="rectangular" height={120} />
        ) : data.length === 0 ? (
          <Typography color="text.secondary">{translate('fq.city.none')}</Typography>
        ) : (
          <>
            <RollupTable rows={data} />
            <CoverageChart rows={data} />
          </>
        )}
      </CardContent>
    </Card>
  );
};
