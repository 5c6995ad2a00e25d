import type { GraphQLResolveInfo } from 'graphql';
import { Arg, Args, Ctx, FieldResolver, ID, Info, Mutation, Query, Resolver, Root } from 'type-graphql';
import { preloaded, type Row } from '../../common/graphql/list-engine.js';
import { CommitteeMember } from '../village/committee-member.entity.js';
import { Role } from '../../common/access/role.js';
import { CasePolicy } from './case.policy.js';
import { Confidential, Personal, Roles } from '../../common/access/rules.js';
import { addDays, today } from '../../common/graphql/dates.js';
import { DateScalar } from '../../common/graphql/scalars.js';
import type { Context } from '../../context.js';
import { LegalAdviser } from '../adviser/legal-adviser.entity.js';
import { IdNumberReuseRow, IdNumberReuseService } from '../person/id-number-reuse.service.js';
import { Person } from '../person/person.entity.js';
import { Region } from '../region/region.entity.js';
import { User } from '../user/user.entity.js';
import { Village } from '../village/village.type.js';
import { Agreement } from './agreement.entity.js';
import { AgreementScan } from './agreement-scan.entity.js';
import { AgreementScanService } from './agreement-scan.service.js';
import { accessLogByCase, CaseRead } from './case-access-log.js';
import { CaseAssignmentService } from './case-assignment.service.js';
import { CaseEvent } from './case-event.entity.js';
import { CaseParty } from './case-party.entity.js';
import { ReassignMediationCaseInput } from './dto/reassign.inputs.js';
import { CaseService, CONFIRMATION_DAYS, CONFIRMATION_SOON_DAYS, SEALED } from './case.service.js';
import { CreateMediationCaseInput, MediationCaseList, MediationCaseListArgs } from './dto/case.inputs.js';
import { MediationCase } from './mediation-case.entity.js';
import { MediationSession } from './mediation-session.entity.js';
import { ReturnVisit } from './return-visit.entity.js';

// ANALYST never sees cases one by one: only aggregates (docs/api-conventions.md).
const CASE_READERS = [Role.BUREAU_ADMIN, Role.OFFICE_STAFF, Role.ADVISER, Role.PARTY] as const;

@Resolver(() => MediationCase)
export class MediationCaseResolver {
  @Query(() => MediationCaseList, { description: 'Cases in your jurisdiction (a party: their own); confidential text only for the entitled' })
  @Roles(...CASE_READERS)
  mediationCases(
    @Args(() => MediationCaseListArgs) { options }: MediationCaseListArgs,
    @Ctx() ctx: Context,
    @Info() info: GraphQLResolveInfo,
  ): Promise<MediationCaseList> {
    return new CaseService(ctx).list(options, info);
  }

  @Query(() => MediationCase, {
    nullable: true,
    description: 'One case; null when it does not exist or is outside your jurisdiction. ANALYST: FORBIDDEN',
  })
  @Roles(...CASE_READERS)
  mediationCase(@Arg('id', () => ID, { description: 'The case’s id' }) id: string, @Ctx() ctx: Context): Promise<MediationCase | null> {
    return new CaseService(ctx).byId(id);
  }

  @Mutation(() => MediationCase, { description: 'Register a dispute (登记): numbered per county and year' })
  @Roles(Role.BUREAU_ADMIN, Role.OFFICE_STAFF, Role.ADVISER)
  createMediationCase(@Arg('input', { description: 'The dispute' }) input: CreateMediationCaseInput, @Ctx() ctx: Context): Promise<MediationCase> {
    return new CaseService(ctx).create(input);
  }

  @Mutation(() => MediationCase, {
    description: 'Give an open case another adviser (改派), e.g. after its adviser was suspended or removed; recorded as a case event',
  })
  @Roles(Role.BUREAU_ADMIN, Role.OFFICE_STAFF)
  reassignMediationCase(
    @Arg('id', () => ID, { description: 'The case' }) id: string,
    @Arg('input', { description: 'The new adviser and why' }) input: ReassignMediationCaseInput,
    @Ctx() ctx: Context,
  ): Promise<MediationCase> {
    return new CaseAssignmentService(ctx).reassign(id, input);
  }

