import { Box } from '@mui/material';
import { DateInput, required, TextInput, useLocaleState, useTranslate } from 'react-admin';
import { ActionDialog } from '../../common/ActionDialog';
import { useFengqiaoDataProvider } from '../../providers/dataProvider';
import {
  RATE_FIELDS,
  type RateFormValues,
  rateFormDefaults,
  rateInput,
  type SubsidyRate,
  type SubsidyStatement,
  yuanInput,
} from '../../providers/subsidy';
import { formatFen } from '../../resources/mediationCases/caseFormat';

/** A yuan amount with at most two decimals (blank passes: `required` says when it may not be). */
const yuan = (value: unknown) => (Number.isNaN(yuanInput(value)) ? 'fq.subsidy.bad_yuan' : undefined);

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
    </ActionDialog>
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
