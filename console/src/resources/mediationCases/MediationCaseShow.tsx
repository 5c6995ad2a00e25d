import { Box, Chip, Divider, Skeleton, Stack, Typography } from '@mui/material';
import { Fragment } from 'react';
import { Show, useRecordContext, useTranslate } from 'react-admin';
import { DateTimeText } from '../../common/DateTimeText';
import { DownloadButton } from '../../common/DownloadButton';
import { QUIET_NOT_FOUND, RecordNotFound } from '../../common/RecordNotFound';
import { InfoRow, SectionCard } from '../../common/SectionCard';
import { useAboveCounty, useCan, useRole } from '../../providers/useCan';
import { stepsFor, type MediationCase } from './caseFormat';
import {
  ConfirmationButton,
  EscalateButton,
  RecordAgreementButton,
  RecordSessionButton,
  ReferButton,
  ReturnVisitButton,
  ReviewAgreementButton,
  StepButton,
} from './CaseActions';
import { ConfidentialChip, ConfidentialText, Money, NeedsAdviserChip, OverdueChip, StatusChip, useEnumLabel } from './CaseFields';
import { AgreementScanRow, CaseAccessLog } from './CaseAccess';
import { AdviserNamesWithLead, LeadAdviserButton } from './CaseLead';
import { canBeReassigned, CaseEvents, ReassignButton } from './CaseReassign';
import { CaseTimeline } from './CaseTimeline';

const Title = () => {
  const record = useRecordContext<MediationCase>();
  const translate = useTranslate();
  return <>{record ? record.caseNo : translate('fq.cases.title')}</>;
};

const Empty = ({ text }: { text: string }) => (
  <Typography variant="body2" color="text.secondary">
    {text}
  </Typography>
);

const f = (name: string) => `resources.mediationCases.fields.${name}`;

const Registration = ({ record }: { record: MediationCase }) => {
  const translate = useTranslate();
  const label = useEnumLabel();
  const role = useRole();
  // Naming the lead adviser (主办) is the county bureau's; a city's or province's bureau reads the case.
  const aboveCounty = useAboveCounty();
  const canReassign = useCan('caseReassignment', 'edit');
  const steps = stepsFor(record, role);
  return (
    <SectionCard
      testId="case-registration"
      title={
        <Stack direction="row" component="span" sx={{ gap: 1, alignItems: 'center', flexWrap: 'wrap' }}>
          <span>{translate('fq.cases.section.registration')}</span>
          <StatusChip status={record.status} />
          {record.overdue && <OverdueChip />}
          {record.needsAdviser && <NeedsAdviserChip />}
          {record.canReadConfidential === false && <ConfidentialChip />}
        </Stack>
      }
      action={
        <>
          {canReassign && canBeReassigned(record) && <ReassignButton record={record} />}
          {role === 'BUREAU_ADMIN' && !aboveCounty && <LeadAdviserButton record={record} />}
          {steps
            .filter((s) => ['accept', 'decline', 'startMediation', 'fail', 'withdraw'].includes(s))
            .map((s) => (
              <StepButton key={s} record={record} step={s} />
            ))}
          {steps.includes('escalate') && <EscalateButton record={record} />}
          {steps.includes('refer') && <ReferButton record={record} />}
          {record.canReadConfidential && (
            <DownloadButton
              url={`/api/mediation-cases/${record.id}/case-file.pdf`}
              fallbackName={`${record.caseNo}.pdf`}
              label={translate('fq.cases.action.caseFile')}
              testId="case-file"
            />
          )}
        </>
      }
    >
      <InfoRow label={translate(f('caseNo'))}>{record.caseNo}</InfoRow>
      <InfoRow label={translate(f('village'))}>
        {record.village.name}
        <Typography component="span" variant="body2" color="text.secondary" sx={{ ml: 1 }}>
          {record.township.name}
        </Typography>
      </InfoRow>
      <InfoRow label={translate(f('source'))}>
        {label('CaseSource', record.source)}
        {record.referrerName && ` · ${label('ReferrerKind', record.referrerKind)} ${record.referrerName}`}
      </InfoRow>
      <InfoRow label={translate(f('disputeType'))}>{label('DisputeType', record.disputeType)}</InfoRow>
      <InfoRow label={translate(f('tier'))}>{label('CaseTier', record.tier)}</InfoRow>
      <InfoRow label={translate(f('amountFen'))}>
        <Money fen={record.amountFen} />
      </InfoRow>
      <InfoRow label={translate(f('receivedOn'))}>{record.receivedOn}</InfoRow>
      {record.acceptedOn && <InfoRow label={translate(f('acceptedOn'))}>{record.acceptedOn}</InfoRow>}
      {record.deadline && <InfoRow label={translate(f('deadline'))}>{record.deadline}</InfoRow>}
      <InfoRow label={translate(f('level'))}>{label('CaseLevel', record.level)}</InfoRow>
      {record.closedOn && (
        <InfoRow label={translate(f('closedOn'))}>
          {record.closedOn} · {label('ClosureReason', record.closureReason)}
        </InfoRow>
      )}
      {record.resolvedLevel && <InfoRow label={translate(f('resolvedLevel'))}>{label('CaseLevel', record.resolvedLevel)}</InfoRow>}
      <InfoRow label={translate(f('advisers'))}>
        <AdviserNamesWithLead record={record} />
      </InfoRow>
      {(record.mediators ?? []).length > 0 && (
        <InfoRow label={translate(f('mediators'))}>{(record.mediators ?? []).map((m) => m.name).join('、')}</InfoRow>
      )}
    </SectionCard>
  );
};

