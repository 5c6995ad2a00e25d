import type { FilterQuery } from '@mikro-orm/core';
import { raw, type EntityManager } from '@mikro-orm/postgresql';
import { Region } from '../../modules/region/region.entity.js';
import { escapeLike } from '../graphql/list.js';

/**
 * The jurisdiction helper: the only code that turns "under this region" into SQL. Every list, lookup, aggregate and
 * export asks here instead of writing its own `path LIKE`, so that the fastest predicate is always the one used:
 *
 * - rows that record their county, township or village (the denormalised `county_id`, `township_id`, `village_id`
 *   columns) are filtered by equality on the column of the region's own level (a county scope is `county_id = ?`);
 * - one level below the region, by the child's `parent_id` (a township's villages: `parent_id = ?`);
 * - further down or above the recorded levels, by `id in (select id from region where path like '<prefix>%' and
 *   level = ?)`: a small set resolved once by the region path index (`text_pattern_ops`), never a join per row.
 *
 * A test (`jurisdiction.boundary.spec.ts`) fails when any other module builds a region filter itself.
 */

/** Levels of the region tree, root first. */
export const LEVELS = ['PROVINCE', 'CITY', 'COUNTY', 'TOWNSHIP', 'VILLAGE'] as const;
export type Level = (typeof LEVELS)[number];

/** A region as the helper needs it: its id, level and materialised path (`/<root id>/…/<own id>/`). */
export interface Place {
  id: string;
  level: Level | string;
  path: string;
}

/**
 * Where rows of an entity sit in the tree: for each level it records, the property (relation path from the entity)
 * holding that region, e.g. `{ COUNTY: 'county', TOWNSHIP: 'township', VILLAGE: 'village' }` for a case, or
 * `{ TOWNSHIP: 'office.township' }` for an office's action item.
 */
export type Anchor = Partial<Record<Level, string>>;

const depth = (level: Level | string) => LEVELS.indexOf(level as Level);
/** A condition no row meets: the jurisdiction of nobody. */
export function nowhere(): Record<string, unknown> {
  return { id: { $in: [] } };
}

/** `{ a: { b: condition } }` from `'a.b'`: a condition on a relation path. */
export function nest(path: string, condition: unknown): Record<string, unknown> {
  return path.split('.').reduceRight<Record<string, unknown>>((acc, key) => ({ [key]: acc }), condition as Record<string, unknown>);
}

/** Region rows of a level under `place` (inclusive of `place` itself when it has that level). */
export function regionsUnder(place: Place, level?: Level): FilterQuery<Region> {
  if (level && level === place.level) return { id: place.id };
  // A region's children are exactly the next level down: `level = ?` beside `parent_id = ?` adds nothing but makes the
  // planner multiply two selectivities that are not independent (11 counties of a city estimated at 1).
  if (level && depth(level) === depth(place.level) + 1) return { parent: place.id } as FilterQuery<Region>;
  if (level && depth(level) < depth(place.level)) return nowhere() as never;
  return { path: { $like: `${escapeLike(place.path)}%` }, ...(level ? { level } : {}) } as never;
}

/** `select id from region where …`: the ids of one level (or, without one, of every region) under `place`, as a subquery for `$in`. */
export function regionIdsUnder(em: EntityManager, place: Place, level?: Level) {
  return em
    .createQueryBuilder(Region, 'jr')
    .select('jr.id')
    .where(regionsUnder(place, level) as never);
}

/**
 * Rows of an entity anchored at or under `place`. The most specific column at or above the place's level decides;
 * an entity that records only levels below the place (villages, for a city) is matched through them.
 * Rows anchored only above the place (a county's provider, for a township) are not under it: see `atOrAbove`.
 */
