import { COUNT_CAP, Sql } from './sql.js';
import type { Place, ScopeLabel } from './types.js';

/** What a scenario's statements depend on besides the scope: the server's calendar and the periods asked for. */
export interface BenchContext {
  place: Place;
  /** The API's today() (Asia/Shanghai), for "in force today", "overdue" and the like. */
  today: string;
  /** The current year and quarter in Asia/Shanghai (training compliance). */
  nowYear: number;
  nowQuarter: number;
  /** trainingCompliance's year. */
  year: number;
  /** villageMonthReports' month (YYYY-MM). */
  month: string;
  /** caseStatistics' period. */
  from: string;
  to: string;
}

export interface Statement {
  sql: string;
  params: unknown[];
}

/** A GraphQL request to PostGraphile, and how to read the ids of its rows (to compare with the API's). */
export interface PostGraphileRequest {
  query: string;
  variables: Record<string, unknown>;
  ids(data: any): string[];
  /** What differs from the API's answer by construction (no masking, an uncapped count…). */
  note?: string;
}

export interface Scenario {
  /** The root field (`mediationCases`), also the scenario's id. */
  key: string;
  title: string;
  kind: 'list' | 'aggregate';
  query: string;
  variables(ctx: BenchContext): Record<string, unknown>;
  /** One statement whose one row's one column `json` is the API's `data[key]`; none when `noFloor` says why. */
  floor?(ctx: BenchContext): Statement;
  /** Why a scenario has no floor (then it is measured alone, with its statements counted). */
  noFloor?: string;
  /** PostGraphile's version at a scope, or why it has none. */
  postgraphile(ctx: BenchContext, scope: ScopeLabel): PostGraphileRequest | { unsupported: string };
  /** Ids of the API's rows, in order (lists: the items). */
  ids(data: any): string[];
  /** Puts orders the API leaves open (ties) into one order, on both sides, before comparing. */
  normalise?(data: any): any;
  /** Scopes this scenario runs at (all by default). */
  scopes?: ScopeLabel[];
}

/** A list's options: the console's page size and sort. */
export interface ListOptions {
  take: number;
  skip?: number;
  after?: string;
  sort: Array<{ field: string; order: 'ASC' | 'DESC' }>;
}

export interface ListFloor {
  /** `table alias`, e.g. `mediation_case t`. */
  from: string;
  /** Rows in the viewer's jurisdiction (and any filter). */
  where: string;
  /** The page's order, `id` last, on the alias. */
  order: string;
  /** The JSON object of one row, on the alias. */
  item: string;
  /** Rows of the page when they are fewer than the counted ones (a keyset cursor: the count ignores it). */
  pageWhere?: string;
  /** The page's rows another way than `where … order by … offset … limit` (e.g. top rows per township, merged). */
  pageRows?(q: Sql, skip: number, take: number): string;
}

/**
 * A list's floor: the page as `items`, the count capped like the API's (counted no further than 10,001 rows), in one
 * statement. `where` and its parameters are written once and used twice.
 */
export function listStatement(q: Sql, f: ListFloor, page: { skip: number; take: number }): Statement {
  const alias = f.from.trim().split(/\s+/)[1]!;
  const rows = f.pageRows
    ? f.pageRows(q, page.skip, page.take)
    : `select ${alias}.* from ${f.from} where ${f.pageWhere ?? f.where} order by ${f.order} offset ${q.p(page.skip)} limit ${q.p(page.take)}`;
  const sql = `select json_build_object(
      'items', coalesce((select json_agg(${f.item} order by ${f.order}) from (${rows}) ${alias}), '[]'::json),
      'totalItems', least(c.n, ${COUNT_CAP}),
      'totalItemsExact', c.n <= ${COUNT_CAP}) as json
    from (select count(*)::int as n from (select 1 from ${f.from} where ${f.where} limit ${COUNT_CAP + 1}) capped) c`;
  return { sql, params: q.params };
}

export const itemIds =
  (key: string) =>
  (data: any): string[] =>
    (data?.[key]?.items ?? []).map((i: { id: string }) => i.id);
