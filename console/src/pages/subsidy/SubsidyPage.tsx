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
  MenuItem,
  Stack,
  Table,
  TableBody,
  TableCell,
  TableHead,
  TableRow,
  TextField,
  Tooltip,
  Typography,
} from '@mui/material';
import { useState } from 'react';
import { Link, Title, useLocaleState, useTranslate } from 'react-admin';
import { InfoRow, SectionCard } from '../../common/SectionCard';
import { SubsidyPaymentsButton, SubsidyStatementPdfButton } from '../../common/SubsidyDownloadButtons';
import { useFetched } from '../../common/useFetched';
import { errorMessage } from '../../i18n/errors';
import { useFengqiaoDataProvider } from '../../providers/dataProvider';
import { formatDateTime, formatMonth, todayInShanghai } from '../../providers/dates';
import {
  adjustmentLines,
  canAdjust,
  FACTOR_GRADES,
  nonQualifying,
  payingLines,
  periodChoices,
  periodEnded,
  rateOn,
  type SubsidyLine,
  type SubsidyRate,
  type SubsidyStatement,
  settlementYear,
  statementSummary,
} from '../../providers/subsidy';
import { useAboveCounty, useRole } from '../../providers/useCan';
import { formatFen } from '../../resources/mediationCases/caseFormat';
import { useIsSmall } from '../../resources/useIsSmall';
import { Figure } from '../trainingCompliance/TrainingCompliancePage';
import { CaseSplitCard, SettlementCard } from './SubsidyCountyCards';
import { AdjustmentDialog, ConfirmDialog, PaidDialog, RateDialog } from './SubsidyDialogs';

const STATUS_COLOURS = { DRAFT: 'default', CONFIRMED: 'primary', PAID: 'success' } as const;

type Translate = ReturnType<typeof useTranslate>;

/** `2026-Q3` as 2026 年第 3 季度, `2026-07` as 2026年7月 (`formatMonth`), `2026-Y` as 2026 年度考核结算. */
export function periodLabel(translate: Translate, period: string, locale = 'zh-CN'): string {
  const settled = settlementYear(period);
  if (settled !== null) return translate('fq.subsidy.settlement', { year: settled });
  const quarter = /^(\d{4})-Q([1-4])$/.exec(period);
  if (quarter) return translate('fq.subsidy.quarter', { year: quarter[1], quarter: quarter[2] });
  return formatMonth(period, locale);
}

/** Statements with lines first (what the bureau has to look at), then the advisers with nothing this period. */
const byActivity = (statements: readonly SubsidyStatement[]) =>
  [...statements].sort((a, b) => Number(a.lines.length === 0) - Number(b.lines.length === 0));

/** What a line is about: a case (number, tier, closing day) or a month of consultations. */
const lineItem = (translate: Translate, line: SubsidyLine, locale: string) =>
  line.kind === 'CASE'
    ? translate('fq.subsidy.line_case', { caseNo: line.caseNo ?? '' })
    : translate('fq.subsidy.line_month', { month: formatMonth(line.month, locale), count: line.count });

const lineDetail = (translate: Translate, line: SubsidyLine) =>
  line.kind === 'CASE'
    ? [line.tier && translate(`fq.enum.CaseTier.${line.tier}`), line.closedOn && translate('fq.subsidy.closed_on', { date: line.closedOn })]
        .filter(Boolean)
        .join(' · ')
    : translate('fq.enum.SubsidyLineKind.CONSULTATION');

/** The case, for whoever may open it (the adviser their own; the bureau and offices its metadata). */
const CaseLink = ({ line }: { line: SubsidyLine }) => {
  const translate = useTranslate();
  if (!line.caseId) return null;
  return (
    <Link to={`/mediationCases/${line.caseId}/show`} data-testid={`subsidy-case-link-${line.caseId}`}>
      {translate('fq.subsidy.open_case')}
    </Link>
  );
};

