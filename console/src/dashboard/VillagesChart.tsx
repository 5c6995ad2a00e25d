import { Card, CardContent, Typography, useTheme } from '@mui/material';
import { useTranslate } from 'react-admin';
import { Bar, BarChart, CartesianGrid, LabelList, ResponsiveContainer, Tooltip, XAxis, YAxis } from 'recharts';
import { categoryAxisWidth, fitLabel, valueAxisRightMargin } from '../common/chartAxis';
import type { TownshipCount } from './useRegionOverview';

/** Villages and communities per township, as horizontal bars so names stay readable on a phone. */
export const VillagesChart = ({ data }: { data: TownshipCount[] | undefined }) => {
  const translate = useTranslate();
  const theme = useTheme();
  const rows = data ?? [];
  // The Y axis as wide as the longest township name (long ones shortened with "…"; the tooltip has them whole).
  const axisWidth = categoryAxisWidth(rows.map((r) => r.name));
  return (
    <Card data-testid="chart-villages-per-township" sx={{ gridColumn: '1 / -1', minWidth: 0 }}>
      <CardContent>
        <Typography variant="h6" component="h2" gutterBottom>
          {translate('fq.dashboard.villages_per_township')}
        </Typography>
        {data === undefined ? (
          <Typography color="text.secondary">{translate('fq.dashboard.loading')}</Typography>
        ) : rows.length === 0 ? (
          <Typography color="text.secondary">{translate('fq.dashboard.no_data')}</Typography>
        ) : (
          <ResponsiveContainer width="100%" height={rows.length * 34 + 40}>
            <BarChart
              data={rows}
              layout="vertical"
              margin={{ top: 4, right: Math.max(36, valueAxisRightMargin(rows.map((r) => r.villages))), bottom: 4, left: 4 }}
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
              <Tooltip formatter={(value) => [value, translate('fq.dashboard.villages')]} />
              <Bar
                dataKey="villages"
                name={translate('fq.dashboard.villages')}
                fill={theme.palette.primary.main}
                barSize={18}
                isAnimationActive={false}
              >
                <LabelList dataKey="villages" position="right" />
              </Bar>
            </BarChart>
          </ResponsiveContainer>
        )}
      </CardContent>
    </Card>
  );
};
