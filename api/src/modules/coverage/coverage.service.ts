import { mapInSlices } from '../../common/tasks/slices.js';
import type { FilterQuery } from '@mikro-orm/core';
import { regionsUnder, sqlRegionsUnder, type Place } from '../../common/access/jurisdiction.js';
import { AppError, ErrorCode } from '../../common/errors/app-error.js';
import { today } from '../../common/graphql/dates.js';
import { memoize, type Context } from '../../context.js';
import { LegalAdviser } from '../adviser/legal-adviser.entity.js';
import { activeOn, pairingSubquery } from '../pairing/pairing.service.js';
import { Region } from '../region/region.entity.js';
import { RegionLevel } from '../region/region.enums.js';
import { RegionPolicy } from '../region/region.policy.js';
import { RegionService } from '../region/region.service.js';
import { readSettingsCached } from '../setting/setting.service.js';
import type { AdviserLoad, CountyCoverage, Coverage } from './coverage.type.js';
import { readQuery } from '../../db/replicas.js';

/** Rows a list inside the coverage answers unless asked for fewer or more (`uncovered`, `adviserLoads`), and the most. */
export const COVERAGE_LIST = { defaultLimit: 100, maxLimit: 1000 } as const;

/** `p` is a pairing in force on the date (`?` twice: the date). Both ends are included; `valid_to` null is open. */
const ACTIVE = `p.valid_from <= ? and (p.valid_to is null or p.valid_to >= ?)`;

const ratio = (n: number, d: number) => (d === 0 ? 0 : Math.round((n / d) * 10000) / 10000);

function checkLimit(limit: number, field = 'limit'): number {
  if (!Number.isInteger(limit) || limit < 0 || limit > COVERAGE_LIST.maxLimit) {
    throw AppError.badInput(field, `must be a whole number from 0 to ${COVERAGE_LIST.maxLimit}`);
  }
  return limit;
}

/**
 * 一村居一法律顾问 measured in SQL, set by set, whatever the size of the region (a township of ten villages or a province
 * of 30,000): the counts per township and in total come from one grouped statement; the uncovered villages and the
 * advisers' loads are each one statement more, run only when asked for and cut to a limit. No village is looked at in
 * JavaScript.
 */
export class CoverageService {
  constructor(private readonly ctx: Context) {}

  /** The region measured: the one asked for if it is in the viewer's jurisdiction, else the viewer's own scope. */
  private async region(regionId: string | null | undefined): Promise<Region> {
    if (!(await new RegionPolicy(this.ctx).subtree())) throw new AppError(ErrorCode.FORBIDDEN, 'Coverage is measured for a county or township');
    const region = await new RegionService(this.ctx).measured(regionId);
    if (!region) throw new AppError(ErrorCode.NOT_FOUND, 'No such region in your jurisdiction');
    if (region.level === RegionLevel.VILLAGE) throw AppError.badInput('regionId', 'must be a county, city or township, not a village');
    return region;
  }

  /**
   * The figures of a region on a date (default today): villages and covered villages per township, in one statement
   * grouped by township (the townships' own rows come with it), the totals added up from the townships.
   */
  async coverage(regionId: string | null | undefined, asOf: string | null | undefined): Promise<Coverage> {
    const date = asOf ?? today();
    const region = await this.region(regionId);
    const villages = sqlRegionsUnder(region, 'v', 'VILLAGE');
    const [rows, settings] = await Promise.all([
      // One active pairing per village and day at most (the exclusion constraint), so counting them counts villages.
      readQuery<Array<Record<string, unknown> & { village_count: number; covered_count: number }>>(
        this.ctx.em,
        `select t.*, count(*)::int as village_count, count(p.id)::int as covered_count
         from region v
         join region t on t.id = v.parent_id
         left join pairing p on p.village_id = v.id and ${ACTIVE}
         where ${villages.sql} and (v.retired_on is null or v.retired_on > ?)
         group by t.id
         order by t.code, t.id`,
        [date, date, ...villages.params, date],
      ),
      readSettingsCached(this.ctx, region.id),
    ]);
    let villageCount = 0;
    let coveredCount = 0;
    // A province's 1,400 townships become entities a slice at a time (mapInSlices), not in one turn of the loop.
    const townships = await mapInSlices(rows, ({ village_count, covered_count, ...township }) => {
      villageCount += village_count;
      coveredCount += covered_count;
      return {
        township: this.ctx.em.map(Region, township as never),
        villageCount: village_count,
        coveredCount: covered_count,
        ratio: ratio(covered_count, village_count),
      };
    });
    return {
      region,
      asOf: date,
      villageCount,
      coveredCount,
      ratio: ratio(coveredCount, villageCount),
      uncoveredCount: villageCount - coveredCount,
      townships,
      loadCap: settings.adviserLoadCap,
    };
  }

