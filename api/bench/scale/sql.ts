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
 * `select r.id from region r where …`: the ids of the regions of `level` under `place`, down the `parent_id` index one
 * level at a time (a county's villages: the children of its children). PostgreSQL plans these small nested sets well,
 * where a path prefix (LIKE on the text_pattern_ops index) is often planned as a scan of every region.
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
 * place's own level, else the ids of the nearest recorded level below it.
 */
export function under(q: Sql, place: Place, columns: Partial<Record<Level, string>>, how: 'parents' | 'path' = 'parents'): string {
  const own = columns[place.level];
  if (own) return `${own} = ${q.p(place.id)}`;
  const below = LEVELS.find((l) => columns[l] && depth(l) > depth(place.level));
  if (!below) return 'false';
  if (how === 'path' && depth(below) - depth(place.level) > 1) return `${columns[below]!} in (${regionIdsByPath(q, place, below)})`;
  return `${columns[below]!} in (${regionIdsAt(q, place, below)})`;
}

/**
 * The same ids by path prefix: where they are joined to pairings, whose village is indexed only by the exclusion
 * constraint's GiST index, the prefix's larger row estimate makes PostgreSQL hash the pairings instead of probing
 * that index once per village (4× faster for a city).
 */
export function regionIdsByPath(q: Sql, place: Place, level: Level): string {
  return `select rp.id from region rp where rp.path like ${q.p(`${likePrefix(place.path)}%`)} and rp.level = ${q.p(level)}`;
}

/** The ids of `place` and of every region under it, level by level. */
export function subtreeIds(q: Sql, place: Place): string {
  return LEVELS.slice(depth(place.level))
    .map((l) => regionIdsAt(q, place, l))
    .join(' union all ');
}

/** Region rows (alias) of `level` at or under `place`; without a level, the whole subtree. */
export function regionsUnder(q: Sql, place: Place, alias: string, level?: Level): string {
  if (!level) return `${alias}.id in (${subtreeIds(q, place)})`;
  const steps = depth(level) - depth(place.level);
  if (steps < 0) return 'false';
  if (steps === 0) return `${alias}.id = ${q.p(place.id)}`;
  if (steps === 1) return `${alias}.parent_id = ${q.p(place.id)} and ${alias}.level = ${q.p(level)}`;
  return `${alias}.parent_id in (${regionIdsAt(q, place, LEVELS[depth(level) - 1]!)}) and ${alias}.level = ${q.p(level)}`;
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
