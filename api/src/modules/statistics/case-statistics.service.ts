import { ancestorAt, LEVELS, sqlRegionsUnder, sqlUnder, type Place } from '../../common/access/jurisdiction.js';
import { AppError, ErrorCode } from '../../common/errors/app-error.js';
import { today } from '../../common/graphql/dates.js';
import type { Context } from '../../context.js';
import { RegionPolicy } from '../region/region.policy.js';
import { RegionService } from '../region/region.service.js';
import { Region } from '../region/region.entity.js';
import { type Line, suppressSmallCells, countCell, Suppression } from '../../common/access/suppression.js';
import type { CaseCounts, CaseStatistics, CountyCaseCount, KeyCount, KeyCountCell } from './case-statistics.type.js';
import { resolvePeriod, suppressesFor, type StatisticsPeriodInput } from './suppressed.types.js';
import { readQuery } from '../../db/replicas.js';

const GROUPS = { byStatus: 'status', byDisputeType: 'dispute_type', bySource: 'source', byLevel: 'level' } as const;
/** Each grouping of the statistics and its column: the four counts by key, and where resolved cases were resolved. */
const GROUPINGS: ReadonlyArray<readonly [string, string]> = [
  ...Object.values(GROUPS).map((col) => [col, col] as const),
  ['resolved', 'resolved_level'],
];

/** The level `caseCounts` breaks a region down by, and the case column that holds it. */
const CHILDREN: Record<string, { level: 'COUNTY' | 'TOWNSHIP' | 'VILLAGE'; column: string }> = {
  PROVINCE: { level: 'COUNTY', column: 'county_id' },
  CITY: { level: 'COUNTY', column: 'county_id' },
  COUNTY: { level: 'TOWNSHIP', column: 'township_id' },
  TOWNSHIP: { level: 'VILLAGE', column: 'village_id' },
};

