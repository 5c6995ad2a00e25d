import { setImmediate as nextTurn } from 'node:timers/promises';

/** Rows a slice maps before the event loop gets a turn: about 5 ms of hydrating entities on the 2-core machine. */
export const SLICE_ROWS = 200;

/**
 * `rows.map(fn)` in slices of `slice` rows, giving the event loop a turn between slices, for the grids that turn up to
 * a thousand rows into entities: mapped at once, they held every other request (and `/healthz`) for tens of
 * milliseconds. The result is the same array `rows.map(fn)` returns, in order.
 */
export async function mapInSlices<T, R>(rows: readonly T[], fn: (row: T, index: number) => R, slice = SLICE_ROWS): Promise<R[]> {
  const out: R[] = new Array(rows.length);
  for (let start = 0; start < rows.length; start += slice) {
    if (start > 0) await nextTurn();
    const end = Math.min(rows.length, start + slice);
    for (let i = start; i < end; i++) out[i] = fn(rows[i]!, i);
  }
  return out;
}

/**
 * Grid rows GraphQL completes in one turn. A training-grid row as the console selects it took 0.3 ms on the 2-core
 * machine at province scale, so a hundred were a 30–45 ms turn, and with a young-generation collection (~20 ms) in it,
 * over the 50 ms that any one turn may take.
 */
export const GRID_SLICE_ROWS = 25;

/**
 * A grid's rows for GraphQL to complete slice by slice, each slice in an event-loop turn of its own: the first slice
 * as rows, every later row as a promise that resolves one turn after the slice before it. GraphQL completes a list
 * item only once it resolves, so a thousand rows' twenty-odd fields each no longer hold the loop in one go (80 ms for
 * a city's training grid). What the rows' nested fields load must be loaded before (primed): loads made in different
 * turns would be batched apart, one statement per slice instead of one.
 */
export function inTurns<T>(rows: readonly T[], slice = GRID_SLICE_ROWS): Array<T | Promise<T>> {
  const out: Array<T | Promise<T>> = rows.slice(0, slice);
  let turn: Promise<unknown> = Promise.resolve();
  for (let start = slice; start < rows.length; start += slice) {
    turn = turn.then(() => nextTurn());
    for (let i = start; i < Math.min(rows.length, start + slice); i++) {
      const row = rows[i]!;
      out.push(turn.then(() => row));
    }
  }
  return out;
}
