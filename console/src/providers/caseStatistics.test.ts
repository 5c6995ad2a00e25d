import { print } from 'graphql';
import { describe, expect, it } from 'vitest';
import { caseStatisticsQuery, countBars, formatShare, monthSummary } from './caseStatistics';

describe('case statistics', () => {
  it('orders chart bars largest first and leaves out empty keys', () => {
    const bars = countBars(
      [
        { key: 'NEIGHBOUR', count: 3 },
        { key: 'LABOUR', count: 0 },
        { key: 'CONTRACT', count: 7 },
        { key: 'DAMAGES', count: 3 },
      ],
      (k) => k.toLowerCase(),
    );
    expect(bars.map((b) => b.key)).toEqual(['CONTRACT', 'DAMAGES', 'NEIGHBOUR']);
    expect(bars[0]).toEqual({ key: 'CONTRACT', name: 'contract', count: 7 });
  });

  it('formats shares as percentages with one decimal', () => {
    expect(formatShare(0.8765)).toBe('87.7%');
    expect(formatShare(1)).toBe('100.0%');
    expect(formatShare(0)).toBe('0.0%');
  });

  it('asks for counts only, never names or confidential text', () => {
    const printed = print(caseStatisticsQuery);
    expect(printed).not.toMatch(/summary|content|parties|name \}?\s*phone/);
    expect(printed).toContain('resolution');
  });

  it('counts villages with cases, with a zero report and silent in a month', () => {
    const v = (id: string) => ({ id, name: id, township: { id: 't1', name: '天宁镇' } });
    expect(
      monthSummary([
        { village: v('a'), caseCount: 2, silent: false, zeroReport: null },
        { village: v('b'), caseCount: 0, silent: false, zeroReport: { id: 'z', reportedAt: '2026-11-01T09:00:00+08:00' } },
        { village: v('c'), caseCount: 0, silent: true, zeroReport: null },
        { village: v('d'), caseCount: 0, silent: true, zeroReport: null },
      ]),
    ).toEqual({ withCases: 1, zeroReported: 1, silent: 2 });
  });
});