type Row = { grp: string; key: string | null; n: number; amount: string };

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
    const rows = await readQuery<
      Array<Record<string, unknown> & { total: number; amount: string; resolved: number; village: number; township: number }>
    >(
      this.ctx.em,
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

  /** The region asked for, in the viewer's subtree; FORBIDDEN for viewers without one, NOT_FOUND outside it. */
  private async region(regionId: string | null | undefined): Promise<Region> {
    if (!(await new RegionPolicy(this.ctx).subtree())) throw new AppError(ErrorCode.FORBIDDEN, 'Statistics are for a county or township');
    const region = await new RegionService(this.ctx).measured(regionId);
    if (!region) throw new AppError(ErrorCode.NOT_FOUND, 'No such region in your jurisdiction');
    return region;
  }

  /**
   * One statement, one scan of the cases: the region's cases of the period are first counted per combination of the
   * grouped columns (a few thousand groups at most, aggregated in parallel; no other column is read), then those groups
   * are rolled up into each grouping at once. `grp` names the grouping of a row; `key` is its value. With `child`, the
   * counts per region one level down come with them (grp 'region').
   */
  private grouped(region: Region, period: { from: string; to: string }, child?: string): Promise<Row[]> {
    const groupings: ReadonlyArray<readonly [string, string]> = child ? [...GROUPINGS, ['region', child]] : GROUPINGS;
    const under = sqlUnder(region, { COUNTY: 'mc.county_id', TOWNSHIP: 'mc.township_id', VILLAGE: 'mc.village_id' });
    return readQuery<Row[]>(
      this.ctx.em,
      `select case ${groupings.map(([grp, col]) => `when grouping(${col}) = 0 then '${grp}'`).join(' ')} else 'total' end as grp,
              coalesce(${groupings.map(([, col]) => `${col}::text`).join(', ')}) as key,
              sum(n)::int as n, coalesce(sum(amount), 0)::text as amount
       from (select ${groupings.map(([, col]) => `mc.${col}`).join(', ')}, count(*) as n, sum(mc.amount_fen) as amount
             from mediation_case mc
             where ${under.sql} and mc.received_on between ? and ?
             group by ${groupings.map(([, col]) => `mc.${col}`).join(', ')}) c
       group by grouping sets ((), ${groupings.map(([, col]) => `(${col})`).join(', ')})`,
      [...under.params, period.from, period.to],
    );
  }

  async statistics(regionId: string | null | undefined, from: string | null | undefined, to: string | null | undefined): Promise<CaseStatistics> {
    if (suppressesFor(this.ctx)) {
      // Two overlapping ranges would find one case by difference: analysts ask `caseCounts` for a fixed period.
      throw new AppError(ErrorCode.FORBIDDEN, 'Analysts read caseCounts, for a fixed month, quarter or year', { reason: 'FIXED_PERIODS_ONLY' });
    }
    const region = await this.region(regionId);
    const period = { from: from ?? `${today().slice(0, 4)}-01-01`, to: to ?? today() };
    if (period.to < period.from) throw AppError.badInput('to', 'must be on or after from');
    const rows = await this.grouped(region, period);
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

  /**
   * The same counts for a fixed period, broken down by the regions one level down, every count a `CountCell`: exact
   * for the bureau and offices, small-cell suppressed for an analyst across every list at once (each list adds up to
   * the total, the regions too, and the three resolution levels to the resolved), so that no total gives a count away.
   * Two statements: the grouped counts and the regions one level down.
   */
  async counts(regionId: string | null | undefined, input: StatisticsPeriodInput): Promise<CaseCounts> {
    const period = resolvePeriod(input);
    const region = await this.region(regionId);
    const child = CHILDREN[region.level];
    if (!child) throw AppError.badInput('regionId', 'must be a province, city, county or township');
    const children = sqlRegionsUnder(region, 'r', child.level);
    const [rows, regions] = await Promise.all([
      this.grouped(region, period, child.column),
      readQuery<Record<string, unknown>[]>(this.ctx.em, `select r.* from region r where ${children.sql} order by r.code, r.id`, children.params),
    ]);
    const cells = new Map<string, number>();
    const lines: Line[] = [];
    const keyOf = (grp: string, key: string) => `${grp}:${key}`;
    const total = Number(rows.find((r) => r.grp === 'total')?.n ?? 0);
    cells.set('total', total);
    const lists = { ...GROUPS } as Record<keyof typeof GROUPS, string>;
    const keys: Record<string, string[]> = {};
    for (const [name, col] of Object.entries(lists)) {
      const present = rows.filter((r) => r.grp === col && r.key !== null).sort((a, b) => Number(b.n) - Number(a.n) || a.key!.localeCompare(b.key!));
      keys[name] = present.map((r) => r.key!);
      for (const r of present) cells.set(keyOf(name, r.key!), Number(r.n));
      lines.push({ parts: keys[name].map((k) => keyOf(name, k)), total: 'total' });
    }
    const regionRows = regions.map((r) => this.ctx.em.map(Region, r as never));
    for (const r of regionRows) cells.set(keyOf('region', r.id), Number(rows.find((x) => x.grp === 'region' && x.key === r.id)?.n ?? 0));
    lines.push({ parts: regionRows.map((r) => keyOf('region', r.id)), total: 'total' });
    const LEVELS = ['VILLAGE', 'TOWNSHIP', 'COUNTY'] as const;
    for (const level of LEVELS) cells.set(keyOf('resolved', level), Number(rows.find((r) => r.grp === 'resolved' && r.key === level)?.n ?? 0));
    cells.set(
      'resolved',
      LEVELS.reduce((n, level) => n + cells.get(keyOf('resolved', level))!, 0),
    );
    lines.push({ parts: LEVELS.map((level) => keyOf('resolved', level)), total: 'resolved' });

    const hidden = suppressesFor(this.ctx) ? suppressSmallCells(cells, lines) : new Map<string, Suppression>();
    const cell = (key: string) => countCell(cells.get(key)!, hidden.get(key));
    const list = (name: string): KeyCountCell[] => keys[name]!.map((key) => ({ key, count: cell(keyOf(name, key)) }));
    const resolved = cells.get('resolved')!;
    // A share reveals its count: published only when both its count and the resolved total are.
    const share = (level: string) =>
      hidden.has('resolved') || hidden.has(keyOf('resolved', level))
        ? null
        : resolved
          ? Math.round((cells.get(keyOf('resolved', level))! / resolved) * 10000) / 10000
          : 0;
    return {
      region,
      period,
      total: cell('total'),
      // The amount of fewer than three cases would be theirs: withheld with their count.
      amountFen: hidden.has('total') ? null : Number(rows.find((r) => r.grp === 'total')?.amount ?? 0),
      byStatus: list('byStatus'),
      byDisputeType: list('byDisputeType'),
      bySource: list('bySource'),
      byLevel: list('byLevel'),
      byRegion: regionRows.map((r) => ({ region: r, count: cell(keyOf('region', r.id)) })),
      resolution: {
        resolved: cell('resolved'),
        village: cell(keyOf('resolved', 'VILLAGE')),
        township: cell(keyOf('resolved', 'TOWNSHIP')),
        county: cell(keyOf('resolved', 'COUNTY')),
        villageShare: share('VILLAGE'),
        townshipShare: share('TOWNSHIP'),
        countyShare: share('COUNTY'),
      },
    };
  }
}
