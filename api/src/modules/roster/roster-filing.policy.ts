import type { FilterQuery } from '@mikro-orm/core';
import { scopePlaceOf } from '../../common/access/scope.js';
import { under } from '../../common/access/jurisdiction.js';
import type { Context } from '../../context.js';
import { Role } from '../../common/access/role.js';
import { RegionLevel } from '../region/region.enums.js';
import { RosterFiling } from './roster-filing.entity.js';

/** Which RosterFiling rows the viewer may see: the one place this feature decides it (see docs/architecture.md, Access). */
export class RosterFilingPolicy {
  constructor(private readonly ctx: Context) {}

  /** Filings of the counties at or under the bureau's scope. */
  visible(): FilterQuery<RosterFiling> {
    const place = scopePlaceOf(this.ctx);
    return place ? under(this.ctx.em, place, { COUNTY: 'county' }) : { id: { $in: [] } };
  }

  /**
   * Whether the viewer decides on the filings it sees (签收 or return): a bureau above the counties, a city's or a
   * province's. A county's bureau files; it does not acknowledge its own.
   */
  reviews(): boolean {
    const place = scopePlaceOf(this.ctx);
    return this.ctx.viewer?.role === Role.BUREAU_ADMIN && (place?.level === RegionLevel.CITY || place?.level === RegionLevel.PROVINCE);
  }
}