/** The lines of a statement: a table on a desktop, a card per line on a phone. */
const LineList = ({ lines, testId, failing = false }: { lines: readonly SubsidyLine[]; testId: string; failing?: boolean }) => {
  const translate = useTranslate();
  const [locale] = useLocaleState();
  const small = useIsSmall();
  const key = (l: SubsidyLine, i: number) => `${l.kind}-${l.caseId ?? l.month}-${l.reason ?? 'pay'}-${i}`;
  if (small) {
    return (
      <Stack sx={{ gap: 1 }} data-testid={testId}>
        {lines.map((l, i) => (
          <Box key={key(l, i)} sx={{ border: 1, borderColor: 'divider', borderRadius: 1, p: 1.25 }} data-testid="subsidy-line">
            <Stack direction="row" sx={{ justifyContent: 'space-between', gap: 1 }}>
              <Typography variant="body2" sx={{ fontWeight: 600 }}>
                {lineItem(translate, l, locale)}
              </Typography>
              <Typography variant="body2" sx={{ whiteSpace: 'nowrap' }}>
                {formatFen(l.amountFen, locale)}
              </Typography>
            </Stack>
            <Typography variant="caption" color="text.secondary" component="div">
              {lineDetail(translate, l)}
            </Typography>
            {l.reason && (
              <Typography variant="body2" color="warning.main" data-testid={`subsidy-reason-${l.reason}`}>
                {translate(`fq.enum.NonQualifyingReason.${l.reason}`)}
              </Typography>
            )}
            <CaseLink line={l} />
          </Box>
        ))}
      </Stack>
    );
  }
  return (
    <Box sx={{ overflowX: 'auto' }}>
      <Table size="small" data-testid={testId}>
        <TableHead>
          <TableRow>
            <TableCell>{translate('fq.subsidy.item')}</TableCell>
            <TableCell>{translate('fq.subsidy.tier')}</TableCell>
            <TableCell>{translate('fq.subsidy.reason')}</TableCell>
            {!failing && <TableCell align="right">{translate('fq.subsidy.amount')}</TableCell>}
            <TableCell />
          </TableRow>
        </TableHead>
        <TableBody>
          {lines.map((l, i) => (
            <TableRow key={key(l, i)} data-testid="subsidy-line">
              <TableCell sx={{ whiteSpace: 'nowrap' }}>{lineItem(translate, l, locale)}</TableCell>
              <TableCell>{lineDetail(translate, l)}</TableCell>
              <TableCell sx={{ color: l.reason ? 'warning.main' : 'success.main' }} data-testid={l.reason ? `subsidy-reason-${l.reason}` : undefined}>
                {l.reason ? translate(`fq.enum.NonQualifyingReason.${l.reason}`) : '✓'}
              </TableCell>
              {!failing && (
                <TableCell align="right" sx={{ whiteSpace: 'nowrap' }}>
                  {formatFen(l.amountFen, locale)}
                </TableCell>
              )}
              <TableCell sx={{ whiteSpace: 'nowrap' }}>
                <CaseLink line={l} />
              </TableCell>
            </TableRow>
          ))}
        </TableBody>
      </Table>
    </Box>
  );
};

/** The adjustment lines of a confirmed statement: the amount (negative recovers) and why, as written. */
const AdjustmentList = ({ lines, testId }: { lines: readonly SubsidyLine[]; testId: string }) => {
  const translate = useTranslate();
  const [locale] = useLocaleState();
  return (
    <Box data-testid={testId}>
      <Typography variant="subtitle2">{translate('fq.subsidy.adjustments_title')}</Typography>
      <Stack sx={{ gap: 0.5, mt: 0.5 }}>
        {lines.map((l, i) => (
          <Stack
            // biome-ignore lint/suspicious/noArrayIndexKey: adjustment lines have no id and keep their order
            key={i}
            direction="row"
            sx={{ gap: 1, justifyContent: 'space-between', borderBottom: 1, borderColor: 'divider', py: 0.5 }}
            data-testid="subsidy-adjustment"
          >
            <Typography variant="body2" sx={{ minWidth: 0, overflowWrap: 'anywhere' }}>
              {l.note ?? translate('fq.subsidy.adjustment_line')}
            </Typography>
            <Typography variant="body2" sx={{ whiteSpace: 'nowrap', color: l.amountFen < 0 ? 'error.main' : undefined }}>
              {formatFen(l.amountFen, locale)}
            </Typography>
          </Stack>
        ))}
      </Stack>
    </Box>
  );
};

