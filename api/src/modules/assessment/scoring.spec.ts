import { describe, expect, it } from '@jest/globals';
import {
  applyExcellentCap,
  DEFAULT_THRESHOLDS,
  Grade,
  gradeOf,
  IndicatorKind,
  indicatorScore,
  round2,
  scoreIndicators,
  thresholdsProblem,
} from './scoring.js';

describe('indicatorScore', () => {
  it('scores a ratio as value × 100: 7 of 8 trainings held is 87.5', () => {
    expect(indicatorScore({ kind: IndicatorKind.RATIO, numerator: 7, denominator: 8 })).toBe(87.5);
    expect(indicatorScore({ kind: IndicatorKind.RATIO, numerator: 2, denominator: 3 })).toBe(66.67);
  });

  it('scores a count against its target and never above 100', () => {
    expect(indicatorScore({ kind: IndicatorKind.COUNT, target: 24, numerator: 18, denominator: 0 })).toBe(75);
    expect(indicatorScore({ kind: IndicatorKind.COUNT, target: 24, numerator: 30, denominator: 0 })).toBe(100);
  });

  it('scores a mean of rated checks: EXCELLENT, GOOD, FAIR (100, 85, 70) is 85', () => {
    expect(indicatorScore({ kind: IndicatorKind.MEAN, numerator: 100 + 85 + 70, denominator: 3 })).toBe(85);
  });

  it('is not applicable when there is nothing to measure', () => {
    expect(indicatorScore({ kind: IndicatorKind.RATIO, numerator: 0, denominator: 0 })).toBeNull();
    expect(indicatorScore({ kind: IndicatorKind.MEAN, numerator: 0, denominator: 0 })).toBeNull();
    expect(indicatorScore({ kind: IndicatorKind.COUNT, target: null, numerator: 5, denominator: 0 })).toBeNull();
  });

  it('refuses negative figures', () => {
    expect(() => indicatorScore({ kind: IndicatorKind.RATIO, numerator: -1, denominator: 3 })).toThrow(RangeError);
  });
});

describe('scoreIndicators', () => {
  it('is the weighted sum of the scores', () => {
    const { total, indicators } = scoreIndicators([
      { code: 'TRAININGS', kind: IndicatorKind.RATIO, weight: 40, numerator: 7, denominator: 8 }, // 87.5 × 0.4 = 35
      { code: 'ON_TIME', kind: IndicatorKind.RATIO, weight: 30, numerator: 12, denominator: 12 }, // 100 × 0.3 = 30
      { code: 'CONSULTATIONS', kind: IndicatorKind.COUNT, weight: 30, target: 24, numerator: 18, denominator: 0 }, // 75 × 0.3 = 22.5
    ]);
    expect(total).toBe(87.5);
    expect(indicators.map((i) => i.points)).toEqual([35, 30, 22.5]);
    expect(indicators.every((i) => i.applicable)).toBe(true);
  });

  it('spreads an inapplicable indicator’s weight over the others in proportion', () => {
    const { total, indicators } = scoreIndicators([
      { code: 'TRAININGS', kind: IndicatorKind.RATIO, weight: 40, numerator: 1, denominator: 2 }, // 50
      { code: 'CONFIRMATIONS', kind: IndicatorKind.RATIO, weight: 20, numerator: 0, denominator: 0 }, // 不适用
      { code: 'ON_TIME', kind: IndicatorKind.RATIO, weight: 40, numerator: 1, denominator: 1 }, // 100
    ]);
    // 40 and 40 carry 50 each: 50 × 0.5 + 100 × 0.5 = 75.
    expect(indicators.map((i) => i.effectiveWeight)).toEqual([50, 0, 50]);
    expect(indicators[1]).toEqual({ code: 'CONFIRMATIONS', applicable: false, score: null, effectiveWeight: 0, points: 0 });
    expect(total).toBe(75);
  });

  it('rounds the total once from the exact sum', () => {
    const thirds = [1, 2, 3].map((n) => ({ code: `I${n}`, kind: IndicatorKind.RATIO, weight: n === 3 ? 34 : 33, numerator: 2, denominator: 3 }));
    expect(scoreIndicators(thirds).total).toBe(66.67);
  });

  it('has no total when nothing is applicable', () => {
    expect(scoreIndicators([{ code: 'X', kind: IndicatorKind.RATIO, weight: 100, numerator: 0, denominator: 0 }]).total).toBeNull();
  });
});

