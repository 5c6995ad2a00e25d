import { MikroORM } from '@mikro-orm/postgresql';
import { randomBytes } from 'node:crypto';
import pg from 'pg';
import { ensureDatabase, migrate } from '../src/db/database.js';
import { ormConfig } from '../src/db/mikro-orm.config.js';
import { ensureAllPartitions } from '../src/db/partitions.js';
import { seedDemoCounty } from '../src/db/seed.js';
import { setClock } from '../src/common/clock.js';
import { FieldCipher } from '../src/common/crypto/field-cipher.js';
import { TEST_FIELD_KEYS, TEST_LOOKUP_KEY } from './secrets.js';

function serverUrl(): string {
  const url = process.env.FQ_TEST_SERVER_URL;
  if (!url) throw new Error('FQ_TEST_SERVER_URL is unset: run tests through jest (test/global-setup.mjs)');
  return url;
}

function urlFor(name: string): string {
  const url = new URL(serverUrl());
  url.pathname = `/${name}`;
  return url.toString();
}

const run = () => process.env.FQ_TEST_RUN ?? 'local';

/** The day the test template's demo county is seeded on (the demo's subsidies and assessment follow it). */
export const TEMPLATE_SEEDED_AT = '2026-12-02T10:00:00+08:00';

/**
 * Applies every migration to the empty database at `url` and, when `seeded`, seeds the demo county on
 * TEMPLATE_SEEDED_AT with the test keys: what the template of createTestDatabase holds, for a database on another
 * server (test/read-replica.integration-spec.ts builds its own primary).
 */
export async function migrateAndSeed(url: string, seeded = true): Promise<void> {
  const orm = await MikroORM.init(ormConfig(url, { preferTs: true }));
  try {
    const secrets = { cipher: new FieldCipher(TEST_FIELD_KEYS), lookupKey: TEST_LOOKUP_KEY };
    await migrate(orm, secrets);
    if (seeded) {
      // The demo's day-relative data (this quarter's subsidies, this year's assessment) is seeded on a fixed
      // day, so that no test depends on the day the suite runs.
      const restore = setClock(() => Date.parse(TEMPLATE_SEEDED_AT));
      try {
        await seedDemoCounty(orm.em.fork(), secrets);
        // As the server does after seeding: the demo's months in partitions of their own, not the default ones.
        await ensureAllPartitions(url, new Date(TEMPLATE_SEEDED_AT));
      } finally {
        restore();
      }
    }
  } finally {
    await orm.close(true);
  }
}

/**
 * A fresh database for one test file, cloned from a template that the first file to ask migrates and seeds
 * (an advisory lock keeps parallel workers from building it twice).
 */
export async function createTestDatabase(options: { seeded?: boolean } = {}): Promise<{ url: string; name: string; drop(): Promise<void> }> {
  const seeded = options.seeded ?? true;
  const template = `fq_tpl${seeded ? 's' : 'e'}_${run()}`;
  const admin = new pg.Client({ connectionString: serverUrl() });
  await admin.connect();
  try {
    await admin.query('select pg_advisory_lock(hashtext($1))', [template]);
    try {
      const exists = await admin.query('select 1 from pg_database where datname = $1', [template]);
      if (!exists.rowCount) await migrateAndSeed(await ensureDatabase(serverUrl(), template), seeded);
    } finally {
      await admin.query('select pg_advisory_unlock(hashtext($1))', [template]);
    }
    const name = `fq_t_${run()}_${randomBytes(4).toString('hex')}`;
    await admin.query(`create database "${name}" template "${template}"`);
    return {
      url: urlFor(name),
      name,
      async drop() {
        const c = new pg.Client({ connectionString: serverUrl() });
        await c.connect();
        await c.query(`drop database if exists "${name}" with (force)`).finally(() => c.end());
      },
    };
  } finally {
    await admin.end();
  }
}

/** An empty database with nothing applied, for the migration checks. */
export async function createBlankDatabase(): Promise<{ url: string; drop(): Promise<void> }> {
  const name = `fq_b_${run()}_${randomBytes(4).toString('hex')}`;
  const url = await ensureDatabase(serverUrl(), name);
  return {
    url,
    async drop() {
      const c = new pg.Client({ connectionString: serverUrl() });
      await c.connect();
      await c.query(`drop database if exists "${name}" with (force)`).finally(() => c.end());
    },
  };
}
