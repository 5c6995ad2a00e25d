import ExpandMore from '@mui/icons-material/ExpandMore';
import {
  Accordion,
  AccordionDetails,
  AccordionSummary,
  Alert,
  Box,
  Button,
  Chip,
  LinearProgress,
  Link,
  MenuItem,
  Stack,
  Table,
  TableBody,
  TableCell,
  TableHead,
  TableRow,
  TextField,
  Typography,
  useTheme,
} from '@mui/material';
import { useState } from 'react';
import { Title, useTranslate } from 'react-admin';
import { Bar, BarChart, CartesianGrid, ResponsiveContainer, Tooltip, XAxis, YAxis } from 'recharts';
import { DownloadButton } from '../../common/DownloadButton';
import { SectionCard } from '../../common/SectionCard';
import { GradeCountsPage } from './GradeCountsPage';
import { useFetched } from '../../common/useFetched';
import { errorMessage } from '../../i18n/errors';
import {
  type Assessment,
  type AssessmentResult,
  assessmentTableUrl,
  canObject,
  formatPoints,
  GRADES,
  type IndicatorResult,
  indicatorFigures,
  yearEnded,
} from '../../providers/assessment';
import { useFengqiaoDataProvider } from '../../providers/dataProvider';
import { todayInShanghai } from '../../providers/dates';
import { useAboveCounty, useRole } from '../../providers/useCan';
import { Figure } from '../trainingCompliance/TrainingCompliancePage';
import { DecideDialog, ObjectDialog, PublishDialog } from './AssessmentDialogs';
import { IndicatorRecordsDialog } from './IndicatorRecordsDialog';
import { SchemeEditor } from './SchemeEditor';

const GRADE_COLOURS = { EXCELLENT: 'success', PASS: 'primary', BASIC_PASS: 'warning', FAIL: 'error' } as const;

/** Last year first: the assessment is made once a year has ended; this year's draft shows where advisers stand. */
const yearChoices = (today: string) => {
  const year = Number(today.slice(0, 4));
  return [year - 1, year, year - 2];
};

/** Advisers per grade across the county, as bars in the grades' colours. */
const GradeChart = ({ assessment }: { assessment: Assessment }) => {
  const translate = useTranslate();
  const theme = useTheme();
  const data = assessment.gradeCounts.map((g) => ({ name: translate(`fq.enum.AssessmentGrade.${g.grade}`), count: g.count, grade: g.grade }));
  return (
    <ResponsiveContainer width="100%" height={220}>
      <BarChart data={data} margin={{ top: 8, right: 8, bottom: 4, left: -16 }}>
        <CartesianGrid vertical={false} strokeDasharray="3 3" />
        <XAxis dataKey="name" />
        <YAxis allowDecimals={false} />
        <Tooltip />
        <Bar dataKey="count" name={translate('fq.assessment.chart_advisers')} isAnimationActive={false} fill={theme.palette.primary.main} />
      </BarChart>
    </ResponsiveContainer>
  );
};

/**
 * Every indicator of one result: what was done and due, its score (or 不适用), its weight and points. An indicator's
 * name opens the records behind it.
 */
const IndicatorTable = ({ result, onRecords }: { result: AssessmentResult; onRecords: (indicator: IndicatorResult) => void }) => {
  const translate = useTranslate();
  return (
    <Box sx={{ overflowX: 'auto' }}>
      <Table
        size="small"
        sx={{ '& td:not(:first-of-type), & th:not(:first-of-type)': { whiteSpace: 'nowrap', px: { xs: 0.75, sm: 2 } } }}
        data-testid={`assessment-indicators-${result.adviser.id}`}
      >
        <TableHead>
          <TableRow>
            <TableCell>{translate('fq.assessment.indicator')}</TableCell>
            <TableCell align="right">{translate('fq.assessment.figures')}</TableCell>
            <TableCell align="right">{translate('fq.assessment.score')}</TableCell>
            <TableCell align="right" sx={{ display: { xs: 'none', sm: 'table-cell' } }}>
              {translate('fq.assessment.weight')}
            </TableCell>
            <TableCell align="right">{translate('fq.assessment.points')}</TableCell>
          </TableRow>
        </TableHead>
        <TableBody>
          {result.indicators.map((i) => (
            <TableRow key={i.code} data-testid={`indicator-${i.code}`}>
              <TableCell>
                <Link
                  component="button"
                  type="button"
                  variant="body2"
                  onClick={() => onRecords(i)}
                  sx={{ textAlign: 'left' }}
                  title={translate('fq.assessment.records_open')}
                  data-testid={`indicator-records-${i.code}`}
                >
                  {translate(`fq.enum.AssessmentIndicator.${i.code}`)}
                </Link>
              </TableCell>
              <TableCell align="right">{indicatorFigures(i)}</TableCell>
              <TableCell align="right">{i.applicable ? formatPoints(i.score) : translate('fq.assessment.not_applicable')}</TableCell>
              <TableCell align="right" sx={{ display: { xs: 'none', sm: 'table-cell' } }}>
                {i.applicable ? formatPoints(i.effectiveWeight) : `${i.weight} → 0`}
              </TableCell>
              <TableCell align="right">{formatPoints(i.points)}</TableCell>
            </TableRow>
          ))}
        </TableBody>
      </Table>
    </Box>
  );
};

