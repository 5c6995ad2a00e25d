import { describe, expect, it } from '@jest/globals';
import { mapInSlices } from './slices.js';

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
