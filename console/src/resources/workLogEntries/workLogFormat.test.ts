import { describe, expect, it } from 'vitest';
import {
  checksXlsxUrl,
  currentMonth,
  defaultMode,
  isMonth,
  monthAction,
  previousMonth,
  splitMinutes,
  toInstant,
  workLogXlsxUrl,
} from './workLogFormat';

describe('work-log defaults and formatting', () => {
  it('serves mountain townships online and plain ones in person', () => {
    expect(defaultMode('MOUNTAIN')).toBe('ONLINE');
    expect(defaultMode('PLAIN')).toBe('OFFLINE');
    expect(defaultMode(null)).toBe('OFFLINE');
  });

  it('takes the month on the Shanghai calendar', () => {
    // 2026-11-30 17:00 UTC is already 1 December in Shanghai.
    expect(currentMonth(new Date('2026-11-30T17:00:00Z'))).toBe('2026-12');
    expect(currentMonth(new Date('2026-11-27T08:00:00Z'))).toBe('2026-11');
  });

  it('steps back a month across a year', () => {
    expect(previousMonth('2026-11')).toBe('2026-10');
    expect(previousMonth('2027-01')).toBe('2026-12');
  });

  it('recognises months', () => {
    expect(isMonth('2026-11')).toBe(true);
    expect(isMonth('2026-13')).toBe(false);
    expect(isMonth('2026-11-01')).toBe(false);
    expect(isMonth(undefined)).toBe(false);
  });

  it('sends instants in ISO', () => {
    expect(toInstant(new Date('2026-11-27T01:00:00Z'))).toBe('2026-11-27T01:00:00.000Z');
    expect(toInstant('2026-11-27T01:00:00Z')).toBe('2026-11-27T01:00:00.000Z');
    expect(toInstant('')).toBeUndefined();
    expect(toInstant('nonsense')).toBeUndefined();
  });

  it('splits minutes into hours and minutes', () => {
    expect(splitMinutes(530)).toEqual({ hours: 8, minutes: 50 });
    expect(splitMinutes(0)).toEqual({ hours: 0, minutes: 0 });
    expect(splitMinutes(-5)).toEqual({ hours: 0, minutes: 0 });
  });

  it('offers submit for a draft with entries, resubmit after a return, nothing under review', () => {
    expect(monthAction('DRAFT', 3)).toBe('submit');
    expect(monthAction('DRAFT', 0)).toBeNull();
    expect(monthAction('RETURNED', 3)).toBe('resubmit');
    expect(monthAction('SUBMITTED', 3)).toBeNull();
    expect(monthAction('APPROVED', 3)).toBeNull();
  });

  it('builds the export links', () => {
    expect(workLogXlsxUrl('2026-11')).toBe('/api/exports/work-log.xlsx?month=2026-11');
    expect(workLogXlsxUrl('2026-11', 'a1')).toBe('/api/exports/work-log.xlsx?month=2026-11&adviserId=a1');
    expect(checksXlsxUrl()).toBe('/api/exports/monthly-checks.xlsx');
    expect(checksXlsxUrl('2026-09', 't1')).toBe('/api/exports/monthly-checks.xlsx?month=2026-09&townshipId=t1');
  });
});
