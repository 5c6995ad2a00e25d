import { Box, Typography } from '@mui/material';
import { required, TextInput, useLocaleState, useTranslate } from 'react-admin';
import { DateInput } from '../../common/DatePickers';
import { ActionDialog } from '../../common/ActionDialog';
import { useFengqiaoDataProvider } from '../../providers/dataProvider';
import {
  FACTOR_GRADES,
  factorField,
  factorProblem,
  RATE_FIELDS,
  type RateFormValues,
  rateFormDefaults,
  rateInput,
  type SubsidyRate,
  type SubsidyStatement,
  signedYuanInput,
  yuanInput,
} from '../../providers/subsidy';
import { formatFen } from '../../resources/mediationCases/caseFormat';

/** A yuan amount with at most two decimals (blank passes: `required` says when it may not be). */
const yuan = (value: unknown) => (Number.isNaN(yuanInput(value)) ? 'fq.subsidy.bad_yuan' : undefined);

/** A grade factor: blank, or a decimal from 0 to 10 with at most six places. */
const factor = (value: unknown) => (factorProblem(value) ? 'fq.subsidy.bad_factor' : undefined);

/** An adjustment in yuan: not zero, negative allowed, at most two decimals. */
const signedYuan = (value: unknown) => {
  const fen = signedYuanInput(value);
  return fen === null || fen === 0 || Number.isNaN(fen) ? 'fq.subsidy.bad_signed_yuan' : undefined;
};

/** The API's refusals of a subsidy action that have words of their own: a reason, or the field named. */
export function subsidyErrorMessage(translate: (key: string) => string, error: unknown): string | undefined {
  const body = (error as { body?: { code?: string; reason?: string; field?: string } } | undefined)?.body;
  if (body?.code === 'CONFLICT' && (body.reason === 'STATEMENT_PAID' || body.reason === 'CASE_PAID')) {
    return translate(`fq.subsidy.reason_${body.reason}`);
  }
  const fields = ['reason', 'amountFen', 'gradeFactors', 'adviserId', 'year'];
  if (body?.code === 'BAD_USER_INPUT' && body.field && fields.includes(body.field)) return translate(`fq.subsidy.field_${body.field}`);
  return undefined;
}

const RATE_LABELS: Record<(typeof RATE_FIELDS)[number], string> = {
  ordinary: 'fq.subsidy.tier_ORDINARY',
  difficult: 'fq.subsidy.tier_DIFFICULT',
  major: 'fq.subsidy.tier_MAJOR',
  consultation: 'fq.subsidy.consultation',
  cap: 'fq.subsidy.cap',
};

/** The bureau's rates from a date: amounts typed in yuan, sent in fen, with the version of that date's rates. */
export const RateDialog = ({
  open,
  onClose,
  onDone,
  rates,
  current,
  today,
}: {
  open: boolean;
  onClose: () => void;
  onDone: () => void;
  rates: readonly SubsidyRate[];
  current: SubsidyRate | undefined;
  today: string;
}) => {
  const translate = useTranslate();
  const dataProvider = useFengqiaoDataProvider();
  return (
    <ActionDialog<RateFormValues & Record<string, unknown>>
      open={open}
      onClose={onClose}
      title={translate('fq.subsidy.rates_title')}
      description={translate('fq.subsidy.rates_body')}
      submitLabel={translate('ra.action.save')}
      testId="subsidy-rate-dialog"
      defaultValues={rateFormDefaults(current, today)}
      onReload={onDone}
      describeError={(e) => subsidyErrorMessage(translate, e)}
      onSubmit={async (values) => {
        await dataProvider.mutate('saveSubsidyRate', { input: rateInput(values, rates) });
        onDone();
      }}
    >
      <DateInput source="effectiveFrom" label={translate('fq.subsidy.effective_from')} validate={required()} />
      <Box sx={{ display: 'grid', gap: { sm: 2 }, gridTemplateColumns: { xs: '1fr', sm: '1fr 1fr' } }}>
        {RATE_FIELDS.map((field) => (
          <TextInput
            key={field}
            source={field}
            label={`${translate(RATE_LABELS[field])}（${translate('fq.subsidy.yuan')}）`}
            helperText={field === 'cap' ? translate('fq.subsidy.cap_hint') : false}
            validate={field === 'cap' ? yuan : [required(), yuan]}
            slotProps={{ htmlInput: { inputMode: 'decimal', 'data-testid': `rate-${field}` } }}
          />
        ))}
      </Box>
      <Typography variant="subtitle2" sx={{ mt: 1 }}>
        {translate('fq.subsidy.grade_factors')}
      </Typography>
      <Typography variant="caption" color="text.secondary" component="p" sx={{ mb: 1 }}>
        {translate('fq.subsidy.grade_factors_hint')}
      </Typography>
      <Box sx={{ display: 'grid', gap: { sm: 2 }, gridTemplateColumns: { xs: '1fr 1fr', sm: 'repeat(4, 1fr)' }, columnGap: 2 }}>
        {FACTOR_GRADES.map((grade) => (
          <TextInput
            key={grade}
            source={factorField(grade)}
            label={translate(`fq.enum.AssessmentGrade.${grade}`)}
            helperText={false}
            validate={factor}
            slotProps={{ htmlInput: { inputMode: 'decimal', 'data-testid': `rate-factor-${grade}` } }}
          />
        ))}
      </Box>
    </ActionDialog>
  );
};

