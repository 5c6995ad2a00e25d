import { describe, expect, it } from '@jest/globals';
import { Suppression, countCell, exposedCells, suppressSmallCells, suppressTable, tableCells } from './suppression.js';

/** A table as a reader sees it: each row's cells then `|` and the row's total; the last row holds the column totals. */
function shown(rows: number[][]): string[] {
  const t = suppressTable(rows);
  return [
    ...t.cells.map((row, r) => `${row.map((c) => c.display).join(' ')} | ${t.rowTotals[r]!.display}`),
    `${t.columnTotals.map((c) => c.display).join(' ')} | ${t.total.display}`,
  ];
}

/**
 * The subtraction attack, done by brute force: every assignment of the hidden cells (SMALL in 0..2, since a "<3" may hide none; withheld in 3..max)
 * that agrees with every published figure and every line. A hidden cell is safe when it can take two values or more.
 */
function recoverable(rows: number[][]): string[] {
  const t = suppressTable(rows);
  const { cells: exact, lines } = tableCells(rows);
  const published = new Map<string, ReturnType<typeof countCell>>();
  for (const [r, row] of t.cells.entries()) for (const [c, cell] of row.entries()) published.set(`${r}:${c}`, cell);
  for (const [r, cell] of t.rowTotals.entries()) published.set(`${r}:*`, cell);
  for (const [c, cell] of t.columnTotals.entries()) published.set(`*:${c}`, cell);
  published.set('*:*', t.total);
  const max = exact.get('*:*')! + 3;
  const hidden = [...published].filter(([, c]) => c.value === null).map(([k]) => k);
  const seen = new Map(hidden.map((k) => [k, new Set<number>()]));
  const value = new Map<string, number>([...published].filter(([, c]) => c.value !== null).map(([k, c]) => [k, c.value!]));
  const holds = () =>
    lines.every((l) => {
      const all = [...l.parts, l.total];
      if (!all.every((k) => value.has(k))) return true;
      return l.parts.reduce((n, k) => n + value.get(k)!, 0) === value.get(l.total);
    });
  const domain = (key: string) => (published.get(key)!.suppressed === Suppression.SMALL ? [0, 2] : [3, max]);
  // Depth-first over the hidden cells; a line with one unknown left fixes it, which keeps the search small.
  const search = (): void => {
    if (!holds()) return;
    const open = hidden.filter((k) => !value.has(k));
    if (!open.length) {
      for (const k of hidden) seen.get(k)!.add(value.get(k)!);
      return;
    }
    for (const l of lines) {
      const unknown = [...l.parts, l.total].filter((k) => !value.has(k));
      if (unknown.length !== 1) continue;
      const key = unknown[0]!;
      const parts = l.parts.reduce((n, k) => n + (value.get(k) ?? 0), 0);
      const v = key === l.total ? parts : value.get(l.total)! - parts;
      const [lo, hi] = domain(key);
      if (v < lo! || v > hi!) return;
      value.set(key, v);
      search();
      value.delete(key);
      return;
    }
    const key = open[0]!;
    const [lo, hi] = domain(key);
    for (let v = lo!; v <= hi!; v++) {
      value.set(key, v);
      search();
    }
    value.delete(key);
  };
  search();
  for (const k of hidden) expect(seen.get(k)!.has(exact.get(k)!)).toBe(true);
  return hidden.filter((k) => seen.get(k)!.size < 2);
}

