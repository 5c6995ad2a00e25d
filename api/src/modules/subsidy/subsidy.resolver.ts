import { Arg, Ctx, ID, Int, Mutation, Query, Resolver } from 'type-graphql';
import { Role } from '../../common/access/role.js';
import { Roles } from '../../common/access/rules.js';
import type { Context } from '../../context.js';
import {
  MarkPaidInput,
  SubsidyAdjustmentInput,
  SubsidyRateInput,
  SubsidyRateView,
  SubsidySettingsInput,
  SubsidySettingsView,
  SubsidyStatementView,
} from './dto/subsidy.types.js';
import { SubsidyService } from './subsidy.service.js';

@Resolver()
export class SubsidyResolver {
  @Query(() => [SubsidyRateView], { description: 'A county’s subsidy rates (补贴标准), newest first' })
  @Roles(Role.BUREAU_ADMIN, Role.OFFICE_STAFF, Role.ADVISER)
  subsidyRates(
    @Arg('countyId', () => ID, { nullable: true, description: 'The county; default your own' }) countyId: string | null,
    @Ctx() ctx: Context,
  ) {
    return new SubsidyService(ctx).rates(countyId);
  }

  @Mutation(() => SubsidyRateView, { description: 'Save a county’s subsidy rates from a date (bureau)' })
  @Roles(Role.BUREAU_ADMIN)
  saveSubsidyRate(@Arg('input', () => SubsidyRateInput, { description: 'The rates' }) input: SubsidyRateInput, @Ctx() ctx: Context) {
    return new SubsidyService(ctx).saveRate(input);
  }

  @Query(() => [SubsidyStatementView], {
    description:
      'Subsidy statements of a period: confirmed ones as frozen, drafts computed from the records for the rest (bureau: every adviser; office: its township’s; adviser: own)',
  })
  @Roles(Role.BUREAU_ADMIN, Role.OFFICE_STAFF, Role.ADVISER)
  subsidyStatements(
    @Arg('period', { description: 'A month (2026-07) or a quarter (2026-Q3)' }) period: string,
    @Arg('countyId', () => ID, { nullable: true, description: 'The county; default your own' }) countyId: string | null,
    @Ctx() ctx: Context,
  ) {
    return new SubsidyService(ctx).statements(period, countyId);
  }

  @Mutation(() => SubsidyStatementView, { description: 'Confirm an adviser’s statement for an ended period: its lines are frozen and paid once' })
  @Roles(Role.BUREAU_ADMIN)
  confirmSubsidyStatement(
    @Arg('adviserId', () => ID, { description: 'The adviser' }) adviserId: string,
    @Arg('period', { description: 'A month (2026-07) or a quarter (2026-Q3)' }) period: string,
    @Arg('countyId', () => ID, { nullable: true, description: 'The county; default your own' }) countyId: string | null,
    @Ctx() ctx: Context,
  ) {
    return new SubsidyService(ctx).confirm(adviserId, period, countyId);
  }

  @Mutation(() => SubsidyStatementView, { description: 'Record the payment of a confirmed statement (date and voucher number)' })
  @Roles(Role.BUREAU_ADMIN)
  markSubsidyStatementPaid(
    @Arg('id', () => ID, { description: 'The confirmed statement' }) id: string,
    @Arg('input', () => MarkPaidInput, { description: 'The payment' }) input: MarkPaidInput,
    @Ctx() ctx: Context,
  ) {
    return new SubsidyService(ctx).markPaid(id, input);
  }

  @Query(() => [SubsidyStatementView], {
    description:
      'The drafts of a period (草稿), computed from the records now: one per adviser not yet confirmed, a line per qualifying case or month of consultations and a line per case that does not qualify, with the reason',
  })
  @Roles(Role.BUREAU_ADMIN, Role.OFFICE_STAFF, Role.ADVISER)
  draftSubsidyStatement(
    @Arg('period', { description: 'A month (2026-07) or a quarter (2026-Q3)' }) period: string,
    @Arg('regionId', () => ID, { nullable: true, description: 'A county or a township of it; default your own county' }) regionId: string | null,
    @Ctx() ctx: Context,
  ) {
    return new SubsidyService(ctx).draft(period, regionId);
  }

  @Query(() => SubsidySettingsView, { description: 'A county’s subsidy settings: how a case with several advisers is paid' })
  @Roles(Role.BUREAU_ADMIN, Role.OFFICE_STAFF, Role.ADVISER)
  subsidySettings(
    @Arg('countyId', () => ID, { nullable: true, description: 'The county; default your own' }) countyId: string | null,
    @Ctx() ctx: Context,
  ) {
    return new SubsidyService(ctx).settings(countyId);
  }

  @Mutation(() => SubsidySettingsView, { description: 'Save a county’s subsidy settings (bureau)' })
  @Roles(Role.BUREAU_ADMIN)
  saveSubsidySettings(@Arg('input', () => SubsidySettingsInput, { description: 'The settings' }) input: SubsidySettingsInput, @Ctx() ctx: Context) {
    return new SubsidyService(ctx).saveSettings(input);
  }

  @Mutation(() => ID, {
    nullable: true,
    description: 'Name the lead adviser (主办法律顾问) of a case, one of those assigned to it, or none; returns the lead (bureau; audited)',
  })
  @Roles(Role.BUREAU_ADMIN)
  setCaseLeadAdviser(
    @Arg('caseId', () => ID, { description: 'The case' }) caseId: string,
    @Arg('adviserId', () => ID, { nullable: true, description: 'An adviser assigned to the case; null names none' }) adviserId: string | null,
    @Ctx() ctx: Context,
  ) {
    return new SubsidyService(ctx).setLeadAdviser(caseId, adviserId);
  }

  @Mutation(() => SubsidyStatementView, {
    description: 'Correct a confirmed, unpaid statement with an adjustment line and its reason (bureau; lines are never edited; audited)',
  })
  @Roles(Role.BUREAU_ADMIN)
  addSubsidyAdjustment(
    @Arg('statementId', () => ID, { description: 'The confirmed statement' }) statementId: string,
    @Arg('input', () => SubsidyAdjustmentInput, { description: 'The adjustment' }) input: SubsidyAdjustmentInput,
    @Ctx() ctx: Context,
  ) {
    return new SubsidyService(ctx).addAdjustment(statementId, input);
  }

  @Mutation(() => [SubsidyStatementView], {
    description:
      'Settle a year by the published assessment grades: adjustment lines on each adviser’s settlement statement (period <year>-Y); paid statements never change; each line is settled once',
  })
  @Roles(Role.BUREAU_ADMIN)
  settleSubsidyYear(
    @Arg('year', () => Int, { description: 'The year whose assessment is published' }) year: number,
    @Arg('countyId', () => ID, { nullable: true, description: 'The county; default your own' }) countyId: string | null,
    @Ctx() ctx: Context,
  ) {
    return new SubsidyService(ctx).settleYear(year, countyId);
  }
}
