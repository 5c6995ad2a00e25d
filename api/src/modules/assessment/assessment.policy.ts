import { ownCountyId, requireCounty, requireOwnCounty } from '../../common/access/county.js';
import { Role } from '../../common/access/role.js';
import { scopePlaceOf } from '../../common/access/scope.js';
import type { Context } from '../../context.js';
import type { Region } from '../region/region.entity.js';
import { RegionLevel } from '../region/region.enums.js';

/**
 * Whose assessment the viewer may see or set: the one place this feature decides it (docs/architecture.md, Access).
 * Schemes and results belong to a county; a bureau reaches the counties in its jurisdiction, an office and an adviser
 * their own county only.
 */
export class AssessmentPolicy {
  constructor(private readonly ctx: Context) {}

  /** The township an office acts for, whose advisers alone it sees; null for every other role. */
  officeTownship(): string | null {
    return this.ctx.viewer?.role === Role.OFFICE_STAFF ? (scopePlaceOf(this.ctx)?.id ?? null) : null;
  }

  /** The county a request is about (see `requireCounty`). */
  county(countyId: string | null | undefined): Promise<Region> {
    return requireCounty(this.ctx, countyId);
  }

  /** The county whose books the viewer changes: a county's own bureau only (see `requireOwnCounty`). */
  managedCounty(countyId: string | null | undefined): Promise<Region> {
    return requireOwnCounty(this.ctx, countyId);
  }

  /** The id of that county, without reading it (for a record already loaded): FORBIDDEN above a county. */
  ownCounty(): string {
    return ownCountyId(this.ctx);
  }

  /**
   * Which advisers' results the viewer may read: the bureau every one of the county it reached, an office those who
   * served a village of its township during the year, an adviser only their own.
   */
  async visibleResults(results: readonly { adviserId: string; townshipIds: readonly string[] }[]): Promise<Set<string>> {
    const viewer = this.ctx.viewer;
    switch (viewer?.role) {
      case Role.BUREAU_ADMIN:
        return new Set(results.map((r) => r.adviserId));
      case Role.OFFICE_STAFF: {
        const township = scopePlaceOf(this.ctx)?.id;
        return new Set(results.filter((r) => township && r.townshipIds.includes(township)).map((r) => r.adviserId));
      }
      case Role.ADVISER:
        return new Set(results.filter((r) => r.adviserId === viewer.adviserId).map((r) => r.adviserId));
      default:
        return new Set();
    }
  }

  /**
   * The townships whose grade counts the viewer may read: a bureau's and a county-wide analyst's every one, an office's
   * and a township analyst's their own.
   */
  gradeTownships<T extends { id: string }>(townships: readonly T[]): T[] {
    const place = scopePlaceOf(this.ctx);
    if (!place) return [];
    return place.level === RegionLevel.TOWNSHIP ? townships.filter((t) => t.id === place.id) : [...townships];
  }

  /**
   * Whether the viewer can open a record behind an adviser's indicator, from the township it belongs to (null: the
   * county's own, such as the annual training): an office only its township's; the bureau and the adviser, who reached
   * the adviser's records, all of them.
   */
  mayOpenRecord(): (townshipId: string | null) => boolean {
    if (this.ctx.viewer?.role !== Role.OFFICE_STAFF) return () => true;
    const township = scopePlaceOf(this.ctx)?.id;
    return (townshipId) => townshipId === null || townshipId === township;
  }
}