describe('suppressSmallCells', () => {
  it('publishes zero and counts of three or more, and hides 1 and 2 as "<3"', () => {
    expect([0, 1, 2, 3, 40].map((v) => countCell(v, v > 0 && v < 3 ? Suppression.SMALL : null).display)).toEqual(['0', '<3', '<3', '3', '40']);
    expect(countCell(2, Suppression.SMALL)).toEqual({ value: null, suppressed: Suppression.SMALL, display: '<3' });
    expect(countCell(7, Suppression.COMPLEMENTARY)).toEqual({ value: null, suppressed: Suppression.COMPLEMENTARY, display: 'x' });
    expect(countCell(7, null)).toEqual({ value: 7, suppressed: null, display: '7' });
  });

  it('withholds the smallest other count of a list whose total would give the small one away', () => {
    // 5 + 2 + 7 = 14: with only the 2 hidden, 14 − 5 − 7 recovers it. With the 5 withheld too, 14 − 7 = 7 splits
    // as 5 + 2 or 6 + 1.
    const cells = new Map([
      ['mediating', 5],
      ['failed', 2],
      ['agreed', 7],
      ['total', 14],
    ]);
    const lines = [{ parts: ['mediating', 'failed', 'agreed'], total: 'total' }];
    expect(exposedCells(cells, lines, new Map([['failed', Suppression.SMALL]]))).toEqual(['failed']);
    expect(suppressSmallCells(cells, lines)).toEqual(
      new Map([
        ['failed', Suppression.SMALL],
        ['mediating', Suppression.COMPLEMENTARY],
      ]),
    );
  });

  it('needs nothing more when two small counts of a list already hide each other', () => {
    // 1 + 2 = 3 hidden: 1 + 2 or 2 + 1.
    const cells = new Map([
      ['a', 1],
      ['b', 2],
      ['c', 9],
      ['t', 12],
    ]);
    expect(suppressSmallCells(cells, [{ parts: ['a', 'b', 'c'], total: 't' }])).toEqual(
      new Map([
        ['a', Suppression.SMALL],
        ['b', Suppression.SMALL],
      ]),
    );
  });

  it('withholds more when two small counts add up to a sum only one split gives (2 + 2)', () => {
    const cells = new Map([
      ['a', 2],
      ['b', 2],
      ['c', 4],
      ['d', 9],
      ['t', 17],
    ]);
    expect(suppressSmallCells(cells, [{ parts: ['a', 'b', 'c', 'd'], total: 't' }])).toEqual(
      new Map([
        ['a', Suppression.SMALL],
        ['b', Suppression.SMALL],
        ['c', Suppression.COMPLEMENTARY],
      ]),
    );
  });

  it('leaves 1 + 1 published beside its total: behind each "<3" may be none, so the sum of 2 pins neither', () => {
    const cells = new Map([
      ['a', 1],
      ['b', 1],
      ['c', 4],
      ['d', 9],
      ['t', 15],
    ]);
    const out = suppressSmallCells(cells, [{ parts: ['a', 'b', 'c', 'd'], total: 't' }]);
    expect(out).toEqual(
      new Map([
        ['a', Suppression.SMALL],
        ['b', Suppression.SMALL],
      ]),
    );
    expect(exposedCells(cells, [{ parts: ['a', 'b', 'c', 'd'], total: 't' }], out)).toEqual([]);
  });

  it('shows a zero as "<3" when nothing else can protect a small count: two smalls making a small total', () => {
    // Row 0 is 1 + 1 = 2, all "<3"; column totals 1 and 1, also "<3". Were "<3" at least one, the row would pin both
    // cells; with a "<3" that may be zero it pins nothing, and the table stands as it is.
    const { cells, lines } = tableCells([
      [1, 1],
      [0, 0],
    ]);
    const out = suppressSmallCells(cells, lines);
    expect(exposedCells(cells, lines, out)).toEqual([]);
  });

  it('hides a small total like any other count', () => {
    expect(
      shown([
        [1, 0],
        [0, 1],
      ]),
    ).toEqual(['<3 0 | <3', '0 <3 | <3', '<3 <3 | <3']);
  });
});

describe('suppressTable', () => {
  it('leaves a table without small cells as it is', () => {
    expect(
      shown([
        [4, 3],
        [0, 6],
      ]),
    ).toEqual(['4 3 | 7', '0 6 | 6', '4 9 | 13']);
  });

  it('suppresses along rows and columns until no total gives a hidden cell away (grades by township)', () => {
    // Townships × 优秀 / 合格 / 不合格. The 1 and the 2 are small; withholding only the 4 beside the 1 is not enough:
    // its row says it is at most 4 (10 − 5 − 1) and its column at least 4 (9 − 3 − 2), so more cells go until nothing
    // is pinned down.
    const rows = [
      [4, 1, 5],
      [3, 6, 0],
      [2, 4, 3],
    ];
    expect(shown(rows)).toEqual(['x <3 x | x', 'x x 0 | x', '<3 x x | 9', 'x 11 x | 28']);
    expect(recoverable(rows)).toEqual([]);
  });

  it('keeps the totals where the table allows', () => {
    const rows = [
      [5, 0, 4],
      [3, 1, 0],
    ];
    expect(shown(rows)).toEqual(['x 0 x | x', 'x <3 0 | x', 'x <3 x | 13']);
    expect(recoverable(rows)).toEqual([]);
  });

  it('defeats the subtraction attack that a small cell alone would fall to', () => {
    const rows = [
      [6, 2, 5],
      [4, 7, 3],
    ];
    // Without complementary suppression the 2 is 13 − 6 − 5.
    expect(shown(rows)[0]).toContain('<3');
    expect(recoverable(rows)).toEqual([]);
    const counts = suppressTable(rows);
    expect(counts.total).toEqual({ value: 27, suppressed: null, display: '27' });
  });
});
