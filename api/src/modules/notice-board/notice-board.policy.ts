import type { FilterQuery } from '@mikro-orm/core';
import { today } from '../../common/graphql/dates.js';
import type { Context } from '../../context.js';
import { Region } from '../region/region.entity.js';
import { RegionPolicy } from '../region/region.policy.js';
import { RegionLevel } from '../region/region.enums.js';
import { VillagePolicy } from '../village/village.policy.js';

/** Who may read which notice boards: the one place this feature decides it (see docs/architecture.md, Access). */
export class NoticeBoardPolicy {
  constructor(private readonly ctx: Context) {}

  /**
   * A village's public page, for anyone, signed in or not: it shows what the village's notice board shows, which
   * hangs on the village office's wall for every passer-by. Found by the village's 12-digit region code (the QR code
   * on the board names it); retired villages too, so that an old board's code still says where to turn.
   */
  async publicVillage(code: string): Promise<Region | null> {
    if (!/^[0-9]{12}$/.test(code)) return null;
    return this.ctx.em.findOne(Region, { level: RegionLevel.VILLAGE, code });
  }

  /**
   * A township in the viewer's jurisdiction and its villages in service (code order), for printing all their boards
   * at once; null for a township outside it (answered as a missing one).
   */
  async townshipVillages(townshipId: string): Promise<{ township: Region; villages: Region[] } | null> {
    const township = await this.ctx.em.findOne(Region, {
      $and: [{ id: townshipId, level: RegionLevel.TOWNSHIP }, await new RegionPolicy(this.ctx).visible()],
    });
    if (!township) return null;
    const villages = await this.ctx.em.find(
      Region,
      {
        $and: [
          { parent: township.id, $or: [{ retiredOn: null }, { retiredOn: { $gt: today() } }] } as FilterQuery<Region>,
          await new VillagePolicy(this.ctx).visible(),
        ],
      },
      { orderBy: { code: 'asc' } },
    );
    return { township, villages };
  }
}
