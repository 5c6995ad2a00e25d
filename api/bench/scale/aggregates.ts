import { caseUnder } from './lists.js';
import type { BenchContext, Scenario } from './scenario.js';
import { isoTime, regionsUnder, Sql } from './sql.js';

/**
 * The dashboard's aggregates with the console's selections (console/src/providers/coverage.ts, caseStatistics.ts,
 * supervision.ts), and their floors: one statement each, grouping in PostgreSQL.
 */

const NO_AGGREGATES =
  'an aggregate (grouped counts, ratios, a grid of villages × quarters) needs @graphile/pg-aggregates or a database function; neither is installed, and the bench adds nothing to the database';

/**
 * JavaScript's `Math.round(n / d * 10000) / 10000` (0 when d is 0) in float8: round half up computed exactly as
 * floor(x) + (x − floor(x) ≥ ½), which is what Math.round does on the same double.
 */
export function jsRatio(n: string, d: string): string {
  const x = `((${n})::float8 / nullif(${d}, 0) * 10000)`;
  return `coalesce((floor(${x}) + case when ${x} - floor(${x}) >= 0.5 then 1 else 0 end) / 10000, 0)::float8`;
}

const activeOn = (alias: string, day: string) =>
  `${alias}.valid_from <= ${day}::date and (${alias}.valid_to is null or ${alias}.valid_to >= ${day}::date)`;
const loadCap = `coalesce((select (s.value #>> '{}')::int from setting s where s.key = 'adviserLoadCap'), 5)`;

/**
 * Among advisers of equal load the API sorts by name in Chinese order in JavaScript (Node's ICU), the floor in
 * PostgreSQL (`zh-x-icu`, the server's ICU): two ICU versions disagree on polyphone surnames (沈 as shěn or chén), so
 * within an equal load the comparison goes by id, on both sides. Which advisers, their loads and the order of loads
 * are compared exactly.
 */
export function byIdWithinEqualLoads(loads: Array<{ adviser: { id: string; name: string }; villageCount: number }>) {
  const out = [...loads];
  let i = 0;
  while (i < out.length) {
    let j = i + 1;
    while (j < out.length && out[j]!.villageCount === out[i]!.villageCount) j += 1;
    const group = out.slice(i, j).sort((a, b) => (a.adviser.id < b.adviser.id ? -1 : 1));
    out.splice(i, j - i, ...group);
    i = j;
  }
  return out;
}

/** Rows `uncovered` and `adviserLoads` list unless asked otherwise (the API's default limit). */
export const COVERAGE_LIMIT = 100;

