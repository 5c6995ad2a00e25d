import { LEVELS, type Level, type Place } from './types.js';

/**
 * Helpers for the floor statements: numbered parameters, "under this region" as a hand-written predicate, and the
 * API's text transformations (masks, timestamps) as SQL expressions. Written for the bench on purpose, not imported
 * from the API: the floor is what a person writing the SQL by hand would send, whatever the services do.
 */

/** Collects parameters while a statement is written: `q.p(value)` gives `$n`. */
export class Sql {
  readonly params: unknown[] = [];
  p(value: unknown): string {
    this.params.push(value);
    return `$${this.params.length}`;
  }
}

const depth = (level: Level) => LEVELS.indexOf(level);

/**
 * `select r1.id from region r1 where …`: the ids of the regions of `level` under `place`, down the `parent_id` index
 * one level at a time: the driving set of a per-county page (a province's 117 counties).
 */
export function regionIdsAt(q: Sql, place: Place, level: Level): string {
  const steps = depth(level) - depth(place.level);
  if (steps < 0) return 'select null::uuid where false';
  if (steps === 0) return `select ${q.p(place.id)}::uuid`;
  let ids = `select r1.id from region r1 where r1.parent_id = ${q.p(place.id)}`;
  for (let i = 2; i <= steps; i += 1) ids = `select r${i}.id from region r${i} where r${i}.parent_id in (${ids})`;
  return ids;
}

/**
 * Rows anchored at or under `place`, given the table's columns per level it records (e.g. a case:
 * `{ COUNTY: 'mc.county_id', TOWNSHIP: 'mc.township_id', VILLAGE: 'mc.village_id' }`): equality on the column of the
 * place's own level; one level down, the column against the children's ids computed once (`= any(array(…))`, so that
 * the planner sizes the rows by the column's own statistics); further down, against every region under the place by
 * path prefix, hashed (the formulations the EXPLAIN work on the API's jurisdiction helper found fastest at province
 * size; a floor should be at least as well written as the API).
 */
export function under(q: Sql, place: Place, columns: Partial<Record<Level, string>>): string {
  const own = columns[place.level];
  if (own) return `${own} = ${q.p(place.id)}`;
  const below = LEVELS.find((l) => columns[l] && depth(l) > depth(place.level));
  if (!below) return 'false';
  if (depth(below) === depth(place.level) + 1)
    return `${columns[below]!} = any(array(select r.id from region r where r.parent_id = ${q.p(place.id)}))`;
  return `${columns[below]!} in (${subtreeIds(q, place)})`;
}

/** The ids of `place` and of every region under it, by path prefix (a province's 31,000 hash in a few MB). */
export function subtreeIds(q: Sql, place: Place): string {
  return `select rp.id from region rp where rp.path like ${q.p(`${likePrefix(place.path)}%`)}`;
}

/** Region rows (alias) of `level` at or under `place`; without a level, the whole subtree. */
export function regionsUnder(q: Sql, place: Place, alias: string, level?: Level): string {
  if (!level) return `${alias}.path like ${q.p(`${likePrefix(place.path)}%`)}`;
  const steps = depth(level) - depth(place.level);
  if (steps < 0) return 'false';
  if (steps === 0) return `${alias}.id = ${q.p(place.id)}`;
  // A region's children are exactly the next level down: no level filter beside parent_id.
  if (steps === 1) return `${alias}.parent_id = ${q.p(place.id)}`;
  return `${alias}.path like ${q.p(`${likePrefix(place.path)}%`)} and ${alias}.level = ${q.p(level)}`;
}

/** A path as a LIKE prefix: `\`, `%` and `_` escaped (paths are uuids and slashes, but a prefix is a prefix). */
export function likePrefix(path: string): string {
  return path.replace(/[\\%_]/g, (c) => `\\${c}`);
}

/** The API's DateTime: ISO 8601 in +08:00 with milliseconds (`toShanghaiIso`). */
export function isoTime(expr: string): string {
  return `to_char(${expr} at time zone 'Asia/Shanghai', 'YYYY-MM-DD"T"HH24:MI:SS.MS"+08:00"')`;
}

/** The API's Date: `YYYY-MM-DD`. */
export function isoDate(expr: string): string {
  return `to_char(${expr}, 'YYYY-MM-DD')`;
}

/** `maskName`: 张三 → 张*, 张建三 → 张*三, one character → *. */
export function maskName(expr: string): string {
  const t = `btrim(${expr})`;
  return `(case when char_length(${t}) <= 1 then '*' when char_length(${t}) = 2 then left(${t}, 1) || '*'
    else left(${t}, 1) || repeat('*', char_length(${t}) - 2) || right(${t}, 1) end)`;
}

/**
 * `maskPhone` for the phones the API stores (normalised digits, a landline with one dash): a mobile keeps 3 + 4
 * digits, a landline its area code and last four, seven characters or fewer become stars.
 */
export function maskPhone(expr: string): string {
  return `(case when ${expr} is null then null
    when char_length(${expr}) <= 7 then repeat('*', char_length(${expr}))
    when ${expr} ~ '^1[0-9]{10}$' then left(${expr}, 3) || '****' || right(${expr}, 4)
    when position('-' in ${expr}) > 1 then left(${expr}, position('-' in ${expr}))
      || repeat('*', greatest(1, char_length(${expr}) - position('-' in ${expr}) - 4)) || right(${expr}, 4)
    else left(${expr}, 4) || repeat('*', greatest(1, char_length(${expr}) - 8)) || right(${expr}, 4) end)`;
}

/** `{ id name }` of a region (or any table with id and name) by id, null when the id is null. */
export function idName(table: string, idExpr: string, extra = ''): string {
  return `(select json_build_object('id', x.id, 'name', x.name${extra}) from ${table} x where x.id = ${idExpr})`;
}

/** A JSON array from a subquery's rows, `[]` when none. */
export function jsonArray(objectExpr: string, from: string, orderBy: string): string {
  return `coalesce((select json_agg(${objectExpr} order by ${orderBy}) ${from}), '[]'::json)`;
}

/** The list envelope every `<plural>(options)` answers: the page, the count capped at 10,000, and whether it is exact. */
export const COUNT_CAP = 10_000;