const ResultCard = ({
  assessment,
  result,
  expanded,
  onObject,
  onDecide,
}: {
  assessment: Assessment;
  result: AssessmentResult;
  expanded?: boolean;
  onObject?: () => void;
  onDecide?: () => void;
}) => {
  const translate = useTranslate();
  const objection = result.objection;
  const [records, setRecords] = useState<IndicatorResult | null>(null);
  return (
    <Accordion defaultExpanded={expanded} disableGutters data-testid={`assessment-result-${result.adviser.id}`}>
      <AccordionSummary expandIcon={<ExpandMore />}>
        <Stack direction="row" sx={{ gap: 1, alignItems: 'center', flexWrap: 'wrap', width: '100%' }}>
          <Typography sx={{ fontWeight: 600 }}>{result.adviser.name}</Typography>
          <Typography variant="body2" color="text.secondary">
            {result.townships.map((t) => t.name).join('、')}
          </Typography>
          <Box sx={{ flex: 1 }} />
          <Typography data-testid="result-total">{formatPoints(result.total)}</Typography>
          {result.grade && (
            <Chip
              size="small"
              color={GRADE_COLOURS[result.grade]}
              label={translate(`fq.enum.AssessmentGrade.${result.grade}`)}
              data-testid="result-grade"
            />
          )}
          {objection && (
            <Chip
              size="small"
              variant="outlined"
              label={`${translate('fq.assessment.objection')}·${translate(`fq.enum.ObjectionStatus.${objection.status}`)}`}
              data-testid="result-objection"
            />
          )}
        </Stack>
      </AccordionSummary>
      <AccordionDetails>
        {result.cappedFromExcellent && (
          <Alert severity="info" sx={{ mb: 1 }}>
            {translate('fq.assessment.capped')}
          </Alert>
        )}
        {result.exemptFromCap && (
          <Alert severity="success" sx={{ mb: 1 }}>
            {translate('fq.assessment.exempt')}
          </Alert>
        )}
        {result.adjustmentPoints !== 0 && (
          <Typography variant="body2" sx={{ mb: 1 }} data-testid="result-adjustment">
            {translate('fq.assessment.computed_total')}: {formatPoints(result.computedTotal)} ·{' '}
            {translate('fq.assessment.adjustment', { points: formatPoints(result.adjustmentPoints), reason: result.adjustmentReason ?? '' })}
          </Typography>
        )}
        <Typography variant="body2" color="text.secondary" sx={{ mb: 0.5 }}>
          {translate('fq.assessment.records_hint')}
        </Typography>
        <IndicatorTable result={result} onRecords={setRecords} />
        {records && (
          <IndicatorRecordsDialog
            key={records.code}
            year={assessment.year}
            countyId={assessment.county.id}
            adviser={result.adviser}
            indicator={records}
            published={assessment.status === 'PUBLISHED'}
            onClose={() => setRecords(null)}
          />
        )}
        {objection && (
          <Box sx={{ mt: 1.5 }}>
            <Typography variant="body2">{translate('fq.assessment.objection_reason', { reason: objection.reason })}</Typography>
            {objection.decisionReason && (
              <Typography variant="body2">{translate('fq.assessment.objection_decision', { reason: objection.decisionReason })}</Typography>
            )}
          </Box>
        )}
        <Stack direction="row" sx={{ gap: 1, mt: 1.5 }}>
          {onObject && canObject(assessment, result, todayInShanghai()) && (
            <Button variant="outlined" onClick={onObject} data-testid="result-object">
              {translate('fq.assessment.object')}
            </Button>
          )}
          {onDecide && objection?.status === 'OPEN' && (
            <Button variant="contained" onClick={onDecide} data-testid="result-decide">
              {translate('fq.assessment.decide')}
            </Button>
          )}
        </Stack>
      </AccordionDetails>
    </Accordion>
  );
};

