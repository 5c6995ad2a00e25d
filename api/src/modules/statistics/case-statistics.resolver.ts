import { Arg, Ctx, FieldResolver, ID, Query, Resolver, Root } from 'type-graphql';
import { Role } from '../../common/access/role.js';
import { Roles, WithParent } from '../../common/access/rules.js';
import { DateScalar } from '../../common/graphql/scalars.js';
import type { Context } from '../../context.js';
import { CaseCounts, CaseStatistics, CountyCaseCount } from './case-statistics.type.js';
import { StatisticsPeriodInput } from './suppressed.types.js';
import { CaseStatisticsService } from './case-statistics.service.js';

@Resolver(() => CaseStatistics)
export class CaseStatisticsResolver {
  @Query(() => CaseStatistics, {
    description:
      'Case counts by status, type, source and level, and where cases were resolved, for any range of dates; no confidential data. Analysts: FORBIDDEN (FIXED_PERIODS_ONLY), they read caseCounts',
  })
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

  @Query(() => CaseCounts, {
    description:
      'Case counts for a fixed month, quarter or year: exact for the bureau and offices, small-cell suppressed for analysts (see CountCell)',
  })
  @Roles(Role.BUREAU_ADMIN, Role.OFFICE_STAFF, Role.ANALYST)
  caseCounts(
    @Arg('period', () => StatisticsPeriodInput, { description: 'The month, quarter or year (cases received in it)' }) period: StatisticsPeriodInput,
    @Arg('regionId', () => ID, { nullable: true, description: 'A province, city, county or township in your jurisdiction; default your own' })
    regionId: string | null,
    @Ctx() ctx: Context,
  ): Promise<CaseCounts> {
    return new CaseStatisticsService(ctx).counts(regionId, period);
  }

  @FieldResolver(() => [CountyCaseCount], {
    description:
      'Per county of the region, by division code, every county listed even without a case: a city’s or province’s roll-up (for a county or township, its one county, counting the region’s cases)',
  })
  @WithParent()
  byCounty(@Root() statistics: CaseStatistics, @Ctx() ctx: Context): Promise<CountyCaseCount[]> {
    return new CaseStatisticsService(ctx).byCounty(statistics.region, statistics.from, statistics.to);
  }
}
