import type { FilterQuery } from '@mikro-orm/core';
import { listPage } from '../../common/graphql/list-engine.js';
import { regionsUnder, under } from '../../common/access/jurisdiction.js';
import { regionScopeOf } from '../../common/access/scope.js';
import { escapeLike } from '../../common/graphql/list.js';
import { isId } from '../../common/graphql/ids.js';
import type { Context } from '../../context.js';
import type { UserListOptions } from './dto/user-list.js';
import { User } from './user.entity.js';

export class UserService {
  constructor(private readonly ctx: Context) {}

  async me(): Promise<User | null> {
    return this.ctx.viewer ? this.ctx.em.findOne(User, { id: this.ctx.viewer.id }) : null;
  }

  /**
   * The accounts a bureau administers: staff scoped inside its region and the advisers on its county's roster.
   * Party accounts belong to members of the public and are reached through their cases, not listed here.
   */
  private async scopeCondition(): Promise<FilterQuery<User>> {
    const scope = await regionScopeOf(this.ctx);
    if (scope.kind !== 'subtree') return { id: { $in: [] } };
    return { $or: [{ scopeRegion: regionsUnder(scope.place) }, under(this.ctx.em, scope.place, { COUNTY: 'adviser.county' })] } as FilterQuery<User>;
  }

  async list(options: UserListOptions | null | undefined) {
    const where: FilterQuery<User>[] = [await this.scopeCondition()];
    const f = options?.filter;
    if (f?.role) where.push({ role: f.role });
    if (f?.q?.trim()) {
      const like = `%${escapeLike(f.q.trim())}%`;
      where.push({ $or: [{ username: { $like: like } }, { displayName: { $like: like } }] });
    }
    return listPage(this.ctx.em, User, options, { where });
  }

  async byId(id: string): Promise<User | null> {
    if (!isId(id)) return null;
    return this.ctx.em.findOne(User, { $and: [{ id }, await this.scopeCondition()] });
  }
}
