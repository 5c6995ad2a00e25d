import type { GraphQLResolveInfo } from 'graphql';
import { Arg, Ctx, Field, ID, Info, Int, Mutation, ObjectType, Query, Resolver } from 'type-graphql';
import { selectsOnly, type Shape } from '../../common/graphql/selection.js';
import { inTurns } from '../../common/tasks/slices.js';
import { RegionService } from '../region/region.service.js';
import { Role } from '../../common/access/role.js';
import { Roles, WithParent } from '../../common/access/rules.js';
import type { Context } from '../../context.js';
import { Region } from '../region/region.entity.js';
import { Village } from '../village/village.type.js';
import { ZeroReport } from './zero-report.entity.js';
import { VILLAGE_MONTH_DEFAULT, VILLAGE_MONTH_LIMIT, ZeroReportService } from './zero-report.service.js';

@WithParent()
@ObjectType({ description: 'A village in a month: its disputes, its zero report, or silence' })
export class VillageMonthReport {
  @Field(() => Village, { description: 'The village' })
  village!: Village;

  @Field(() => Int, { description: 'Cases received that month' })
  caseCount!: number;

  @Field(() => ZeroReport, { nullable: true, description: 'The zero report; null when none was made' })
  zeroReport!: ZeroReport | null;

  @Field({ description: 'No case and no zero report' })
  silent!: boolean;
}

@WithParent()
@ObjectType({ description: 'One county’s villages in a month (日常督导): with disputes, zero-reported, or silent' })
export class CountyMonthSummary {
  @Field(() => Region, { description: 'The county (区县)' })
  county!: Region;

  @Field(() => Int, { description: 'Villages and communities of your jurisdiction in it' })
  villageCount!: number;

  @Field(() => Int, { description: 'Villages with a case received that month' })
  withCases!: number;

  @Field(() => Int, { description: 'Villages with a zero report (零上报) and no case' })
  zeroReported!: number;

  @Field(() => Int, { description: 'Villages with neither: silent' })
  silent!: number;
}

/** What a row of villageMonthReports shows with its villages' townships loaded ahead; the rest is at hand. */
const MONTH_ROW: Shape = {
  caseCount: true,
  silent: true,
  zeroReport: { id: true, month: true, reportedAt: true },
  village: { id: true, name: true, code: true, kind: true, demo: true, township: { id: true, name: true, code: true, level: true } },
};

@Resolver()
export class ZeroReportResolver {
  @Mutation(() => ZeroReport, { description: 'Report that a village had no dispute in a month (零上报)' })
  @Roles(Role.ADVISER, Role.OFFICE_STAFF)
  reportZeroDisputes(
    @Arg('villageId', () => ID, { description: 'The village' }) villageId: string,
    @Arg('month', { description: 'The month, YYYY-MM' }) month: string,
    @Ctx() ctx: Context,
  ) {
    return new ZeroReportService(ctx).report(villageId, month);
  }

  @Query(() => [VillageMonthReport], { description: 'Every village for a month: cases, zero report, or silence' })
  @Roles(Role.BUREAU_ADMIN, Role.OFFICE_STAFF)
  async villageMonthReports(
    @Arg('month', { description: 'The month, YYYY-MM' }) month: string,
    @Arg('townshipId', () => ID, { nullable: true, description: 'Only this township; default your whole jurisdiction' }) townshipId: string | null,
    @Arg('limit', () => Int, {
      defaultValue: VILLAGE_MONTH_DEFAULT,
      description: `Villages listed, first by division code, 1 to ${VILLAGE_MONTH_LIMIT} (a province's villages are more: ask by township)`,
    })
    limit: number,
    @Ctx() ctx: Context,
    @Info() info: GraphQLResolveInfo,
  ): Promise<Array<VillageMonthReport | Promise<VillageMonthReport>>> {
    const rows = (await new ZeroReportService(ctx).month(month, townshipId, limit)) as unknown as VillageMonthReport[];
    // Up to a thousand rows: with only what is at hand selected, completed slice by slice (see TrainingComplianceResolver.rows).
    if (!selectsOnly(info, MONTH_ROW)) return rows;
    await new RegionService(ctx).primeParents(rows.map((r) => r.village as unknown as Region));
    return inTurns(rows);
  }

  @Query(() => [CountyMonthSummary], {
    description: 'The month’s villages of your jurisdiction counted per county, by division code: a city’s or province’s supervision overview',
  })
  @Roles(Role.BUREAU_ADMIN, Role.OFFICE_STAFF)
  villageMonthSummary(@Arg('month', { description: 'The month, YYYY-MM' }) month: string, @Ctx() ctx: Context): Promise<CountyMonthSummary[]> {
    return new ZeroReportService(ctx).monthByCounty(month);
  }
}