export const coverage: Scenario = {
  key: 'coverage',
  title: 'coverage: villages with an adviser today (the dashboard, with adviser loads)',
  kind: 'aggregate',
  // console/src/providers/coverage.ts, coverageWithLoads: the bureau's dashboard.
  query: `query coverageWithLoads($regionId: ID, $asOf: Date) {
    coverage(regionId: $regionId, asOf: $asOf) {
      region { id name level }
      asOf villageCount coveredCount ratio loadCap uncoveredCount
      uncovered { id name township { id name } }
      townships { township { id name } villageCount coveredCount ratio }
      servingAdviserCount overloadedAdviserCount
      adviserLoads { adviser { id name } villageCount overloaded }
    } }`,
  variables: () => ({}),
  floor: (ctx: BenchContext) => {
    const q = new Sql();
    const today = q.p(ctx.today);
    const limit = q.p(COVERAGE_LIMIT);
    // The most loaded advisers by the database's order of names, then that page in Chinese (pinyin) order, as the API.
    const sql = `with v as materialized (
        select r.id, r.name, r.code, r.parent_id from region r where r.level = 'VILLAGE' and ${regionsUnder(q, ctx.place, 'r', 'VILLAGE')}),
      active as materialized (select p.village_id, p.adviser_id from pairing p join v on v.id = p.village_id where ${activeOn('p', today)}),
      covered as (select distinct village_id as id from active),
      loads as materialized (select p.adviser_id as id, count(*)::int as n from pairing p
        where p.adviser_id in (select adviser_id from active) and ${activeOn('p', today)} group by p.adviser_id),
      cap as (select ${loadCap} as n),
      top as (select l.id, l.n, a.name from loads l join legal_adviser a on a.id = l.id order by l.n desc, a.name, a.id limit ${limit}),
      counts as (select (select count(*)::int from v) as villages, (select count(*)::int from covered) as covered)
      select json_build_object(
        'region', (select json_build_object('id', r.id, 'name', r.name, 'level', r.level) from region r where r.id = ${q.p(ctx.place.id)}),
        'asOf', ${today}::text,
        'villageCount', counts.villages, 'coveredCount', counts.covered, 'ratio', ${jsRatio('counts.covered', 'counts.villages')},
        'uncoveredCount', counts.villages - counts.covered,
        'loadCap', (select n from cap),
        'uncovered', coalesce((select json_agg(json_build_object('id', u.id, 'name', u.name, 'township', json_build_object('id', t.id, 'name', t.name))
            order by u.code, u.id)
          from (select v.* from v where v.id not in (select id from covered) order by v.code, v.id limit ${limit}) u
          join region t on t.id = u.parent_id), '[]'::json),
        'townships', coalesce((select json_agg(json_build_object('township', json_build_object('id', t.id, 'name', t.name),
            'villageCount', s.n, 'coveredCount', s.c, 'ratio', ${jsRatio('s.c', 's.n')}) order by t.code, t.id)
          from (select v.parent_id, count(*)::int as n, count(c.id)::int as c from v left join covered c on c.id = v.id group by v.parent_id) s
          join region t on t.id = s.parent_id), '[]'::json),
        'servingAdviserCount', (select count(*)::int from loads),
        'overloadedAdviserCount', (select count(*)::int from loads, cap where loads.n > cap.n),
        'adviserLoads', coalesce((select json_agg(json_build_object('adviser', json_build_object('id', top.id, 'name', top.name),
            'villageCount', top.n, 'overloaded', top.n > cap.n) order by top.n desc, top.name collate "zh-x-icu", top.id)
          from top cross join cap), '[]'::json)) as json
      from counts`;
    return { sql, params: q.params };
  },
  postgraphile: () => ({ unsupported: NO_AGGREGATES }),
  ids: (data) => (data?.coverage?.uncovered ?? []).map((v: { id: string }) => v.id),
  normalise: (data) => (data?.adviserLoads ? { ...data, adviserLoads: byIdWithinEqualLoads(data.adviserLoads) } : data),
};

/** Villages trainingCompliance's rows and villageMonthReports list unless asked otherwise (the API's defaults). */
export const ROW_LIMIT = 1000;

const GROUPS = { byStatus: 'status', byDisputeType: 'dispute_type', bySource: 'source', byLevel: 'level' } as const;

export const caseStatistics: Scenario = {
  key: 'caseStatistics',
  title: 'caseStatistics: case counts by status, type, source and level',
  kind: 'aggregate',
  query: `query caseStatistics($regionId: ID, $from: Date, $to: Date) {
    caseStatistics(regionId: $regionId, from: $from, to: $to) {
      region { id name }
      from to total amountFen
      byStatus { key count } byDisputeType { key count } bySource { key count } byLevel { key count }
      resolution { resolved village township county villageShare townshipShare countyShare }
    } }`,
  variables: (ctx) => ({ from: ctx.from, to: ctx.to }),
  floor: (ctx) => {
    const q = new Sql();
    // One scan: the period's cases counted per combination of the five columns (a few thousand groups), those rolled
    // up into each grouping at once, then JSON. `grp` names a row's grouping, `k` its value.
    const cols = ['status', 'dispute_type', 'source', 'level', 'resolved_level'];
    const group = (col: string) => `coalesce((select json_agg(json_build_object('key', g.k, 'count', g.n) order by g.n desc, g.k collate "und-x-icu")
      from g where g.grp = '${col}' and g.k is not null), '[]'::json)`;
    const resolved = (level: string) => `coalesce((select g.n from g where g.grp = 'resolved_level' and g.k = '${level}'), 0)`;
    const sql = `with c as (
        select ${cols.map((c) => `mc.${c}`).join(', ')}, count(*) as n, sum(mc.amount_fen) as amount from mediation_case mc
        where ${caseUnder(q, ctx.place, 'mc')} and mc.received_on between ${q.p(ctx.from)}::date and ${q.p(ctx.to)}::date
        group by ${cols.map((c) => `mc.${c}`).join(', ')}),
      g as materialized (select case ${cols.map((c) => `when grouping(${c}) = 0 then '${c}'`).join(' ')} else 'total' end as grp,
          coalesce(${cols.map((c) => `${c}::text`).join(', ')}) as k, coalesce(sum(n), 0)::int as n, coalesce(sum(amount), 0)::bigint as amount
        from c group by grouping sets ((), ${cols.map((c) => `(${c})`).join(', ')})),
      r as (select ${resolved('VILLAGE')} as village, ${resolved('TOWNSHIP')} as township, ${resolved('COUNTY')} as county)
      select json_build_object(
        'region', (select json_build_object('id', x.id, 'name', x.name) from region x where x.id = ${q.p(ctx.place.id)}),
        'from', ${q.p(ctx.from)}::text, 'to', ${q.p(ctx.to)}::text,
        'total', (select n from g where grp = 'total'), 'amountFen', (select amount from g where grp = 'total'),
        ${Object.entries(GROUPS)
          .map(([key, col]) => `'${key}', ${group(col)}`)
          .join(',\n        ')},
        'resolution', (select json_build_object('resolved', village + township + county, 'village', village, 'township', township, 'county', county,
          'villageShare', ${jsRatio('village', 'village + township + county')}, 'townshipShare', ${jsRatio('township', 'village + township + county')},
          'countyShare', ${jsRatio('county', 'village + township + county')}) from r)) as json`;
    return { sql, params: q.params };
  },
  postgraphile: () => ({ unsupported: NO_AGGREGATES }),
  ids: (data) => [data?.caseStatistics?.region?.id].filter(Boolean),
};

