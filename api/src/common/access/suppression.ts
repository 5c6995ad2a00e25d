/**
 * Small-cell suppression for the figures an ANALYST receives (issue 13): a count of people or cases from 1 to
 * `threshold − 1` is never published (shown "<3"), and further cells are withheld (complementary suppression) until
 * no published total or remaining cell lets anyone work a suppressed one out by subtraction.
 *
 * The figures are cells tied by lines: each line says that its parts add up to its total (a township row adds up to
 * the township's total, a column of townships to the county's, a list of counts by status to the number of cases).
 * Totals are cells too: a township's total of 2 is itself "<3".
 *
 * Decisions, so that readers of the published figures can rely on them:
 * - "<3" means fewer than three, possibly none: 1 … threshold − 1 is always suppressed as SMALL, and a zero is
 *   published unless the table can be protected no other way, when it too is shown "<3". So an attacker may only
 *   assume 0 … threshold − 1 behind a "<3", never that it hides at least one.
 * - Complementary cells are chosen among the published cells of a line through an exposed cell, parts before totals
 *   (so totals stay published where the table allows), the smallest value first, then the first in the caller's order.
 *   Only cells of at least `threshold` are chosen: a withheld zero would protect nothing, since anyone may assume it.
 * - "Exposed" is decided the way an attacker would: every suppressed SMALL cell lies in [0, threshold − 1], every
 *   COMPLEMENTARY one in [threshold, ∞) (all smaller ones are SMALL), the published cells are exact, and the lines'
 *   sums are propagated until the bounds stop moving. A suppressed cell whose bounds meet is exposed, and one more cell
 *   is suppressed in one of its lines; repeated to a fixed point.
 * - When every line through an exposed cell is spent (nothing left in it to withhold), the table's other lines are
 *   what pin it, so a cell elsewhere is withheld: the one that unpins the most, else the smallest, until nothing is
 *   exposed or nothing is left to withhold.
 */

/** Why a count is withheld: SMALL (1 … threshold − 1, shown "<3") or COMPLEMENTARY (withheld so no total reveals a SMALL one). */
export enum Suppression {
  SMALL = 'SMALL',
  COMPLEMENTARY = 'COMPLEMENTARY',
}

/** Parts that add up to a total: cell keys. */
export interface Line {
  parts: readonly string[];
  total: string;
}

export const SMALL_CELL_THRESHOLD = 3;

interface Bounds {
  lo: number;
  hi: number;
}

/** Which cells to withhold, and why: a map holding only the suppressed keys. `cells` gives every cell's exact value. */
export function suppressSmallCells(
  cells: ReadonlyMap<string, number>,
  lines: readonly Line[],
  threshold = SMALL_CELL_THRESHOLD,
): Map<string, Suppression> {
  const value = (key: string): number => {
    const v = cells.get(key);
    if (v === undefined) throw new Error(`suppression: no cell ${key}`);
    return v;
  };
  for (const line of lines) [...line.parts, line.total].forEach(value);
  const order = new Map([...cells.keys()].map((k, i) => [k, i]));
  const out = new Map<string, Suppression>();
  for (const [key, v] of cells) if (v > 0 && v < threshold) out.set(key, Suppression.SMALL);
  const linesOf = new Map<string, Line[]>();
  for (const line of lines) for (const key of [...line.parts, line.total]) linesOf.set(key, [...(linesOf.get(key) ?? []), line]);

  // Each round either suppresses one more cell or ends; there are finitely many cells.
  for (;;) {
    const exposed = exposedCells(cells, lines, out, threshold);
    let added = false;
    for (const key of exposed) {
      const candidates = (linesOf.get(key) ?? []).flatMap((line) => [
        ...line.parts.map((k) => ({ key: k, total: false })),
        { key: line.total, total: true },
      ]);
      const pick = candidates
        .filter((c) => !out.has(c.key) && value(c.key) >= threshold)
        .sort((a, b) => Number(a.total) - Number(b.total) || value(a.key) - value(b.key) || order.get(a.key)! - order.get(b.key)!)[0];
      if (pick) {
        out.set(pick.key, Suppression.COMPLEMENTARY);
        added = true;
        break;
      }
    }
    if (added) continue;
    if (exposed.length === 0) return out;
    // Every line through an exposed cell is spent (its other cells are zero, small or withheld already), yet the
    // table's other lines still pin it: withhold, anywhere in the table, the cell that unpins the most, parts before
    // totals, the smallest first; when none helps on its own, the smallest still publishable one, and look again.
    const isTotal = new Set(lines.map((line) => line.total));
    // A withheld zero reads "<3" (it is fewer than three); a withheld larger count reads "x".
    const why = (key: string) => (value(key) === 0 ? Suppression.SMALL : Suppression.COMPLEMENTARY);
    const spare = [...cells.keys()]
      .filter((k) => !out.has(k) && (value(k) >= threshold || value(k) === 0))
      .sort((a, b) => Number(isTotal.has(a)) - Number(isTotal.has(b)) || value(a) - value(b) || order.get(a)! - order.get(b)!);
    if (spare.length === 0) return out;
    let best = spare[0]!;
    let fewest = exposed.length;
    for (const key of spare) {
      const trial = new Map(out).set(key, why(key));
      const left = exposedCells(cells, lines, trial, threshold).length;
      if (left < fewest) {
        best = key;
        fewest = left;
        if (left === 0) break;
      }
    }
    out.set(best, why(best));
  }
}

