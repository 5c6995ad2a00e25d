import type { FilterQuery } from '@mikro-orm/core';
import { regionsInScope, regionScopeOf } from '../../common/access/scope.js';
import type { Context } from '../../context.js';
import { Region } from '../region/region.entity.js';
import { RegionLevel } from '../region/region.enums.js';

/** Which village rows the viewer may see: the one place this feature decides it (see docs/architecture.md, Access). */
export class VillagePolicy {
  constructor(private readonly ctx: Context) {}

  async visible(): Promise<FilterQuery<Region>> {
    return { $and: [{ level: RegionLevel.VILLAGE }, regionsInScope(await regionScopeOf(this.ctx), 'VILLAGE') as FilterQuery<Region>] };
  }
}
