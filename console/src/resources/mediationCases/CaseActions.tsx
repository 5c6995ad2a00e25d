import { ConfidentialWriteHint } from './CaseAccess';
import { BooleanInput, NumberInput, RadioButtonGroupInput, required, SelectInput, TextInput, useGetList, useTranslate } from 'react-admin';
import { DateInput, DateTimeInput, MonthInput } from '../../common/DatePickers';
import { MutationButton } from '../../common/MutationButton';
import { notInFuture } from '../../common/validation';
import type * as Api from '../../generated/graphql';
import { useFengqiaoDataProvider } from '../../providers/dataProvider';
import { todayInShanghai } from '../../providers/dates';
import { orderedEnumChoices as enumChoices } from '../choices';
import { higherLevels, yuanToFen, type CaseAgreement, type CaseStep, type MediationCase } from './caseFormat';

const STEP_MUTATIONS: Partial<Record<CaseStep, string>> = {
  accept: 'acceptMediationCase',
  decline: 'declineMediationCase',
  startMediation: 'startMediation',
  fail: 'failMediation',
  withdraw: 'withdrawMediationCase',
};

/** A workflow step on a date (accept, decline, start, fail, withdraw), sent with the version the page shows. */
export const StepButton = ({ record, step }: { record: MediationCase; step: CaseStep }) => {
  const translate = useTranslate();
  const dataProvider = useFengqiaoDataProvider();
  const mutation = STEP_MUTATIONS[step]!;
  return (
    <MutationButton
      label={translate(`fq.cases.action.${step}`)}
      title={translate('fq.cases.step_title', { action: translate(`fq.cases.action.${step}`), caseNo: record.caseNo })}
      testId={step}
      danger={step === 'decline' || step === 'fail' || step === 'withdraw'}
      defaultValues={{ on: todayInShanghai() }}
      submit={(v) => dataProvider.mutate(mutation, { id: record.id, input: { on: v.on, version: record.version } })}
    >
      <DateInput source="on" label="fq.cases.on" validate={[required(), notInFuture()]} fullWidth />
    </MutationButton>
  );
};

export const EscalateButton = ({ record }: { record: MediationCase }) => {
  const translate = useTranslate();
  const dataProvider = useFengqiaoDataProvider();
  const levels = higherLevels(record.level);
  return (
    <MutationButton
      label={translate('fq.cases.action.escalate')}
      title={translate('fq.cases.escalate_title')}
      hint={translate('fq.cases.escalate_hint')}
      testId="escalate"
      defaultValues={{ level: levels[0] }}
      submit={(v) => dataProvider.mutate('escalateMediationCase', { id: record.id, input: { level: v.level, version: record.version } })}
    >
      <SelectInput
        source="level"
        label="resources.mediationCases.fields.level"
        choices={enumChoices('CaseLevel').filter((c) => levels.includes(c.id))}
        validate={required()}
        fullWidth
      />
    </MutationButton>
  );
};

export const ReferButton = ({ record }: { record: MediationCase }) => {
  const translate = useTranslate();
  const dataProvider = useFengqiaoDataProvider();
  return (
    <MutationButton
      label={translate('fq.cases.action.refer')}
      title={translate('fq.cases.refer_title')}
      testId="refer"
      danger
      defaultValues={{ on: todayInShanghai() }}
      submit={(v) => dataProvider.mutate('referMediationCase', { id: record.id, input: { to: v.to, on: v.on, version: record.version } })}
    >
      <SelectInput source="to" label="fq.cases.refer_to" choices={enumChoices('ReferralChannel')} validate={required()} fullWidth />
      <DateInput source="on" label="fq.cases.on" validate={[required(), notInFuture()]} fullWidth />
    </MutationButton>
  );
};

/** Now as a value for a datetime-local input, in the browser's time zone. */
function nowLocal(): string {
  const d = new Date();
  d.setSeconds(0, 0);
  return new Date(d.getTime() - d.getTimezoneOffset() * 60_000).toISOString().slice(0, 16);
}

