import type { FilterQuery } from '@mikro-orm/core';
import { regionsUnder, under } from '../../common/access/jurisdiction.js';
import { regionScopeOf } from '../../common/access/scope.js';
import type { Context } from '../../context.js';
import { User } from './user.entity.js';

/** Which User rows the viewer may see: the one place this feature decides it (see docs/architecture.md, Access). */
export class UserPolicy {
  constructor(private readonly ctx: Context) {}

  /**
   * The accounts a bureau administers: staff scoped inside its region and the advisers on its county's roster.
   * Party accounts belong to members of the public and are reached through their cases, not listed here.
   */
  async visible(): Promise<FilterQuery<User>> {
    const scope = await regionScopeOf(this.ctx);
    if (scope.kind !== 'subtree') return { id: { $in: [] } };
    return { $or: [{ scopeRegion: regionsUnder(scope.place) }, under(this.ctx.em, scope.place, { COUNTY: 'adviser.county' })] } as FilterQuery<User>;
  }
}
