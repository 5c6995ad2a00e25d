import { existsSync } from 'node:fs';
import { join } from 'node:path';
import pg from 'pg';
import { secretFromFile, type Config } from '../config.js';
import { EMBEDDED_DATABASE, ensureDatabase } from '../db/database.js';
import { embeddedServerUrl, startEmbeddedPostgres } from '../db/embedded.js';

export interface OpsDatabase {
  url: string;
  /** How it was reached, for the operator: `DATABASE_URL`, the running server's cluster, or a cluster started here. */
  via: string;
  close(): Promise<void>;
}

async function answers(url: string): Promise<boolean> {
  const client = new pg.Client({ connectionString: url, connectionTimeoutMillis: 5000 });
  client.on('error', () => undefined);
  try {
    await client.connect();
    return true;
  } catch {
    return false;
  } finally {
    await client.end().catch(() => undefined);
  }
}

/**
 * The database `npm start` uses, for the backup and restore commands: DATABASE_URL; or the embedded cluster under
 * DATA_DIR, which is the running server's when it answers on EMBEDDED_PG_PORT with the generated password, and
 * otherwise is started here for the duration. A restore must not run under a serving server (`serverRunning:
 * 'refuse'`); a backup reads alongside it.
 */
export async function opsDatabase(config: Config, serverRunning: 'use' | 'refuse'): Promise<OpsDatabase> {
  if (config.databaseUrl) return { url: config.databaseUrl, via: 'DATABASE_URL', close: async () => undefined };
  const dir = join(config.dataDir, 'pg');
  const password = secretFromFile(config.dataDir, 'pg-password', 32);
  const server = embeddedServerUrl(config.embeddedPgPort, password);
  if (existsSync(join(dir, 'postmaster.pid')) && (await answers(server))) {
    if (serverRunning === 'refuse') {
      throw new Error(`the embedded PostgreSQL under ${dir} is running (is the server up?): stop the server before restoring`);
    }
    return {
      url: await ensureDatabase(server, EMBEDDED_DATABASE),
      via: `the running embedded PostgreSQL on port ${config.embeddedPgPort}`,
      close: async () => undefined,
    };
  }
  const embedded = await startEmbeddedPostgres({ dir, port: config.embeddedPgPort, persistent: true, password });
  try {
    return {
      url: await ensureDatabase(embedded.url, EMBEDDED_DATABASE),
      via: `the embedded PostgreSQL under ${dir}, started for this command`,
      close: () => embedded.stop(),
    };
  } catch (error) {
    await embedded.stop();
    throw error;
  }
}
