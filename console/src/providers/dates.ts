/*
 * Dates as the API writes them: calendar dates `YYYY-MM-DD` on the Asia/Shanghai calendar, instants in ISO 8601.
 * Shown in Asia/Shanghai whatever the device's zone (an adviser's phone may be set to anything).
 */
export const TIME_ZONE = 'Asia/Shanghai';

/** Today on the Asia/Shanghai calendar, `YYYY-MM-DD`. */
export function todayInShanghai(now: Date = new Date()): string {
  // en-CA writes dates as YYYY-MM-DD.
  return new Intl.DateTimeFormat('en-CA', { timeZone: TIME_ZONE, year: 'numeric', month: '2-digit', day: '2-digit' }).format(now);
}

/** An instant for people: `2026/11/28 01:52` in Chinese, `Nov 28, 2026, 1:52 AM` in English, Shanghai time. */
export function formatDateTime(iso: string | null | undefined, locale: string): string {
  if (!iso) return '';
  const date = new Date(iso);
  if (Number.isNaN(date.getTime())) return iso;
  return new Intl.DateTimeFormat(locale === 'en' ? 'en-GB' : 'zh-CN', {
    timeZone: TIME_ZONE,
    dateStyle: 'medium',
    timeStyle: 'short',
  }).format(date);
}

/** Whether a `YYYY-MM-DD` is a real calendar date. */
export function isCalendarDate(value: unknown): value is string {
  if (typeof value !== 'string' || !/^\d{4}-\d{2}-\d{2}$/.test(value)) return false;
  const d = new Date(`${value}T00:00:00Z`);
  return !Number.isNaN(d.getTime()) && d.toISOString().slice(0, 10) === value;
}

/** This month on the Asia/Shanghai calendar, `YYYY-MM`. */
export function currentMonth(now: Date = new Date()): string {
  return todayInShanghai(now).slice(0, 7);
}

/** The month before a `YYYY-MM` (or before the month of a `YYYY-MM-DD`), as `YYYY-MM`. */
export function previousMonth(monthOrDate: string): string {
  const [y, m] = monthOrDate.split('-').map(Number) as [number, number];
  return m === 1 ? `${y - 1}-12` : `${y}-${String(m - 1).padStart(2, '0')}`;
}

/**
 * A month `YYYY-MM` (or the month of a `YYYY-MM-DD`) for people, the one format everywhere: `2026年11月` in Chinese,
 * `Nov 2026` in English, whatever the browser's own locale. Anything else is returned as it came.
 */
export function formatMonth(month: string | null | undefined, locale: string): string {
  if (!month) return '';
  const m = /^(\d{4})-(\d{2})(?:-\d{2})?$/.exec(month);
  if (!m) return month;
  const [, year, mm] = m as unknown as [string, string, string];
  if (locale === 'en') return `${EN_MONTHS[Number(mm) - 1] ?? mm} ${year}`;
  return `${year}年${Number(mm)}月`;
}

/**
 * A calendar date `YYYY-MM-DD` for people, the one format everywhere: `2026年12月5日` in Chinese, `5 Dec 2026` in
 * English, whatever the browser's own locale (no time zone: a calendar date is already a Shanghai day). Anything else is
 * returned as it came.
 */
export function formatDate(date: string | null | undefined, locale: string): string {
  if (!date) return '';
  const m = /^(\d{4})-(\d{2})-(\d{2})$/.exec(date);
  if (!m) return date;
  const [, year, mm, dd] = m as unknown as [string, string, string, string];
  if (locale === 'en') return `${Number(dd)} ${EN_MONTHS[Number(mm) - 1] ?? mm} ${year}`;
  return `${year}年${Number(mm)}月${Number(dd)}日`;
}

const EN_MONTHS = ['Jan', 'Feb', 'Mar', 'Apr', 'May', 'Jun', 'Jul', 'Aug', 'Sep', 'Oct', 'Nov', 'Dec'];
