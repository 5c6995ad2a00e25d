import type { GraphQLResolveInfo } from 'graphql';
import { Arg, Args, Ctx, Field, FieldResolver, ID, Info, Int, Mutation, ObjectType, Query, Resolver, Root } from 'type-graphql';
import { preloaded, type Row } from '../../common/graphql/list-engine.js';
import { Role } from '../../common/access/role.js';
import { Confidential, Personal, Roles, WithParent } from '../../common/access/rules.js';
import { DateScalar } from '../../common/graphql/scalars.js';
import type { Context } from '../../context.js';
import { LegalAdviser } from '../adviser/legal-adviser.entity.js';
import { MediationCase } from '../mediation-case/mediation-case.entity.js';
import { Region } from '../region/region.entity.js';
import { User } from '../user/user.entity.js';
import { Village } from '../village/village.type.js';
import { VillageService } from '../village/village.service.js';
import { MonthlyCheckInput, UpdateMonthlyCheckInput, MonthlyCheckList, MonthlyCheckListArgs } from './dto/monthly-check.inputs.js';
import { MonthlyReportList, MonthlyReportListArgs } from './dto/monthly-report.inputs.js';
import { WorkLogEntryInput, WorkLogEntryList, WorkLogEntryListArgs } from './dto/work-log.inputs.js';
import { Highlight, MonthlyCheck } from './monthly-check.entity.js';
import { MonthlyCheckService } from './monthly-check.service.js';
import { MonthlyReport } from './monthly-report.entity.js';
import { adviserMonthKey } from './month.js';
import { MonthlyReportService, type AdviserMonth } from './monthly-report.service.js';
import { WorkLogEntry } from './work-log-entry.entity.js';
import { MonthlyReportStatus } from './work-log.enums.js';
import { WorkLogService } from './work-log.service.js';
import { OwnerType } from '../attachment/attachment.entity.js';
import { AttachmentService } from '../attachment/attachment.service.js';
import { EvidencePhoto } from '../attachment/evidence-photo.type.js';
import { MultiLine } from '../../common/graphql/text-arguments.js';

@WithParent()
@ObjectType({ description: 'One adviser’s month of work: DRAFT until submitted, with its deadline and totals' })
export class WorkLogMonth {
  @Field({ description: 'YYYY-MM' })
  month!: string;

  @Field(() => LegalAdviser, { description: 'The adviser' })
  adviser!: LegalAdviser;

  @Field(() => MonthlyReportStatus, { description: 'DRAFT until submitted, then the report’s status' })
  status!: MonthlyReportStatus;

  @Field(() => DateScalar, { description: 'Last day to submit on time' })
  deadline!: string;

  @Field({ description: 'Not submitted and the deadline has passed' })
  overdue!: boolean;

  @Field(() => Int, { description: 'Entries of the month that you may see (an office: those in its township)' })
  entryCount!: number;

  @Field(() => Int, { description: 'Minutes of those entries' })
  totalMinutes!: number;

  @Field(() => MonthlyReport, { nullable: true, description: 'The submission, once there is one' })
  report!: MonthlyReport | null;
}

const LOG_READERS = [Role.ADVISER, Role.OFFICE_STAFF, Role.BUREAU_ADMIN, Role.ANALYST] as const;
// Reports and checks judge named advisers: not for analysts.
const REVIEW_READERS = [Role.ADVISER, Role.OFFICE_STAFF, Role.BUREAU_ADMIN] as const;

@Resolver(() => WorkLogEntry)
export class WorkLogEntryResolver {
  @Query(() => WorkLogEntryList, {
    description: 'Work-log entries: an adviser’s own, an office’s township, the bureau’s county; analysts see personal data masked and no free text',
  })
  @Roles(...LOG_READERS)
  workLogEntries(
    @Args(() => WorkLogEntryListArgs) { options }: WorkLogEntryListArgs,
    @Ctx() ctx: Context,
    @Info() info: GraphQLResolveInfo,
  ): Promise<WorkLogEntryList> {
    return new WorkLogService(ctx).list(options, info);
  }

