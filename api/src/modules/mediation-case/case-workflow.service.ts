import type { EntityManager } from '@mikro-orm/postgresql';
import { Role } from '../../common/access/role.js';
import { AppError, ErrorCode } from '../../common/errors/app-error.js';
import { conflictsAsErrors } from '../../common/errors/db-errors.js';
import { today } from '../../common/graphql/dates.js';
import type { Context } from '../../context.js';
import { User } from '../user/user.entity.js';
import { Agreement } from './agreement.entity.js';
import { CasePolicy } from './case.policy.js';
import { CaseLevel, ClosureReason, ReferralChannel, ReviewStatus } from './case.enums.js';
import { CaseError, CaseService, SEALED } from './case.service.js';
import { CLOSURE, TRANSITIONS, canTransition, isHigherLevel, type CaseAction } from './case.workflow.js';
import type {
  AgreementInput,
  AgreementReviewInput,
  CaseStepInput,
  EscalateCaseInput,
  JudicialConfirmationInput,
  MediationSessionInput,
  ReferCaseInput,
  ReturnVisitInput,
} from './dto/workflow.inputs.js';
import { ReturnVisit } from './return-visit.entity.js';
import { MediationCase } from './mediation-case.entity.js';
import { MediationSession } from './mediation-session.entity.js';
import { now } from '../../common/clock.js';

const REFERRAL_CLOSURE: Record<ReferralChannel, ClosureReason> = {
  [ReferralChannel.ARBITRATION]: ClosureReason.REFERRED_ARBITRATION,
  [ReferralChannel.LITIGATION]: ClosureReason.REFERRED_LITIGATION,
  [ReferralChannel.ADMINISTRATIVE]: ClosureReason.REFERRED_ADMINISTRATIVE,
};

/**
 * The case workflow, checked on the server: an action outside TRANSITIONS is BAD_USER_INPUT naming `status`.
 * Steps about the case (accept, escalate, close) may be taken by its assigned advisers, its township's office and
 * the bureau; writing confidential text (sessions, the agreement, the review) only by its assigned advisers, who
 * are also the only staff entitled to read it back.
 */
export class CaseWorkflowService {
  constructor(private readonly ctx: Context) {}

  private get em(): EntityManager {
    return this.ctx.em;
  }

  private async load(id: string, version: number | null | undefined, { writesText }: { writesText: boolean }): Promise<MediationCase> {
    const kase = await new CaseService(this.ctx).byId(id);
    if (!kase) throw CaseError.notFound();
    const role = this.ctx.viewer!.role;
    const assigned = await new CasePolicy(this.ctx).isAssignedAdviser(kase.id);
    if (writesText ? !assigned : role === Role.ADVISER && !assigned) {
      throw new AppError(
        ErrorCode.FORBIDDEN,
        writesText ? 'Only the case’s assigned advisers record its sessions and agreement' : 'You are not assigned to this case',
      );
    }
    if (version != null) AppError.assertVersion(kase, version);
    return kase;
  }

  private step(kase: MediationCase, action: CaseAction) {
    if (!canTransition(action, kase.status)) {
      throw new AppError(
        ErrorCode.BAD_USER_INPUT,
        `status: a ${kase.status.toLowerCase()} case cannot ${action.replace(/[A-Z]/g, (c) => ` ${c.toLowerCase()}`)}`,
        { field: 'status' },
      );
    }
  }

  private dayOf(on: string | null | undefined, notBefore: string | null | undefined, field = 'on'): string {
    const day = on ?? today();
    if (day > today()) throw AppError.badInput(field, 'cannot be in the future');
    if (notBefore && day < notBefore) throw AppError.badInput(field, `cannot be before ${notBefore}`);
    return day;
  }

  private async save(kase: MediationCase): Promise<MediationCase> {
    await conflictsAsErrors(() => this.em.flush());
    return kase;
  }

  async accept(id: string, input: CaseStepInput) {
    const kase = await this.load(id, input.version, { writesText: false });
    this.step(kase, 'accept');
    kase.acceptedOn = this.dayOf(input.on, kase.receivedOn);
    kase.status = TRANSITIONS.accept.to;
    return this.save(kase);
  }

  async decline(id: string, input: CaseStepInput) {
    return this.close(id, input, 'decline', (k) => k.receivedOn);
  }

  async startMediation(id: string, input: CaseStepInput) {
    const kase = await this.load(id, input.version, { writesText: false });
    this.step(kase, 'startMediation');
    kase.status = TRANSITIONS.startMediation.to;
    return this.save(kase);
  }

  async fail(id: string, input: CaseStepInput) {
    return this.close(id, input, 'fail', (k) => k.acceptedOn ?? k.receivedOn);
  }

  async withdraw(id: string, input: CaseStepInput) {
    return this.close(id, input, 'withdraw', (k) => k.acceptedOn ?? k.receivedOn);
  }

  private async close(id: string, input: CaseStepInput, action: 'decline' | 'fail' | 'withdraw', earliest: (k: MediationCase) => string) {
    const kase = await this.load(id, input.version, { writesText: false });
    this.step(kase, action);
    kase.closedOn = this.dayOf(input.on, earliest(kase));
    kase.status = TRANSITIONS[action].to;
    kase.closureReason = CLOSURE[action]!;
    return this.save(kase);
  }

  async refer(id: string, input: ReferCaseInput) {
    const kase = await this.load(id, input.version, { writesText: false });
    this.step(kase, 'refer');
    kase.closedOn = this.dayOf(input.on, kase.receivedOn);
    kase.status = TRANSITIONS.refer.to;
    kase.closureReason = REFERRAL_CLOSURE[input.to];
    return this.save(kase);
  }

