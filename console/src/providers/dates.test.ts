import { describe, expect, it } from 'vitest';
import { formatDate, formatDateTime, formatMonth, isCalendarDate, todayInShanghai } from './dates';

describe('todayInShanghai', () => {
  it('is the Asia/Shanghai calendar date, whatever the device zone says', () => {
    // 17:30 UTC on 27 November is 01:30 on 28 November in Shanghai.
    expect(todayInShanghai(new Date('2026-11-27T17:30:00Z'))).toBe('2026-11-28');
    expect(todayInShanghai(new Date('2026-11-27T15:59:59Z'))).toBe('2026-11-27');
  });
});

describe('formatDateTime', () => {
  it('shows an instant in Shanghai time in the console language', () => {
    const zh = formatDateTime('2026-11-28T01:52:41.153+08:00', 'zh-CN');
    expect(zh).toContain('2026');
    expect(zh).toContain('01:52');
    expect(formatDateTime('2026-11-27T17:52:41Z', 'en')).toContain('01:52');
    expect(formatDateTime(null, 'zh-CN')).toBe('');
    expect(formatDateTime('not a date', 'zh-CN')).toBe('not a date');
  });
});

describe('isCalendarDate', () => {
  it('accepts real YYYY-MM-DD dates only', () => {
    expect(isCalendarDate('2024-02-29')).toBe(true);
    expect(isCalendarDate('2025-02-29')).toBe(false);
    expect(isCalendarDate('2025-13-01')).toBe(false);
    expect(isCalendarDate('2025/01/01')).toBe(false);
    expect(isCalendarDate(20250101)).toBe(false);
  });
});

describe('formatMonth', () => {
  it('writes a month one way in Chinese, 2026年11月, and one way in English, whatever the browser says', () => {
    expect(formatMonth('2026-11', 'zh-CN')).toBe('2026年11月');
    expect(formatMonth('2026-03', 'zh-CN')).toBe('2026年3月');
    expect(formatMonth('2026-03-15', 'zh-CN')).toBe('2026年3月');
    expect(formatMonth('2026-11', 'en')).toBe('Nov 2026');
    expect(formatMonth(null, 'zh-CN')).toBe('');
    expect(formatMonth('2026-Q3', 'zh-CN')).toBe('2026-Q3');
  });
});

describe('formatDate', () => {
  it('writes a calendar date the console’s one way, whatever the browser locale', () => {
    expect(formatDate('2026-12-05', 'zh-CN')).toBe('2026年12月5日');
    expect(formatDate('2026-03-15', 'zh-CN')).toBe('2026年3月15日');
    expect(formatDate('2026-12-05', 'en')).toBe('5 Dec 2026');
    expect(formatDate(null, 'zh-CN')).toBe('');
    expect(formatDate('2026-12', 'zh-CN')).toBe('2026-12');
  });
});
