import type { Context } from '../context.js';

/** How long a statement of a batch job (an export) may run; a request's are held to `DB_STATEMENT_TIMEOUT_MS`. */
export const BATCH_STATEMENT_TIMEOUT_MS = 10 * 60 * 1000;

/**
 * Runs a batch job's reads in one read-only transaction that raises the statement timeout to the batch one for
 * itself only (`set local`), with a context bound to that transaction, so that every read runs on its one connection.
 * Migrations and seeding run on connections of their own without the request limits (`openDatabase`).
 */
export function batchReads<T>(ctx: Context, work: (batch: Context) => Promise<T>): Promise<T> {
  return ctx.em.transactional(
    async (tx) => {
      await tx.execute(`set local statement_timeout = ${BATCH_STATEMENT_TIMEOUT_MS}`);
      return work({ ...ctx, em: tx, memo: new Map() });
    },
    { readOnly: true },
  );
}