export function under<T>(em: EntityManager, place: Place, anchor: Anchor): FilterQuery<T> {
  const d = depth(place.level);
  if (d < 0) return nowhere() as FilterQuery<T>;
  const recorded = LEVELS.filter((l) => anchor[l]);
  const own = anchor[place.level as Level];
  if (own) return nest(own, place.id) as FilterQuery<T>;
  const below = recorded.find((l) => depth(l) > d);
  if (!below) return nowhere() as FilterQuery<T>;
  const path = anchor[below]!;
  // One level down, `= any(array(select …))`: the id set is computed once (an InitPlan) and the planner sizes the rows by the column's
  // own statistics. As `in (select …)` it becomes a join on `region`, sized by region's 30,000 ids instead of the
  // column's 117 counties: a city's 94,000 cases estimated at 392 and sorted in full (65 ms instead of 1.5 ms).
  // Further down (a province's 30,000 villages) the set is too large to test row by row: a semi-join then, on every
  // region under the place, not only those of the column's level (as sqlUnder does, and for its reason): ids of other
  // levels never match the column, and with `level = ?` the planner sized a province's million cases at 3,700, so its
  // capped count ran as a parallel hash join (65 ms) instead of an index-only scan that stops at the cap (15 ms).
  if (depth(below) > d + 1) return nest(path, { $in: regionIdsUnder(em, place) }) as FilterQuery<T>;
  return nest(path, raw('any(array(select jr.id from region jr where jr.parent_id = ?))', [place.id])) as FilterQuery<T>;
}

/** Rows anchored at `place` or one of its ancestors on one recorded level (a county's annual training, for a township). */
export function atOrAbove<T>(place: Place, anchor: Anchor): FilterQuery<T> {
  const ancestors = place.path.split('/').filter(Boolean);
  const recorded = LEVELS.filter((l) => anchor[l] && depth(l) <= depth(place.level));
  if (!recorded.length) return nowhere() as FilterQuery<T>;
  return { $or: recorded.map((l) => nest(anchor[l]!, { $in: ancestors })) } as FilterQuery<T>;
}

/** Whether `inner` lies in `outer`'s subtree (itself included): for regions already loaded. */
export function contains(outer: Place, inner: Pick<Place, 'path'>): boolean {
  return inner.path.startsWith(outer.path);
}

/** The id of `place`'s ancestor (or itself) at `level`, read from its path; null above the root or below the place. */
export function ancestorAt(place: Place, level: Level): string | null {
  const ids = place.path.split('/').filter(Boolean);
  const offset = depth(place.level) - depth(level);
  if (offset < 0) return null;
  return ids[ids.length - 1 - offset] ?? null;
}

/**
 * The same as `under` for raw SQL: `columns` names the table's column per recorded level (`{ COUNTY: 'mc.county_id' }`).
 * Returns a predicate with `?` placeholders and its parameters.
 */
export function sqlUnder(place: Place, columns: Anchor): { sql: string; params: unknown[] } {
  const d = depth(place.level);
  const own = columns[place.level as Level];
  if (d < 0) return { sql: 'false', params: [] };
  if (own) return { sql: `${own} = ?`, params: [place.id] };
  const below = LEVELS.find((l) => columns[l] && depth(l) > d);
  if (!below) return { sql: 'false', params: [] };
  const column = columns[below]!;
  if (depth(below) === d + 1) return { sql: `${column} in (select jr.id from region jr where jr.parent_id = ?)`, params: [place.id] };
  // Every region under the place, not only those of the column's level: ids of other levels never match the column, and
  // without a level the planner estimates the share of rows right (with `level = ?` it takes the level to thin out the
  // matching rows as well, and plans a province's million cases as a few thousand: no parallel scan, sorts spilling to
  // disk). The set stays small: a province's 31,000 ids hash in a few MB.
  return { sql: `${column} in (select jr.id from region jr where jr.path like ?)`, params: [`${escapeLike(place.path)}%`] };
}

/** Raw-SQL form of `regionsUnder` for a region table alias: that alias's rows of `level` under `place`. */
export function sqlRegionsUnder(place: Place, alias: string, level: Level): { sql: string; params: unknown[] } {
  if (level === place.level) return { sql: `${alias}.id = ?`, params: [place.id] };
  if (depth(level) === depth(place.level) + 1) return { sql: `${alias}.parent_id = ?`, params: [place.id] };
  if (depth(level) < depth(place.level)) return { sql: 'false', params: [] };
  return { sql: `${alias}.path like ? and ${alias}.level = ?`, params: [`${escapeLike(place.path)}%`, level] };
}

/**
 * Raw-SQL predicate: `column` holds the region `regionId` (a parameter) or one of its ancestors, read from that
 * region's path in the same statement (settings that a county inherits from its city and province).
 */
export function sqlAtOrAboveRegion(column: string, regionId: string): { sql: string; params: unknown[] } {
  return {
    sql: `${column} = any(select unnest(string_to_array(trim(both '/' from jr.path), '/'))::uuid from region jr where jr.id = ?)`,
    params: [regionId],
  };
}
