import type { FilterQuery } from '@mikro-orm/core';
import { listPage } from '../../common/graphql/list-engine.js';
import { regionsUnder } from '../../common/access/jurisdiction.js';
import { regionsInScope, regionScopeOf } from '../../common/access/scope.js';
import { escapeLike } from '../../common/graphql/list.js';
import { isId } from '../../common/graphql/ids.js';
import type { Context } from '../../context.js';
import type { RegionListOptions } from './dto/region-list.js';
import { Region } from './region.entity.js';
import { RegionLevel } from './region.enums.js';

export class RegionService {
  constructor(private readonly ctx: Context) {}

  async list(options: RegionListOptions | null | undefined) {
    const scope = await regionScopeOf(this.ctx);
    const f = options?.filter;
    const where: FilterQuery<Region>[] = [regionsInScope(scope) as FilterQuery<Region>];
    if (f?.ids) where.push({ id: { $in: f.ids } });
    if (f?.level) where.push({ level: f.level });
    if (f?.parentId) where.push({ parent: f.parentId });
    if (f?.terrain) where.push({ terrain: f.terrain });
    if (f?.kind) where.push({ kind: f.kind });
    if (f?.withinId) {
      const within = await this.ctx.em.findOne(Region, { id: f.withinId }, { fields: ['path', 'level'] });
      where.push(within ? regionsUnder(within) : { id: { $in: [] } });
    }
    if (f?.q?.trim()) {
      const like = `%${escapeLike(f.q.trim())}%`;
      where.push({ $or: [{ name: { $like: like } }, { code: { $like: like } }] });
    }
    return listPage(this.ctx.em, Region, options, { where });
  }

  /** The county the viewer's account belongs to (a county bureau's); anyone else gets `refuse()`. */
  async ownCounty(refuse: () => Error): Promise<Region> {
    const regionId = this.ctx.viewer?.scopeRegionId;
    const county = regionId ? await this.ctx.em.findOne(Region, { id: regionId, level: RegionLevel.COUNTY }) : null;
    if (!county) throw refuse();
    return county;
  }

  /**
   * The region a report measures: the one asked for when it lies in the viewer's jurisdiction, and without one the
   * viewer's own scope region (never "whichever region of the subtree comes first"). Null when there is none.
   */
  async measured(regionId: string | null | undefined): Promise<Region | null> {
    const id = regionId ?? this.ctx.viewer?.scopeRegionId;
    return id ? this.byId(id) : null;
  }

  /** Null when it does not exist or lies outside the viewer's jurisdiction: the two answer alike. */
  async byId(id: string): Promise<Region | null> {
    if (!isId(id)) return null;
    const scope = await regionScopeOf(this.ctx);
    return this.ctx.em.findOne(Region, { $and: [{ id }, regionsInScope(scope) as FilterQuery<Region>] });
  }
}