  @Query(() => [IdNumberReuseRow], {
    description:
      'One-off check: cases registered, before parties were kept per case, with a party ID number already on file (the registration showed the earlier record)',
  })
  @Roles(Role.BUREAU_ADMIN)
  idNumberReuseReport(@Ctx() ctx: Context): Promise<IdNumberReuseRow[]> {
    return new IdNumberReuseService(ctx).report();
  }

  @FieldResolver(() => Boolean, { description: 'Open, and no active adviser is assigned any more (theirs was suspended or removed): to reassign' })
  needsAdviser(@Root() kase: Row<MediationCase>, @Ctx() ctx: Context): Promise<boolean> {
    return new CaseAssignmentService(ctx).needsAdviserOf(kase);
  }

  @FieldResolver(() => [CaseEvent], { description: 'What happened to the case beside its workflow steps (reassignments), oldest first' })
  events(@Root() kase: Row<MediationCase>, @Ctx() ctx: Context): Promise<CaseEvent[]> {
    return new CaseAssignmentService(ctx).eventsByCase().load(kase.id);
  }

  @FieldResolver(() => String, {
    nullable: true,
    description: '★ Confidential: the parties and assigned advisers only; null for everyone else; every read is audited',
  })
  @Confidential('case')
  summary(@Root() kase: Row<MediationCase>, @Ctx() ctx: Context): Promise<string | null> {
    return new CaseService(ctx).readConfidential(kase, 'summary', MediationCase, 'summarySealed', kase.id, SEALED.summary(kase.id));
  }

  @FieldResolver(() => [CaseRead], {
    nullable: true,
    description:
      '查阅记录: who read this case’s confidential text and when, newest first (at most 200), from the audit trail. For the case’s parties and assigned advisers, and the bureau; null for everyone else. Other parties are shown masked',
  })
  @Confidential('caseAccessLog')
  accessLog(@Root() kase: Row<MediationCase>, @Ctx() ctx: Context): Promise<CaseRead[]> {
    return accessLogByCase(ctx).load(kase.id);
  }

  @FieldResolver(() => Boolean, { description: 'Whether you may read this case’s confidential text' })
  canReadConfidential(@Root() kase: Row<MediationCase>, @Ctx() ctx: Context): Promise<boolean> {
    return new CaseService(ctx).canReadConfidential(kase);
  }

  @FieldResolver(() => Village, { description: 'Village or community where the dispute arose' })
  village(@Root() kase: Row<MediationCase>): Promise<Village> | Village {
    return preloaded<Village>(kase, 'village') ?? (kase.village.load() as unknown as Promise<Village>);
  }

  @FieldResolver(() => Region, { description: 'Township of that village' })
  township(@Root() kase: Row<MediationCase>): Promise<Region> | Region {
    return preloaded<Region>(kase, 'township') ?? (kase.township.load() as Promise<Region>);
  }

  @FieldResolver(() => [LegalAdviser], { description: 'Assigned advisers' })
  advisers(@Root() kase: Row<MediationCase>, @Ctx() ctx: Context): Promise<LegalAdviser[]> | LegalAdviser[] {
    return new CaseService(ctx).advisersOf(kase);
  }

  @FieldResolver(() => ID, {
    nullable: true,
    description: 'The lead adviser (主办法律顾问) the bureau named, one of the assigned advisers (setCaseLeadAdviser); null when none',
  })
  leadAdviserId(@Root() kase: Row<MediationCase>, @Ctx() ctx: Context): Promise<string | null> | string | null {
    const read = preloaded<string | null>(kase, 'leadAdviserId');
    return read !== undefined ? read : new CaseService(ctx).leadAdviserByCase().load(kase.id);
  }

