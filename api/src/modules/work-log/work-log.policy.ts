import type { FilterQuery } from '@mikro-orm/core';
import type { Pairing } from '../pairing/pairing.entity.js';
import type { EntityManager } from '@mikro-orm/postgresql';
import { Role } from '../../common/access/role.js';
import type { Anchor } from '../../common/access/jurisdiction.js';
import { inRegionScope, regionsInScope, regionScopeOf } from '../../common/access/scope.js';
import type { Context } from '../../context.js';
import { Region } from '../region/region.entity.js';
import { RegionLevel } from '../region/region.enums.js';

const NOTHING = { id: { $in: [] } };

/**
 * Who sees which work-log entries, reports and checks, decided in SQL before pagination:
 * an adviser their own; an office its township; the bureau its county; an analyst the entries of their region, with
 * the personal data masked and the free text withheld (and no reports or checks, which judge named people).
 */
export class WorkLogPolicy {
  constructor(private readonly ctx: Context) {}

  /** Entries, reports and checks all carry `adviser` and `township`; entries their `county` too. */
  private async visible(readers: Role[], anchor: Anchor = { TOWNSHIP: 'township' }): Promise<Record<string, unknown>> {
    const v = this.ctx.viewer;
    if (!v || !readers.includes(v.role)) return NOTHING;
    // An adviser's own records wherever they served, not the records of the villages they serve today.
    if (v.role === Role.ADVISER) return v.adviserId ? { adviser: v.adviserId } : NOTHING;
    return inRegionScope(this.ctx, await regionScopeOf(this.ctx), anchor);
  }

  async entries<T>(): Promise<FilterQuery<T>> {
    return (await this.visible([Role.ADVISER, Role.OFFICE_STAFF, Role.BUREAU_ADMIN, Role.ANALYST], {
      COUNTY: 'county',
      TOWNSHIP: 'township',
    })) as FilterQuery<T>;
  }

  async reports<T>(): Promise<FilterQuery<T>> {
    return (await this.visible([Role.ADVISER, Role.OFFICE_STAFF, Role.BUREAU_ADMIN])) as FilterQuery<T>;
  }

  async checks<T>(): Promise<FilterQuery<T>> {
    return (await this.visible([Role.ADVISER, Role.OFFICE_STAFF, Role.BUREAU_ADMIN])) as FilterQuery<T>;
  }

  /**
   * Whether the viewer reads the personal data of the entries they can see: the adviser, the office and the
   * county's bureau do (each already narrowed to their own by `entries`); anyone else gets masks, a city's or
   * province's bureau too: it supervises its counties' figures, not the people their advisers served.
   */
  readsPersonalData(): boolean {
    const role = this.ctx.viewer?.role;
    if (role === Role.BUREAU_ADMIN) return this.ctx.viewer?.scopeLevel === RegionLevel.COUNTY;
    return role === Role.ADVISER || role === Role.OFFICE_STAFF;
  }

  /**
   * Whether a township lies in the viewer's jurisdiction (an office's township, the bureau's county). Inside a
   * transaction pass its manager: the request's own would take a second connection while the first is held.
   */
  async townshipInScope(townshipId: string, em: EntityManager = this.ctx.em): Promise<boolean> {
    const scope = await regionScopeOf(this.ctx);
    return (await em.count(Region, { $and: [{ id: townshipId }, regionsInScope(scope, 'TOWNSHIP')] } as FilterQuery<Region>)) > 0;
  }

  /** Pairings whose village lies in the viewer's jurisdiction: whose advisers' months an office or the bureau reads. */
  async pairingsInScope(): Promise<FilterQuery<Pairing>> {
    return inRegionScope(this.ctx, await regionScopeOf(this.ctx), { VILLAGE: 'village' }) as FilterQuery<Pairing>;
  }
}
