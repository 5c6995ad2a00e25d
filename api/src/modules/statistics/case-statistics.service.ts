import { ancestorAt, LEVELS, sqlRegionsUnder, sqlUnder, type Place } from '../../common/access/jurisdiction.js';
import { Region } from '../region/region.entity.js';
import { AppError, ErrorCode } from '../../common/errors/app-error.js';
import { today } from '../../common/graphql/dates.js';
import type { Context } from '../../context.js';
import { RegionPolicy } from '../region/region.policy.js';
import { RegionService } from '../region/region.service.js';
import type { CaseStatistics, CountyCaseCount, KeyCount } from './case-statistics.type.js';

const GROUPS = { byStatus: 'status', byDisputeType: 'dispute_type', bySource: 'source', byLevel: 'level' } as const;
/** Each grouping of the statistics and its column: the four counts by key, and where resolved cases were resolved. */
const GROUPINGS: ReadonlyArray<readonly [string, string]> = [
  ...Object.values(GROUPS).map((col) => [col, col] as const),
  ['resolved', 'resolved_level'],
];

/** Aggregates over cases' metadata columns only: no query here ever touches a sealed column. */
export class CaseStatisticsService {
  constructor(private readonly ctx: Context) {}

  /**
   * The period's cases per county of the region, one statement: the counties under the region (a township's own
   * county), each with its cases grouped by the denormalised county column, none missing for having no case.
   */
  async byCounty(region: Place, from: string, to: string): Promise<CountyCaseCount[]> {
    const below = LEVELS.indexOf(region.level as never) > LEVELS.indexOf('COUNTY');
    const counties = below ? { sql: 'c.id = ?', params: [ancestorAt(region, 'COUNTY')] } : sqlRegionsUnder(region, 'c', 'COUNTY');
    const under = sqlUnder(region, { COUNTY: 'mc.county_id', TOWNSHIP: 'mc.township_id', VILLAGE: 'mc.village_id' });
    const rows = await this.ctx.em.execute<
      Array<Record<string, unknown> & { total: number; amount: string; resolved: number; village: number; township: number }>
    >(
      `select c.*, coalesce(s.total, 0)::int as total, coalesce(s.amount, 0)::text as amount, coalesce(s.resolved, 0)::int as resolved,
              coalesce(s.village, 0)::int as village, coalesce(s.township, 0)::int as township
       from region c
       left join (select mc.county_id, count(*) as total, sum(mc.amount_fen) as amount, count(mc.resolved_level) as resolved,
                         count(*) filter (where mc.resolved_level = 'VILLAGE') as village,
                         count(*) filter (where mc.resolved_level = 'TOWNSHIP') as township
                  from mediation_case mc
                  where ${under.sql} and mc.received_on between ? and ?
                  group by mc.county_id) s on s.county_id = c.id
       where ${counties.sql}
       order by c.code, c.id`,
      [...under.params, from, to, ...counties.params],
    );
    return rows.map(({ total, amount, resolved, village, township, ...county }) => ({
      county: this.ctx.em.map(Region, county as never),
      total,
      amountFen: Number(amount),
      resolved,
      resolvedInVillage: village,
      resolvedInTownship: township,
    }));
  }

  async statistics(regionId: string | null | undefined, from: string | null | undefined, to: string | null | undefined): Promise<CaseStatistics> {
    if (!(await new RegionPolicy(this.ctx).subtree())) throw new AppError(ErrorCode.FORBIDDEN, 'Statistics are for a county or township');
    const region = await new RegionService(this.ctx).measured(regionId);
    if (!region) throw new AppError(ErrorCode.NOT_FOUND, 'No such region in your jurisdiction');
    const period = { from: from ?? `${today().slice(0, 4)}-01-01`, to: to ?? today() };
    if (period.to < period.from) throw AppError.badInput('to', 'must be on or after from');

    // One statement, one scan of the cases: the region's cases of the period are first counted per combination of the
    // five grouped columns (a few thousand groups at most, aggregated in parallel; no other column is read), then those
    // groups are rolled up into each grouping at once. `grp` names the grouping of a row; `key` is its value.
    const under = sqlUnder(region, { COUNTY: 'mc.county_id', TOWNSHIP: 'mc.township_id', VILLAGE: 'mc.village_id' });
    const rows = await this.ctx.em.execute<{ grp: string; key: string | null; n: number; amount: string }[]>(
      `select case ${GROUPINGS.map(([grp, col]) => `when grouping(${col}) = 0 then '${grp}'`).join(' ')} else 'total' end as grp,
              coalesce(${GROUPINGS.map(([, col]) => `${col}::text`).join(', ')}) as key,
              sum(n)::int as n, coalesce(sum(amount), 0)::text as amount
       from (select ${GROUPINGS.map(([, col]) => `mc.${col}`).join(', ')}, count(*) as n, sum(mc.amount_fen) as amount
             from mediation_case mc
             where ${under.sql} and mc.received_on between ? and ?
             group by ${GROUPINGS.map(([, col]) => `mc.${col}`).join(', ')}) c
       group by grouping sets ((), ${GROUPINGS.map(([, col]) => `(${col})`).join(', ')})`,
      [...under.params, period.from, period.to],
    );
    const group = (grp: string): KeyCount[] =>
      rows
        .filter((r) => r.grp === grp && r.key !== null)
        .map((r) => ({ key: r.key ?? '', count: Number(r.n) }))
        .sort((a, b) => b.count - a.count || a.key.localeCompare(b.key));
    const total = rows.find((r) => r.grp === 'total')!;
    // Unresolved cases group under a null resolved_level: not counted as resolved anywhere.
    const resolvedAt = (level: string) => Number(rows.find((r) => r.grp === 'resolved' && r.key === level)?.n ?? 0);
    const village = resolvedAt('VILLAGE');
    const township = resolvedAt('TOWNSHIP');
    const county = resolvedAt('COUNTY');
    const resolved = village + township + county;
    const share = (n: number) => (resolved ? Math.round((n / resolved) * 10000) / 10000 : 0);
    return {
      region,
      from: period.from,
      to: period.to,
      total: Number(total.n),
      amountFen: Number(total.amount ?? 0),
      byStatus: group(GROUPS.byStatus),
      byDisputeType: group(GROUPS.byDisputeType),
      bySource: group(GROUPS.bySource),
      byLevel: group(GROUPS.byLevel),
      resolution: { resolved, village, township, county, villageShare: share(village), townshipShare: share(township), countyShare: share(county) },
    };
  }
}
