import type { Context } from '../../context.js';
import { escapeLike } from '../graphql/list.js';
import { Role } from './role.js';

/**
 * Where a viewer's jurisdiction lies in the region tree:
 * - subtree: every region under a path (bureau and analyst: a county or city; office: a township);
 * - villages: exactly these villages (an adviser: the villages of their pairings valid today);
 * - none: no region at all (a party reaches only their own cases).
 */
export type RegionScope = { kind: 'subtree'; path: string } | { kind: 'villages'; ids: string[] } | { kind: 'none' };

/** Village ids an adviser reaches today. Pairings register their lookup here; none are paired until they do. */
export type AdviserVillagesLookup = (ctx: Context, adviserId: string) => Promise<string[]>;
let adviserVillages: AdviserVillagesLookup = async () => [];
export function registerAdviserVillagesLookup(lookup: AdviserVillagesLookup): void {
  adviserVillages = lookup;
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
      case Role.ANALYST:
        return viewer.scopePath ? { kind: 'subtree', path: viewer.scopePath } : { kind: 'none' };
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
 * A MikroORM condition that keeps rows whose region lies in the scope. `regionPath` is the relation path from the
 * entity to its region ('' for Region itself, 'village' for an entity with a village). The filter goes into the
 * SQL before pagination, so counts and pages never include rows outside the jurisdiction.
 */
export function inRegionScope(scope: RegionScope, regionPath = ''): Record<string, unknown> {
  const at = (condition: Record<string, unknown>) =>
    regionPath ? regionPath.split('.').reduceRight<Record<string, unknown>>((acc, key) => ({ [key]: acc }), condition) : condition;
  switch (scope.kind) {
    case 'subtree':
      return at({ path: { $like: `${escapeLike(scope.path)}%` } });
    case 'villages':
      return at({ id: { $in: scope.ids } });
    case 'none':
      return at({ id: { $in: [] } });
  }
}