  @FieldResolver(() => [CommitteeMember], { description: 'Committee mediators (人民调解员) taking part' })
  mediators(@Root() kase: Row<MediationCase>, @Ctx() ctx: Context): Promise<CommitteeMember[]> {
    return new CaseService(ctx).mediatorsByCase().load(kase.id);
  }

  @FieldResolver(() => [CaseParty], { description: 'Parties; names, phones and ID numbers masked unless you are in the case' })
  parties(@Root() kase: Row<MediationCase>, @Ctx() ctx: Context): Promise<CaseParty[]> | CaseParty[] {
    return preloaded<CaseParty[]>(kase, 'parties') ?? new CaseService(ctx).partiesByCase().load(kase.id);
  }

  @FieldResolver(() => Agreement, { nullable: true, description: 'The agreement; null until one is recorded. Its content is confidential' })
  agreement(@Root() kase: Row<MediationCase>, @Ctx() ctx: Context): Promise<Agreement | null> | Agreement | null {
    const read = preloaded<Agreement | null>(kase, 'agreement');
    return read !== undefined ? read : new CaseService(ctx).agreementByCase().load(kase.id);
  }

  @FieldResolver(() => [ReturnVisit], { description: 'Return visits (回访), oldest first' })
  returnVisits(@Root() kase: Row<MediationCase>, @Ctx() ctx: Context): Promise<ReturnVisit[]> {
    return new CaseService(ctx).returnVisitsByCase().load(kase.id);
  }

  @FieldResolver(() => [MediationSession], { description: 'Mediation sessions (调解记录), oldest first; each record is confidential' })
  sessions(@Root() kase: Row<MediationCase>, @Ctx() ctx: Context): Promise<MediationSession[]> {
    return new CaseService(ctx).sessionsByCase().load(kase.id);
  }

  @FieldResolver(() => DateScalar, { nullable: true, description: 'Acceptance + 30 days: when mediation should have ended' })
  deadline(@Root() kase: Row<MediationCase>): string | null {
    return CaseService.deadline(kase);
  }

  @FieldResolver(() => Boolean, { description: 'Still open after its 30 days' })
  overdue(@Root() kase: Row<MediationCase>): boolean {
    return CaseService.overdue(kase);
  }
}

@Resolver(() => CaseEvent)
export class CaseEventResolver {
  @FieldResolver(() => String, { description: 'Who recorded it (display name)' })
  async actorName(@Root() event: CaseEvent): Promise<string> {
    return ((await event.actor.load()) as User).displayName;
  }

  @FieldResolver(() => [String], { description: 'Advisers whose assignment it ended, by the name they had then' })
  endedAdviserNames(@Root() event: CaseEvent): string[] {
    return event.endedAdvisers.map((a) => a.name);
  }

  @FieldResolver(() => String, { nullable: true, description: 'The adviser it assigned' })
  addedAdviserName(@Root() event: CaseEvent): string | null {
    return event.addedAdviser?.name ?? null;
  }
}

@Resolver(() => CaseParty)
export class CasePartyResolver {
  /** The party's person: read with the row on the case list (name and phone only), else loaded. */
  private async person(party: CaseParty): Promise<Person> {
    return preloaded<Person>(party, 'person') ?? ((await party.person.load()) as Person);
  }

  @FieldResolver(() => String, { description: 'Masked (张*三) unless you are in the case' })
  @Personal('case', 'name')
  async name(@Root() party: Row<CaseParty>): Promise<string> {
    return (await this.person(party)).name;
  }

  @FieldResolver(() => String, { nullable: true, description: 'Masked (138****5678) unless you are in the case' })
  @Personal('case', 'phone')
  async phone(@Root() party: Row<CaseParty>): Promise<string | null> {
    return (await this.person(party)).phone ?? null;
  }