const StatementCard = ({
  statement,
  expanded,
  today,
  onConfirm,
  onPaid,
  onAdjust,
}: {
  statement: SubsidyStatement;
  expanded: boolean;
  today: string;
  onConfirm?: () => void;
  onPaid?: () => void;
  onAdjust?: () => void;
}) => {
  const translate = useTranslate();
  const [locale] = useLocaleState();
  const failing = nonQualifying(statement);
  const paying = payingLines(statement);
  const adjustments = adjustmentLines(statement);
  const settlement = settlementYear(statement.period) !== null;
  const ended = periodEnded(statement.period, today);
  return (
    <Accordion defaultExpanded={expanded} disableGutters data-testid={`subsidy-statement-${statement.adviser.id}`}>
      <AccordionSummary expandIcon={<ExpandMore />}>
        <Stack direction="row" sx={{ gap: 1, alignItems: 'center', flexWrap: 'wrap', width: '100%' }}>
          <Typography sx={{ fontWeight: 600 }}>{statement.adviser.name}</Typography>
          <Chip
            size="small"
            color={STATUS_COLOURS[statement.status]}
            label={translate(`fq.enum.StatementStatus.${statement.status}`)}
            data-testid="statement-status"
          />
          {failing.length > 0 && (
            <Chip size="small" variant="outlined" color="warning" label={translate('fq.subsidy.not_qualifying', { count: failing.length })} />
          )}
          <Box sx={{ flex: 1 }} />
          <Typography data-testid="statement-total">{formatFen(statement.totalFen, locale)}</Typography>
        </Stack>
      </AccordionSummary>
      <AccordionDetails sx={{ display: 'grid', gap: 1.5 }}>
        {statement.confirmedAt && (
          <Typography variant="body2" color="text.secondary" data-testid="statement-confirmed">
            {translate('fq.subsidy.confirmed_at', { date: formatDateTime(statement.confirmedAt, locale) })}
            {statement.paidOn && ` · ${translate('fq.subsidy.paid', { date: statement.paidOn, voucher: statement.voucherNo ?? '' })}`}
          </Typography>
        )}
        {paying.length > 0 && <LineList lines={paying} testId={`subsidy-lines-${statement.adviser.id}`} />}
        {adjustments.length > 0 && <AdjustmentList lines={adjustments} testId={`subsidy-adjustments-${statement.adviser.id}`} />}
        {settlement ? null : failing.length > 0 ? (
          <Box data-testid={`subsidy-failing-${statement.adviser.id}`}>
            <Typography variant="subtitle2">{translate('fq.subsidy.not_qualifying_title')}</Typography>
            <Typography variant="body2" color="text.secondary" sx={{ mb: 1 }}>
              {translate('fq.subsidy.not_qualifying_hint')}
            </Typography>
            <LineList lines={failing} failing testId={`subsidy-failing-lines-${statement.adviser.id}`} />
          </Box>
        ) : (
          <Typography variant="body2" color="success.main">
            {translate('fq.subsidy.all_qualify')}
          </Typography>
        )}
        <Stack direction="row" sx={{ gap: 1, flexWrap: 'wrap' }}>
          {onConfirm && statement.status === 'DRAFT' && (
            <Tooltip title={ended ? '' : translate('fq.subsidy.confirm_not_ended')}>
              <span>
                <Button variant="contained" disabled={!ended} onClick={onConfirm} data-testid="statement-confirm">
                  {translate('fq.subsidy.confirm')}
                </Button>
              </span>
            </Tooltip>
          )}
          {onPaid && statement.status === 'CONFIRMED' && (
            <Button variant="contained" color="success" onClick={onPaid} data-testid="statement-paid">
              {translate('fq.subsidy.mark_paid')}
            </Button>
          )}
          {onAdjust && canAdjust(statement) && (
            <Button variant="outlined" onClick={onAdjust} data-testid="statement-adjust">
              {translate('fq.subsidy.add_adjustment')}
            </Button>
          )}
          <SubsidyStatementPdfButton period={statement.period} adviserId={statement.adviser.id} variant="outlined" />
        </Stack>
      </AccordionDetails>
    </Accordion>
  );
};

