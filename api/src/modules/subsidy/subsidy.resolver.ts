import { Arg, Ctx, ID, Mutation, Query, Resolver } from 'type-graphql';
import { Role } from '../../common/access/role.js';
import { Roles } from '../../common/access/rules.js';
import type { Context } from '../../context.js';
import { MarkPaidInput, SubsidyRateInput, SubsidyRateView, SubsidyStatementView } from './dto/subsidy.types.js';
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
}
