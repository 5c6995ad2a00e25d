import { today } from '../../common/graphql/dates.js';
import { shanghaiDate } from '../../common/graphql/scalars.js';
import { nextMonth } from '../../common/validation/calendar.js';

/** YYYY-MM of an instant in the Asia/Shanghai calendar. */
export function monthOf(at: Date): string {
  return shanghaiDate(at).slice(0, 7);
}

export function currentMonth(): string {
  return today().slice(0, 7);
}

/** The deadline to submit `month`: day `day` of the next month. */
export function deadlineOf(month: string, day: number): string {
  return `${nextMonth(month)}-${String(day).padStart(2, '0')}`;
}

/** The month's first instant and the next month's, in Asia/Shanghai. */
export function monthBounds(month: string): { from: Date; to: Date } {
  return { from: new Date(`${month}-01T00:00:00+08:00`), to: new Date(`${nextMonth(month)}-01T00:00:00+08:00`) };
}

/**
 * The instants from the first of `months`' first instant to the instant after the last one: bounds on `at` that let
 * PostgreSQL read only those months' partitions of a table partitioned by `at` (the work log, the audit trail).
 */
export function monthsSpan(months: readonly string[]): { from: Date; to: Date } {
  const sorted = [...months].sort();
  return { from: monthBounds(sorted[0]!).from, to: monthBounds(sorted[sorted.length - 1]!).to };
}

/** `2026年5月` from `2026-05`. */
export function chineseMonth(month: string): string {
  const [y, m] = month.split('-').map(Number);
  return `${y}年${m}月`;
}

/** The key of one adviser's month in the per-request loaders (`adviserId|YYYY-MM`), and back. */
export function adviserMonthKey(adviserId: string, month: string): string {
  return `${adviserId}|${month}`;
}

export function fromAdviserMonthKey(key: string): { adviserId: string; month: string } {
  const [adviserId, month] = key.split('|') as [string, string];
  return { adviserId, month };
}
