import type { FilterQuery } from '@mikro-orm/core';
import { UserPolicy } from './user.policy.js';
import { listPage } from '../../common/graphql/list-engine.js';
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

  async list(options: UserListOptions | null | undefined) {
    const where: FilterQuery<User>[] = [await new UserPolicy(this.ctx).visible()];
    const f = options?.filter;
    if (f?.role) where.push({ role: f.role });
    if (f?.disabled != null) where.push({ disabledAt: f.disabled ? { $ne: null } : null });
    if (f?.q?.trim()) {
      const like = `%${escapeLike(f.q.trim())}%`;
      where.push({ $or: [{ username: { $like: like } }, { displayName: { $like: like } }] });
    }
    return listPage(this.ctx.em, User, options, { where });
  }

  async byId(id: string): Promise<User | null> {
    if (!isId(id)) return null;
    return this.ctx.em.findOne(User, { $and: [{ id }, await new UserPolicy(this.ctx).visible()] });
  }
}