/**
 * The suppressed cells whose value an attacker can pin down from the published cells and the lines, by interval
 * propagation (see the module's comment), in the caller's order.
 */
export function exposedCells(
  cells: ReadonlyMap<string, number>,
  lines: readonly Line[],
  suppressed: ReadonlyMap<string, Suppression>,
  threshold = SMALL_CELL_THRESHOLD,
): string[] {
  const order = new Map([...cells.keys()].map((k, i) => [k, i]));
  const bounds = new Map<string, Bounds>();
  for (const [key, v] of cells) {
    const why = suppressed.get(key);
    bounds.set(
      key,
      why === Suppression.SMALL
        ? { lo: 0, hi: threshold - 1 }
        : why === Suppression.COMPLEMENTARY
          ? { lo: threshold, hi: Infinity }
          : { lo: v, hi: v },
    );
  }
  // total − Σ parts = 0, each term tightened from the others' bounds; integer bounds only shrink, so this ends.
  for (let moved = true, rounds = 0; moved && rounds < 10_000; rounds++) {
    moved = false;
    for (const line of lines) {
      const parts = line.parts.map((k) => bounds.get(k)!);
      const total = bounds.get(line.total)!;
      const sumLo = parts.reduce((n, b) => n + b.lo, 0);
      const sumHi = parts.reduce((n, b) => n + b.hi, 0);
      moved = tighten(total, sumLo, sumHi) || moved;
      for (const [i, key] of line.parts.entries()) {
        const others = parts.filter((_, j) => j !== i);
        const othersLo = others.reduce((n, b) => n + b.lo, 0);
        const othersHi = others.reduce((n, b) => n + b.hi, 0);
        // part = total − others (a bound is infinite only on the high side, so no ∞ − ∞ arises).
        moved = tighten(bounds.get(key)!, total.lo - othersHi, total.hi - othersLo) || moved;
      }
    }
  }
  return [...suppressed.keys()]
    .filter((key) => {
      const b = bounds.get(key)!;
      return b.lo === b.hi;
    })
    .sort((a, b) => order.get(a)! - order.get(b)!);
}

function tighten(b: Bounds, lo: number, hi: number): boolean {
  let moved = false;
  if (lo > b.lo) {
    b.lo = lo;
    moved = true;
  }
  if (hi < b.hi) {
    b.hi = hi;
    moved = true;
  }
  return moved;
}

/** A suppressed count as published: the number, or null with why; `display` is what a reader sees. */
export interface CountCellValue {
  value: number | null;
  suppressed: Suppression | null;
  display: string;
}

/** What is shown for a withheld complementary cell (a small one shows "<threshold"). */
export const WITHHELD = 'x';

export function countCell(value: number, suppressed: Suppression | null | undefined, threshold = SMALL_CELL_THRESHOLD): CountCellValue {
  if (suppressed === Suppression.SMALL) return { value: null, suppressed, display: `<${threshold}` };
  if (suppressed === Suppression.COMPLEMENTARY) return { value: null, suppressed, display: WITHHELD };
  return { value, suppressed: null, display: String(value) };
}

/**
 * A two-way table with its margins as cells and lines: `rows[r][c]` are the exact counts. Keys are `r:c`, `r:*` (row
 * total), `*:c` (column total) and `*:*` (the grand total).
 */
export function tableCells(rows: readonly (readonly number[])[]): { cells: Map<string, number>; lines: Line[] } {
  const columns = Array.from({ length: rows[0]?.length ?? 0 }, (_, c) => c);
  const sum = (values: number[]) => values.reduce((n, v) => n + v, 0);
  const cells = new Map<string, number>();
  for (const [r, row] of rows.entries()) for (const c of columns) cells.set(`${r}:${c}`, row[c]!);
  for (const [r, row] of rows.entries()) cells.set(`${r}:*`, sum([...row]));
  for (const c of columns) cells.set(`*:${c}`, sum(rows.map((row) => row[c]!)));
  cells.set('*:*', sum(rows.map((row) => sum([...row]))));
  const lines: Line[] = [
    ...rows.map((_, r) => ({ parts: columns.map((c) => `${r}:${c}`), total: `${r}:*` })),
    ...columns.map((c) => ({ parts: rows.map((_, r) => `${r}:${c}`), total: `*:${c}` })),
    { parts: rows.map((_, r) => `${r}:*`), total: '*:*' },
    { parts: columns.map((c) => `*:${c}`), total: '*:*' },
  ];
  return { cells, lines };
}

export interface SuppressedTable {
  cells: CountCellValue[][];
  rowTotals: CountCellValue[];
  columnTotals: CountCellValue[];
  total: CountCellValue;
}

/** The same table with every figure as published: suppressed when `suppress` (the analyst), exact otherwise. */
export function suppressTable(rows: readonly (readonly number[])[], suppress = true, threshold = SMALL_CELL_THRESHOLD): SuppressedTable {
  const { cells, lines } = tableCells(rows);
  const out = suppress ? suppressSmallCells(cells, lines, threshold) : new Map<string, Suppression>();
  const cell = (key: string) => countCell(cells.get(key)!, out.get(key), threshold);
  return {
    cells: rows.map((row, r) => row.map((_, c) => cell(`${r}:${c}`))),
    rowTotals: rows.map((_, r) => cell(`${r}:*`)),
    columnTotals: (rows[0] ?? []).map((_, c) => cell(`*:${c}`)),
    total: cell('*:*'),
  };
}
