import { print } from 'graphql';
import { describe, expect, it } from 'vitest';
import { coverageQuery, formatRatio, townshipBars } from './coverage';

describe('coverageQuery', () => {
  it('asks for adviser loads (names) only when told to', () => {
    expect(print(coverageQuery({ withLoads: false }))).not.toContain('adviserLoads');
    expect(print(coverageQuery())).not.toContain('adviserLoads');
    const withLoads = print(coverageQuery({ withLoads: true }));
    expect(withLoads).toContain('adviserLoads');
    expect(withLoads).toContain('adviser {');
  });

  it('selects the same with and without loads, apart from the loads and their counts', () => {
    const fields = (withLoads: boolean) =>
      print(coverageQuery({ withLoads }))
        .replace(/^query \w+/, 'query')
        .replace(/\s*adviserLoads \{[^}]*\{[^}]*\}[^}]*\}/, '')
        .replace(/\s*(servingAdviserCount|overloadedAdviserCount)\b/g, '');
    expect(fields(true)).toBe(fields(false));
  });

  it('takes the region and the date as variables, with the fields of the contract', () => {
    const printed = print(coverageQuery()).replace(/\s+/g, ' ');
    expect(printed).toContain('query coverage($regionId: ID, $asOf: Date)');
    expect(printed).toContain('coverage(regionId: $regionId, asOf: $asOf)');
    for (const field of ['villageCount', 'coveredCount', 'ratio', 'uncoveredCount', 'uncovered { id name', 'townships {', 'loadCap']) {
      expect(printed).toContain(field);
    }
  });
});

describe('formatRatio', () => {
  it('shows one decimal, so that one village more out of 152 shows', () => {
    expect(formatRatio(0.9737)).toBe('97.4%');
    expect(formatRatio(148 / 152)).toBe('97.4%');
    expect(formatRatio(149 / 152)).toBe('98.0%');
    expect(formatRatio(1)).toBe('100.0%');
    expect(formatRatio(0)).toBe('0.0%');
    expect(formatRatio(undefined)).toBe('—');
    expect(formatRatio(Number.NaN)).toBe('—');
  });
});

describe('townshipBars', () => {
  it('splits each township into covered and uncovered villages', () => {
    expect(
      townshipBars([
        { township: { id: 't1', name: '西社镇' }, villageCount: 20, coveredCount: 18, ratio: 0.9 },
        { township: { id: 't2', name: '天宁镇' }, villageCount: 17, coveredCount: 17, ratio: 1 },
      ]),
    ).toEqual([
      { id: 't1', name: '西社镇', covered: 18, uncovered: 2, ratio: 0.9 },
      { id: 't2', name: '天宁镇', covered: 17, uncovered: 0, ratio: 1 },
    ]);
  });
});
