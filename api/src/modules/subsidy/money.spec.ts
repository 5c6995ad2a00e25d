import { describe, expect, it } from '@jest/globals';
import { applyFactor, splitFen, sumFen } from './money.js';

describe('splitFen', () => {
  it('splits equally and gives the remainder to the first adviser by id, whatever the order given', () => {
    const parts = splitFen(10_001, ['c', 'a', 'b']);
    expect(Object.fromEntries(parts)).toEqual({ a: 3_335, b: 3_333, c: 3_333 });
    expect(Object.fromEntries(splitFen(10_001, ['b', 'c', 'a']))).toEqual({ a: 3_335, b: 3_333, c: 3_333 });
  });

  it('gives the remainder to the named lead adviser', () => {
    expect(Object.fromEntries(splitFen(100, ['a', 'b', 'c'], 'c'))).toEqual({ a: 33, b: 33, c: 34 });
  });

  it('always adds up to the total', () => {
    for (const total of [0, 1, 2, 99, 100, 12_345, 9_007_199_254_740_991]) {
      for (const n of [1, 2, 3, 7]) {
        const ids = Array.from({ length: n }, (_, i) => `id${i}`);
        expect(sumFen(splitFen(total, ids).values())).toBe(total);
      }
    }
  });

  it('refuses no advisers, a lead who is not one of them, and amounts that are not whole fen', () => {
    expect(() => splitFen(100, [])).toThrow(RangeError);
    expect(() => splitFen(100, ['a'], 'z')).toThrow(/lead/);
    expect(() => splitFen(1.5, ['a'])).toThrow(/fen/);
    expect(() => splitFen(-1, ['a'])).toThrow(/fen/);
  });
});

describe('applyFactor', () => {
  it('rounds half up to the fen, exactly where a binary float would not', () => {
    expect(applyFactor(1_005, '0.8')).toBe(804);
    expect(applyFactor(1_005, '0.5')).toBe(503); // 502.5 → 503
    expect(applyFactor(1_003, '0.5')).toBe(502); // 501.5 → 502
    expect(applyFactor(1, '0.49')).toBe(0);
    expect(applyFactor(30_000, '0')).toBe(0);
    expect(applyFactor(30_000, '1')).toBe(30_000);
    expect(applyFactor(12_345, '1.25')).toBe(15_431); // 15431.25
  });

  it('refuses factors that are not plain non-negative decimals', () => {
    for (const bad of ['-0.8', '0.8x', '', '1e2', '0.1234567']) expect(() => applyFactor(100, bad)).toThrow(RangeError);
  });
});

describe('sumFen', () => {
  it('sums past 32 bits exactly and refuses to lose a fen past 2^53', () => {
    expect(sumFen([2_147_483_647, 2_147_483_647, 2])).toBe(4_294_967_296);
    expect(() => sumFen([Number.MAX_SAFE_INTEGER, 1])).toThrow(/too large/);
    expect(() => sumFen([0.5])).toThrow(RangeError);
  });
});
