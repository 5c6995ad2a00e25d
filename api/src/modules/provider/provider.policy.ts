import type { FilterQuery } from '@mikro-orm/core';
import { scopePlaceOf } from '../../common/access/scope.js';
import { atOrAbove, under } from '../../common/access/jurisdiction.js';
import { Role } from '../../common/access/role.js';
import type { Context } from '../../context.js';
import { LegalAdviser } from '../adviser/legal-adviser.entity.js';
import { Provider } from './provider.entity.js';

/** Which Provider rows the viewer may see: the one place this feature decides it (see docs/architecture.md, Access). */
export class ProviderPolicy {
  constructor(private readonly ctx: Context) {}

  /** Providers of the counties at or under the viewer's scope; an adviser sees those of their own county. */
  async visible(): Promise<FilterQuery<Provider>> {
    const v = this.ctx.viewer;
    const place = scopePlaceOf(this.ctx);
    if (place) {
      // A township office sees the providers of its county, above its township.
      return v?.role === Role.OFFICE_STAFF
        ? atOrAbove<Provider>(place, { COUNTY: 'county' })
        : under<Provider>(this.ctx.em, place, { COUNTY: 'county' });
    }
    if (v?.adviserId) {
      const county = this.ctx.em.createQueryBuilder(LegalAdviser, 'a').select('a.county').where({ id: v.adviserId });
      return { county: { $in: county } } as FilterQuery<Provider>;
    }
    return { id: { $in: [] } };
  }
}
