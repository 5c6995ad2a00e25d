import { Typography, useTheme, type Theme } from '@mui/material';
import { useTranslate } from 'react-admin';
import { Bar, BarChart, CartesianGrid, Legend, ResponsiveContainer, Tooltip, XAxis, YAxis } from 'recharts';
import { categoryAxisWidth, fitLabel, valueAxisRightMargin } from '../../common/chartAxis';
import { quarterBars, townshipCompliance, type ComplianceRow, type TrainingCompliance } from '../../providers/supervision';

/** Legend labels in the text colour: a pale bar's colour would make its label unreadable. */
export const legendText = (theme: Theme) => (value: string) => <span style={{ color: theme.palette.text.primary }}>{value}</span>;

/** Villages trained, missing and not yet due, per quarter: stacked columns that add up to every village. */
export const QuarterChart = ({ data }: { data: TrainingCompliance }) => {
  const translate = useTranslate();
  const theme = useTheme();
  const bars = quarterBars(data).map((b) => ({ ...b, name: translate('fq.compliance.quarter_short', { quarter: b.quarter }) }));
  return (
    <ResponsiveContainer width="100%" height={260}>
      <BarChart data={bars} margin={{ top: 8, right: 8, bottom: 4, left: -16 }}>
        <CartesianGrid vertical={false} strokeDasharray="3 3" />
        <XAxis dataKey="name" />
        <YAxis allowDecimals={false} />
        <Tooltip />
        <Legend formatter={legendText(theme)} />
        <Bar dataKey="done" stackId="q" name={translate('fq.compliance.villages_done')} fill={theme.palette.success.main} isAnimationActive={false} />
        <Bar
          dataKey="missing"
          stackId="q"
          name={translate('fq.compliance.villages_missing')}
          fill={theme.palette.error.main}
          isAnimationActive={false}
        />
        <Bar
          dataKey="pending"
          stackId="q"
          name={translate('fq.compliance.villages_pending')}
          fill={theme.palette.grey[400]}
          isAnimationActive={false}
        />
      </BarChart>
    </ResponsiveContainer>
  );
};

/** Village-quarters done and missing per township, horizontal bars (names stay readable on a phone). */
export const TownshipChart = ({ rows, onSelect }: { rows: readonly ComplianceRow[]; onSelect?: (townshipId: string) => void }) => {
  const translate = useTranslate();
  const theme = useTheme();
  const data = townshipCompliance(rows);
  const axisWidth = categoryAxisWidth(data.map((r) => r.name));
  if (!data.length) return <Typography color="text.secondary">{translate('fq.dashboard.no_data')}</Typography>;
  const click = (entry: { payload?: { id?: string } }) => entry?.payload?.id && onSelect?.(entry.payload.id);
  return (
    <ResponsiveContainer width="100%" height={data.length * 34 + 64}>
      <BarChart
        data={data}
        layout="vertical"
        margin={{ top: 4, right: valueAxisRightMargin(data.map((r) => r.done + r.missing)), bottom: 4, left: 4 }}
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
        <Legend formatter={legendText(theme)} />
        <Bar
          dataKey="done"
          stackId="t"
          name={translate('fq.enum.QuarterStatus.DONE')}
          fill={theme.palette.success.main}
          barSize={16}
          isAnimationActive={false}
          cursor={onSelect ? 'pointer' : undefined}
          onClick={click}
        />
        <Bar
          dataKey="missing"
          stackId="t"
          name={translate('fq.enum.QuarterStatus.MISSING')}
          fill={theme.palette.error.main}
          barSize={16}
          isAnimationActive={false}
          cursor={onSelect ? 'pointer' : undefined}
          onClick={click}
        />
      </BarChart>
    </ResponsiveContainer>
  );
};