/** The rates in force today and, for the bureau, a button to set new ones. */
const RatesCard = ({ rates, today, onEdit }: { rates: readonly SubsidyRate[]; today: string; onEdit?: () => void }) => {
  const translate = useTranslate();
  const [locale] = useLocaleState();
  const current = rateOn(rates, today) ?? rates[rates.length - 1];
  const fen = (v: number) => formatFen(v, locale);
  return (
    <SectionCard
      title={translate('fq.subsidy.rates')}
      testId="subsidy-rates"
      action={
        onEdit && (
          <Button variant="outlined" size="small" onClick={onEdit} data-testid="subsidy-set-rates">
            {translate('fq.subsidy.set_rates')}
          </Button>
        )
      }
    >
      {current ? (
        <>
          <Typography variant="body2" color="text.secondary" sx={{ mb: 1 }}>
            {translate('fq.subsidy.rates_in_force', { date: current.effectiveFrom })}
          </Typography>
          <InfoRow label={translate('fq.subsidy.tier_ORDINARY')}>{fen(current.ordinaryFen)}</InfoRow>
          <InfoRow label={translate('fq.subsidy.tier_DIFFICULT')}>{fen(current.difficultFen)}</InfoRow>
          <InfoRow label={translate('fq.subsidy.tier_MAJOR')}>{fen(current.majorFen)}</InfoRow>
          <InfoRow label={translate('fq.subsidy.consultation')}>{fen(current.consultationFen)}</InfoRow>
          <InfoRow label={translate('fq.subsidy.cap')}>
            {current.consultationMonthlyCapFen === null ? translate('fq.subsidy.no_cap') : fen(current.consultationMonthlyCapFen)}
          </InfoRow>
          <InfoRow label={translate('fq.subsidy.factors')}>
            <span data-testid="subsidy-rate-factors">
              {current.gradeFactors.length === 0
                ? translate('fq.subsidy.factors_none')
                : FACTOR_GRADES.flatMap((grade) => {
                    const f = current.gradeFactors.find((g) => g.grade === grade);
                    return f ? [`${translate(`fq.enum.AssessmentGrade.${grade}`)} × ${f.factor}`] : [];
                  }).join(locale.startsWith('zh') ? '，' : ', ')}
            </span>
          </InfoRow>
          {rates.length > 1 && (
            <Typography variant="caption" color="text.secondary" component="div" sx={{ mt: 1 }}>
              {translate('fq.subsidy.rates_history', { dates: rates.map((r) => r.effectiveFrom).join(locale.startsWith('zh') ? '、' : ', ') })}
            </Typography>
          )}
        </>
      ) : (
        <Alert severity="warning">{translate('fq.subsidy.rates_none')}</Alert>
      )}
    </SectionCard>
  );
};

/**
 * 经费补贴: the bureau sets the rates, reads each adviser's statement of a period (drafted live from the records),
 * confirms and records payment; an office reads its township's; an adviser their own, with the cases that did not
 * count and why.
 */
