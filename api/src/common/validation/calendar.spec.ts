import { describe, expect, it } from '@jest/globals';
import { calendarDate, calendarMonth, calendarYear, isCalendarDate, isCalendarMonth, nextMonth } from './calendar.js';

describe('the calendar parser', () => {
  it.each(['1900-01-01', '2024-02-29', '2026-12-31', '2100-12-31'])('accepts the date %s', (value) => {
    expect(isCalendarDate(value)).toBe(true);
  });

  it.each([
    '2026-02-31',
    '2026-02-29',
    '2026-04-31',
    '2026-00-10',
    '2026-01-00',
    '0000-01-01',
    '1899-12-31',
    '2101-01-01',
    '2026-1-5',
    ' 2026-01-05',
    '2026-01-05\u0000',
    20260105,
    null,
  ])('refuses the date %j', (value) => {
    expect(isCalendarDate(value)).toBe(false);
    expect(() => calendarDate('from', value)).toThrow(expect.objectContaining({ extensions: { code: 'BAD_USER_INPUT', field: 'from' } }));
  });

  it.each(['1900-01', '2026-12', '2100-12'])('accepts the month %s', (value) => {
    expect(calendarMonth('month', value)).toBe(value);
  });

  it.each(['0000-01', '1899-12', '2101-01', '2026-13', '2026-00', '2026-1', '2026-01-01', 202601])('refuses the month %j', (value) => {
    expect(isCalendarMonth(value)).toBe(false);
    expect(() => calendarMonth('month', value)).toThrow(expect.objectContaining({ extensions: { code: 'BAD_USER_INPUT', field: 'month' } }));
  });

  it('reads a year as an integer or as four digits', () => {
    expect(calendarYear('year', 2026)).toBe(2026);
    expect(calendarYear('year', '2026')).toBe(2026);
    for (const bad of [0, 1899, 2101, 2026.5, '0000', '20x6', '+2026', ' 2026', '']) {
      expect(() => calendarYear('year', bad)).toThrow(expect.objectContaining({ extensions: { code: 'BAD_USER_INPUT', field: 'year' } }));
    }
  });

  it('steps to the next month across a year', () => {
    expect(nextMonth('2026-12')).toBe('2027-01');
    expect(nextMonth('2026-09')).toBe('2026-10');
  });
});