  /** Villages and covered villages of the region per county, in one statement grouped by county (the counties' rows come with it). */
  async byCounty(region: Place, asOf: string): Promise<CountyCoverage[]> {
    const villages = sqlRegionsUnder(region, 'v', 'VILLAGE');
    const rows = await readQuery<Array<Record<string, unknown> & { village_count: number; covered_count: number }>>(
      this.ctx.em,
      `select c.*, count(*)::int as village_count, count(p.id)::int as covered_count
       from region v
       join region t on t.id = v.parent_id
       join region c on c.id = t.parent_id
       left join pairing p on p.village_id = v.id and ${ACTIVE}
       where ${villages.sql} and (v.retired_on is null or v.retired_on > ?)
       group by c.id
       order by c.code, c.id`,
      [asOf, asOf, ...villages.params, asOf],
    );
    return rows.map(({ village_count, covered_count, ...county }) => ({
      county: this.ctx.em.map(Region, county as never),
      villageCount: village_count,
      coveredCount: covered_count,
      uncoveredCount: village_count - covered_count,
      ratio: ratio(covered_count, village_count),
    }));
  }

  /** The first `limit` villages of the region without a pairing on the date, by division code: one statement. */
  async uncovered(region: Place, asOf: string, limit: number): Promise<Region[]> {
    if (checkLimit(limit) === 0) return [];
    const where: FilterQuery<Region> = {
      $and: [
        regionsUnder(region, 'VILLAGE'),
        // A village retired (撤并) by the date is no longer counted.
        { $or: [{ retiredOn: null }, { retiredOn: { $gt: asOf } }] },
        { id: { $nin: pairingSubquery(this.ctx.em, 'village', activeOn(asOf)) } } as FilterQuery<Region>,
      ],
    };
    return this.ctx.em.find(Region, where, { orderBy: { code: 'asc', id: 'asc' }, limit });
  }

  /**
   * Advisers serving a village of the region on the date, each with every village they serve that day, inside the
   * region or not (the cap is per adviser): the `limit` most loaded, in one statement. The ordering by name among equal
   * loads is the database's; the page is then put in Chinese order (pinyin), so a region under the limit reads as it
   * always has.
   */
  async adviserLoads(region: Place, asOf: string, limit: number): Promise<AdviserLoad[]> {
    if (checkLimit(limit) === 0) return [];
    const villages = sqlRegionsUnder(region, 'v', 'VILLAGE');
    const [rows, settings] = await Promise.all([
      readQuery<Array<Record<string, unknown> & { village_count: number }>>(
        this.ctx.em,
        `select a.*, l.village_count
         from (select p.adviser_id, count(*)::int as village_count
               from pairing p
               where ${ACTIVE}
                 and p.adviser_id in (select p.adviser_id from pairing p join region v on v.id = p.village_id where ${ACTIVE} and ${villages.sql})
               group by p.adviser_id) l
         join legal_adviser a on a.id = l.adviser_id
         order by l.village_count desc, a.name, a.id
         limit ?`,
        [asOf, asOf, asOf, asOf, ...villages.params, limit],
      ),
      readSettingsCached(this.ctx, region.id),
    ]);
    return rows
      .map(({ village_count, ...adviser }) => ({
        adviser: this.ctx.em.map(LegalAdviser, adviser as never),
        villageCount: village_count,
        overloaded: village_count > settings.adviserLoadCap,
      }))
      .sort(
        (a, b) =>
          b.villageCount - a.villageCount || a.adviser.name.localeCompare(b.adviser.name, 'zh-CN') || a.adviser.id.localeCompare(b.adviser.id),
      );
  }

  /** How many advisers serve the region on the date, and how many of them are above the load cap: one statement, once per request. */
  adviserCounts(region: Place, asOf: string): Promise<{ serving: number; overloaded: number }> {
    return memoize(this.ctx, `coverage:adviserCounts:${region.id}:${asOf}`, async () => {
      const villages = sqlRegionsUnder(region, 'v', 'VILLAGE');
      const { adviserLoadCap } = await readSettingsCached(this.ctx, region.id);
      const [row] = await readQuery<Array<{ serving: number; overloaded: number }>>(
        this.ctx.em,
        `select count(*)::int as serving, count(*) filter (where l.village_count > ?)::int as overloaded
         from (select count(*) as village_count
               from pairing p
               where ${ACTIVE}
                 and p.adviser_id in (select p.adviser_id from pairing p join region v on v.id = p.village_id where ${ACTIVE} and ${villages.sql})
               group by p.adviser_id) l`,
        [adviserLoadCap, asOf, asOf, asOf, asOf, ...villages.params],
      );
      return { serving: row?.serving ?? 0, overloaded: row?.overloaded ?? 0 };
    });
  }
}