const Summary = ({ record }: { record: MediationCase }) => {
  const translate = useTranslate();
  return (
    <SectionCard title={translate('fq.cases.section.summary')} testId="case-summary">
      <ConfidentialText value={record.summary} readable={record.canReadConfidential} testId="case-summary-text" />
    </SectionCard>
  );
};

const Parties = ({ record }: { record: MediationCase }) => {
  const translate = useTranslate();
  const label = useEnumLabel();
  return (
    <SectionCard title={translate('fq.cases.section.parties')} testId="case-parties">
      {record.canReadConfidential === false && (
        <Typography variant="caption" color="text.secondary" component="p" sx={{ mb: 1 }}>
          {translate('fq.cases.masked_note')}
        </Typography>
      )}
      {(record.parties ?? []).map((p, i) => (
        <Fragment key={p.id}>
          {i > 0 && <Divider sx={{ my: 1 }} />}
          <InfoRow label={label('PartyRole', p.role)}>
            <span data-testid="party-name">{p.name}</span>
            {p.phone && (
              <Typography component="span" variant="body2" color="text.secondary" sx={{ ml: 1 }}>
                {p.phone}
              </Typography>
            )}
            {p.idNumber && (
              <Typography component="div" variant="caption" color="text.secondary">
                {translate('fq.cases.party.idNumber')}：{p.idNumber}
              </Typography>
            )}
            {p.address && (
              <Typography component="div" variant="caption" color="text.secondary">
                {p.address}
              </Typography>
            )}
          </InfoRow>
        </Fragment>
      ))}
    </SectionCard>
  );
};

const Sessions = ({ record, canAct }: { record: MediationCase; canAct: boolean }) => {
  const translate = useTranslate();
  const label = useEnumLabel();
  const sessions = record.sessions ?? [];
  return (
    <SectionCard
      title={translate('fq.cases.section.sessions')}
      testId="case-sessions"
      action={canAct && ['ACCEPTED', 'IN_MEDIATION'].includes(record.status) ? <RecordSessionButton record={record} /> : undefined}
    >
      {sessions.length === 0 && <Empty text={translate('fq.cases.no_sessions')} />}
      {sessions.map((s, i) => (
        <Box key={s.id} data-testid="case-session">
          {i > 0 && <Divider sx={{ my: 1.5 }} />}
          <Typography variant="subtitle2">
            <DateTimeText value={s.at} /> · {label('SessionMode', s.mode)} · {s.place}
          </Typography>
          <Typography variant="body2" color="text.secondary" sx={{ mb: 0.5 }}>
            {translate('fq.cases.session.participants')}：{s.participants}
          </Typography>
          <ConfidentialText value={s.record} readable={record.canReadConfidential} testId="session-record" />
        </Box>
      ))}
    </SectionCard>
  );
};

