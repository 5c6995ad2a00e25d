import { vi } from 'vitest';

/**
 * Every console test runs on a fixed calendar: the clock starts at `FQ_TEST_NOW` (an ISO instant) or, by default, at a
 * fixed Shanghai morning, and then runs at real speed, so that nothing a test checks depends on the day it runs while
 * waits and debounces still work. Only `Date` is replaced; timers stay real.
 *
 * To look for tests that still assume a date, run the suite with the clock moved, for example
 * `FQ_TEST_NOW=2028-02-29T23:30:00+08:00 npx vitest run` (a leap day, late in the evening in Shanghai).
 */
export const DEFAULT_TEST_NOW = '2026-11-28T09:30:00+08:00';

export function testNow(env: Record<string, string | undefined> = process.env): Date {
  const text = env.FQ_TEST_NOW ?? DEFAULT_TEST_NOW;
  const at = new Date(text);
  if (Number.isNaN(at.getTime())) throw new Error(`FQ_TEST_NOW is not an ISO instant: ${text}`);
  return at;
}

export function fixTestClock(): void {
  vi.useFakeTimers({ toFake: ['Date'], shouldAdvanceTime: true, now: testNow() });
}
