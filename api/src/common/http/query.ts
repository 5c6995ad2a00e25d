import type { Request } from 'express';
import { AppError } from '../errors/app-error.js';
import { today } from '../graphql/dates.js';
import { isId } from '../graphql/ids.js';
import { calendarDate, calendarMonth, calendarYear } from '../validation/calendar.js';
import { checkedText } from '../validation/text.js';

/*
 * Query-string parameters of the REST routes, read through the same checks as GraphQL arguments: the one text check
 * and the one calendar parser. Absent or empty is `undefined`; given twice (`?a=1&a=2`) or as an object is refused.
 */

export function queryText(req: Request, name: string): string | undefined {
  const value = req.query[name];
  if (value === undefined || value === '') return undefined;
  if (typeof value !== 'string') throw AppError.badInput(name, 'must be given once, as text');
  return checkedText(name, value);
}

export function queryDate(req: Request, name: string): string | undefined {
  const value = queryText(req, name);
  return value === undefined ? undefined : calendarDate(name, value);
}

export function queryMonth(req: Request, name: string): string | undefined {
  const value = queryText(req, name);
  return value === undefined ? undefined : calendarMonth(name, value);
}

export function queryYear(req: Request, name: string): number | undefined {
  const value = queryText(req, name);
  return value === undefined ? undefined : calendarYear(name, value);
}

export function queryId(req: Request, name: string): string | undefined {
  const value = queryText(req, name);
  if (value !== undefined && !isId(value)) throw AppError.badInput(name, 'must be an id');
  return value;
}

/** `?year=` of an export: this year in Asia/Shanghai when absent. */
export function yearParam(req: Request): number {
  return queryYear(req, 'year') ?? Number(today().slice(0, 4));
}
