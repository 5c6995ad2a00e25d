import { ancestorAt, contains } from '../../common/access/jurisdiction.js';
import { Role } from '../../common/access/role.js';
import { scopePlaceOf } from '../../common/access/scope.js';
import { AppError } from '../../common/errors/app-error.js';
import { isId } from '../../common/graphql/ids.js';
import type { Context } from '../../context.js';
import { Region } from '../region/region.entity.js';
import { RegionLevel } from '../region/region.enums.js';

/** Levels that keep settings of their own: a county, and its city's and province's defaults. */
const SETTING_LEVELS: ReadonlySet<string> = new Set([RegionLevel.COUNTY, RegionLevel.CITY, RegionLevel.PROVINCE]);

/**
 * The region whose settings a viewer reads or changes: the one named if it is a county, city or province in the
 * bureau's jurisdiction, else the bureau's own region; an office reads its county's. Anything else is BAD_USER_INPUT
 * on `regionId`, the same answer whether the region does not exist or lies outside.
 */
export async function settingsRegion(ctx: Context, regionId: string | null | undefined): Promise<Region> {
  const refuse = () => AppError.badInput('regionId', 'must be a county, city or province in your jurisdiction');
  const place = scopePlaceOf(ctx);
  if (!place || (regionId != null && !isId(regionId))) throw refuse();
  // An office's county lies above its township: its own by construction.
  const office = ctx.viewer?.role === Role.OFFICE_STAFF;
  const target = office ? ancestorAt(place, RegionLevel.COUNTY) : (regionId ?? place.id);
  if (office && regionId != null && regionId !== target) throw refuse();
  const region = target ? await ctx.em.findOne(Region, { id: target }) : null;
  if (!region || !SETTING_LEVELS.has(region.level) || (!office && !contains(place, region))) throw refuse();
  return region;
}