  @Query(() => WorkLogEntry, { nullable: true, description: 'One entry; null when it does not exist or you may not see it' })
  @Roles(...LOG_READERS)
  workLogEntry(@Arg('id', () => ID, { description: 'The entry’s id' }) id: string, @Ctx() ctx: Context): Promise<WorkLogEntry | null> {
    return new WorkLogService(ctx).byId(id);
  }

  @Mutation(() => WorkLogEntry, {
    description:
      'Record a service in your work log; a submitted month is frozen (CONFLICT, reason MONTH_SUBMITTED). Sent with a clientKey, a repeat of the same entry returns the entry recorded the first time',
  })
  @Roles(Role.ADVISER)
  createWorkLogEntry(
    @Arg('input', { description: 'The service given' }) input: WorkLogEntryInput,
    @Arg('clientKey', () => String, {
      nullable: true,
      description:
        'Idempotency key (a UUID the device chose for this entry, kept until the entry is sent): the same key with the same entry returns the entry already recorded; with another entry it is CONFLICT (reason IDEMPOTENCY_KEY_REUSED)',
    })
    clientKey: string | null | undefined,
    @Ctx() ctx: Context,
  ): Promise<WorkLogEntry> {
    return new WorkLogService(ctx).create(input, clientKey);
  }

  @Mutation(() => WorkLogEntry, { description: 'Change an entry of yours; a submitted month is frozen (CONFLICT), as is a stale version' })
  @Roles(Role.ADVISER)
  updateWorkLogEntry(
    @Arg('id', () => ID, { description: 'The entry' }) id: string,
    @Arg('input', { description: 'The entry as it should now be' }) input: WorkLogEntryInput,
    @Arg('version', () => Int, { description: 'The version you read; a stale one is CONFLICT' }) version: number,
    @Ctx() ctx: Context,
  ): Promise<WorkLogEntry> {
    return new WorkLogService(ctx).update(id, input, version);
  }

  @Mutation(() => Boolean, { description: 'Delete an entry of yours; a submitted month is frozen (CONFLICT)' })
  @Roles(Role.ADVISER)
  deleteWorkLogEntry(@Arg('id', () => ID, { description: 'The entry; true when deleted' }) id: string, @Ctx() ctx: Context): Promise<boolean> {
    return new WorkLogService(ctx).delete(id);
  }

  @FieldResolver(() => LegalAdviser, { description: 'The adviser who gave the service' })
  adviser(@Root() entry: Row<WorkLogEntry>): Promise<LegalAdviser> | LegalAdviser {
    return preloaded<LegalAdviser>(entry, 'adviser') ?? (entry.adviser.load() as Promise<LegalAdviser>);
  }

  @FieldResolver(() => Village, {
    nullable: true,
    description: 'The village, when it lies in your jurisdiction (an adviser: the villages they serve today); its name is in villageName',
  })
  village(@Root() entry: Row<WorkLogEntry>, @Ctx() ctx: Context): Promise<Village | null> {
    return new VillageService(ctx).inScopeById().load(entry.village.id) as Promise<Village | null>;
  }

  @FieldResolver(() => ID, { description: 'The village served, wherever it lies' })
  villageId(@Root() entry: Row<WorkLogEntry>): string {
    return entry.village.id;
  }

  @FieldResolver(() => String, { description: 'The name of the village served, wherever it lies' })
  async villageName(@Root() entry: Row<WorkLogEntry>): Promise<string> {
    return preloaded<string>(entry, 'villageName') ?? (await entry.village.load())!.name;
  }

  @FieldResolver(() => Region, { description: 'Township of the village served' })
  township(@Root() entry: Row<WorkLogEntry>): Promise<Region> | Region {
    return preloaded<Region>(entry, 'township') ?? (entry.township.load() as Promise<Region>);
  }

  @FieldResolver(() => String, { description: '服务对象: masked (张*三) outside the adviser–office–bureau chain' })
  @Personal('workLog', 'name')
  personServed(@Root() entry: Row<WorkLogEntry>): string {
    return entry.personServed;
  }