const AgreementCard = ({ record, canAct }: { record: MediationCase; canAct: boolean }) => {
  const translate = useTranslate();
  const label = useEnumLabel();
  const a = record.agreement;
  const g = (name: string) => translate(`fq.cases.agreement.${name}`);
  return (
    <SectionCard
      title={translate('fq.cases.section.agreement')}
      testId="case-agreement"
      action={
        canAct ? (
          <>
            {!a && record.status === 'IN_MEDIATION' && <RecordAgreementButton record={record} />}
            {a && <ReviewAgreementButton record={record} />}
            {a && <ConfirmationButton record={record} agreement={a} />}
            {a && <ReturnVisitButton record={record} />}
          </>
        ) : undefined
      }
    >
      {!a && <Empty text={translate('fq.cases.no_agreement')} />}
      {a && (
        <>
          <InfoRow label={g('form')}>{label('AgreementForm', a.form)}</InfoRow>
          <InfoRow label={g('signedAt')}>{a.signedAt}</InfoRow>
          <InfoRow label={g('amountFen')}>
            <Money fen={a.amountFen} />
          </InfoRow>
          <InfoRow label={g('content')}>
            <ConfidentialText value={a.content} readable={record.canReadConfidential} testId="agreement-content" />
          </InfoRow>
          {a.form === 'WRITTEN' && (
            <InfoRow label={translate('fq.caseAccess.scan')}>
              <AgreementScanRow record={record} agreement={a} canUpload={canAct} />
            </InfoRow>
          )}
          <InfoRow label={g('reviewStatus')}>
            <Chip size="small" variant="outlined" label={label('ReviewStatus', a.reviewStatus)} data-testid="agreement-review" />
            {a.reviewedAt && (
              <Typography component="span" variant="caption" color="text.secondary" sx={{ ml: 1 }}>
                <DateTimeText value={a.reviewedAt} />
              </Typography>
            )}
          </InfoRow>
          {a.reviewStatus !== 'PENDING' && (
            <InfoRow label={g('reviewComment')}>
              {record.canReadConfidential ? a.reviewComment || translate('fq.common.empty_value') : <ConfidentialChip />}
            </InfoRow>
          )}
          <InfoRow label={g('confirmation')}>
            {a.confirmationAppliedOn ? (
              <>
                {a.confirmationAppliedOn} · {a.confirmationCourt}
                {a.confirmationResult && ` · ${label('ConfirmationResult', a.confirmationResult)}`}
                {a.confirmationRulingNo && ` · ${a.confirmationRulingNo}`}
              </>
            ) : (
              <>
                {translate('fq.cases.confirmation_not_applied', { deadline: a.confirmationDeadline ?? '' })}
                {a.confirmationDueSoon && <Chip size="small" color="warning" sx={{ ml: 1 }} label={translate('fq.cases.due_soon')} />}
              </>
            )}
          </InfoRow>
          <InfoRow label={g('performance')}>{label('Performance', a.performance)}</InfoRow>
        </>
      )}
    </SectionCard>
  );
};

const ReturnVisits = ({ record }: { record: MediationCase }) => {
  const translate = useTranslate();
  const label = useEnumLabel();
  const visits = record.returnVisits ?? [];
  if (!record.agreement) return null;
  return (
    <SectionCard title={translate('fq.cases.section.returnVisits')} testId="case-visits">
      {visits.length === 0 && <Empty text={translate('fq.cases.no_visits')} />}
      {visits.map((v) => (
        <InfoRow key={v.id} label={v.visitedOn}>
          {translate(v.carriedOut ? 'fq.cases.visit.done' : 'fq.cases.visit.not_reached')} · {label('Performance', v.performance)}
          {v.satisfaction && ` · ${label('Satisfaction', v.satisfaction)}`}
        </InfoRow>
      ))}
    </SectionCard>
  );
};

/**
 * Whether the page still shows the row the case list left in react-admin's cache (it selects no sessions and no
 * confidential text) while the case itself is being fetched: the detail sections then show that they are loading.
 */
export const isListRow = (record: MediationCase) => record.sessions === undefined;

const Details = () => {
  const record = useRecordContext<MediationCase>();
  const role = useRole();
  if (!record) return null;
  // The workflow is for the case's own advisers; the API refuses anyone else whatever the page shows.
  const loading = isListRow(record);
  const canAct = role === 'ADVISER' && record.canReadConfidential === true && !loading;
  // A party comes to see what was agreed: the agreement (and its return visits) lead their page.
  const agreementFirst = role === 'PARTY' && !!record.agreement;
  const agreement = (
    <Stack key="agreement" sx={{ gap: 2, minWidth: 0 }}>
      <AgreementCard record={record} canAct={canAct} />
      <ReturnVisits record={record} />
      {!agreementFirst && <CaseEvents record={record} />}
      <CaseAccessLog record={record} />
    </Stack>
  );
  return (
    <Box
      sx={{
        py: 2,
        display: 'grid',
        gap: 2,
        gridTemplateColumns: { xs: 'minmax(0, 1fr)', md: 'repeat(2, minmax(0, 1fr))' },
        alignItems: 'start',
      }}
      data-testid="case-detail"
      data-confidential={record.canReadConfidential === false ? 'withheld' : loading ? 'loading' : 'readable'}
      aria-busy={loading || undefined}
    >
      {agreementFirst && agreement}
      <Registration record={record} />
      <Stack sx={{ gap: 2, minWidth: 0 }}>
        <Summary record={record} />
        <Parties record={record} />
        {agreementFirst && <CaseEvents record={record} />}
      </Stack>
      {loading ? <LoadingCard /> : <Sessions record={record} canAct={canAct} />}
      {!agreementFirst && agreement}
      <Box sx={{ gridColumn: '1 / -1', minWidth: 0 }}>
        <CaseTimeline record={record} />
      </Box>
    </Box>
  );
};

const LoadingCard = () => {
  const translate = useTranslate();
  return (
    <SectionCard title={translate('fq.cases.section.sessions')} testId="case-sessions-loading">
      <Skeleton variant="text" />
      <Skeleton variant="text" width="70%" />
    </SectionCard>
  );
};

export const MediationCaseShow = () => (
  <Show title={<Title />} actions={false} error={<RecordNotFound />} queryOptions={QUIET_NOT_FOUND} component="div">
    <Details />
  </Show>
);
