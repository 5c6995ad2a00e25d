import { describe, expect, it } from '@jest/globals';
import { quarterOf, reportMonth } from './work-queue.service.js';

describe('reportMonth', () => {
  it('is last month until its deadline day, then this month once last month is in', () => {
    expect(reportMonth('2026-12-02', 5, 'DRAFT' as never)).toBe('2026-11');
    expect(reportMonth('2026-12-05', 5, 'SUBMITTED' as never)).toBe('2026-11');
    expect(reportMonth('2026-12-06', 5, 'SUBMITTED' as never)).toBe('2026-12');
    expect(reportMonth('2026-12-06', 5, 'APPROVED' as never)).toBe('2026-12');
  });

  it('stays on last month while it is still not in after the deadline (late, or returned)', () => {
    expect(reportMonth('2026-12-20', 5, 'DRAFT' as never)).toBe('2026-11');
    expect(reportMonth('2026-12-20', 5, 'RETURNED' as never)).toBe('2026-11');
  });

  it('crosses the year', () => {
    expect(reportMonth('2027-01-03', 5, 'DRAFT' as never)).toBe('2026-12');
    expect(reportMonth('2027-01-10', 10, 'SUBMITTED' as never)).toBe('2026-12');
  });
});

describe('quarterOf', () => {
  it('names the quarter of a day', () => {
    expect(['2026-01-01', '2026-03-31', '2026-04-01', '2026-09-30', '2026-12-31'].map(quarterOf)).toEqual([
      '2026-Q1',
      '2026-Q1',
      '2026-Q2',
      '2026-Q3',
      '2026-Q4',
    ]);
  });
});