  @FieldResolver(() => String, { nullable: true, description: 'Masked (138****5678) outside the adviser–office–bureau chain' })
  @Personal('workLog', 'phone')
  phone(@Root() entry: Row<WorkLogEntry>): string | null {
    return entry.phone ?? null;
  }

  @FieldResolver(() => String, { nullable: true, description: '服务事项: null outside the adviser–office–bureau chain' })
  @Confidential('workLog')
  matter(@Root() entry: Row<WorkLogEntry>): string | null {
    return entry.matter;
  }

  @FieldResolver(() => String, { nullable: true, description: '服务内容: null outside the adviser–office–bureau chain' })
  @Confidential('workLog')
  content(@Root() entry: Row<WorkLogEntry>): string | null {
    return entry.content;
  }

  @FieldResolver(() => Boolean, { description: 'Whether you read the personal data and free text of this entry' })
  canReadPersonalData(@Ctx() ctx: Context): boolean {
    return new WorkLogService(ctx).policy.readsPersonalData();
  }

  @FieldResolver(() => ID, { nullable: true, description: 'The linked mediation case' })
  caseId(@Root() entry: Row<WorkLogEntry>): string | null {
    return entry.case?.id ?? null;
  }

  @FieldResolver(() => MediationCase, {
    nullable: true,
    description: 'The linked case if you may see it; its confidential text stays behind its own guards',
  })
  async mediationCase(@Root() entry: Row<WorkLogEntry>, @Ctx() ctx: Context): Promise<MediationCase | null> {
    return entry.case ? new WorkLogService(ctx).visibleCases().load(entry.case.id) : null;
  }

  @FieldResolver(() => [EvidencePhoto], { description: 'Evidence photos (图片佐证); empty for viewers who get masked names' })
  @Personal('workLog')
  async photos(@Root() entry: Row<WorkLogEntry>, @Ctx() ctx: Context): Promise<EvidencePhoto[]> {
    // A lecture's photos show people: withheld, like the names, from those who get masks.
    if (!new WorkLogService(ctx).policy.readsPersonalData()) return [];
    return new AttachmentService(ctx).photosOf(OwnerType.WORK_LOG_ENTRY).load(entry.id);
  }

  @FieldResolver(() => Boolean, { description: 'The month is submitted or approved: the entry cannot change' })
  async frozen(@Root() entry: Row<WorkLogEntry>, @Ctx() ctx: Context): Promise<boolean> {
    return WorkLogService.isFrozen(await new WorkLogService(ctx).monthStatus().load(adviserMonthKey(entry.adviser.id, entry.month)));
  }
}

@Resolver(() => MonthlyReport)
export class MonthlyReportResolver {
  @Query(() => MonthlyReportList, { description: 'Submitted months: an adviser’s own, an office’s township, the bureau’s county' })
  @Roles(...REVIEW_READERS)
  monthlyReports(@Args(() => MonthlyReportListArgs) { options }: MonthlyReportListArgs, @Ctx() ctx: Context): Promise<MonthlyReportList> {
    return new MonthlyReportService(ctx).list(options);
  }

  @Query(() => MonthlyReport, { nullable: true, description: 'One submitted month; null when it does not exist or you may not see it' })
  @Roles(...REVIEW_READERS)
  monthlyReport(@Arg('id', () => ID, { description: 'The report’s id' }) id: string, @Ctx() ctx: Context): Promise<MonthlyReport | null> {
    return new MonthlyReportService(ctx).byId(id);
  }

  @Query(() => WorkLogMonth, {
    nullable: true,
    description: 'An adviser’s month, submitted or not (an adviser: their own; an office or the bureau: an adviser paired in its region)',
  })
  @Roles(...REVIEW_READERS)
  workLogMonth(
    @Arg('month', { description: 'YYYY-MM' }) month: string,
    @Arg('adviserId', () => ID, { nullable: true, description: 'Required for offices and the bureau' }) adviserId: string | null,
    @Ctx() ctx: Context,
  ): Promise<AdviserMonth | null> {
    return new MonthlyReportService(ctx).adviserMonth(month, adviserId);
  }