export const RecordSessionButton = ({ record }: { record: MediationCase }) => {
  const translate = useTranslate();
  const dataProvider = useFengqiaoDataProvider();
  return (
    <MutationButton
      label={translate('fq.cases.action.recordSession')}
      title={translate('fq.cases.session_title')}
      hint={<ConfidentialWriteHint caseId={record.id} />}
      testId="recordSession"
      variant="contained"
      defaultValues={{ at: nowLocal(), mode: 'OFFLINE', place: record.village.name }}
      submit={(v) =>
        dataProvider.mutate('recordMediationSession', {
          caseId: record.id,
          input: { at: new Date(String(v.at)).toISOString(), mode: v.mode, place: v.place, participants: v.participants, record: v.record },
        })
      }
    >
      <DateTimeInput source="at" label="fq.cases.session.at" validate={required()} fullWidth />
      <RadioButtonGroupInput source="mode" label="fq.cases.session.mode" choices={enumChoices('SessionMode')} validate={required()} />
      <TextInput source="place" label="fq.cases.session.place" validate={required()} fullWidth />
      <TextInput
        source="participants"
        label="fq.cases.session.participants"
        helperText="fq.cases.session.participants_hint"
        validate={required()}
        fullWidth
      />
      <TextInput source="record" label="fq.cases.session.record" validate={required()} multiline minRows={4} fullWidth />
    </MutationButton>
  );
};

export const RecordAgreementButton = ({ record }: { record: MediationCase }) => {
  const translate = useTranslate();
  const dataProvider = useFengqiaoDataProvider();
  return (
    <MutationButton
      label={translate('fq.cases.action.recordAgreement')}
      title={translate('fq.cases.agreement_title')}
      hint={<ConfidentialWriteHint caseId={record.id} />}
      testId="recordAgreement"
      variant="contained"
      defaultValues={{ form: 'WRITTEN', signedAt: todayInShanghai(), amountYuan: 0 }}
      submit={(v) =>
        dataProvider.mutate('recordAgreement', {
          caseId: record.id,
          input: { form: v.form, signedAt: v.signedAt, amountFen: yuanToFen(v.amountYuan), content: v.content },
        })
      }
    >
      <RadioButtonGroupInput source="form" label="fq.cases.agreement.form" choices={enumChoices('AgreementForm')} validate={required()} />
      <DateInput source="signedAt" label="fq.cases.agreement.signedAt" validate={[required(), notInFuture()]} fullWidth />
      <NumberInput source="amountYuan" label="fq.cases.agreement.amountYuan" min={0} step={0.01} fullWidth />
      <TextInput source="content" label="fq.cases.agreement.content" validate={required()} multiline minRows={5} fullWidth />
    </MutationButton>
  );
};

export const ReviewAgreementButton = ({ record }: { record: MediationCase }) => {
  const translate = useTranslate();
  const dataProvider = useFengqiaoDataProvider();
  return (
    <MutationButton
      label={translate('fq.cases.action.review')}
      title={translate('fq.cases.review_title')}
      testId="review"
      defaultValues={{ approved: 'true' }}
      submit={(v) =>
        dataProvider.mutate('reviewAgreement', {
          caseId: record.id,
          input: { approved: v.approved === 'true', comment: v.comment, version: record.agreement?.version },
        })
      }
    >
      <RadioButtonGroupInput
        source="approved"
        label="fq.cases.agreement.reviewStatus"
        choices={[
          { id: 'true', name: 'fq.enum.ReviewStatus.APPROVED' },
          { id: 'false', name: 'fq.enum.ReviewStatus.CHANGES_REQUESTED' },
        ]}
      />
      <TextInput source="comment" label="fq.cases.agreement.reviewComment" multiline minRows={3} fullWidth />
    </MutationButton>
  );
};

