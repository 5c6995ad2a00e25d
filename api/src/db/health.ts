import pg from 'pg';

export interface DatabaseHealth {
  /** True when the database answered `select 1` within the limit; false (never a wait beyond it) otherwise. */
  check(): Promise<boolean>;
  close(): Promise<void>;
}

/**
 * `/healthz`'s own connection to the database, apart from the request pool: it answers within `withinMs` whatever
 * the pool is doing (all of it busy, or waiting on a database that went away), and reports the database, not the pool.
 */
export function databaseHealth(url: string, withinMs = 800): DatabaseHealth {
  const pool = new pg.Pool({
    connectionString: url,
    max: 1,
    connectionTimeoutMillis: withinMs,
    statement_timeout: withinMs,
    idleTimeoutMillis: 60_000,
    allowExitOnIdle: true,
  });
  // A connection the server dropped while idle: the next check connects afresh.
  pool.on('error', () => undefined);
  return {
    async check() {
      let timer: NodeJS.Timeout | undefined;
      // When the timer fires, the answer may be waiting in the socket already (a busy event loop runs timers before
      // I/O): give it that one turn of the loop before calling the check late.
      const late = new Promise<false>((resolve) => {
        timer = setTimeout(() => setImmediate(() => resolve(false)), withinMs);
      });
      try {
        return await Promise.race([
          pool.query('select 1').then(
            () => true,
            () => false,
          ),
          late,
        ]);
      } finally {
        clearTimeout(timer);
      }
    },
    close: () => pool.end(),
  };
}
