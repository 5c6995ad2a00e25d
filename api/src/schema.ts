import type { GraphQLSchema } from 'graphql';
import { buildSchema } from 'type-graphql';
import { applyAccessRules } from './common/access/guard.js';
import { registerRowPolicy } from './common/access/row-policies.js';
import { CasePolicy, caseIdOf } from './modules/mediation-case/case.policy.js';
import { WorkLogPolicy } from './modules/work-log/work-log.policy.js';
import { registerAdviserVillagesLookup } from './common/access/scope.js';
import { DateTimeScalar } from './common/graphql/scalars.js';
import { withTextArguments } from './common/graphql/text-arguments.js';
import { registerKeyLookup, withFederation } from './common/graphql/federation.js';
import { RegionService } from './modules/region/region.service.js';
import { AdviserResolver, RosterEventResolver } from './modules/adviser/adviser.resolver.js';
import { UploadResolver } from './modules/attachment/attachment.resolver.js';
import { AuditResolver } from './modules/audit/audit.resolver.js';
import { AssessmentResolver } from './modules/assessment/assessment.resolver.js';
import { SubsidyResolver } from './modules/subsidy/subsidy.resolver.js';
import { CoverageResolver } from './modules/coverage/coverage.resolver.js';
import { WorkQueueResolver } from './modules/work-queue/work-queue.resolver.js';
import { CaseWorkflowResolver } from './modules/mediation-case/case-workflow.resolver.js';
import { CaseStatisticsResolver } from './modules/statistics/case-statistics.resolver.js';
import { ZeroReportResolver } from './modules/zero-report/zero-report.resolver.js';
import { PhoneLoginResolver } from './modules/phone-login/phone-login.resolver.js';
import { SettingResolver } from './modules/setting/setting.resolver.js';
import { HighlightResolver, MonthlyCheckResolver, MonthlyReportResolver, WorkLogEntryResolver } from './modules/work-log/work-log.resolver.js';
import { TrainingComplianceResolver, TrainingResolver } from './modules/training/training.resolver.js';
import { ActionItemResolver, ConsultationMeetingResolver, MeetingParticipantResolver } from './modules/meeting/meeting.resolver.js';
import { JudicialOfficeResolver } from './modules/office/office.resolver.js';
import {
  AgreementResolver,
  CaseEventResolver,
  CasePartyResolver,
  MediationCaseResolver,
  MediationSessionResolver,
} from './modules/mediation-case/case.resolver.js';
import { PairingResolver } from './modules/pairing/pairing.resolver.js';
import { villageIdsOfAdviser } from './modules/pairing/pairing.service.js';
import { ProviderResolver } from './modules/provider/provider.resolver.js';
import { RegionResolver } from './modules/region/region.resolver.js';
import { RosterFilingResolver } from './modules/roster/roster-filing.resolver.js';
import { RosterImportResolver } from './modules/roster/roster-import.resolver.js';
import { UserResolver } from './modules/user/user.resolver.js';
import { UserPolicy } from './modules/user/user.policy.js';
import type { User } from './modules/user/user.entity.js';
import type { CaseParty } from './modules/mediation-case/case-party.entity.js';
import { SetupResolver } from './modules/setup/setup.resolver.js';
import { MediationCommitteeResolver, VillageResolver } from './modules/village/village.resolver.js';

export const RESOLVERS = [
  UserResolver,
  SetupResolver,
  RegionResolver,
  ProviderResolver,
  AdviserResolver,
  RosterEventResolver,
  VillageResolver,
  MediationCommitteeResolver,
  PairingResolver,
  CoverageResolver,
  WorkQueueResolver,
  RosterFilingResolver,
  RosterImportResolver,
  MediationCaseResolver,
  CaseEventResolver,
  CasePartyResolver,
  AgreementResolver,
  MediationSessionResolver,
  AuditResolver,
  CaseWorkflowResolver,
  CaseStatisticsResolver,
  ZeroReportResolver,
  PhoneLoginResolver,
  SettingResolver,
  AssessmentResolver,
  SubsidyResolver,
  WorkLogEntryResolver,
  MonthlyReportResolver,
  MonthlyCheckResolver,
  HighlightResolver,
  TrainingResolver,
  TrainingComplianceResolver,
  ConsultationMeetingResolver,
  MeetingParticipantResolver,
  ActionItemResolver,
  JudicialOfficeResolver,
  UploadResolver,
] as const;

// An adviser's jurisdiction is the villages of their pairings in force today.
registerAdviserVillagesLookup((ctx, adviserId) => villageIdsOfAdviser(ctx.em, adviserId));
// The row policies that confidential and personal fields name (see common/access/rules.ts).
registerRowPolicy('case', (ctx, row) => new CasePolicy(ctx).entitled().load(caseIdOf(row)));
registerRowPolicy('caseAccessLog', (ctx, row) => new CasePolicy(ctx).readsAccessLog().load(caseIdOf(row)));
// A party's ID number: the case's advisers read every party's, a party account only its own record's.
registerRowPolicy('caseIdNumber', (ctx, row) => new CasePolicy(ctx).mayReadIdNumberOf(row as CaseParty));
registerRowPolicy('workLog', (ctx) => new WorkLogPolicy(ctx).readsPersonalData());
registerRowPolicy('account', (ctx, row) => new UserPolicy(ctx).entitled(row as User));

// A Region is also found by its 12-digit statistical code; region(id) then decides whether the viewer sees it.
registerKeyLookup('Region', 'code', (ctx, code) => new RegionService(ctx).idOfCode(code));

let built: Promise<{ schema: GraphQLSchema; sdl: string }> | undefined;

function build(): Promise<{ schema: GraphQLSchema; sdl: string }> {
  built ??= buildSchema({
    resolvers: RESOLVERS,
    scalarsMap: [{ type: Date, scalar: DateTimeScalar }],
    validate: { forbidUnknownValues: false, stopAtFirstError: false },
    emitSchemaFile: false,
    // Access first: an anonymous caller learns nothing about an operation's arguments. Only fields whose rule asks
    // for a check, and fields with arguments, get a wrapper; the rest resolve as plain properties.
    // Then federation (common/graphql/federation.ts) adds `_service` and `_entities`, whose rules apply with the rest.
  })
    .then(withFederation)
    .then(({ schema, sdl }) => ({ schema: applyAccessRules(schema, withTextArguments), sdl }));
  return built;
}

/** The executable schema, built once per process: also an Apollo Federation 2 subgraph. */
export async function getSchema(): Promise<GraphQLSchema> {
  return (await build()).schema;
}

/** The subgraph SDL (`_service { sdl }`, schema/subgraph.graphql): the schema with its `@key`s and the federation link. */
export async function getSubgraphSdl(): Promise<string> {
  return (await build()).sdl;
}
