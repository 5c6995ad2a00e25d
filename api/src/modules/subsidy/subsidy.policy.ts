import { requireCounty } from '../../common/access/county.js';
import { sqlRegionsUnder } from '../../common/access/jurisdiction.js';
import { Role } from '../../common/access/role.js';
import { scopePlaceOf } from '../../common/access/scope.js';
import type { Context } from '../../context.js';
import type { Region } from '../region/region.entity.js';
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

  /** The advisers whose statements the viewer may read, or 'all' for the bureau. */
  async visibleAdvisers(period: Period): Promise<Set<string> | 'all'> {
    const viewer = this.ctx.viewer;
    if (viewer?.role === Role.BUREAU_ADMIN) return 'all';
    if (viewer?.role === Role.ADVISER) return new Set(viewer.adviserId ? [viewer.adviserId] : []);
    const place = viewer?.role === Role.OFFICE_STAFF ? scopePlaceOf(this.ctx) : null;
    if (!place) return new Set();
    const villages = sqlRegionsUnder(place, 'v', 'VILLAGE');
    const rows = await this.ctx.em.execute<{ adviser_id: string }[]>(
      `select distinct p.adviser_id from pairing p join region v on v.id = p.village_id
        where ${villages.sql} and p.valid_from <= ?::date and (p.valid_to is null or p.valid_to >= ?::date)`,
      [...villages.params, period.to, period.from],
    );
    return new Set(rows.map((r) => r.adviser_id));
  }
}
