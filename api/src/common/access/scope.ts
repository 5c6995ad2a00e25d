import type { Context } from '../../context.js';
import { nest, nowhere, regionsUnder, under, type Anchor, type Level, type Place } from './jurisdiction.js';
import { Role } from './role.js';

/**
 * Where a viewer's jurisdiction lies in the region tree:
 * - subtree: every region under one region (bureau and analyst: a county, city or province; office: a township);
 * - villages: exactly these villages (an adviser: the villages of their pairings valid today);
 * - none: no region at all (a party reaches only their own cases).
 */
export type RegionScope = { kind: 'subtree'; path: string; place: Place } | { kind: 'villages'; ids: string[] } | { kind: 'none' };

/** Village ids an adviser reaches today. Pairings register their lookup here; none are paired until they do. */
export type AdviserVillagesLookup = (ctx: Context, adviserId: string) => Promise<string[]>;
let adviserVillages: AdviserVillagesLookup = async () => [];
export function registerAdviserVillagesLookup(lookup: AdviserVillagesLookup): void {
  adviserVillages = lookup;
}

/** The viewer's scope region, for bureau, analyst and office accounts; null for advisers, parties and anonymous. */
export function scopePlaceOf(ctx: Context): Place | null {
  const v = ctx.viewer;
  if (!v?.scopeRegionId || !v.scopePath || !v.scopeLevel) return null;
  if (v.role !== Role.BUREAU_ADMIN && v.role !== Role.OFFICE_STAFF && v.role !== Role.ANALYST) return null;
  return { id: v.scopeRegionId, path: v.scopePath, level: v.scopeLevel };
}

export async function regionScopeOf(ctx: Context): Promise<RegionScope> {
  const viewer = ctx.viewer;
  if (!viewer) return { kind: 'none' };
  const memoKey = 'scope:region';
  const cached = ctx.memo.get(memoKey) as Promise<RegionScope> | undefined;
  if (cached) return cached;
  const computed = (async (): Promise<RegionScope> => {
    switch (viewer.role) {
      case Role.BUREAU_ADMIN:
      case Role.OFFICE_STAFF:
      case Role.ANALYST: {
        const place = scopePlaceOf(ctx);
        return place ? { kind: 'subtree', path: place.path, place } : { kind: 'none' };
      }
      case Role.ADVISER:
        return viewer.adviserId ? { kind: 'villages', ids: await adviserVillages(ctx, viewer.adviserId) } : { kind: 'none' };
      case Role.PARTY:
        return { kind: 'none' };
    }
  })();
  ctx.memo.set(memoKey, computed);
  return computed;
}

/**
 * A MikroORM condition that keeps rows whose region lies in the scope, applied in SQL before pagination so counts and
 * pages never include rows outside the jurisdiction. `anchor` says where the entity records its region (see
 * `jurisdiction.ts`). An adviser's scope matches the entity's village.
 */
export function inRegionScope(ctx: Context, scope: RegionScope, anchor: Anchor): Record<string, unknown> {
  switch (scope.kind) {
    case 'subtree':
      return under(ctx.em, scope.place, anchor) as Record<string, unknown>;
    case 'villages':
      return anchor.VILLAGE ? nest(anchor.VILLAGE, { $in: scope.ids }) : nowhere();
    case 'none':
      return nowhere();
  }
}

/** Region rows (of one level, if given) in the scope: an adviser's scope is their villages. */
export function regionsInScope(scope: RegionScope, level?: Level): Record<string, unknown> {
  switch (scope.kind) {
    case 'subtree':
      return regionsUnder(scope.place, level) as Record<string, unknown>;
    case 'villages':
      return !level || level === 'VILLAGE' ? { id: { $in: scope.ids } } : nowhere();
    case 'none':
      return nowhere();
  }
}
