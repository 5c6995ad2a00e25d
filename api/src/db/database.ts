import { MikroORM } from '@mikro-orm/postgresql';
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import pg from 'pg';
import { FieldCipher } from '../common/crypto/field-cipher.js';
import type { Logger } from '../common/logging/logger.js';
import { secretFromFile, type Config } from '../config.js';
import { now as clockNow } from '../common/clock.js';
import { ONCE_LOCKS, withAdvisoryLock } from './advisory-lock.js';
import { ensureAllPartitions } from './partitions.js';
import { provideMigrationSecrets, type DataSecrets } from './migration-secrets.js';
import { startEmbeddedPostgres, SUPERUSER, type EmbeddedDatabase } from './embedded.js';
import { ormConfig } from './mikro-orm.config.js';
import { isEmpty, seedDemoCounty } from './seed.js';
import { storageFor } from '../common/storage/storage.js';
import { seedDemoTrainingPhotos } from '../modules/training/training.seed.js';

export interface Database {
  orm: MikroORM;
  url: string;
  close(): Promise<void>;
}

/** The database the embedded cluster serves Fengqiao from. */
export const EMBEDDED_DATABASE = 'fengqiao';

/** Creates `name` on the server at `serverUrl` unless it exists. */
export async function ensureDatabase(serverUrl: string, name: string): Promise<string> {
  const client = new pg.Client({ connectionString: serverUrl });
  await client.connect();
  try {
    const exists = await client.query('select 1 from pg_database where datname = $1', [name]);
    if (!exists.rowCount) await client.query(`create database "${name.replace(/"/g, '')}"`);
  } finally {
    await client.end();
  }
  const url = new URL(serverUrl);
  url.pathname = `/${name}`;
  return url.toString();
}

/**
 * Applies every pending migration; the schema is never synchronised at run time. Migrations that seal existing data
 * borrow `secrets` (an empty database needs none).
 */
export async function migrate(orm: MikroORM, secrets?: DataSecrets): Promise<string[]> {
  if (secrets) provideMigrationSecrets(orm, secrets);
  const applied = await orm.migrator.up();
  return applied.map((m) => m.name);
}

/** The embedded PostgreSQL under DATA_DIR/pg, whose data survives restarts, and its `fengqiao` database. */
async function startDataDirCluster(config: Config, log: Logger): Promise<{ url: string; embedded: EmbeddedDatabase }> {
  log.info({ dir: join(config.dataDir, 'pg'), port: config.embeddedPgPort }, 'starting embedded PostgreSQL');
  const embedded = await startEmbeddedPostgres({
    dir: join(config.dataDir, 'pg'),
    port: config.embeddedPgPort,
    persistent: true,
    password: secretFromFile(config.dataDir, 'pg-password', 32),
  });
  if (embedded.replacedLegacyPassword)
    log.warn('embedded PostgreSQL: replaced the old built-in superuser password with the one in DATA_DIR/pg-password');
  try {
    return { url: await ensureDatabase(embedded.url, EMBEDDED_DATABASE), embedded };
  } catch (error) {
    await embedded.stop();
    throw error;
  }
}

/**
 * Applies pending migrations, and seeds the demo county into an empty database when `seed`, on connections of their
 * own. Under the advisory lock `fengqiao:migrate`: of several processes started at once against one database, one
 * migrates and seeds while the others wait, then find nothing pending and the database no longer empty.
 */
async function prepareDatabase(url: string, config: Config, log: Logger, seed: boolean): Promise<void> {
  await withAdvisoryLock(url, ONCE_LOCKS.migrate, () => prepareDatabaseAlone(url, config, log, seed));
}