export const trainingCompliance: Scenario = {
  key: 'trainingCompliance',
  title: 'trainingCompliance: villages × quarters of the year',
  kind: 'aggregate',
  query: `query trainingCompliance($year: Int!, $regionId: ID) {
    trainingCompliance(year: $year, regionId: $regionId) {
      year regionId regionName villageCount quartersEnded required done missing ratio
      quarterTotals { quarter done missing }
      rows {
        doneCount missingCount townshipId
        village { id name township { id name } currentAdviser { id name } }
        quarters { quarter status trainingCount }
      } } }`,
  variables: (ctx) => ({ year: ctx.year }),
  floor: (ctx) => {
    const q = new Sql();
    const today = q.p(ctx.today);
    const year = q.p(ctx.year);
    const ended = ctx.year < ctx.nowYear ? 4 : ctx.year > ctx.nowYear ? 0 : ctx.nowQuarter - 1;
    const quartersEnded = q.p(ended);
    const nowQuarter = q.p(ctx.year === ctx.nowYear ? ctx.nowQuarter : ctx.year < ctx.nowYear ? 5 : 0);
    // Totals over every village from the trainings counted per quarter; the grid only for the first villages by code.
    const sql = `with v as materialized (
        select r.id, r.name, r.code, r.parent_id from region r where r.level = 'VILLAGE' and ${regionsUnder(q, ctx.place, 'r', 'VILLAGE')}),
      n as materialized (select t.village_id, t.quarter, count(*)::int as n from training t join v on v.id = t.village_id
        where t.kind = 'VILLAGE_QUARTERLY' and t.year = ${year}::int group by t.village_id, t.quarter),
      counts as (select (select count(*)::int from v) as villages),
      quarter as (select k.quarter, (select count(*)::int from n where n.quarter = k.quarter) as done,
          case when k.quarter <= ${quartersEnded}::int then counts.villages - (select count(*)::int from n where n.quarter = k.quarter) else 0 end as missing
        from generate_series(1, 4) as k(quarter), counts),
      totals as (select counts.villages * ${quartersEnded}::int as required,
          (select coalesce(sum(done), 0)::int from quarter where quarter.quarter <= ${quartersEnded}::int) as done from counts),
      page as (select * from v order by v.code, v.id limit ${q.p(ROW_LIMIT)}),
      cell as (select page.id as village_id, k.quarter, coalesce(n.n, 0) as n,
          case when coalesce(n.n, 0) > 0 then 'DONE' when k.quarter < ${nowQuarter}::int then 'MISSING'
               when k.quarter = ${nowQuarter}::int then 'DUE' else 'UPCOMING' end as status
        from page cross join generate_series(1, 4) as k(quarter) left join n on n.village_id = page.id and n.quarter = k.quarter)
      select json_build_object(
        'year', ${year}::int, 'regionId', ${q.p(ctx.place.id)}::uuid, 'regionName', ${q.p(ctx.place.name)}::text,
        'villageCount', counts.villages, 'quartersEnded', ${quartersEnded}::int,
        'required', totals.required, 'done', totals.done, 'missing', totals.required - totals.done,
        'ratio', case when totals.required = 0 then 1 else totals.done::float8 / totals.required end,
        'quarterTotals', (select json_agg(json_build_object('quarter', quarter, 'done', done, 'missing', missing) order by quarter) from quarter),
        'rows', coalesce((select json_agg(json_build_object(
            'doneCount', s.done, 'missingCount', s.missing, 'townshipId', v.parent_id,
            'village', json_build_object('id', v.id, 'name', v.name, 'township', json_build_object('id', t.id, 'name', t.name),
              'currentAdviser', (select json_build_object('id', a.id, 'name', a.name) from pairing p join legal_adviser a on a.id = p.adviser_id
                where p.village_id = v.id and ${activeOn('p', today)} limit 1)),
            'quarters', s.quarters) order by v.code, v.id)
          from page v join region t on t.id = v.parent_id
          join (select village_id, count(*) filter (where status = 'DONE')::int as done, count(*) filter (where status = 'MISSING')::int as missing,
                  json_agg(json_build_object('quarter', quarter, 'status', status, 'trainingCount', n) order by quarter) as quarters
                from cell group by village_id) s on s.village_id = v.id), '[]'::json)) as json
      from totals, counts`;
    return { sql, params: q.params };
  },
  postgraphile: () => ({ unsupported: NO_AGGREGATES }),
  ids: (data) => (data?.trainingCompliance?.rows ?? []).map((r: { village: { id: string } }) => r.village.id),
};

