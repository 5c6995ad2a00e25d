import { Typography, useTheme } from '@mui/material';
import { useTranslate } from 'react-admin';
import { Bar, BarChart, CartesianGrid, Legend, ResponsiveContainer, Tooltip, XAxis, YAxis } from 'recharts';
import { categoryAxisWidth, fitLabel, valueAxisRightMargin } from '../../common/chartAxis';
import { townshipBars, type TownshipCoverage } from '../../providers/coverage';

/** Covered and uncovered villages per township, stacked horizontal bars (township names stay readable on a phone). */
export const CoverageChart = ({ townships, onSelect }: { townships: readonly TownshipCoverage[]; onSelect?: (townshipId: string) => void }) => {
  const translate = useTranslate();
  const theme = useTheme();
  const rows = townshipBars(townships);
  const axisWidth = categoryAxisWidth(rows.map((r) => r.name));
  if (!rows.length) {
    return <Typography color="text.secondary">{translate('fq.dashboard.no_data')}</Typography>;
  }
  return (
    <ResponsiveContainer width="100%" height={rows.length * 36 + 64}>
      <BarChart
        data={rows}
        layout="vertical"
        margin={{ top: 4, right: valueAxisRightMargin(rows.map((r) => r.covered + r.uncovered)), bottom: 4, left: 4 }}
      >
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
        <Legend />
        <Bar
          dataKey="covered"
          stackId="v"
          name={translate('fq.coverage.covered')}
          fill={theme.palette.success.main}
          barSize={18}
          isAnimationActive={false}
          cursor={onSelect ? 'pointer' : undefined}
          onClick={(entry: { payload?: { id?: string } }) => entry?.payload?.id && onSelect?.(entry.payload.id)}
        />
        <Bar
          dataKey="uncovered"
          stackId="v"
          name={translate('fq.coverage.uncovered')}
          fill={theme.palette.warning.main}
          barSize={18}
          isAnimationActive={false}
          cursor={onSelect ? 'pointer' : undefined}
          onClick={(entry: { payload?: { id?: string } }) => entry?.payload?.id && onSelect?.(entry.payload.id)}
        />
      </BarChart>
    </ResponsiveContainer>
  );
};
