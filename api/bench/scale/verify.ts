import type pg from 'pg';
import { firstDifference } from './compare.js';
import type { BenchContext, Scenario } from './scenario.js';

/** Runs a scenario's floor statement: its one row's `json`. */
export async function runFloor(db: pg.Pool | pg.Client | pg.PoolClient, s: Scenario, ctx: BenchContext): Promise<unknown> {
  if (!s.floor) throw new Error(`${s.key} has no floor: ${s.noFloor}`);
  const { sql, params } = s.floor(ctx);
  const { rows } = await db.query<{ json: unknown }>(sql, params);
  return rows[0]?.json;
}

/**
 * Whether the floor returns what the API returned (`data[key]`), orders the API leaves open put into one order.
 * A floor that returns less is not a floor: any difference is reported, with where it is.
 */
export async function compareWithFloor(
  db: pg.Pool | pg.Client,
  s: Scenario,
  ctx: BenchContext,
  apiData: unknown,
): Promise<{ equal: boolean; difference?: string; floor: unknown }> {
  const floor = await runFloor(db, s, ctx);
  const norm = s.normalise ?? ((x: unknown) => x);
  const difference = firstDifference(norm((apiData as Record<string, unknown>)?.[s.key]), norm(floor));
  return difference ? { equal: false, difference, floor } : { equal: true, floor };
}