  async escalate(id: string, input: EscalateCaseInput) {
    const kase = await this.load(id, input.version, { writesText: false });
    this.step(kase, 'escalate');
    if (!isHigherLevel(input.level, kase.level)) throw AppError.badInput('level', `must be above ${kase.level.toLowerCase()}`);
    kase.level = input.level;
    return this.save(kase);
  }

  async recordSession(caseId: string, input: MediationSessionInput): Promise<MediationSession> {
    const kase = await this.load(caseId, null, { writesText: true });
    this.step(kase, 'recordSession');
    if (input.at.getTime() > now().getTime()) throw AppError.badInput('at', 'cannot be in the future');
    const id = crypto.randomUUID();
    const session = this.em.create(MediationSession, {
      id,
      case: kase,
      at: input.at,
      place: input.place.trim(),
      mode: input.mode,
      participants: input.participants.trim(),
      recordSealed: this.ctx.app.cipher.seal(input.record, SEALED.sessionRecord(id)),
    });
    kase.status = TRANSITIONS.recordSession.to;
    await conflictsAsErrors(() => this.em.flush());
    return session;
  }

  /** Records the agreement and closes the case as resolved at its current level (小事不出村、大事不出镇). */
  async reachAgreement(caseId: string, input: AgreementInput): Promise<Agreement> {
    const kase = await this.load(caseId, null, { writesText: true });
    this.step(kase, 'reachAgreement');
    const signedAt = this.dayOf(input.signedAt, kase.acceptedOn ?? kase.receivedOn, 'signedAt');
    const id = crypto.randomUUID();
    const agreement = this.em.create(Agreement, {
      id,
      case: kase,
      form: input.form,
      amountFen: input.amountFen,
      signedAt,
      contentSealed: this.ctx.app.cipher.seal(input.content, SEALED.agreementContent(id)),
    });
    kase.status = TRANSITIONS.reachAgreement.to;
    kase.closureReason = CLOSURE.reachAgreement!;
    kase.closedOn = signedAt;
    kase.resolvedLevel = kase.level ?? CaseLevel.VILLAGE;
    await conflictsAsErrors(() => this.em.flush(), { agreement_case_id_unique: { message: 'The case already has an agreement' } });
    return agreement;
  }

  /** The assigned adviser's legal review of the agreement (协议把关). */
  async reviewAgreement(caseId: string, input: AgreementReviewInput): Promise<Agreement> {
    const kase = await this.load(caseId, null, { writesText: true });
    const agreement = await this.em.findOne(Agreement, { case: kase });
    if (!agreement) throw AppError.badInput('caseId', 'the case has no agreement to review');
    AppError.assertVersion(agreement, input.version);
    if (!input.approved && !input.comment?.trim()) throw AppError.badInput('comment', 'say what should change');
    agreement.reviewStatus = input.approved ? ReviewStatus.APPROVED : ReviewStatus.CHANGES_REQUESTED;
    agreement.reviewCommentSealed = input.comment?.trim() ? this.ctx.app.cipher.seal(input.comment.trim(), SEALED.reviewComment(agreement.id)) : null;
    agreement.reviewedBy = this.em.getReference(User, this.ctx.viewer!.id, { wrapped: true });
    agreement.reviewedAt = now();
    await conflictsAsErrors(() => this.em.flush());
    return agreement;
  }

  private async agreementOf(caseId: string): Promise<{ kase: MediationCase; agreement: Agreement }> {
    const kase = await this.load(caseId, null, { writesText: false });
    const agreement = await this.em.findOne(Agreement, { case: kase });
    if (!agreement) throw AppError.badInput('caseId', 'the case has no agreement');
    return { kase, agreement };
  }

  /** Records the application for judicial confirmation and, when known, the court's decision. */
  async recordConfirmation(caseId: string, input: JudicialConfirmationInput): Promise<Agreement> {
    const { agreement } = await this.agreementOf(caseId);
    AppError.assertVersion(agreement, input.version);
    const appliedOn = this.dayOf(input.appliedOn, agreement.signedAt, 'appliedOn');
    if (input.result && !input.decidedOn) throw AppError.badInput('decidedOn', 'is required with a result');
    const decidedOn = input.decidedOn ? this.dayOf(input.decidedOn, appliedOn, 'decidedOn') : null;
    this.em.assign(agreement, {
      confirmationAppliedOn: appliedOn,
      confirmationCourt: input.court.trim(),
      confirmationResult: input.result ?? null,
      confirmationRulingNo: input.rulingNo?.trim() || null,
      confirmationDecidedOn: decidedOn,
    });
    await conflictsAsErrors(() => this.em.flush());
    return agreement;
  }

  /** A return visit (回访); what it found about performance becomes the agreement's performance. */
  async recordReturnVisit(caseId: string, input: ReturnVisitInput): Promise<ReturnVisit> {
    const { kase, agreement } = await this.agreementOf(caseId);
    const visitedOn = this.dayOf(input.visitedOn, agreement.signedAt, 'visitedOn');
    const visit = this.em.create(ReturnVisit, {
      id: crypto.randomUUID(),
      case: kase,
      visitedOn,
      carriedOut: input.carriedOut,
      performance: input.performance,
      satisfaction: input.satisfaction ?? null,
      recordedBy: this.em.getReference(User, this.ctx.viewer!.id, { wrapped: true }),
    });
    if (input.carriedOut) agreement.performance = input.performance;
    await conflictsAsErrors(() => this.em.flush());
    return visit;
  }
}
