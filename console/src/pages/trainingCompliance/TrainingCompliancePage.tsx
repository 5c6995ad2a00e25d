import { Alert, Box, Card, CardContent, LinearProgress, MenuItem, Skeleton, Stack, TextField, Typography } from '@mui/material';
import { useState } from 'react';
import { Title, useTranslate } from 'react-admin';
import { DownloadButton } from '../../common/DownloadButton';
import { SectionCard } from '../../common/SectionCard';
import { useFetched } from '../../common/useFetched';
import { errorMessage } from '../../i18n/errors';
import { formatRatio } from '../../providers/coverage';
import { useFengqiaoDataProvider } from '../../providers/dataProvider';
import { todayInShanghai } from '../../providers/dates';
import { quarterOf, trainingsExportUrl } from '../../providers/supervision';
import { useRole } from '../../providers/useCan';
import { CountyScopeSelect } from '../../resources/pickers';
import { AnnualAttendance } from './AnnualAttendance';
import { QuarterChart, TownshipChart } from './ComplianceCharts';
import { ComplianceGrid } from './ComplianceGrid';

export const Figure = ({
  label,
  value,
  caption,
  testId,
  tone,
}: {
  label: string;
  value: string | number | undefined;
  caption?: string;
  testId: string;
  tone?: 'error' | 'warning' | 'success';
}) => (
  <Card data-testid={testId} sx={{ minWidth: 0 }}>
    <CardContent sx={{ '&:last-child': { pb: 2 } }}>
      <Typography variant="body2" color="text.secondary">
        {label}
      </Typography>
      {value === undefined ? (
        <Skeleton variant="text" width={90} sx={{ fontSize: '2.25rem' }} />
      ) : (
        <Typography
          variant="h4"
          component="p"
          sx={{ fontWeight: 600, fontSize: { xs: '1.6rem', sm: '2.25rem' }, color: tone ? `${tone}.main` : undefined }}
          data-testid={`${testId}-value`}
        >
          {value}
        </Typography>
      )}
      {caption && (
        <Typography variant="caption" color="text.secondary">
          {caption}
        </Typography>
      )}
    </CardContent>
  </Card>
);

/** This year and the two before: compliance is looked at for the current year and checked back at year end. */
export const yearChoices = (today = todayInShanghai()) => {
  const { year } = quarterOf(today);
  return [year, year - 1, year - 2];
};

export const YearSelect = ({ value, onChange, testId }: { value: number; onChange: (year: number) => void; testId: string }) => {
  const translate = useTranslate();
  return (
    <TextField
      select
      size="small"
      label={translate('fq.compliance.year')}
      value={value}
      onChange={(e) => onChange(Number(e.target.value))}
      sx={{ width: { xs: '100%', sm: 140 }, flex: 'none' }}
      data-testid={testId}
    >
      {yearChoices().map((y) => (
        <MenuItem key={y} value={y}>
          {y}
        </MenuItem>
      ))}
    </TextField>
  );
};

/** 培训达标: village × quarter for a year, the quarter totals, the annual training's attendance, and the ledger. */
export const TrainingCompliancePage = () => {
  const translate = useTranslate();
  const dataProvider = useFengqiaoDataProvider();
  const role = useRole();
  const [year, setYear] = useState(quarterOf(todayInShanghai()).year);
  const [regionId, setRegionId] = useState('');
  const compliance = useFetched((signal) => dataProvider.trainingCompliance({ year, regionId, signal }), [dataProvider, year, regionId]);
  const attendance = useFetched((signal) => dataProvider.annualTrainingAttendance({ year, signal }), [dataProvider, year]);
  const data = compliance.data;
  const countyWide = Boolean(data && new Set(data.rows.map((r) => r.townshipId)).size > 1);
  return (
    <Box data-testid="training-compliance-page" sx={{ my: 2, display: 'grid', gap: 2 }}>
      <Title title={translate('fq.compliance.title')} />
      <Box>
        <Typography variant="h5" component="h1">
          {translate('fq.compliance.heading', { region: data?.regionName ?? '', year })}
        </Typography>
        <Typography variant="body2" color="text.secondary">
          {translate('fq.compliance.subtitle')}
        </Typography>
      </Box>
      <Stack direction={{ xs: 'column', sm: 'row' }} sx={{ gap: 2, alignItems: { sm: 'center' }, flexWrap: 'wrap' }}>
        <YearSelect value={year} onChange={setYear} testId="compliance-year" />
        <Box sx={{ width: { xs: '100%', sm: 240 }, '& > .MuiTextField-root': { width: '100%' } }}>
          <CountyScopeSelect value={regionId} onChange={setRegionId} testId="compliance-region" />
        </Box>
        {(role === 'BUREAU_ADMIN' || role === 'OFFICE_STAFF') && (
          <DownloadButton
            url={trainingsExportUrl(year, regionId)}
            fallbackName={`trainings-${year}.xlsx`}
            label={translate('fq.compliance.export')}
            testId="compliance-export"
            variant="outlined"
            sx={{ ml: { sm: 'auto' }, alignSelf: { xs: 'flex-start', sm: 'center' } }}
          />
        )}
      </Stack>
      {compliance.isPending && <LinearProgress />}
      {compliance.error ? <Alert severity="error">{errorMessage(translate, compliance.error)}</Alert> : null}
      <Box sx={{ display: 'grid', gap: 2, gridTemplateColumns: { xs: 'repeat(2, minmax(0, 1fr))', sm: 'repeat(3, minmax(0, 1fr))' } }}>
        <Box sx={{ gridColumn: { xs: '1 / -1', sm: 'span 1' } }}>
          <Figure
            label={translate('fq.compliance.ratio')}
            value={data ? formatRatio(data.ratio) : undefined}
            caption={
              data
                ? data.quartersEnded
                  ? translate('fq.compliance.quarters_ended', { count: data.quartersEnded })
                  : translate('fq.compliance.nothing_required')
                : undefined
            }
            testId="compliance-ratio"
            tone={data && data.ratio < 1 ? 'warning' : 'success'}
          />
        </Box>
        <Figure
          label={translate('fq.compliance.done_of_required')}
          value={data ? `${data.done} / ${data.required}` : undefined}
          testId="compliance-done"
        />
        <Figure
          label={translate('fq.compliance.missing')}
          value={data?.missing}
          testId="compliance-missing"
          tone={data?.missing ? 'error' : undefined}
        />
      </Box>
      {data && (
        <Box sx={{ display: 'grid', gap: 2, gridTemplateColumns: { xs: 'minmax(0, 1fr)', md: countyWide ? '1fr 1fr' : '1fr' } }}>
          <SectionCard title={translate('fq.compliance.by_quarter')} testId="compliance-chart">
            <QuarterChart data={data} />
          </SectionCard>
          {countyWide && (
            <SectionCard title={translate('fq.compliance.by_township')} testId="compliance-township-chart">
              <TownshipChart rows={data.rows} onSelect={setRegionId} />
            </SectionCard>
          )}
        </Box>
      )}
      {data && <ComplianceGrid data={data} countyWide={countyWide} />}
      {attendance.error ? <Alert severity="error">{errorMessage(translate, attendance.error)}</Alert> : null}
      {attendance.data && <AnnualAttendance rows={attendance.data} />}
    </Box>
  );
};
