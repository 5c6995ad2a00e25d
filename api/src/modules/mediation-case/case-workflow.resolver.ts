import { Arg, Ctx, ID, Mutation, Resolver } from 'type-graphql';
import { Role } from '../../common/access/role.js';
import { Roles } from '../../common/access/rules.js';
import type { Context } from '../../context.js';
import { Agreement } from './agreement.entity.js';
import { CaseWorkflowService } from './case-workflow.service.js';
import {
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

const CASE_STAFF = [Role.BUREAU_ADMIN, Role.OFFICE_STAFF, Role.ADVISER] as const;

/** The workflow of a case; the service checks the transition, who may take it, and the version. */
@Resolver()
export class CaseWorkflowResolver {
  @Mutation(() => MediationCase, { description: 'registered → accepted (受理)' })
  @Roles(...CASE_STAFF)
  acceptMediationCase(
    @Arg('id', () => ID, { description: 'The case' }) id: string,
    @Arg('input', () => CaseStepInput, { nullable: true, description: 'Date and version; optional' }) input: CaseStepInput | null,
    @Ctx() ctx: Context,
  ) {
    return new CaseWorkflowService(ctx).accept(id, input ?? {});
  }

  @Mutation(() => MediationCase, { description: 'registered → declined (不予受理)' })
  @Roles(...CASE_STAFF)
  declineMediationCase(
    @Arg('id', () => ID, { description: 'The case' }) id: string,
    @Arg('input', () => CaseStepInput, { nullable: true, description: 'Date and version; optional' }) input: CaseStepInput | null,
    @Ctx() ctx: Context,
  ) {
    return new CaseWorkflowService(ctx).decline(id, input ?? {});
  }

  @Mutation(() => MediationCase, { description: 'accepted → in mediation' })
  @Roles(...CASE_STAFF)
  startMediation(
    @Arg('id', () => ID, { description: 'The case' }) id: string,
    @Arg('input', () => CaseStepInput, { nullable: true, description: 'Date and version; optional' }) input: CaseStepInput | null,
    @Ctx() ctx: Context,
  ) {
    return new CaseWorkflowService(ctx).startMediation(id, input ?? {});
  }

  @Mutation(() => MediationCase, { description: 'in mediation → failed (调解不成)' })
  @Roles(...CASE_STAFF)
  failMediation(
    @Arg('id', () => ID, { description: 'The case' }) id: string,
    @Arg('input', () => CaseStepInput, { nullable: true, description: 'Date and version; optional' }) input: CaseStepInput | null,
    @Ctx() ctx: Context,
  ) {
    return new CaseWorkflowService(ctx).fail(id, input ?? {});
  }

  @Mutation(() => MediationCase, { description: 'accepted or in mediation → withdrawn (撤回)' })
  @Roles(...CASE_STAFF)
  withdrawMediationCase(
    @Arg('id', () => ID, { description: 'The case' }) id: string,
    @Arg('input', () => CaseStepInput, { nullable: true, description: 'Date and version; optional' }) input: CaseStepInput | null,
    @Ctx() ctx: Context,
  ) {
    return new CaseWorkflowService(ctx).withdraw(id, input ?? {});
  }

  @Mutation(() => MediationCase, { description: 'Any open case → referred to arbitration, litigation or administrative handling' })
  @Roles(...CASE_STAFF)
  referMediationCase(
    @Arg('id', () => ID, { description: 'The case' }) id: string,
    @Arg('input', { description: 'Where it goes, with date and version' }) input: ReferCaseInput,
    @Ctx() ctx: Context,
  ) {
    return new CaseWorkflowService(ctx).refer(id, input);
  }

  @Mutation(() => MediationCase, { description: 'Raise an open case to the township or county level' })
  @Roles(...CASE_STAFF)
  escalateMediationCase(
    @Arg('id', () => ID, { description: 'The case' }) id: string,
    @Arg('input', { description: 'The level it goes to, with version' }) input: EscalateCaseInput,
    @Ctx() ctx: Context,
  ) {
    return new CaseWorkflowService(ctx).escalate(id, input);
  }

  @Mutation(() => MediationSession, { description: 'Record a session (assigned advisers only); the case is then in mediation' })
  @Roles(Role.ADVISER)
  recordMediationSession(
    @Arg('caseId', () => ID, { description: 'The case' }) caseId: string,
    @Arg('input', { description: 'The session' }) input: MediationSessionInput,
    @Ctx() ctx: Context,
  ) {
    return new CaseWorkflowService(ctx).recordSession(caseId, input);
  }

  @Mutation(() => Agreement, { description: 'Record the agreement (assigned advisers only); the case is resolved at its current level' })
  @Roles(Role.ADVISER)
  recordAgreement(
    @Arg('caseId', () => ID, { description: 'The case, in mediation' }) caseId: string,
    @Arg('input', { description: 'The agreement' }) input: AgreementInput,
    @Ctx() ctx: Context,
  ) {
    return new CaseWorkflowService(ctx).reachAgreement(caseId, input);
  }

  @Mutation(() => Agreement, { description: 'The assigned adviser’s legal review of the agreement (协议把关)' })
  @Roles(Role.ADVISER)
  reviewAgreement(
    @Arg('caseId', () => ID, { description: 'The case whose agreement is reviewed' }) caseId: string,
    @Arg('input', { description: 'Approval or requested changes' }) input: AgreementReviewInput,
    @Ctx() ctx: Context,
  ) {
    return new CaseWorkflowService(ctx).reviewAgreement(caseId, input);
  }

  @Mutation(() => Agreement, { description: 'Record the application for judicial confirmation and the court’s decision' })
  @Roles(...CASE_STAFF)
  recordJudicialConfirmation(
    @Arg('caseId', () => ID, { description: 'The case whose agreement was submitted' }) caseId: string,
    @Arg('input', { description: 'The application and decision' }) input: JudicialConfirmationInput,
    @Ctx() ctx: Context,
  ) {
    return new CaseWorkflowService(ctx).recordConfirmation(caseId, input);
  }

  @Mutation(() => ReturnVisit, { description: 'Record a return visit; its finding on performance updates the agreement' })
  @Roles(...CASE_STAFF)
  recordReturnVisit(
    @Arg('caseId', () => ID, { description: 'The case with an agreement' }) caseId: string,
    @Arg('input', { description: 'The visit' }) input: ReturnVisitInput,
    @Ctx() ctx: Context,
  ) {
    return new CaseWorkflowService(ctx).recordReturnVisit(caseId, input);
  }
}
