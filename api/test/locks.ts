import pg from 'pg';
import type { TestApp } from './app.js';

/**
 * Runs `work` while a connection of its own holds `table` in `mode`, so that the statements needing it wait until `work`
 * is done: a test's way to make one step of a request as slow as it likes. `work` may ask how many statements wait for
 * a lock (on that connection: the app's pool may be all taken by waiting statements).
 */
export async function holdingTable<T>(app: TestApp, table: string, mode: string, work: (waiting: () => Promise<number>) => Promise<T>): Promise<T> {
  const holder = new pg.Client({ connectionString: app.config.databaseUrl });
  await holder.connect();
  const waiting = async () => {
    // Inside the holder's transaction the activity view would keep its first snapshot.
    await holder.query('select pg_stat_clear_snapshot()');
    const { rows } = await holder.query<{ n: string }>(
      `select count(*) as n from pg_stat_activity where datname = current_database() and wait_event_type = 'Lock'`,
    );
    return Number(rows[0]!.n);
  };
  try {
    await holder.query('begin');
    await holder.query(`lock table ${table} in ${mode} mode`);
    return await work(waiting);
  } finally {
    await holder.query('commit').catch(() => undefined);
    await holder.end();
  }
}

/** Polls `condition` until it holds or `timeoutMs` passes; tells which. */
export async function eventually(condition: () => boolean | Promise<boolean>, timeoutMs = 5000): Promise<boolean> {
  for (let waited = 0; waited < timeoutMs; waited += 20) {
    if (await condition()) return true;
    await new Promise((resolve) => setTimeout(resolve, 20));
  }
  return condition();
}
