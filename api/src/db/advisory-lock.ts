import pg from 'pg';

/**
 * Jobs that must run once however many API processes serve one database, each under a PostgreSQL advisory lock of
 * its own, keyed `hashtextextended(<name>, 0)` like the other advisory locks in the code.
 */
export const ONCE_LOCKS = {
  /** Migrations and the demo seed: a second process waits, then finds nothing pending and the database not empty. */
  migrate: 'fengqiao:migrate',
  /** The daily backup: the process that does not get it skips the run (the other is making it). */
  dailyBackup: 'fengqiao:daily-backup',
  /** Creating the months ahead of the growth tables' partitions and archiving old audit months: one process at a time. */
  partitions: 'fengqiao:partitions',
  /**
   * The first run's setup token: held for its life by the process that issued it, so that another process starting
   * meanwhile leaves that token valid, while a restart (the holder gone) issues a new one.
   */
  setupToken: 'fengqiao:setup-token',
} as const;

async function lockSession(url: string): Promise<pg.Client> {
  const client = new pg.Client({ connectionString: url });
  // A connection lost while holding the lock releases it on the server; nothing to do here but not crash.
  client.on('error', () => undefined);
  await client.connect();
  return client;
}

/**
 * Runs `fn` holding the session-level advisory lock `name`, waiting for it while another process holds it. The lock
 * lives on a connection of its own, so that it is released when `fn` ends, and by the server if this process dies.
 */
export async function withAdvisoryLock<T>(url: string, name: string, fn: () => Promise<T>): Promise<T> {
  const client = await lockSession(url);
  try {
    await client.query('select pg_advisory_lock(hashtextextended($1, 0))', [name]);
    try {
      return await fn();
    } finally {
      await client.query('select pg_advisory_unlock(hashtextextended($1, 0))', [name]).catch(() => undefined);
    }
  } finally {
    await client.end().catch(() => undefined);
  }
}

/** Runs `fn` if the advisory lock `name` is free (`{ ran: true }`), else at once `{ ran: false }` without running it. */
export async function tryAdvisoryLock<T>(url: string, name: string, fn: () => Promise<T>): Promise<{ ran: true; value: T } | { ran: false }> {
  const client = await lockSession(url);
  try {
    const { rows } = await client.query<{ got: boolean }>('select pg_try_advisory_lock(hashtextextended($1, 0)) as got', [name]);
    if (!rows[0]?.got) return { ran: false };
    try {
      return { ran: true, value: await fn() };
    } finally {
      await client.query('select pg_advisory_unlock(hashtextextended($1, 0))', [name]).catch(() => undefined);
    }
  } finally {
    await client.end().catch(() => undefined);
  }
}

/**
 * Takes the advisory lock `name` if it is free and keeps it until `release` or the end of this process (its connection
 * closes with it); undefined at once when another process holds it.
 */
export async function holdAdvisoryLock(url: string, name: string): Promise<{ release(): Promise<void> } | undefined> {
  const client = await lockSession(url);
  try {
    const { rows } = await client.query<{ got: boolean }>('select pg_try_advisory_lock(hashtextextended($1, 0)) as got', [name]);
    if (rows[0]?.got) return { release: () => client.end().catch(() => undefined) };
  } catch (error) {
    await client.end().catch(() => undefined);
    throw error;
  }
  await client.end().catch(() => undefined);
  return undefined;
}
