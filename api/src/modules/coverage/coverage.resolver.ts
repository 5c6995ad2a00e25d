import type { GraphQLResolveInfo } from 'graphql';
import { Arg, Ctx, FieldResolver, ID, Info, Int, Query, Resolver, Root } from 'type-graphql';
import { selectsOnly, type Shape } from '../../common/graphql/selection.js';
import { inTurns } from '../../common/tasks/slices.js';
import { Role } from '../../common/access/role.js';
import { Roles, WithParent } from '../../common/access/rules.js';
import { DateScalar } from '../../common/graphql/scalars.js';
import type { Context } from '../../context.js';
import { Village } from '../village/village.type.js';
import { AdviserLoad, CountyCoverage, Coverage, TownshipCoverage } from './coverage.type.js';
import { COVERAGE_LIST, CoverageService } from './coverage.service.js';

const LIMIT = `at most this many (default ${COVERAGE_LIST.defaultLimit}, 0 to ${COVERAGE_LIST.maxLimit})`;

/** A township's row of coverage: its figures and the township's own columns, all at hand. */
const TOWNSHIP_ROW: Shape = { villageCount: true, coveredCount: true, ratio: true, township: { id: true, name: true, code: true, level: true } };

@Resolver(() => Coverage)
export class CoverageResolver {
  @Query(() => Coverage, { description: 'Coverage of a township, county, city or province (default: your own region) on a date (default: today)' })
  @Roles(Role.BUREAU_ADMIN, Role.OFFICE_STAFF, Role.ANALYST)
  coverage(
    @Arg('regionId', () => ID, { nullable: true, description: 'A township, county, city or province in your jurisdiction; default your own' })
    regionId: string | null,
    @Arg('asOf', () => DateScalar, { nullable: true, description: 'The date (YYYY-MM-DD); default today' }) asOf: string | null,
    @Ctx() ctx: Context,
  ): Promise<Coverage> {
    return new CoverageService(ctx).coverage(regionId, asOf);
  }

  @FieldResolver(() => [TownshipCoverage], { description: 'Per township of the region (for a township, itself), by division code' })
  @WithParent()
  townships(@Root() coverage: Coverage, @Info() info: GraphQLResolveInfo): Array<TownshipCoverage | Promise<TownshipCoverage>> {
    // A province's 1,400 townships completed at once held the event loop; with only their figures and names selected
    // (nothing to load), slice by slice, each in a turn of its own.
    return selectsOnly(info, TOWNSHIP_ROW) ? inTurns(coverage.townships) : coverage.townships;
  }

  @FieldResolver(() => [Village], {
    description: `Villages without an adviser on the date, by division code: the first \`limit\` of them (uncoveredCount counts them all)`,
  })
  @WithParent()
  async uncovered(
    @Root() coverage: Coverage,
    @Arg('limit', () => Int, { defaultValue: COVERAGE_LIST.defaultLimit, description: `How many villages to list: ${LIMIT}` }) limit: number,
    @Ctx() ctx: Context,
  ): Promise<Village[]> {
    return (await new CoverageService(ctx).uncovered(coverage.region, coverage.asOf, limit)) as unknown as Village[];
  }

  @FieldResolver(() => [AdviserLoad], {
    description: 'Advisers serving the region on the date, most loaded first, then by name: the first `limit` (names: not for analysts)',
  })
  @Roles(Role.BUREAU_ADMIN, Role.OFFICE_STAFF)
  adviserLoads(
    @Root() coverage: Coverage,
    @Arg('limit', () => Int, { defaultValue: COVERAGE_LIST.defaultLimit, description: `How many advisers to list: ${LIMIT}` }) limit: number,
    @Ctx() ctx: Context,
  ): Promise<AdviserLoad[]> {
    return new CoverageService(ctx).adviserLoads(coverage.region, coverage.asOf, limit);
  }

  @FieldResolver(() => Int, { description: 'Advisers serving a village of the region on the date: all of them, however many adviserLoads lists' })
  @WithParent()
  async servingAdviserCount(@Root() coverage: Coverage, @Ctx() ctx: Context): Promise<number> {
    return (await new CoverageService(ctx).adviserCounts(coverage.region, coverage.asOf)).serving;
  }

  @FieldResolver(() => Int, { description: 'Of those, the advisers serving more villages than the load cap (all of them)' })
  @WithParent()
  async overloadedAdviserCount(@Root() coverage: Coverage, @Ctx() ctx: Context): Promise<number> {
    return (await new CoverageService(ctx).adviserCounts(coverage.region, coverage.asOf)).overloaded;
  }

  @FieldResolver(() => [CountyCoverage], {
    description:
      'Per county of the region measured, by division code: a city’s or province’s roll-up (for a county or a township, its one county, counting the region’s villages)',
  })
  @WithParent()
  byCounty(@Root() coverage: Coverage, @Ctx() ctx: Context): Promise<CountyCoverage[]> {
    return new CoverageService(ctx).byCounty(coverage.region, coverage.asOf);
  }
}
