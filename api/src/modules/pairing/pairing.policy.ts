import type { FilterQuery } from '@mikro-orm/core';
import type { Region } from '../region/region.entity.js';
import { LegalAdviser } from '../adviser/legal-adviser.entity.js';
import { regionsUnder, under } from '../../common/access/jurisdiction.js';
import { regionScopeOf, scopePlaceOf } from '../../common/access/scope.js';
import type { Context } from '../../context.js';
import { Pairing } from './pairing.entity.js';

/** Which Pairing rows the viewer may see: the one place this feature decides it (see docs/architecture.md, Access). */
export class PairingPolicy {
  constructor(private readonly ctx: Context) {}

  /** Pairings whose village lies in the viewer's jurisdiction. */
  async visible(): Promise<FilterQuery<Pairing>> {
    const scope = await regionScopeOf(this.ctx);
    switch (scope.kind) {
      case 'subtree':
        return under<Pairing>(this.ctx.em, scope.place, { VILLAGE: 'village' });
      case 'villages':
        // An adviser sees their own pairings, current and past.
        return this.ctx.viewer?.adviserId ? { adviser: this.ctx.viewer.adviserId } : { id: { $in: [] } };
      case 'none':
        return { id: { $in: [] } };
    }
  }

  /** Advisers the viewer may pair: those on a roster in the viewer's jurisdiction. */
  pairableAdvisers(): FilterQuery<LegalAdviser> {
    const place = scopePlaceOf(this.ctx);
    return place ? under<LegalAdviser>(this.ctx.em, place, { COUNTY: 'county' }) : { id: { $in: [] } };
  }

  /** Villages the viewer may pair: those in the viewer's jurisdiction. */
  pairableVillages(): FilterQuery<Region> {
    const place = scopePlaceOf(this.ctx);
    return place ? regionsUnder(place, 'VILLAGE') : { id: { $in: [] } };
  }
}
