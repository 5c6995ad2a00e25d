import { describe, expect, it } from '@jest/globals';
import { inTurns, mapInSlices } from './slices.js';

describe('mapInSlices', () => {
  it('maps every row in order, with its index, as Array.map does', async () => {
    const rows = Array.from({ length: 1001 }, (_, i) => i * 2);
    expect(await mapInSlices(rows, (r, i) => `${i}:${r}`, 200)).toEqual(rows.map((r, i) => `${i}:${r}`));
    expect(await mapInSlices([], (r) => r)).toEqual([]);
  });

  it('lets the event loop run between slices, never inside one', async () => {
    const seen: string[] = [];
    // A callback waiting for the loop's next turn (as a request's I/O would) runs between two slices.
    setImmediate(() => seen.push('loop'));
    await mapInSlices(
      Array.from({ length: 6 }, (_, i) => i),
      (r) => seen.push(`row ${r}`),
      3,
    );
    expect(seen).toEqual(['row 0', 'row 1', 'row 2', 'loop', 'row 3', 'row 4', 'row 5']);
  });
});

describe('inTurns', () => {
  it('gives every row in order, the first slice as it is and each later one a loop turn after the slice before', async () => {
    const rows = Array.from({ length: 7 }, (_, i) => i);
    const paced = inTurns(rows, 3);
    expect(paced.slice(0, 3)).toEqual([0, 1, 2]);
    expect(paced.slice(3).every((r) => r instanceof Promise)).toBe(true);
    expect(await Promise.all(paced)).toEqual(rows);
    expect(inTurns([1, 2], 3)).toEqual([1, 2]);
  });

  it('lets the event loop run between the slices', async () => {
    const seen: string[] = [];
    const paced = inTurns(
      Array.from({ length: 7 }, (_, i) => i),
      3,
    );
    // Work waiting for the loop (as another request's I/O would) gets a turn before each later slice.
    const tick = (n: number) =>
      setImmediate(() => {
        seen.push(`loop ${n}`);
        if (n < 3) tick(n + 1);
      });
    tick(1);
    await Promise.all(paced.map(async (row) => seen.push(`row ${await row}`)));
    expect(seen.indexOf('row 3')).toBeGreaterThan(seen.indexOf('loop 1'));
    expect(seen.indexOf('row 6')).toBeGreaterThan(seen.indexOf('loop 2'));
    expect(seen.filter((s) => s.startsWith('row')).length).toBe(7);
    expect(seen.slice(0, 3)).toEqual(['row 0', 'row 1', 'row 2']);
  });
});