  @Mutation(() => MonthlyReport, { description: 'Submit a month of your work log for review; its entries freeze. After a return, submit again' })
  @Roles(Role.ADVISER)
  submitMonthlyReport(
    @Arg('month', { description: 'YYYY-MM' }) month: string,
    @Arg('adviserId', () => ID, { nullable: true, description: 'Yours (the default)' }) adviserId: string | null,
    @Ctx() ctx: Context,
  ): Promise<MonthlyReport> {
    return new MonthlyReportService(ctx).submit(month, adviserId);
  }

  @Mutation(() => MonthlyReport, { description: 'The township office approves a submitted month; another township’s office is FORBIDDEN' })
  @Roles(Role.OFFICE_STAFF)
  @MultiLine('comment')
  approveMonthlyReport(
    @Arg('id', () => ID, { description: 'The submitted month' }) id: string,
    @Arg('version', () => Int, { description: 'The version you read; a stale one is CONFLICT' }) version: number,
    @Arg('comment', () => String, { nullable: true, description: 'The office’s comments; optional' }) comment: string | null,
    @Ctx() ctx: Context,
  ): Promise<MonthlyReport> {
    return new MonthlyReportService(ctx).review(id, true, comment, version);
  }

  @Mutation(() => MonthlyReport, { description: 'The township office returns a submitted month with comments; the adviser corrects and resubmits' })
  @Roles(Role.OFFICE_STAFF)
  @MultiLine('comment')
  returnMonthlyReport(
    @Arg('id', () => ID, { description: 'The submitted month' }) id: string,
    @Arg('comment', { description: 'What to correct; shown to the adviser' }) comment: string,
    @Arg('version', () => Int, { description: 'The version you read; a stale one is CONFLICT' }) version: number,
    @Ctx() ctx: Context,
  ): Promise<MonthlyReport> {
    return new MonthlyReportService(ctx).review(id, false, comment, version);
  }

  @FieldResolver(() => LegalAdviser, { description: 'The adviser whose month it is' })
  adviser(@Root() report: MonthlyReport): Promise<LegalAdviser> {
    return report.adviser.load() as Promise<LegalAdviser>;
  }

  @FieldResolver(() => Region, { description: 'The township whose office reviews it' })
  township(@Root() report: MonthlyReport): Promise<Region> {
    return report.township.load() as Promise<Region>;
  }

  @FieldResolver(() => User, { nullable: true, description: 'The office account that reviewed it; null until reviewed' })
  async reviewedBy(@Root() report: MonthlyReport): Promise<User | null> {
    return report.reviewedBy ? ((await report.reviewedBy.load()) as User) : null;
  }

  @FieldResolver(() => Int, { description: 'Entries of the month that you may see (an office: those in its township)' })
  async entryCount(@Root() report: MonthlyReport, @Ctx() ctx: Context): Promise<number> {
    return (await new MonthlyReportService(ctx).totals().load(adviserMonthKey(report.adviser.id, report.month))).entryCount;
  }

  @FieldResolver(() => Int, { description: 'Minutes of those entries' })
  async totalMinutes(@Root() report: MonthlyReport, @Ctx() ctx: Context): Promise<number> {
    return (await new MonthlyReportService(ctx).totals().load(adviserMonthKey(report.adviser.id, report.month))).totalMinutes;
  }

  @FieldResolver(() => Boolean, { description: 'Its entries cannot change (submitted or approved)' })
  frozen(@Root() report: MonthlyReport): boolean {
    return WorkLogService.isFrozen(report.status);
  }

  @FieldResolver(() => String, { description: 'The printable monthly log (PDF, bearer token required)' })
  pdfPath(@Root() report: MonthlyReport): string {
    return `/api/monthly-reports/${report.id}/log.pdf`;
  }
}

