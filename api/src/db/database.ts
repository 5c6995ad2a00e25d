import { MikroORM } from '@mikro-orm/postgresql';
import { join } from 'node:path';
import pg from 'pg';
import { FieldCipher } from '../common/crypto/field-cipher.js';
import type { Logger } from '../common/logging/logger.js';
import { secretFromFile, type Config } from '../config.js';
import { provideMigrationSecrets, type DataSecrets } from './migration-secrets.js';
import { startEmbeddedPostgres, type EmbeddedDatabase } from './embedded.js';
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

/**
 * What `npm start` runs: the database from DATABASE_URL, or an embedded PostgreSQL whose data lives under
 * `.data/pg` and survives restarts; then migrations, then the demo county if the database is empty.
 */
export async function openDatabase(config: Config, log: Logger): Promise<Database> {
  let embedded: EmbeddedDatabase | undefined;
  let url = config.databaseUrl;
  if (!url) {
    log.info({ dir: join(config.dataDir, 'pg'), port: config.embeddedPgPort }, 'starting embedded PostgreSQL');
    embedded = await startEmbeddedPostgres({
      dir: join(config.dataDir, 'pg'), port: config.embeddedPgPort, persistent: true,
      password: secretFromFile(config.dataDir, 'pg-password', 32),
    });
    if (embedded.replacedLegacyPassword) log.warn('embedded PostgreSQL: replaced the old built-in superuser password with the one in DATA_DIR/pg-password');
    url = await ensureDatabase(embedded.url, EMBEDDED_DATABASE);
  }
  try {
    // Migrations and seeding are batch work: their own connections, without the statement timeout of requests.
    const batch = await MikroORM.init(ormConfig(url));
    try {
      const secrets = { cipher: new FieldCipher(config.fieldKeys), lookupKey: config.lookupKey };
      const applied = await migrate(batch, secrets);
      if (applied.length) log.info({ migrations: applied }, 'migrations applied');
      if (config.seedDemo && (await isEmpty(batch.em.fork()))) {
        log.info('empty database: seeding the demo county');
        await seedDemoCounty(batch.em.fork(), secrets, (step, done, total) =>
          log.info({ step, done, total }, 'seeding'),
        );
        await seedDemoTrainingPhotos(batch.em.fork(), storageFor(config));
      }
    } finally {
      await batch.close(true);
    }
  } catch (error) {
    await embedded?.stop();
    throw error;
  }
  const orm = await MikroORM.init(ormConfig(url, {}, config.db));
  return {
    orm,
    url,
    async close() {
      await orm.close(true);
      await embedded?.stop();
    },
  };
}
