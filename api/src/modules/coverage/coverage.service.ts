import { regionScopeOf } from '../../common/access/scope.js';
import { AppError, ErrorCode } from '../../common/errors/app-error.js';
import { today } from '../../common/graphql/dates.js';
import { escapeLike } from '../../common/graphql/list.js';
import type { Context } from '../../context.js';
import { LegalAdviser } from '../adviser/legal-adviser.entity.js';
import { Pairing } from '../pairing/pairing.entity.js';
import { activeOn } from '../pairing/pairing.service.js';
import { Region } from '../region/region.entity.js';
import { RegionLevel } from '../region/region.enums.js';
import { RegionService } from '../region/region.service.js';
import { readSettingsCached } from '../setting/setting.service.js';
import type { Village } from '../village/village.type.js';
import type { Coverage } from './coverage.type.js';

export class CoverageService {
  constructor(private readonly ctx: Context) {}

  /** The region measured: the one asked for if it is in the viewer's jurisdiction, else the viewer's own scope. */
  private async region(regionId: string | null | undefined): Promise<Region> {
    const scope = await regionScopeOf(this.ctx);
    if (scope.kind !== 'subtree') throw new AppError(ErrorCode.FORBIDDEN, 'Coverage is measured for a county or township');
    const region = await new RegionService(this.ctx).measured(regionId);
    if (!region) throw new AppError(ErrorCode.NOT_FOUND, 'No such region in your jurisdiction');
    if (region.level === RegionLevel.VILLAGE) throw AppError.badInput('regionId', 'must be a county, city or township, not a village');
    return region;
  }

  async coverage(regionId: string | null | undefined, asOf: string | null | undefined): Promise<Coverage> {
    const date = asOf ?? today();
    const region = await this.region(regionId);
    const em = this.ctx.em;
    const under = { path: { $like: `${escapeLike(region.path)}%` } };
    const [villages, pairings, settings] = await Promise.all([
      em.find(Region, { level: RegionLevel.VILLAGE, ...under }, { orderBy: { code: 'asc' } }),
      em.find(Pairing, { $and: [activeOn(date), { village: under }] }),
      readSettingsCached(this.ctx),
    ]);
    const covered = new Set(pairings.map((p) => p.village.id));
    const townshipIds = [...new Set(villages.map((v) => v.parent!.id))];
    const townships = townshipIds.length ? await em.find(Region, { id: { $in: townshipIds } }, { orderBy: { code: 'asc' } }) : [];

    // Loads count every village an adviser serves on the date, inside the region or not: the cap is per adviser.
    const adviserIds = [...new Set(pairings.map((p) => p.adviser.id))];
    const [allPairings, advisers] = adviserIds.length
      ? await Promise.all([
          em.find(Pairing, { $and: [activeOn(date), { adviser: { $in: adviserIds } }] }, { fields: ['adviser'] }),
          em.find(LegalAdviser, { id: { $in: adviserIds } }),
        ])
      : [[], []];
    const loads = new Map<string, number>();
    for (const p of allPairings) loads.set(p.adviser.id, (loads.get(p.adviser.id) ?? 0) + 1);
    const ratio = (n: number, d: number) => (d === 0 ? 0 : Math.round((n / d) * 10000) / 10000);

    return {
      region,
      asOf: date,
      villageCount: villages.length,
      coveredCount: covered.size,
      ratio: ratio(covered.size, villages.length),
      uncovered: villages.filter((v) => !covered.has(v.id)) as unknown as Village[],
      townships: townships.map((t) => {
        const own = villages.filter((v) => v.parent!.id === t.id);
        const c = own.filter((v) => covered.has(v.id)).length;
        return { township: t, villageCount: own.length, coveredCount: c, ratio: ratio(c, own.length) };
      }),
      loadCap: settings.adviserLoadCap,
      adviserLoads: advisers
        .map((adviser) => ({ adviser, villageCount: loads.get(adviser.id) ?? 0, overloaded: (loads.get(adviser.id) ?? 0) > settings.adviserLoadCap }))
        .sort((a, b) => b.villageCount - a.villageCount || a.adviser.name.localeCompare(b.adviser.name, 'zh-CN')),
    };
  }
}
