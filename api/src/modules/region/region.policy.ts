import type { FilterQuery } from '@mikro-orm/core';
import { regionScopeOf, regionsInScope } from '../../common/access/scope.js';
import type { Place } from '../../common/access/jurisdiction.js';
import type { Context } from '../../context.js';
import type { Region } from './region.entity.js';

/** Which regions the viewer may see: the one place this feature decides it. */
export class RegionPolicy {
  constructor(private readonly ctx: Context) {}

  /** Regions in the viewer's jurisdiction (an adviser's: the villages they serve today). */
  async visible(): Promise<FilterQuery<Region>> {
    return regionsInScope(await regionScopeOf(this.ctx)) as FilterQuery<Region>;
  }

  /**
   * The viewer's jurisdiction when it is one subtree of the region tree (bureau, analyst, office): what reports and
   * aggregates measure. Null for advisers (a set of villages), parties and anonymous viewers.
   */
  async subtree(): Promise<Place | null> {
    const scope = await regionScopeOf(this.ctx);
    return scope.kind === 'subtree' ? scope.place : null;
  }
}
