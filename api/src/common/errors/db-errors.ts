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
    if (error instanceof OptimisticLockError) {
      throw new AppError(ErrorCode.CONFLICT, 'Someone else changed this record meanwhile; reload it and try again', { field: 'version' });
    }
    const state = sqlState(error);
    if (state && CONFLICT_CODES[state]) {
      const known = messages[constraintOf(error) ?? ''];
      throw new AppError(ErrorCode.CONFLICT, known?.message ?? 'This conflicts with an existing record', known?.field ? { field: known.field } : {});
    }
    throw error;
  }
}
