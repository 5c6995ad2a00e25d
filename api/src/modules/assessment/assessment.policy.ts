import { ancestorAt, contains } from '../../common/access/jurisdiction.js';
import { Role } from '../../common/access/role.js';
import { scopePlaceOf } from '../../common/access/scope.js';
import { AppError } from '../../common/errors/app-error.js';
import { isId } from '../../common/graphql/ids.js';
import type { Context } from '../../context.js';
import { LegalAdviser } from '../adviser/legal-adviser.entity.js';
import { Region } from '../region/region.entity.js';
import { RegionLevel } from '../region/region.enums.js';

/**
 * Whose assessment the viewer may see or set: the one place this feature decides it (docs/architecture.md, Access).
 * Schemes and results belong to a county; a bureau reaches the counties in its jurisdiction, an office and an adviser
 * their own county only.
 */
export class AssessmentPolicy {
  constructor(private readonly ctx: Context) {}

  /**
   * The county a request is about: the one named when the viewer may reach it, else the viewer's own. An unknown or
   * unreachable county is BAD_USER_INPUT on `countyId`, the same answer for both so ids outside the jurisdiction
   * reveal nothing.
   */
  async county(countyId: string | null | undefined): Promise<Region> {
    const viewer = this.ctx.viewer;
    const refuse = () => AppError.badInput('countyId', 'no such county in your jurisdiction');
    if (countyId != null && !isId(countyId)) throw refuse();
    let own: string | null = null;
    if (viewer?.role === Role.ADVISER && viewer.adviserId) {
      const adviser = await this.ctx.em.findOne(LegalAdviser, { id: viewer.adviserId }, { fields: ['county'] });
      own = adviser?.county.id ?? null;
    } else {
      const place = scopePlaceOf(this.ctx);
      if (place && viewer?.role === Role.BUREAU_ADMIN) {
        if (countyId == null && place.level !== RegionLevel.COUNTY) {
          throw AppError.badInput('countyId', 'name the county: your jurisdiction holds several');
        }
        const id = countyId ?? place.id;
        const county = await this.ctx.em.findOne(Region, { id, level: RegionLevel.COUNTY });
        if (!county || !contains(place, county)) throw refuse();
        return county;
      }
      if (place && viewer?.role === Role.OFFICE_STAFF) own = ancestorAt(place, RegionLevel.COUNTY);
    }
    if (!own || (countyId != null && countyId !== own)) throw refuse();
    const county = await this.ctx.em.findOne(Region, { id: own });
    if (!county) throw refuse();
    return county;
  }

  /**
   * Which advisers' results the viewer may read: the bureau every one of the county it reached, an office those who
   * served a village of its township during the year, an adviser only their own.
   */
  async visibleResults(results: readonly { adviserId: string; townshipIds: readonly string[] }[]): Promise<Set<string>> {
    const viewer = this.ctx.viewer;
    switch (viewer?.role) {
      case Role.BUREAU_ADMIN:
        return new Set(results.map((r) => r.adviserId));
      case Role.OFFICE_STAFF: {
        const township = scopePlaceOf(this.ctx)?.id;
        return new Set(results.filter((r) => township && r.townshipIds.includes(township)).map((r) => r.adviserId));
      }
      case Role.ADVISER:
        return new Set(results.filter((r) => r.adviserId === viewer.adviserId).map((r) => r.adviserId));
      default:
        return new Set();
    }
  }
}
