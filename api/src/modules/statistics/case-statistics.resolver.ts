import { Arg, Ctx, FieldResolver, ID, Query, Resolver, Root } from 'type-graphql';
import { Role } from '../../common/access/role.js';
import { Roles, WithParent } from '../../common/access/rules.js';
import { DateScalar } from '../../common/graphql/scalars.js';
import type { Context } from '../../context.js';
import { CaseStatistics, CountyCaseCount } from './case-statistics.type.js';
import { CaseStatisticsService } from './case-statistics.service.js';

@Resolver(() => CaseStatistics)
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

  @FieldResolver(() => [CountyCaseCount], {
    description:
      'Per county of the region, by division code, every county listed even without a case: a city’s or province’s roll-up (for a county or township, its one county, counting the region’s cases)',
  })
  @WithParent()
  byCounty(@Root() statistics: CaseStatistics, @Ctx() ctx: Context): Promise<CountyCaseCount[]> {
    return new CaseStatisticsService(ctx).byCounty(statistics.region, statistics.from, statistics.to);
  }
}