/** 年度考核: the live draft or the published results, the scheme (bureau), publication and objections. */
const ResultsPage = () => {
  const translate = useTranslate();
  const dataProvider = useFengqiaoDataProvider();
  const role = useRole();
  const today = todayInShanghai();
  const [year, setYear] = useState(() => yearChoices(today)[0]!);
  const countyId = '';
  const assessment = useFetched((signal) => dataProvider.assessment({ year, countyId, signal }), [dataProvider, year]);
  const scheme = useFetched((signal) => dataProvider.assessmentScheme({ year, countyId, signal }), [dataProvider, year], role === 'BUREAU_ADMIN');
  const [publishing, setPublishing] = useState(false);
  const [objecting, setObjecting] = useState<AssessmentResult | null>(null);
  const [deciding, setDeciding] = useState<AssessmentResult | null>(null);
  // While another year loads, the previous year's results are not shown under the new year's heading (the county,
  // the same for every year, stays in the heading).
  const data = assessment.data?.year === year ? assessment.data : undefined;
  const schemeData = scheme.data?.year === year ? scheme.data : undefined;
  const isBureau = role === 'BUREAU_ADMIN';
  // The scheme, publication and objections are the county's own bureau's; a city's or province's reads them.
  const aboveCounty = useAboveCounty();
  const managesCounty = isBureau && !aboveCounty;
  const reload = () => {
    assessment.refetch();
    scheme.refetch();
  };
  return (
    <Box data-testid="assessment-page" sx={{ my: 2, display: 'grid', gap: 2 }}>
      <Title title={translate('fq.assessment.title')} />
      <Box>
        <Typography variant="h5" component="h1">
          {translate('fq.assessment.heading', { county: assessment.data?.county.name ?? '', year })}
        </Typography>
        <Typography variant="body2" color="text.secondary">
          {translate('fq.assessment.subtitle')}
        </Typography>
      </Box>
      <Stack direction={{ xs: 'column', sm: 'row' }} sx={{ gap: 2, alignItems: { sm: 'center' }, flexWrap: 'wrap' }}>
        <TextField
          select
          size="small"
          label={translate('fq.assessment.year')}
          value={year}
          onChange={(e) => setYear(Number(e.target.value))}
          sx={{ width: { xs: '100%', sm: 140 } }}
          data-testid="assessment-year"
        >
          {yearChoices(today).map((y) => (
            <MenuItem key={y} value={y}>
              {y}
            </MenuItem>
          ))}
        </TextField>
        {data && (
          <Chip
            color={data.status === 'PUBLISHED' ? 'success' : 'default'}
            label={translate(`fq.enum.AssessmentStatus.${data.status}`)}
            sx={{ alignSelf: { xs: 'flex-start', sm: 'center' } }}
            data-testid="assessment-status"
          />
        )}
        {data && (
          <Typography variant="body2" color="text.secondary">
            {data.status === 'PUBLISHED' && data.objectionsUntil
              ? translate('fq.assessment.objections_until', { date: data.objectionsUntil })
              : translate('fq.assessment.through', { date: data.through })}
          </Typography>
        )}
        {managesCounty && data?.status === 'DRAFT' && (
          <Button variant="contained" onClick={() => setPublishing(true)} sx={{ ml: { sm: 'auto' } }} data-testid="assessment-publish">
            {translate('fq.assessment.publish')}
          </Button>
        )}
      </Stack>
      {assessment.isPending && <LinearProgress />}
      {assessment.error ? <Alert severity="error">{errorMessage(translate, assessment.error)}</Alert> : null}
      {data?.closedEarlyReason && <Alert severity="info">{translate('fq.assessment.closed_early', { reason: data.closedEarlyReason })}</Alert>}
      {data && role !== 'ADVISER' && (
        <Box sx={{ display: 'grid', gap: 2, gridTemplateColumns: { xs: 'minmax(0, 1fr)', md: '1fr 1fr' } }}>
          <SectionCard title={translate('fq.assessment.grade_counts')} testId="assessment-grades">
            <Box sx={{ display: 'grid', gap: 1, gridTemplateColumns: 'repeat(4, minmax(0, 1fr))', mb: 1 }}>
              {GRADES.map((grade) => (
                <Figure
                  key={grade}
                  label={translate(`fq.enum.AssessmentGrade.${grade}`)}
                  value={data.gradeCounts.find((g) => g.grade === grade)?.count ?? 0}
                  testId={`assessment-grade-${grade}`}
                  tone={grade === 'FAIL' ? 'error' : grade === 'EXCELLENT' ? 'success' : undefined}
                />
              ))}
            </Box>
            <GradeChart assessment={data} />
            {data.excellentAllowed !== null && data.excellentAllowed !== undefined && (
              <Typography variant="body2" color={data.capBites ? 'warning.main' : 'text.secondary'} data-testid="assessment-cap">
                {data.capBites ? translate('fq.assessment.cap_bites') : translate('fq.assessment.cap', { allowed: data.excellentAllowed })}
              </Typography>
            )}
          </SectionCard>
          {managesCounty && schemeData && <SchemeEditor scheme={schemeData} onSaved={reload} />}
        </Box>
      )}
      {data && (
        <Box data-testid="assessment-results">
          <Stack direction={{ xs: 'column', sm: 'row' }} sx={{ mb: 1, gap: 1, alignItems: { sm: 'center' }, flexWrap: 'wrap' }}>
            <Typography variant="h6" component="h2" sx={{ mr: { sm: 'auto' } }}>
              {translate('fq.assessment.results')}
            </Typography>
            {(isBureau || role === 'OFFICE_STAFF') && data.results.length > 0 && (
              <>
                {data.status === 'DRAFT' && (
                  <Typography variant="body2" color="text.secondary" data-testid="assessment-download-draft">
                    {translate('fq.assessment.download_draft_note')}
                  </Typography>
                )}
                <DownloadButton
                  url={assessmentTableUrl(year, 'xlsx', countyId)}
                  fallbackName={`assessment-${year}.xlsx`}
                  label={translate('fq.assessment.download_xlsx')}
                  testId="assessment-download-xlsx"
                />
                <DownloadButton
                  url={assessmentTableUrl(year, 'pdf', countyId)}
                  fallbackName={`assessment-${year}.pdf`}
                  label={translate('fq.assessment.download_pdf')}
                  testId="assessment-download-pdf"
                />
              </>
            )}
          </Stack>
          {data.results.length === 0 && <Typography color="text.secondary">{translate('fq.assessment.no_results')}</Typography>}
          {data.results.map((r) => (
            <ResultCard
              key={r.adviser.id}
              assessment={data}
              result={r}
              expanded={role === 'ADVISER'}
              onObject={role === 'ADVISER' ? () => setObjecting(r) : undefined}
              onDecide={managesCounty ? () => setDeciding(r) : undefined}
            />
          ))}
        </Box>
      )}
      {data && schemeData && (
        <PublishDialog
          open={publishing}
          onClose={() => setPublishing(false)}
          onDone={reload}
          year={year}
          countyId={countyId}
          ended={yearEnded(year, today)}
          objectionDays={schemeData.objectionDays}
        />
      )}
      <ObjectDialog result={objecting} onClose={() => setObjecting(null)} onDone={reload} />
      <DecideDialog result={deciding} onClose={() => setDeciding(null)} onDone={reload} />
    </Box>
  );
};

/** Analysts see grade counts by township only (the API gives them nothing else of the assessment). */
export const AssessmentPage = () => {
  const role = useRole();
  // Nothing is asked before the role is known: an analyst must never send the other page's query.
  if (!role) return null;
  return role === 'ANALYST' ? <GradeCountsPage /> : <ResultsPage />;
};
