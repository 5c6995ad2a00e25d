import { GraphQLScalarType, Kind, type ValueNode } from 'graphql';
import { GraphQLSafeInt } from 'graphql-scalars';
import { ScalarInputError } from './input-errors.js';
import { CALENDAR_RULES, isCalendarDate } from '../validation/calendar.js';

function parseCalendarDate(value: unknown, node?: ValueNode): string {
  if (!isCalendarDate(value)) throw new ScalarInputError(`Date ${CALENDAR_RULES.date}`, node);
  return value;
}

/** A calendar date in the Asia/Shanghai calendar, kept as the string YYYY-MM-DD end to end (PostgreSQL `date`). */
export const DateScalar = new GraphQLScalarType<string, string>({
  name: 'Date',
  description: 'A calendar date written YYYY-MM-DD (Asia/Shanghai calendar)',
  serialize: (value) => {
    if (value instanceof Date) return shanghaiDate(value);
    return parseCalendarDate(value);
  },
  parseValue: parseCalendarDate,
  parseLiteral: (ast) => {
    if (ast.kind !== Kind.STRING) throw new ScalarInputError('Date must be a string YYYY-MM-DD', ast);
    return parseCalendarDate(ast.value, ast);
  },
});

const SHANGHAI_OFFSET_MS = 8 * 60 * 60 * 1000;

/** The Asia/Shanghai calendar date of an instant (China has kept +08:00 without daylight saving since 1991). */
export function shanghaiDate(instant: Date): string {
  return new Date(instant.getTime() + SHANGHAI_OFFSET_MS).toISOString().slice(0, 10);
}

/** ISO 8601 with the +08:00 offset, which is what people here read. */
export function toShanghaiIso(instant: Date): string {
  return new Date(instant.getTime() + SHANGHAI_OFFSET_MS).toISOString().replace('Z', '+08:00');
}

const ISO_INSTANT_RE = /^(\d{4}-\d{2}-\d{2})T\d{2}:\d{2}(:\d{2}(\.\d{1,9})?)?(Z|[+-](\d{2}):[0-5]\d)$/;

function parseInstant(value: unknown, node?: ValueNode): Date {
  const text = typeof value === 'string' ? value : '';
  const m = ISO_INSTANT_RE.exec(text);
  // The date part through the one calendar parser: Date.parse rolls 31 February over into March instead of refusing.
  if (!m || !isCalendarDate(m[1]) || Number(m[5] ?? 0) > 14 || Number.isNaN(Date.parse(text))) {
    throw new ScalarInputError('DateTime must be ISO 8601 with an offset, e.g. 2026-05-01T09:30:00+08:00', node);
  }
  return new Date(text);
}

export const DateTimeScalar = new GraphQLScalarType<Date, string>({
  name: 'DateTime',
  description: 'An instant in ISO 8601 with its offset (served in +08:00)',
  serialize: (value) => {
    const date = value instanceof Date ? value : parseInstant(value);
    return toShanghaiIso(date);
  },
  parseValue: parseInstant,
  parseLiteral: (ast) => {
    if (ast.kind !== Kind.STRING) throw new ScalarInputError('DateTime must be a string', ast);
    return parseInstant(ast.value, ast);
  },
});

/**
 * A sum of money in fen (statistics, statements, totals): a 53-bit safe integer, since a county's year of amounts
 * passes Int's 2^31 fen (21 million yuan). One amount stays an `Int` of fen.
 */
export const FenSumScalar = GraphQLSafeInt;
