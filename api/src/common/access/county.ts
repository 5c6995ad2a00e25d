import { AppError, ErrorCode } from '../errors/app-error.js';
import { isId } from '../graphql/ids.js';
import type { Context } from '../../context.js';
import { LegalAdviser } from '../../modules/adviser/legal-adviser.entity.js';
import { Region } from '../../modules/region/region.entity.js';
import { RegionLevel } from '../../modules/region/region.enums.js';
import { ancestorAt, contains } from './jurisdiction.js';
import { Role } from './role.js';
import { scopePlaceOf } from './scope.js';

/**
 * The county a county-level request is about (an assessment year, a subsidy period): the one named when the viewer
 * may reach it, else the viewer's own — a bureau's county (a city or province bureau must name one), an office's
 * county above its township, an adviser's roster county, an analyst's like a bureau's (or an office's below a county). An unknown or unreachable county is BAD_USER_INPUT on
 * `countyId`, the same answer for both so that ids outside the jurisdiction reveal nothing.
 */
export async function requireCounty(ctx: Context, countyId: string | null | undefined): Promise<Region> {
  const viewer = ctx.viewer;
  const refuse = () => AppError.badInput('countyId', 'no such county in your jurisdiction');
  if (countyId != null && !isId(countyId)) throw refuse();
  let own: string | null = null;
  if (viewer?.role === Role.ADVISER && viewer.adviserId) {
    const adviser = await ctx.em.findOne(LegalAdviser, { id: viewer.adviserId }, { fields: ['county'] });
    own = adviser?.county.id ?? null;
  } else {
    const place = scopePlaceOf(ctx);
    // An analyst reaches counties like a bureau of the same region (aggregates only; see the callers).
    if (place && (viewer?.role === Role.BUREAU_ADMIN || (viewer?.role === Role.ANALYST && place.level !== RegionLevel.TOWNSHIP))) {
      if (countyId == null && place.level !== RegionLevel.COUNTY) {
        throw AppError.badInput('countyId', 'name the county: your jurisdiction holds several');
      }
      const county = await ctx.em.findOne(Region, { id: countyId ?? place.id, level: RegionLevel.COUNTY });
      if (!county || !contains(place, county)) throw refuse();
      return county;
    }
    if (place && (viewer?.role === Role.OFFICE_STAFF || viewer?.role === Role.ANALYST)) own = ancestorAt(place, RegionLevel.COUNTY);
  }
  if (!own || (countyId != null && countyId !== own)) throw refuse();
  const county = await ctx.em.findOne(Region, { id: own });
  if (!county) throw refuse();
  return county;
}

/**
 * The county a bureau account writes a county's own records for (its roster, providers, filings): its scope when
 * that is a county. A city's or province's bureau supervises and receives, and has no such county: FORBIDDEN.
 */
export function ownCountyId(ctx: Context): string {
  const v = ctx.viewer;
  if (v?.scopeRegionId && v.scopeLevel === RegionLevel.COUNTY) return v.scopeRegionId;
  throw new AppError(ErrorCode.FORBIDDEN, 'Only a county’s bureau keeps a county’s roster and providers; your account has no county', {
    reason: 'COUNTY_BUREAU_ONLY',
  });
}

/**
 * The county whose own books a bureau keeps (its assessment scheme, publication and objections, its subsidy rates,
 * statements and payments): the viewer's county. A city's or province's bureau reads its counties' figures
 * (`requireCounty`) but keeps none of their books: FORBIDDEN. Naming another county is BAD_USER_INPUT on `countyId`,
 * as `requireCounty` answers.
 */
export async function requireOwnCounty(ctx: Context, countyId: string | null | undefined): Promise<Region> {
  const own = ownCountyId(ctx);
  const county = countyId == null || countyId === own ? await ctx.em.findOne(Region, { id: own }) : null;
  if (!county) throw AppError.badInput('countyId', 'no such county in your jurisdiction');
  return county;
}