/**
 * Correcting a confirmed, unpaid statement: an adjustment line typed in yuan (negative recovers) with its reason,
 * sent in fen with the version read. A paid statement is refused (CONFLICT) and said so.
 */
export const AdjustmentDialog = ({ statement, onClose, onDone }: { statement: SubsidyStatement | null; onClose: () => void; onDone: () => void }) => {
  const translate = useTranslate();
  const dataProvider = useFengqiaoDataProvider();
  return (
    <ActionDialog<{ amount: string; reason: string }>
      open={Boolean(statement)}
      onClose={onClose}
      title={translate('fq.subsidy.adjustment_title', { name: statement?.adviser.name ?? '' })}
      description={translate('fq.subsidy.adjustment_body')}
      submitLabel={translate('fq.subsidy.add_adjustment')}
      testId="subsidy-adjustment-dialog"
      onReload={onDone}
      describeError={(e) => subsidyErrorMessage(translate, e)}
      onSubmit={async (values) => {
        await dataProvider.mutate('addSubsidyAdjustment', {
          statementId: statement!.id,
          input: { amountFen: signedYuanInput(values.amount), reason: values.reason.trim(), version: statement!.version },
        });
        onDone();
      }}
    >
      <TextInput
        source="amount"
        label={translate('fq.subsidy.adjustment_amount')}
        validate={[required(), signedYuan]}
        fullWidth
        slotProps={{ htmlInput: { inputMode: 'decimal', 'data-testid': 'adjustment-amount' } }}
      />
      <TextInput
        source="reason"
        label={translate('fq.subsidy.adjustment_reason')}
        helperText={translate('fq.subsidy.adjustment_reason_hint')}
        validate={required()}
        fullWidth
        multiline
        slotProps={{ htmlInput: { maxLength: 200, 'data-testid': 'adjustment-reason' } }}
      />
    </ActionDialog>
  );
};

/** The year-end settlement by the published assessment grades: adjustment lines on each adviser's `<year>-Y` statement. */
export const SettleDialog = ({
  year,
  open,
  countyId,
  onClose,
  onDone,
}: {
  year: number;
  open: boolean;
  countyId: string;
  onClose: () => void;
  onDone: (settled: readonly SubsidyStatement[]) => void;
}) => {
  const translate = useTranslate();
  const dataProvider = useFengqiaoDataProvider();
  return (
    <ActionDialog
      open={open}
      onClose={onClose}
      title={translate('fq.subsidy.settle_title', { year })}
      description={translate('fq.subsidy.settle_body', { year, period: `${year}-Y` })}
      submitLabel={translate('fq.subsidy.settle_button', { year })}
      testId="subsidy-settle-dialog"
      describeError={(e) => subsidyErrorMessage(translate, e)}
      onSubmit={async () => {
        const settled = await dataProvider.mutate<SubsidyStatement[]>('settleSubsidyYear', { year, countyId: countyId || null });
        onDone(settled ?? []);
      }}
    />
  );
};

/** Confirming an adviser's statement of an ended period: its lines freeze and are paid once. */
export const ConfirmDialog = ({
  statement,
  periodLabel,
  countyId,
  onClose,
  onDone,
}: {
  statement: SubsidyStatement | null;
  periodLabel: string;
  countyId: string;
  onClose: () => void;
  onDone: () => void;
}) => {
  const translate = useTranslate();
  const [locale] = useLocaleState();
  const dataProvider = useFengqiaoDataProvider();
  return (
    <ActionDialog
      open={Boolean(statement)}
      onClose={onClose}
      title={translate('fq.subsidy.confirm_title', { name: statement?.adviser.name ?? '', period: periodLabel })}
      description={translate('fq.subsidy.confirm_body', { total: formatFen(statement?.totalFen, locale) })}
      submitLabel={translate('fq.subsidy.confirm')}
      testId="subsidy-confirm-dialog"
      onReload={onDone}
      onSubmit={async () => {
        await dataProvider.mutate('confirmSubsidyStatement', {
          adviserId: statement!.adviser.id,
          period: statement!.period,
          countyId: countyId || null,
        });
        onDone();
      }}
    />
  );
};

/** Recording the payment of a confirmed statement: the day and the voucher number, with the version read. */
export const PaidDialog = ({
  statement,
  today,
  onClose,
  onDone,
}: {
  statement: SubsidyStatement | null;
  today: string;
  onClose: () => void;
  onDone: () => void;
}) => {
  const translate = useTranslate();
  const dataProvider = useFengqiaoDataProvider();
  return (
    <ActionDialog<{ paidOn: string; voucherNo: string }>
      open={Boolean(statement)}
      onClose={onClose}
      title={translate('fq.subsidy.mark_paid_title', { name: statement?.adviser.name ?? '' })}
      submitLabel={translate('fq.subsidy.mark_paid')}
      testId="subsidy-paid-dialog"
      defaultValues={{ paidOn: today }}
      onReload={onDone}
      onSubmit={async (values) => {
        await dataProvider.mutate('markSubsidyStatementPaid', {
          id: statement!.id,
          input: { paidOn: values.paidOn, voucherNo: values.voucherNo.trim(), version: statement!.version },
        });
        onDone();
      }}
    >
      <DateInput source="paidOn" label={translate('fq.subsidy.paid_on')} validate={required()} />
      <TextInput
        source="voucherNo"
        label={translate('fq.subsidy.voucher_no')}
        validate={required()}
        fullWidth
        slotProps={{ htmlInput: { maxLength: 60, 'data-testid': 'voucher-no' } }}
      />
    </ActionDialog>
  );
};