async function prepareDatabaseAlone(url: string, config: Config, log: Logger, seed: boolean): Promise<void> {
  // Migrations and seeding are batch work: their own connections, without the statement timeout of requests.
  const batch = await MikroORM.init(ormConfig(url));
  try {
    const secrets = { cipher: new FieldCipher(config.fieldKeys), lookupKey: config.lookupKey };
    const applied = await migrate(batch, secrets);
    if (applied.length) log.info({ migrations: applied }, 'migrations applied');
    if (seed && (await isEmpty(batch.em.fork()))) {
      log.info('empty database: seeding the demo county');
      await seedDemoCounty(batch.em.fork(), secrets, (step, done, total) => log.info({ step, done, total }, 'seeding'));
      await seedDemoTrainingPhotos(batch.em.fork(), storageFor(config));
      // The demo's months get their partitions now rather than from the partition job after the server starts.
      await ensureAllPartitions(url, clockNow());
    }
  } finally {
    await batch.close(true);
  }
}

/**
 * The database `npm start` serves, ready: the one from DATABASE_URL, or an embedded PostgreSQL whose data lives under
 * `.data/pg` and survives restarts; then migrations, then the demo county if the database is empty. With WORKERS > 1
 * the cluster's primary does this once and its workers open the resulting URL with `prepared`.
 */
export async function prepareServerDatabase(config: Config, log: Logger): Promise<{ url: string; close(): Promise<void> }> {
  const started = config.databaseUrl ? undefined : await startDataDirCluster(config, log);
  const url = config.databaseUrl ?? started!.url;
  try {
    await prepareDatabase(url, config, log, config.seedDemo);
  } catch (error) {
    await started?.embedded.stop();
    throw error;
  }
  return { url, close: async () => void (await started?.embedded.stop()) };
}

/**
 * What `npm start` runs ({@link prepareServerDatabase}), then the request pool. `prepared`: a cluster worker, whose
 * primary has started and migrated the database at DATABASE_URL; it only opens its pool.
 */
export async function openDatabase(config: Config, log: Logger, options: { prepared?: boolean } = {}): Promise<Database> {
  if (options.prepared && !config.databaseUrl) throw new Error('a prepared database needs DATABASE_URL');
  const started = options.prepared ? { url: config.databaseUrl!, close: async () => undefined } : await prepareServerDatabase(config, log);
  const url = started.url;
  const orm = await MikroORM.init(ormConfig(url, {}, config.db, config.databaseReadUrls));
  return {
    orm,
    url,
    async close() {
      await orm.close(true);
      await started.close();
    },
  };
}

/** The `fengqiao` database of an embedded cluster already running under DATA_DIR (a serving `npm start`), if one answers. */
async function runningDataDirCluster(config: Config): Promise<string | undefined> {
  const passwordFile = join(config.dataDir, 'pg-password');
  if (!existsSync(passwordFile)) return undefined;
  const url = `postgresql://${SUPERUSER}:${encodeURIComponent(readFileSync(passwordFile, 'utf8').trim())}@127.0.0.1:${config.embeddedPgPort}/fengqiao`;
  const client = new pg.Client({ connectionString: url, connectionTimeoutMillis: 3000 });
  client.on('error', () => undefined);
  try {
    await client.connect();
    return url;
  } catch {
    return undefined;
  } finally {
    await client.end().catch(() => undefined);
  }
}

/**
 * The database for an operator's command (`npm run rotate-keys`, `npm run keys`), found as `npm start` finds it:
 * DATABASE_URL, else the embedded cluster under DATA_DIR, joined while the server runs or started for the command
 * and stopped after. Pending migrations are applied; nothing is seeded.
 */
export async function openToolDatabase(config: Config, log: Logger): Promise<{ url: string; close(): Promise<void> }> {
  const running = config.databaseUrl ?? (await runningDataDirCluster(config));
  const started = running ? undefined : await startDataDirCluster(config, log);
  const url = running ?? started!.url;
  try {
    await prepareDatabase(url, config, log, false);
  } catch (error) {
    await started?.embedded.stop();
    throw error;
  }
  return { url, close: async () => void (await started?.embedded.stop()) };
}
