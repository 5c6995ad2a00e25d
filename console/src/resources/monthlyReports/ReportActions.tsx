import { required, TextInput, useTranslate } from 'react-admin';
import { MutationButton } from '../../common/MutationButton';
import { useFengqiaoDataProvider } from '../../providers/dataProvider';
import type { MonthlyReport } from '../workLogEntries/workLogFormat';
import { useFormatMonth } from '../../common/MonthText';

/** The adviser submits a month (or submits it again after a return); its entries freeze. */
export const SubmitMonthButton = ({
  month,
  resubmit,
  done,
  size,
}: {
  month: string;
  resubmit?: boolean;
  done?: () => void;
  size?: 'small' | 'medium' | 'large';
}) => {
  const translate = useTranslate();
  const formatMonth = useFormatMonth();
  const dataProvider = useFengqiaoDataProvider();
  const label = translate(resubmit ? 'fq.workLog.action.resubmit' : 'fq.workLog.action.submit');
  return (
    <MutationButton
      label={label}
      title={translate('fq.workLog.submit_title', { month: formatMonth(month) })}
      hint={translate('fq.workLog.submit_hint')}
      testId={resubmit ? 'resubmit' : 'submit'}
      variant="contained"
      size={size}
      done={done}
      submit={() => dataProvider.mutate('submitMonthlyReport', { month })}
    />
  );
};

/** The township office approves a submitted month, with an optional comment. */
export const ApproveButton = ({ record }: { record: MonthlyReport }) => {
  const translate = useTranslate();
  const formatMonth = useFormatMonth();
  const dataProvider = useFengqiaoDataProvider();
  return (
    <MutationButton
      label={translate('fq.workLog.action.approve')}
      title={translate('fq.workLog.approve_title', { name: record.adviser.name, month: formatMonth(record.month) })}
      testId="approve"
      variant="contained"
      submit={(v) => dataProvider.mutate('approveMonthlyReport', { id: record.id, version: record.version, comment: v.comment })}
    >
      <TextInput source="comment" label="fq.workLog.review_comment" multiline minRows={2} fullWidth />
    </MutationButton>
  );
};

/** The township office sends a month back with what to fix; the adviser sees the comment and submits again. */
export const ReturnButton = ({ record }: { record: MonthlyReport }) => {
  const translate = useTranslate();
  const formatMonth = useFormatMonth();
  const dataProvider = useFengqiaoDataProvider();
  return (
    <MutationButton
      label={translate('fq.workLog.action.return')}
      title={translate('fq.workLog.return_title', { name: record.adviser.name, month: formatMonth(record.month) })}
      hint={translate('fq.workLog.return_hint')}
      testId="return"
      danger
      submit={(v) => dataProvider.mutate('returnMonthlyReport', { id: record.id, version: record.version, comment: v.comment })}
    >
      <TextInput source="comment" label="fq.workLog.return_comment" validate={required()} multiline minRows={3} fullWidth />
    </MutationButton>
  );
};
