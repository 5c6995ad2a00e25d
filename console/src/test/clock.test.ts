import { describe, expect, it, vi } from 'vitest';
import { currentMonth, todayInShanghai } from '../providers/dates';
import { DEFAULT_TEST_NOW, testNow } from './clock';

describe('the test clock', () => {
  it('starts every test at the fixed instant (or FQ_TEST_NOW), not at the day the suite runs', () => {
    expect(Math.abs(Date.now() - testNow().getTime())).toBeLessThan(60_000);
    expect(todayInShanghai()).toBe(todayInShanghai(testNow()));
  });

  it('takes FQ_TEST_NOW as an ISO instant and refuses anything else', () => {
    expect(testNow({}).toISOString()).toBe(new Date(DEFAULT_TEST_NOW).toISOString());
    expect(testNow({ FQ_TEST_NOW: '2028-02-29T23:45:00+08:00' }).toISOString()).toBe('2028-02-29T15:45:00.000Z');
    expect(() => testNow({ FQ_TEST_NOW: 'tomorrow' })).toThrow(/FQ_TEST_NOW/);
  });

  it('runs, so waits and debounces still see time pass', async () => {
    const before = Date.now();
    await new Promise((resolve) => setTimeout(resolve, 60));
    expect(Date.now() - before).toBeGreaterThanOrEqual(40);
  });

  it('can be moved by a test, and the Shanghai calendar follows', () => {
    vi.setSystemTime(new Date('2026-12-31T16:30:00Z'));
    expect(todayInShanghai()).toBe('2027-01-01');
    expect(currentMonth()).toBe('2027-01');
  });
});
