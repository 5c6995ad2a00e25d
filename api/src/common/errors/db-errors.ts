import { OptimisticLockError } from '@mikro-orm/core';
import { AppError, ErrorCode } from './app-error.js';

/**
 * PostgreSQL's codes for losing to another writer: a constraint another row already holds, or a concurrent
 * transaction that PostgreSQL aborted this one for (two racing inserts checking an exclusion constraint can wait on
 * each other; the deadlock detector then picks one to lose, and it lost to a conflicting write).
 */
const CONFLICT_CODES: Record<string, string> = {
  '23505': 'unique',
  '23P01': 'exclusion',
  '40P01': 'deadlock',
  '40001': 'serialization',
};

function sqlState(error: unknown): string | undefined {
  const e = error as { code?: unknown; sqlState?: unknown; cause?: { code?: unknown } } | undefined;
  for (const c of [e?.code, e?.sqlState, e?.cause?.code]) if (typeof c === 'string' && /^[0-9A-Z]{5}$/.test(c)) return c;
  return undefined;
}

/**
 * PostgreSQL's states for a database that cannot serve now rather than a request it refused: connection exceptions
 * (08), insufficient resources (53: too many connections, disk full), shutting down or starting up (57P01–57P03),
 * and a statement cancelled by the statement timeout (57014).
 */
const UNAVAILABLE_STATE = /^(08...|53...|57P0[123]|57014)$/;
/** The socket's own failures: nothing listens, the connection broke, the host cannot be reached. */
const UNAVAILABLE_ERRNO = new Set(['ECONNREFUSED', 'ECONNRESET', 'ETIMEDOUT', 'EPIPE', 'EHOSTUNREACH', 'ENETUNREACH', 'ENOTFOUND', 'EAI_AGAIN']);
/** pg and pg-pool say these in words only: no free connection within the acquire wait, a connection that broke. */
const UNAVAILABLE_MESSAGE =
  /^(timeout exceeded when trying to connect|Connection terminated|Client has encountered a connection error|Cannot use a pool after calling end)/;

/**
 * True when an error (or what it wraps: a driver error's cause, a GraphQL error's original, an AggregateError's
 * parts) means the database or the pool is unavailable, which the API answers as SERVICE_UNAVAILABLE (503).
 */
export function isServiceUnavailable(error: unknown, depth = 0): boolean {
  if (!error || typeof error !== 'object' || depth > 5) return false;
  const e = error as {
    code?: unknown;
    sqlState?: unknown;
    message?: unknown;
    cause?: unknown;
    originalError?: unknown;
    errors?: unknown;
    thrownValue?: unknown;
  };
  const codes = [e.code, e.sqlState].filter((c): c is string => typeof c === 'string');
  if (codes.some((c) => UNAVAILABLE_STATE.test(c) || UNAVAILABLE_ERRNO.has(c))) return true;
  // Only the driver's own errors are read by their words; the server's carry a state, and their text can be anyone's.
  const fromServer = codes.some((c) => /^[0-9A-Z]{5}$/.test(c));
  if (!fromServer && typeof e.message === 'string' && UNAVAILABLE_MESSAGE.test(e.message)) return true;
  // graphql-js wraps what is not an `Error` of its own realm (a driver's AggregateError from node's net module, under
  // jest's VM modules) as NonErrorThrown, keeping it as `thrownValue`.
  const inner = [e.cause, e.originalError, e.thrownValue, ...(Array.isArray(e.errors) ? e.errors : [])];
  return inner.some((i) => i !== error && isServiceUnavailable(i, depth + 1));
}

export function serviceUnavailable(): AppError {
  return new AppError(ErrorCode.SERVICE_UNAVAILABLE, 'The database is unavailable just now; try again shortly', { http: { status: 503 } });
}

export function constraintOf(error: unknown): string | undefined {
  const e = error as { constraint?: unknown; cause?: { constraint?: unknown } } | undefined;
  const c = e?.constraint ?? e?.cause?.constraint;
  return typeof c === 'string' ? c : undefined;
}

/**
 * Runs a write and turns what the database refused because another row got there first (unique, exclusion,
 * optimistic lock) into CONFLICT; `messages` says it for people by constraint name. Anything else is rethrown.
 */
export async function conflictsAsErrors<T>(write: () => Promise<T>, messages: Record<string, { message: string; field?: string }> = {}): Promise<T> {
  try {
    return await write();
  } catch (error) {
    if (error instanceof AppError) throw error;
    // Changed by another request between this one's read and its write: the same answer as a stale version sent.
    if (error instanceof OptimisticLockError) throw AppError.stale();
    const state = sqlState(error);
    if (state && CONFLICT_CODES[state]) {
      const known = messages[constraintOf(error) ?? ''];
      throw new AppError(ErrorCode.CONFLICT, known?.message ?? 'This conflicts with an existing record', known?.field ? { field: known.field } : {});
    }
    throw error;
  }
}