describe('grades', () => {
  it('grades at and above each default threshold', () => {
    expect([100, 90, 89.99, 75, 74.99, 60, 59.99, 0].map((t) => gradeOf(t))).toEqual([
      Grade.EXCELLENT,
      Grade.EXCELLENT,
      Grade.PASS,
      Grade.PASS,
      Grade.BASIC_PASS,
      Grade.BASIC_PASS,
      Grade.FAIL,
      Grade.FAIL,
    ]);
    expect(gradeOf(85, { excellent: 85, pass: 70, basicPass: 50 })).toBe(Grade.EXCELLENT);
  });

  it('names the threshold that breaks the order', () => {
    expect(thresholdsProblem(DEFAULT_THRESHOLDS)).toBeNull();
    expect(thresholdsProblem({ excellent: 90, pass: 90, basicPass: 60 })?.field).toBe('pass');
    expect(thresholdsProblem({ excellent: 90, pass: 75, basicPass: 80 })?.field).toBe('basicPass');
    expect(thresholdsProblem({ excellent: 101, pass: 75, basicPass: 60 })?.field).toBe('excellent');
  });

  it('rounds halves away from zero without binary surprises', () => {
    expect(round2(1.005)).toBe(1.01);
    expect(round2(89.995)).toBe(90);
  });
});

describe('applyExcellentCap', () => {
  const graded = (entries: Array<[string, number]>) => entries.map(([id, total]) => ({ id, total, grade: gradeOf(total) }));

  it('keeps 优秀 for the best totals up to the share, ties by id, and reports that it bit', () => {
    // 20 advisers, 15% → 3 may be excellent; five reached it.
    const results = graded([
      ['e', 95],
      ['b', 92],
      ['a', 92],
      ['d', 91],
      ['c', 90],
      ...Array.from({ length: 15 }, (_, i): [string, number] => [`z${String(i).padStart(2, '0')}`, 70]),
    ]);
    const { results: capped, allowed, bites } = applyExcellentCap(results, 0.15);
    expect(allowed).toBe(3);
    expect(bites).toBe(true);
    const byId = Object.fromEntries(capped.map((r) => [r.id, r]));
    expect(['e', 'a', 'b'].map((id) => byId[id]!.grade)).toEqual([Grade.EXCELLENT, Grade.EXCELLENT, Grade.EXCELLENT]);
    expect(byId.d).toMatchObject({ grade: Grade.PASS, cappedFromExcellent: true });
    expect(byId.c).toMatchObject({ grade: Grade.PASS, cappedFromExcellent: true });
    expect(byId.z00).toMatchObject({ grade: Grade.BASIC_PASS, cappedFromExcellent: false });
  });

  it('gives the same outcome whatever order the rows arrive in', () => {
    const results = graded([['b', 92], ['a', 92], ['c', 92], ...Array.from({ length: 7 }, (_, i): [string, number] => [`z${i}`, 50])]);
    const forward = applyExcellentCap(results, 0.2)
      .results.filter((r) => r.grade === Grade.EXCELLENT)
      .map((r) => r.id);
    const backward = applyExcellentCap([...results].reverse(), 0.2)
      .results.filter((r) => r.grade === Grade.EXCELLENT)
      .map((r) => r.id);
    expect(forward.sort()).toEqual(['a', 'b']);
    expect(backward.sort()).toEqual(['a', 'b']);
  });

  it('floors the allowance exactly: 100 advisers at 29% allow 29', () => {
    const results = graded(Array.from({ length: 100 }, (_, i): [string, number] => [`a${String(i).padStart(3, '0')}`, 95]));
    expect(applyExcellentCap(results, 0.29).allowed).toBe(29);
  });

  it('lets an adviser lifted by an upheld objection stay above the cap without pushing anyone out', () => {
    const results = graded([['a', 95], ['b', 91], ...Array.from({ length: 8 }, (_, i): [string, number] => [`z${i}`, 70])]);
    const { results: capped, bites } = applyExcellentCap(results, 0.1, new Set(['b']));
    expect(capped.filter((r) => r.grade === Grade.EXCELLENT).map((r) => r.id)).toEqual(['a', 'b']);
    expect(bites).toBe(false);
  });

  it('changes nothing without a cap and refuses a share outside 0–1', () => {
    const results = graded([['a', 95]]);
    expect(applyExcellentCap(results, null).results[0]!.grade).toBe(Grade.EXCELLENT);
    expect(() => applyExcellentCap(results, 1.5)).toThrow(RangeError);
  });
});
