import type { FilterQuery } from '@mikro-orm/core';
import { ancestorAt, regionsUnder, under, type Level } from '../../common/access/jurisdiction.js';
import { Role } from '../../common/access/role.js';
import { regionScopeOf, scopePlaceOf } from '../../common/access/scope.js';
import { loader } from '../../common/graphql/loaders.js';
import type { Context } from '../../context.js';
import { AdviserPolicy } from '../adviser/adviser.policy.js';
import type { LegalAdviser } from '../adviser/legal-adviser.entity.js';
import type { Region } from '../region/region.entity.js';
import { justSignedIn } from './auth.service.js';
import { User } from './user.entity.js';

/** The levels a staff account of each role may be scoped to. */
export const SCOPE_LEVELS: Partial<Record<Role, readonly Level[]>> = {
  [Role.BUREAU_ADMIN]: ['PROVINCE', 'CITY', 'COUNTY'],
  [Role.ANALYST]: ['PROVINCE', 'CITY', 'COUNTY', 'TOWNSHIP'],
  [Role.OFFICE_STAFF]: ['TOWNSHIP'],
};

/**
 * Which User rows the viewer may see and administer, and which scopes and advisers they may give an account: the one
 * place this feature decides it (see docs/architecture.md, Access).
 */
export class UserPolicy {
  constructor(private readonly ctx: Context) {}

  /**
   * The accounts the viewer administers, as a condition for SQL. A bureau: staff scoped inside its region and the
   * advisers on the rosters of its counties. An office: the accounts of the advisers serving a village of its township
   * today. Nobody else administers accounts. Party accounts belong to members of the public and are reached through
   * their cases, not here.
   */
  async visible(): Promise<FilterQuery<User>> {
    const v = this.ctx.viewer;
    if (v?.role === Role.OFFICE_STAFF) {
      return { role: Role.ADVISER, adviser: await new AdviserPolicy(this.ctx).visible() } as FilterQuery<User>;
    }
    if (v?.role !== Role.BUREAU_ADMIN) return { id: { $in: [] } };
    const scope = await regionScopeOf(this.ctx);
    if (scope.kind !== 'subtree') return { id: { $in: [] } };
    return { $or: [{ scopeRegion: regionsUnder(scope.place) }, under(this.ctx.em, scope.place, { COUNTY: 'adviser.county' })] } as FilterQuery<User>;
  }

  /** Whether the viewer may give or manage accounts of this role at all: a bureau any staff role, an office advisers. */
  mayAdminister(role: Role): boolean {
    switch (this.ctx.viewer?.role) {
      case Role.BUREAU_ADMIN:
        return role !== Role.PARTY;
      case Role.OFFICE_STAFF:
        return role === Role.ADVISER;
      default:
        return false;
    }
  }

  /** Regions the viewer may scope an account of `role` to: in its own region, at a level the role takes. */
  assignableScopes(role: Role): FilterQuery<Region> {
    const place = scopePlaceOf(this.ctx);
    const levels = SCOPE_LEVELS[role];
    if (!place || !levels || this.ctx.viewer?.role !== Role.BUREAU_ADMIN) return { id: { $in: [] } };
    return { $or: levels.map((level) => regionsUnder(place, level)) } as FilterQuery<Region>;
  }

  /** Every region in the viewer's own region, whatever its level: to tell a wrong level from a region not theirs. */
  ownRegions(): FilterQuery<Region> {
    const place = scopePlaceOf(this.ctx);
    return place ? regionsUnder(place) : { id: { $in: [] } };
  }

  /** Roster entries the viewer may give an account: a bureau its rosters, an office the advisers serving its township. */
  async accountableAdvisers(): Promise<FilterQuery<LegalAdviser>> {
    if (!this.mayAdminister(Role.ADVISER)) return { id: { $in: [] } };
    return new AdviserPolicy(this.ctx).visible();
  }

  /**
   * The county whose audit trail records an action on an account scoped to `region` (or on an adviser of `countyId`):
   * the account's own county where it has one, else the administrator's.
   */
  auditCounty(target: { region?: Region | null; countyId?: string | null }): string | null {
    if (target.countyId) return target.countyId;
    const fromTarget = target.region ? ancestorAt(target.region, 'COUNTY') : null;
    if (fromTarget) return fromTarget;
    const own = scopePlaceOf(this.ctx);
    return own ? ancestorAt(own, 'COUNTY') : null;
  }

  /**
   * Row policy `account`: whether the viewer may read an account's administrative fields (must it change its password,
   * is it disabled, its adviser): the holder themselves, and those who administer it. One query per request.
   */
  async entitled(user: User): Promise<boolean> {
    const v = this.ctx.viewer;
    if (justSignedIn(this.ctx) === user.id) return true;
    if (!v) return false;
    if (v.id === user.id) return true;
    if (v.role !== Role.BUREAU_ADMIN && v.role !== Role.OFFICE_STAFF) return false;
    return loader<string, boolean>(
      this.ctx,
      'user:administered',
      async (ids) => {
        const rows = await this.ctx.em.find(User, { $and: [{ id: { $in: [...ids] } }, await this.visible()] }, { fields: ['id'] });
        return new Map(rows.map((r) => [r.id, true]));
      },
      false,
    ).load(user.id);
  }
}