  @FieldResolver(() => String, {
    nullable: true,
    description: "★ ID number: in full for the case's advisers and for a party's own record (audited), masked for others",
  })
  // Outsiders, and a party reading the other parties', get the mask stored when the number was recorded.
  @Personal('caseIdNumber')
  async idNumber(@Root() party: Row<CaseParty>, @Ctx() ctx: Context): Promise<string | null> {
    const person = await this.person(party);
    if (!person.idNumberHash) return null;
    if (!(await new CasePolicy(ctx).mayReadIdNumberOf(party))) return person.idNumberMasked ?? null;
    return new CaseService(ctx).readConfidential(party.case, 'party.idNumber', Person, 'idNumberSealed', person.id, SEALED.idNumber(person.id));
  }

  @FieldResolver(() => String, { nullable: true, description: '★ Address: only for those in the case (audited); null for others' })
  @Confidential('case')
  async address(@Root() party: Row<CaseParty>, @Ctx() ctx: Context): Promise<string | null> {
    const person = await this.person(party);
    return new CaseService(ctx).readConfidential(party.case, 'party.address', Person, 'addressSealed', person.id, SEALED.address(person.id));
  }
}

@Resolver(() => Agreement)
export class AgreementResolver {
  @FieldResolver(() => String, {
    nullable: true,
    description: '★ Confidential: the parties and assigned advisers only; null for everyone else; every read is audited',
  })
  @Confidential('case')
  content(@Root() agreement: Row<Agreement>, @Ctx() ctx: Context): Promise<string | null> {
    return new CaseService(ctx).readConfidential(
      agreement.case,
      'agreement.content',
      Agreement,
      'contentSealed',
      agreement.id,
      SEALED.agreementContent(agreement.id),
    );
  }

  @FieldResolver(() => AgreementScan, {
    nullable: true,
    description:
      'The signed paper (签字扫描件) of a written agreement: its type, size and upload time, for whoever sees the agreement; null when none. Its content is served, audited, only to the parties and assigned advisers by GET /api/mediation-cases/{id}/agreement-scan',
  })
  scan(@Root() agreement: Row<Agreement>, @Ctx() ctx: Context): Promise<AgreementScan | null> {
    return new AgreementScanService(ctx).byAgreement().load(agreement.id);
  }

  @FieldResolver(() => DateScalar, { nullable: true, description: 'Last day to apply for judicial confirmation: 30 days after signing (art. 33)' })
  confirmationDeadline(@Root() agreement: Row<Agreement>): string | null {
    return agreement.signedAt ? addDays(agreement.signedAt, CONFIRMATION_DAYS) : null;
  }

  @FieldResolver(() => Boolean, { description: 'Not yet applied for, and the window closes within 7 days' })
  confirmationDueSoon(@Root() agreement: Row<Agreement>): boolean {
    if (!agreement.signedAt || agreement.confirmationAppliedOn) return false;
    const deadline = addDays(agreement.signedAt, CONFIRMATION_DAYS);
    const t = today();
    return t <= deadline && addDays(t, CONFIRMATION_SOON_DAYS) >= deadline;
  }

  @FieldResolver(() => String, { nullable: true, description: '★ The reviewing adviser’s comments: confidential like the agreement' })
  @Confidential('case')
  reviewComment(@Root() agreement: Row<Agreement>, @Ctx() ctx: Context): Promise<string | null> {
    return new CaseService(ctx).readConfidential(
      agreement.case,
      'agreement.reviewComment',
      Agreement,
      'reviewCommentSealed',
      agreement.id,
      SEALED.reviewComment(agreement.id),
    );
  }
}

@Resolver(() => MediationSession)
export class MediationSessionResolver {
  @FieldResolver(() => String, { nullable: true, description: '★ Confidential session record: the parties and assigned advisers only; audited' })
  @Confidential('case')
  record(@Root() session: MediationSession, @Ctx() ctx: Context): Promise<string | null> {
    return new CaseService(ctx).readConfidential(
      session.case,
      'session.record',
      MediationSession,
      'recordSealed',
      session.id,
      SEALED.sessionRecord(session.id),
    );
  }
}
