import { type FilterQuery } from '@mikro-orm/core';
import type { Provider } from '../provider/provider.entity.js';
import { scopePlaceOf } from '../../common/access/scope.js';
import { under } from '../../common/access/jurisdiction.js';
import { Role } from '../../common/access/role.js';
import { today } from '../../common/graphql/dates.js';
import type { Context } from '../../context.js';
import { activeOn, pairingSubquery } from '../pairing/pairing.service.js';
import { LegalAdviser } from './legal-adviser.entity.js';

/** Which LegalAdviser rows the viewer may see: the one place this feature decides it (see docs/architecture.md, Access). */
export class AdviserPolicy {
  constructor(private readonly ctx: Context) {}

  /**
   * Advisers the viewer may see: the bureau its roster; an office those serving its township today; an adviser
   * themselves. As a condition for SQL, before pagination.
   */
  async visible(): Promise<FilterQuery<LegalAdviser>> {
    const v = this.ctx.viewer;
    if (!v) return { id: { $in: [] } };
    const place = scopePlaceOf(this.ctx);
    switch (v.role) {
      case Role.BUREAU_ADMIN:
        return place ? under<LegalAdviser>(this.ctx.em, place, { COUNTY: 'county' }) : { id: { $in: [] } };
      case Role.OFFICE_STAFF: {
        if (!place) return { id: { $in: [] } };
        const serving = pairingSubquery(this.ctx.em, 'adviser', { $and: [activeOn(today()), under(this.ctx.em, place, { VILLAGE: 'village' })] });
        return { id: { $in: serving } } as FilterQuery<LegalAdviser>;
      }
      case Role.ADVISER:
        return v.adviserId ? { id: v.adviserId } : { id: { $in: [] } };
      default:
        return { id: { $in: [] } };
    }
  }

  /** Providers an adviser of the viewer's roster may belong to: those of the viewer's county. */
  assignableProviders(): FilterQuery<Provider> {
    const place = scopePlaceOf(this.ctx);
    return place ? under<Provider>(this.ctx.em, place, { COUNTY: 'county' }) : { id: { $in: [] } };
  }
}