export const ConfirmationButton = ({ record, agreement }: { record: MediationCase; agreement: CaseAgreement }) => {
  const translate = useTranslate();
  const dataProvider = useFengqiaoDataProvider();
  return (
    <MutationButton
      label={translate('fq.cases.action.confirmation')}
      title={translate('fq.cases.confirmation_title')}
      hint={translate('fq.cases.confirmation_hint')}
      testId="confirmation"
      defaultValues={{
        appliedOn: agreement.confirmationAppliedOn ?? todayInShanghai(),
        court: agreement.confirmationCourt ?? translate('fq.cases.default_court'),
        decidedOn: agreement.confirmationDecidedOn,
        result: agreement.confirmationResult,
        rulingNo: agreement.confirmationRulingNo,
      }}
      submit={(v) =>
        dataProvider.mutate('recordJudicialConfirmation', {
          caseId: record.id,
          input: {
            appliedOn: v.appliedOn,
            court: v.court,
            decidedOn: v.decidedOn,
            result: v.result,
            rulingNo: v.rulingNo,
            version: agreement.version,
          },
        })
      }
    >
      <DateInput source="appliedOn" label="fq.cases.agreement.confirmationAppliedOn" validate={[required(), notInFuture()]} fullWidth />
      <TextInput source="court" label="fq.cases.agreement.confirmationCourt" validate={required()} fullWidth />
      <DateInput source="decidedOn" label="fq.cases.agreement.confirmationDecidedOn" validate={notInFuture()} fullWidth />
      <SelectInput source="result" label="fq.cases.agreement.confirmationResult" choices={enumChoices('ConfirmationResult')} fullWidth />
      <TextInput source="rulingNo" label="fq.cases.agreement.confirmationRulingNo" fullWidth />
    </MutationButton>
  );
};

export const ReturnVisitButton = ({ record }: { record: MediationCase }) => {
  const translate = useTranslate();
  const dataProvider = useFengqiaoDataProvider();
  return (
    <MutationButton
      label={translate('fq.cases.action.returnVisit')}
      title={translate('fq.cases.visit_title')}
      testId="returnVisit"
      defaultValues={{ visitedOn: todayInShanghai(), carriedOut: true, performance: 'PERFORMED', satisfaction: 'SATISFIED' }}
      submit={(v) =>
        dataProvider.mutate('recordReturnVisit', {
          caseId: record.id,
          input: { visitedOn: v.visitedOn, carriedOut: v.carriedOut, performance: v.performance, satisfaction: v.satisfaction },
        })
      }
    >
      <DateInput source="visitedOn" label="fq.cases.visit.visitedOn" validate={[required(), notInFuture()]} fullWidth />
      <BooleanInput source="carriedOut" label="fq.cases.visit.carriedOut" />
      <SelectInput source="performance" label="fq.cases.agreement.performance" choices={enumChoices('Performance')} validate={required()} fullWidth />
      <SelectInput source="satisfaction" label="fq.cases.visit.satisfaction" choices={enumChoices('Satisfaction')} fullWidth />
    </MutationButton>
  );
};

/** 零上报: the adviser reports that a village of theirs had no dispute in a month. */
export const ZeroReportButton = () => {
  const translate = useTranslate();
  const dataProvider = useFengqiaoDataProvider();
  const { data: villages } = useGetList<Pick<Api.Village, 'id' | 'name'>>('villages', {
    pagination: { page: 1, perPage: 100 },
    sort: { field: 'name', order: 'ASC' },
  });
  const thisMonth = todayInShanghai().slice(0, 7);
  return (
    <MutationButton
      label={translate('fq.cases.action.zeroReport')}
      title={translate('fq.cases.zero_title')}
      hint={translate('fq.cases.zero_hint')}
      testId="zeroReport"
      variant="text"
      defaultValues={{ villageId: villages?.[0]?.id, month: thisMonth }}
      submit={(v) => dataProvider.mutate('reportZeroDisputes', { villageId: v.villageId, month: v.month })}
    >
      <SelectInput
        source="villageId"
        label="resources.mediationCases.fields.village"
        choices={villages ?? []}
        optionText="name"
        validate={required()}
        fullWidth
      />
      <MonthInput source="month" label="fq.caseStats.month" validate={required()} max={thisMonth} fullWidth />
    </MutationButton>
  );
};
