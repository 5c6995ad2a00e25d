import { Arg, Ctx, ID, Query, Resolver } from 'type-graphql';
import { Role } from '../../common/access/role.js';
import { Roles } from '../../common/access/rules.js';
import { DateScalar } from '../../common/graphql/scalars.js';
import type { Context } from '../../context.js';
import { CaseStatistics } from './case-statistics.type.js';
import { CaseStatisticsService } from './case-statistics.service.js';

@Resolver()
export class CaseStatisticsResolver {
  @Query(() => CaseStatistics, { description: 'Case counts by status, type, source and level, and where cases were resolved; no confidential data' })
  @Roles(Role.BUREAU_ADMIN, Role.OFFICE_STAFF, Role.ANALYST)
  caseStatistics(
    @Arg('regionId', () => ID, { nullable: true, description: 'A county or township in your jurisdiction; default your own' }) regionId:
      | string
      | null,
    @Arg('from', () => DateScalar, { nullable: true, description: 'Received on or after (default 1 January this year)' }) from: string | null,
    @Arg('to', () => DateScalar, { nullable: true, description: 'Received on or before (default today)' }) to: string | null,
    @Ctx() ctx: Context,
  ): Promise<CaseStatistics> {
    return new CaseStatisticsService(ctx).statistics(regionId, from, to);
  }
}