@Resolver(() => MonthlyCheck)
export class MonthlyCheckResolver {
  @Query(() => MonthlyCheckList, { description: 'Monthly checks: an adviser’s own, an office’s township, the bureau’s county' })
  @Roles(...REVIEW_READERS)
  monthlyChecks(@Args(() => MonthlyCheckListArgs) { options }: MonthlyCheckListArgs, @Ctx() ctx: Context): Promise<MonthlyCheckList> {
    return new MonthlyCheckService(ctx).list(options);
  }

  @Query(() => MonthlyCheck, { nullable: true, description: 'One check; null when it does not exist or you may not see it' })
  @Roles(...REVIEW_READERS)
  monthlyCheck(@Arg('id', () => ID, { description: 'The check’s id' }) id: string, @Ctx() ctx: Context): Promise<MonthlyCheck | null> {
    return new MonthlyCheckService(ctx).byId(id);
  }

  @Mutation(() => MonthlyCheck, {
    description:
      'The township office records its check of an adviser for a month, with highlights for the bureau; a month checked already is CONFLICT (reason CHECK_EXISTS) naming existingId',
  })
  @Roles(Role.OFFICE_STAFF)
  createMonthlyCheck(@Arg('input', { description: 'The check' }) input: MonthlyCheckInput, @Ctx() ctx: Context): Promise<MonthlyCheck> {
    return new MonthlyCheckService(ctx).create(input);
  }

  @Mutation(() => MonthlyCheck, { description: 'The township office changes its check, with the version it read (a stale one is CONFLICT)' })
  @Roles(Role.OFFICE_STAFF)
  updateMonthlyCheck(
    @Arg('id', () => ID, { description: 'The check' }) id: string,
    @Arg('input', { description: 'The check as it should now be, with the version you read' }) input: UpdateMonthlyCheckInput,
    @Ctx() ctx: Context,
  ): Promise<MonthlyCheck> {
    return new MonthlyCheckService(ctx).update(id, input);
  }

  @Mutation(() => Highlight, { description: 'The bureau marks a highlight a model case (先进典型), or unmarks it' })
  @Roles(Role.BUREAU_ADMIN)
  markModelCase(
    @Arg('highlightId', () => ID, { description: 'The highlight' }) highlightId: string,
    @Arg('modelCase', { defaultValue: true, description: 'true to mark (the default), false to unmark' }) modelCase: boolean,
    @Ctx() ctx: Context,
  ): Promise<Highlight> {
    return new MonthlyCheckService(ctx).markModelCase(highlightId, modelCase);
  }

  @FieldResolver(() => LegalAdviser, { description: 'The adviser checked' })
  adviser(@Root() check: MonthlyCheck): Promise<LegalAdviser> {
    return check.adviser.load() as Promise<LegalAdviser>;
  }

  @FieldResolver(() => Region, { description: 'Township of the checking office' })
  township(@Root() check: MonthlyCheck): Promise<Region> {
    return check.township.load() as Promise<Region>;
  }

  @FieldResolver(() => User, { description: 'The office account that recorded it' })
  async checkedBy(@Root() check: MonthlyCheck): Promise<User> {
    return (await check.checkedBy.load()) as User;
  }

  @FieldResolver(() => [Highlight], { description: 'Highlights (亮点) reported with the check' })
  highlights(@Root() check: MonthlyCheck, @Ctx() ctx: Context): Promise<Highlight[]> {
    return new MonthlyCheckService(ctx).highlightsByCheck().load(check.id);
  }
}

@Resolver(() => Highlight)
export class HighlightResolver {
  @FieldResolver(() => [EvidencePhoto], { description: 'Evidence photos (图片佐证)' })
  photos(@Root() highlight: Highlight, @Ctx() ctx: Context): Promise<EvidencePhoto[]> {
    return new AttachmentService(ctx).photosOf(OwnerType.HIGHLIGHT).load(highlight.id);
  }

  @FieldResolver(() => Region, { description: 'Township of the office that reported it' })
  township(@Root() highlight: Highlight): Promise<Region> {
    return highlight.township.load() as Promise<Region>;
  }
}