export const villageMonthReports: Scenario = {
  key: 'villageMonthReports',
  title: 'villageMonthReports: every village’s month (cases, zero report or silence)',
  kind: 'aggregate',
  query: `query villageMonthReports($month: String!, $townshipId: ID) {
    villageMonthReports(month: $month, townshipId: $townshipId) {
      village { id name township { id name } } caseCount silent zeroReport { id reportedAt }
    } }`,
  variables: (ctx) => ({ month: ctx.month }),
  floor: (ctx) => {
    const q = new Sql();
    const [y, m] = ctx.month.split('-').map(Number) as [number, number];
    const next = m === 12 ? `${y + 1}-01` : `${y}-${String(m + 1).padStart(2, '0')}`;
    // The first villages by division code (the API's default limit); their cases counted per village.
    const sql = `select coalesce(json_agg(json_build_object(
        'village', json_build_object('id', v.id, 'name', v.name, 'township', json_build_object('id', t.id, 'name', t.name)),
        'caseCount', coalesce(c.n, 0), 'silent', coalesce(c.n, 0) = 0 and z.id is null,
        'zeroReport', case when z.id is null then null else json_build_object('id', z.id, 'reportedAt', ${isoTime('z.reported_at')}) end)
        order by v.code, v.id), '[]'::json) as json
      from (select v.* from region v where v.level = 'VILLAGE' and ${regionsUnder(q, ctx.place, 'v', 'VILLAGE')}
            order by v.code, v.id limit ${q.p(ROW_LIMIT)}) v
      join region t on t.id = v.parent_id
      left join (select mc.village_id, count(*)::int as n from mediation_case mc
        where ${caseUnder(q, ctx.place, 'mc')} and mc.received_on >= ${q.p(`${ctx.month}-01`)}::date and mc.received_on < ${q.p(`${next}-01`)}::date
        group by mc.village_id) c on c.village_id = v.id
      left join zero_report z on z.village_id = v.id and z.month = ${q.p(ctx.month)}`;
    return { sql, params: q.params };
  },
  postgraphile: () => ({ unsupported: NO_AGGREGATES }),
  ids: (data) => (data?.villageMonthReports ?? []).map((r: { village: { id: string } }) => r.village.id),
};

export const AGGREGATES: Scenario[] = [coverage, caseStatistics, trainingCompliance, villageMonthReports];