export const SubsidyPage = () => {
  const translate = useTranslate();
  const dataProvider = useFengqiaoDataProvider();
  const role = useRole();
  const today = todayInShanghai();
  const choices = periodChoices(today);
  const [period, setPeriod] = useState(choices[0]!);
  const countyId = '';
  const isBureau = role === 'BUREAU_ADMIN';
  // Rates, settings, confirmation, payment, adjustments and settlement are the county's own bureau's; a city's or
  // province's bureau reads the statements and downloads the documents.
  const aboveCounty = useAboveCounty();
  const managesCounty = isBureau && !aboveCounty;
  const isAdviser = role === 'ADVISER';
  const statements = useFetched((signal) => dataProvider.subsidyStatements({ period, countyId, signal }), [dataProvider, period]);
  const rates = useFetched((signal) => dataProvider.subsidyRates({ countyId, signal }), [dataProvider]);
  const [editingRates, setEditingRates] = useState(false);
  const [confirming, setConfirming] = useState<SubsidyStatement | null>(null);
  const [paying, setPaying] = useState<SubsidyStatement | null>(null);
  const [adjusting, setAdjusting] = useState<SubsidyStatement | null>(null);
  const settlement = settlementYear(period) !== null;
  const [locale] = useLocaleState();
  const data = statements.data;
  const summary = data && statementSummary(data);
  const reload = () => {
    statements.refetch();
    rates.refetch();
  };
  return (
    <Box data-testid="subsidy-page" sx={{ my: 2, display: 'grid', gap: 2 }}>
      <Title title={translate('fq.subsidy.title')} />
      <Box>
        <Typography variant="h5" component="h1">
          {translate('fq.subsidy.heading', { period: periodLabel(translate, period, locale) })}
        </Typography>
        <Typography variant="body2" color="text.secondary">
          {translate(settlement ? 'fq.subsidy.settlement_subtitle' : isAdviser ? 'fq.subsidy.adviser_subtitle' : 'fq.subsidy.subtitle')}
        </Typography>
      </Box>
      <Stack direction={{ xs: 'column', sm: 'row' }} sx={{ gap: 1.5, alignItems: { xs: 'stretch', sm: 'center' } }}>
        <TextField
          select
          size="small"
          label={translate('fq.subsidy.period')}
          value={period}
          onChange={(e) => setPeriod(e.target.value)}
          sx={{ width: { xs: '100%', sm: 260 } }}
          data-testid="subsidy-period"
        >
          {choices.map((p) => (
            <MenuItem key={p} value={p}>
              {periodLabel(translate, p, locale)}
            </MenuItem>
          ))}
        </TextField>
      </Stack>
      {statements.isPending && <LinearProgress />}
      {statements.error ? <Alert severity="error">{errorMessage(translate, statements.error)}</Alert> : null}
      <Box sx={{ display: 'grid', gap: 2, gridTemplateColumns: { xs: 'minmax(0, 1fr)', md: '2fr 1fr' }, alignItems: 'start' }}>
        <Box sx={{ display: 'grid', gap: 2, minWidth: 0 }}>
          {summary && !isAdviser && (
            <Box
              sx={{
                display: 'grid',
                gap: 1,
                gridTemplateColumns: { xs: 'repeat(2, minmax(0, 1fr))', sm: 'minmax(0, 1fr) minmax(0, 1.8fr) minmax(0, 1fr) minmax(0, 1fr)' },
              }}
            >
              <Figure label={translate('fq.subsidy.advisers')} value={summary.advisers} testId="subsidy-advisers" />
              <Figure label={translate('fq.subsidy.total')} value={formatFen(summary.totalFen, locale)} testId="subsidy-total" tone="success" />
              <Figure label={translate('fq.subsidy.paying_lines')} value={summary.paying} testId="subsidy-paying" />
              <Figure label={translate('fq.subsidy.failing_lines')} value={summary.failing} testId="subsidy-failing" tone="warning" />
            </Box>
          )}
          {data && (
            <Box data-testid="subsidy-statements">
              <Stack direction={{ xs: 'column', sm: 'row' }} sx={{ mb: 1, gap: 1, alignItems: { sm: 'center' } }}>
                <Typography variant="h6" component="h2" sx={{ mr: { sm: 'auto' } }}>
                  {translate(isAdviser ? 'fq.subsidy.own_statement' : 'fq.subsidy.statements')}
                </Typography>
                {isBureau && <SubsidyPaymentsButton period={period} countyId={countyId} sx={{ alignSelf: { xs: 'flex-start', sm: 'center' } }} />}
              </Stack>
              {data.length === 0 && <Typography color="text.secondary">{translate('fq.subsidy.no_statements')}</Typography>}
              {byActivity(data).map((s) => (
                <StatementCard
                  key={s.adviser.id}
                  statement={s}
                  expanded={isAdviser}
                  today={today}
                  onConfirm={managesCounty ? () => setConfirming(s) : undefined}
                  onPaid={managesCounty ? () => setPaying(s) : undefined}
                  onAdjust={managesCounty ? () => setAdjusting(s) : undefined}
                />
              ))}
            </Box>
          )}
        </Box>
        <Box sx={{ display: 'grid', gap: 2, minWidth: 0 }}>
          {rates.data && <RatesCard rates={rates.data} today={today} onEdit={managesCounty ? () => setEditingRates(true) : undefined} />}
          {managesCounty && <CaseSplitCard countyId={countyId} />}
          {managesCounty && (
            <SettlementCard
              today={today}
              countyId={countyId}
              onSettled={(p) => {
                setPeriod(p);
                statements.refetch();
              }}
            />
          )}
        </Box>
      </Box>
      {managesCounty && rates.data && (
        <RateDialog
          open={editingRates}
          onClose={() => setEditingRates(false)}
          onDone={reload}
          rates={rates.data}
          current={rateOn(rates.data, today)}
          today={today}
        />
      )}
      <ConfirmDialog
        statement={confirming}
        periodLabel={periodLabel(translate, period, locale)}
        countyId={countyId}
        onClose={() => setConfirming(null)}
        onDone={reload}
      />
      <AdjustmentDialog statement={adjusting} onClose={() => setAdjusting(null)} onDone={reload} />
      <PaidDialog statement={paying} today={today} onClose={() => setPaying(null)} onDone={reload} />
    </Box>
  );
};
