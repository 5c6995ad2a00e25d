import { describe, expect, it } from '@jest/globals';
import { isCalendarDate } from '../validation/calendar.js';
import { DateScalar, DateTimeScalar, shanghaiDate } from './scalars.js';

describe('Date scalar', () => {
  it.each(['2026-02-28', '2024-02-29', '2026-12-31'])('accepts the calendar date %s', (value) => {
    expect(DateScalar.parseValue(value)).toBe(value);
  });

  it.each([
    '2026-02-29',
    '2026-13-01',
    '2026-1-5',
    '20260105',
    '2026-01-05T00:00:00Z',
    20260105,
    '0000-01-01',
    '0100-01-01',
    '1899-12-31',
    '2101-01-01',
  ])('refuses %s', (value) => {
    expect(() => DateScalar.parseValue(value)).toThrow(/YYYY-MM-DD/);
  });

  it('serialises an instant as its Asia/Shanghai date', () => {
    // 16:30 UTC on 31 December is already 1 January in Shanghai.
    expect(DateScalar.serialize(new Date('2026-12-31T16:30:00Z'))).toBe('2027-01-01');
    expect(shanghaiDate(new Date('2026-12-31T15:59:59Z'))).toBe('2026-12-31');
    expect(isCalendarDate('2026-04-31')).toBe(false);
  });
});

describe('DateTime scalar', () => {
  it('serialises with the +08:00 offset', () => {
    expect(DateTimeScalar.serialize(new Date('2026-05-01T01:30:00Z'))).toBe('2026-05-01T09:30:00.000+08:00');
  });

  it('parses ISO 8601 with an offset and refuses one without', () => {
    expect((DateTimeScalar.parseValue('2026-05-01T09:30:00+08:00') as Date).toISOString()).toBe('2026-05-01T01:30:00.000Z');
    expect(() => DateTimeScalar.parseValue('2026-05-01T09:30:00')).toThrow(/offset/);
    expect(() => DateTimeScalar.parseValue('yesterday')).toThrow();
  });

  it.each(['2026-02-31T09:30:00+08:00', '0000-01-01T00:00:00Z', '2026-01-01T09:30:00+99:00', '2026-01-01T23:60:00Z'])(
    'refuses %s rather than rolling it over',
    (value) => {
      expect(() => DateTimeScalar.parseValue(value)).toThrow(/ISO 8601/);
    },
  );
});
