import { registerDecorator, type ValidationOptions } from 'class-validator';
import { AppError } from '../errors/app-error.js';

/**
 * The one parser for calendar input: dates (YYYY-MM-DD), months (YYYY-MM) and years, whether they arrive as GraphQL
 * scalars, GraphQL string arguments, REST query strings or spreadsheet cells. Years outside this range are refused
 * everywhere: no record here is older or newer, and PostgreSQL refuses some of what JavaScript accepts (year 0).
 */
export const YEARS = { min: 1900, max: 2100 } as const;

const DATE_RE = /^(\d{4})-(\d{2})-(\d{2})$/;
const MONTH_RE = /^(\d{4})-(0[1-9]|1[0-2])$/;
const YEAR_RE = /^\d{4}$/;

const inYears = (year: number) => year >= YEARS.min && year <= YEARS.max;

export const CALENDAR_RULES = {
  date: `must be a calendar date written YYYY-MM-DD, in the years ${YEARS.min}–${YEARS.max}`,
  month: `must be a month written YYYY-MM, in the years ${YEARS.min}–${YEARS.max}`,
  year: `must be a year such as 2026, from ${YEARS.min} to ${YEARS.max}`,
} as const;

/** True for a real calendar date written YYYY-MM-DD (no 31 February) within YEARS. */
export function isCalendarDate(value: unknown): value is string {
  if (typeof value !== 'string') return false;
  const m = DATE_RE.exec(value);
  if (!m) return false;
  const [y, mo, d] = [Number(m[1]), Number(m[2]), Number(m[3])];
  if (!inYears(y) || mo < 1 || mo > 12 || d < 1) return false;
  return d <= new Date(Date.UTC(y, mo, 0)).getUTCDate();
}

/** True for a month written YYYY-MM within YEARS. */
export function isCalendarMonth(value: unknown): value is string {
  if (typeof value !== 'string') return false;
  const m = MONTH_RE.exec(value);
  return !!m && inYears(Number(m[1]));
}

/** A year given as an integer or as four digits (a query string), within YEARS; null otherwise. */
export function calendarYearOf(value: unknown): number | null {
  const year = typeof value === 'number' ? value : typeof value === 'string' && YEAR_RE.test(value) ? Number(value) : NaN;
  return Number.isInteger(year) && inYears(year) ? year : null;
}

/** `value` as a calendar date, or BAD_USER_INPUT naming `field`. */
export function calendarDate(field: string, value: unknown): string {
  if (!isCalendarDate(value)) throw AppError.badInput(field, CALENDAR_RULES.date);
  return value;
}

/** `value` as a month YYYY-MM, or BAD_USER_INPUT naming `field`. */
export function calendarMonth(field: string, value: unknown): string {
  if (!isCalendarMonth(value)) throw AppError.badInput(field, CALENDAR_RULES.month);
  return value;
}

/** `value` as a year, or BAD_USER_INPUT naming `field`. */
export function calendarYear(field: string, value: unknown): number {
  const year = calendarYearOf(value);
  if (year === null) throw AppError.badInput(field, CALENDAR_RULES.year);
  return year;
}

/** The month after `month` (YYYY-MM). */
export function nextMonth(month: string): string {
  const [y, m] = month.split('-').map(Number) as [number, number];
  return m === 12 ? `${y + 1}-01` : `${y}-${String(m + 1).padStart(2, '0')}`;
}

/** The month before `month` (YYYY-MM). */
export function previousMonth(month: string): string {
  const [y, m] = month.split('-').map(Number) as [number, number];
  return m === 1 ? `${y - 1}-12` : `${y}-${String(m - 1).padStart(2, '0')}`;
}

/** class-validator's form of `isCalendarMonth`, for month fields of input types. */
export function IsCalendarMonth(options?: ValidationOptions): PropertyDecorator {
  return (target, propertyName) =>
    registerDecorator({
      name: 'isCalendarMonth',
      target: target.constructor,
      propertyName: propertyName as string,
      options: { message: CALENDAR_RULES.month, ...options },
      validator: { validate: (value: unknown) => value === null || value === undefined || isCalendarMonth(value) },
    });
}
