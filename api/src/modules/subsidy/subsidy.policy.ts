import { ownCountyId, requireCounty, requireOwnCounty } from '../../common/access/county.js';
import { ancestorAt, contains, type Place, sqlRegionsUnder } from '../../common/access/jurisdiction.js';
import { Role } from '../../common/access/role.js';
import { scopePlaceOf } from '../../common/access/scope.js';
import { AppError } from '../../common/errors/app-error.js';
import { isId } from '../../common/graphql/ids.js';
import type { Context } from '../../context.js';
import { Region } from '../region/region.entity.js';
import { RegionLevel } from '../region/region.enums.js';
import type { Period } from './period.js';

/**
 * Who may see or act on subsidy statements: the one place this feature decides it (docs/architecture.md, Access).
 * The bureau sees every adviser of the county it reaches; an office the advisers paired with a village of its township
 * during the period; an adviser their own statements. Statements never carry a party's name or confidential text.
 */
export class SubsidyPolicy {
  constructor(private readonly ctx: Context) {}

  county(countyId: string | null | undefined): Promise<Region> {
    return requireCounty(this.ctx, countyId);
  }

  /** The county whose books the viewer changes: a county's own bureau only (see `requireOwnCounty`). */
  managedCounty(countyId: string | null | undefined): Promise<Region> {
    return requireOwnCounty(this.ctx, countyId);
  }

  /** The id of that county, without reading it (for a record already loaded): FORBIDDEN above a county. */
  ownCounty(): string {
    return ownCountyId(this.ctx);
  }

  /**
   * The region a draft is asked for: a county the viewer reaches (default their own), or a township of it (then only
   * the advisers paired with one of its villages in the period). Anything else is BAD_USER_INPUT on `regionId`.
   */
  async region(regionId: string | null | undefined): Promise<{ county: Region; township: Region | null }> {
    const refuse = () => AppError.badInput('regionId', 'no such county or township in your jurisdiction');
    if (regionId == null) return { county: await this.county(null), township: null };
    const region = isId(regionId) ? await this.ctx.em.findOne(Region, { id: regionId }) : null;
    if (!region || (region.level !== RegionLevel.COUNTY && region.level !== RegionLevel.TOWNSHIP)) throw refuse();
    const township = region.level === RegionLevel.TOWNSHIP ? region : null;
    const county = await this.county(township ? ancestorAt(region, RegionLevel.COUNTY) : region.id).catch(() => {
      throw refuse();
    });
    const place = this.ctx.viewer?.role === Role.OFFICE_STAFF ? scopePlaceOf(this.ctx) : null;
    if (township && place && !contains(place, township) && !contains(township, place)) throw refuse();
    return { county, township };
  }

  /** The advisers paired with a village under `place` at some time in the period. */
  async advisersPairedUnder(place: Place, period: Period): Promise<Set<string>> {
    const villages = sqlRegionsUnder(place, 'v', 'VILLAGE');
    const rows = await this.ctx.em.execute<{ adviser_id: string }[]>(
      `select distinct p.adviser_id from pairing p join region v on v.id = p.village_id
        where ${villages.sql} and p.valid_from <= ?::date and (p.valid_to is null or p.valid_to >= ?::date)`,
      [...villages.params, period.to, period.from],
    );
    return new Set(rows.map((r) => r.adviser_id));
  }

  /** The advisers whose statements the viewer may read, or 'all' for the bureau. */
  async visibleAdvisers(period: Period): Promise<Set<string> | 'all'> {
    const viewer = this.ctx.viewer;
    if (viewer?.role === Role.BUREAU_ADMIN) return 'all';
    if (viewer?.role === Role.ADVISER) return new Set(viewer.adviserId ? [viewer.adviserId] : []);
    const place = viewer?.role === Role.OFFICE_STAFF ? scopePlaceOf(this.ctx) : null;
    if (!place) return new Set();
    return this.advisersPairedUnder(place, period);
  }
}
