import { MikroORM } from '@mikro-orm/postgresql';
import { DEMO_PASSWORD } from '@fengqiao/seeds';
import type { AddressInfo } from 'node:net';
import { setClock } from '../src/common/clock.js';
import { createLogger } from '../src/common/logging/logger.js';
import { loadConfig, type Config } from '../src/config.js';
import { ormConfig } from '../src/db/mikro-orm.config.js';
import { createFengqiaoServer, type FengqiaoServer, type ServiceOverrides } from '../src/server.js';
import { createTestDatabase } from './database.js';
import { TEST_FIELD_KEYS, TEST_JWT_SECRET, TEST_LOOKUP_KEY } from './secrets.js';

export interface GqlResponse<T = any> {
  status: number;
  data?: T;
  errors?: Array<{ message: string; path?: string[]; extensions?: Record<string, any> }>;
}

/**
 * The server's clock (`common/clock.ts`: today(), deadlines, overdue, timestamps; services.now): it starts at the
 * instant the app started, or at `options.at` for a test about particular dates, and a test moves it with `advance`,
 * so that no test waits for time to pass or depends on the day it runs. (To run the whole suite on another day,
 * demo data and PostgreSQL included, use libfaketime: see the README.)
 */
export interface TestClock {
  now(): Date;
  advance(ms: number): void;
}

export interface TestApp {
  url: string;
  orm: MikroORM;
  server: FengqiaoServer;
  config: Config;
  clock: TestClock;
  /** Every JSON line the server logged, for assertions about what logs may contain. */
  logs: string[];
  /**
   * `from` is the client's address, sent as X-Forwarded-For (the server trusts it from loopback). It asks for English
   * messages (Accept-Language: en), which the tests read; `gqlIn` asks in another language, or in none.
   */
  gql<T = any>(query: string, variables?: Record<string, unknown>, token?: string, from?: string): Promise<GqlResponse<T>>;
  /** `gql` with this Accept-Language header (null: none, as a client that says nothing). */
  gqlIn<T = any>(acceptLanguage: string | null, query: string, variables?: Record<string, unknown>, token?: string): Promise<GqlResponse<T>>;
  /** Signs in a demo account and returns its bearer token. */
  login(username: string): Promise<string>;
  close(): Promise<void>;
}

export const TEST_SECRET = TEST_JWT_SECRET;

export interface TestAppOptions {
  /** Serve the database of this app instead of a fresh one (a restart); closing leaves it to its owner. */
  databaseOf?: TestApp;
  services?: ServiceOverrides;
  /** Where the server's clock starts (an ISO instant); by default the instant the app starts. */
  at?: string;
}

function clockStart(at: string | undefined): number {
  if (!at) return Date.now();
  const ms = Date.parse(at);
  if (Number.isNaN(ms)) throw new Error(`not an ISO instant for the test clock: ${at}`);
  return ms;
}

/**
 * The whole server on a fresh seeded database, listening on a free port. `FQ_TEST_POOL_MAX=1` runs every suite on a
 * request pool of one connection, where anything that takes a second connection inside a transaction times out.
 */
export async function startTestApp(overrides: Partial<Config> = {}, options: TestAppOptions = {}): Promise<TestApp> {
  // A given database is the caller's to keep or drop; otherwise a fresh clone of the seeded template.
  const shared = options.databaseOf?.config.databaseUrl ?? overrides.databaseUrl;
  const db = shared ? { url: shared, drop: async () => undefined } : await createTestDatabase();
  const logs: string[] = [];
  const log = createLogger('info', { write: (line: string) => void logs.push(line) });
  const poolMax = Number(process.env.FQ_TEST_POOL_MAX) || undefined;
  const config = loadConfig({
    env: 'test',
    port: 0,
    databaseUrl: db.url,
    jwtSecret: TEST_SECRET,
    fieldKeys: TEST_FIELD_KEYS,
    lookupKey: TEST_LOOKUP_KEY,
    logLevel: 'info',
    consoleDir: '/nonexistent-console-build',
    dataDir: '/nonexistent-data-dir',
    ...overrides,
  });
  if (poolMax && !overrides.db) config.db = { ...config.db, poolMax };
  const orm = await MikroORM.init(ormConfig(db.url, { preferTs: true }, config.db, config.databaseReadUrls));
  let at = clockStart(options.at);
  const clock: TestClock = {
    now: () => new Date(at),
    advance: (ms) => {
      at += ms;
    },
  };
  // The rest of the server reads a clock that runs from the same start (records made one after the other keep their
  // order) and moves with `advance`; the throttles' `services.now` stands still between advances.
  const startedAt = Date.now();
  const restoreClock = setClock(() => at + (Date.now() - startedAt));
  const server = await createFengqiaoServer(config, orm, log, { now: clock.now, ...options.services });
  await new Promise<void>((resolve) => server.http.listen(0, '127.0.0.1', resolve));
  const { port } = server.http.address() as AddressInfo;
  const url = `http://127.0.0.1:${port}`;

  const gqlIn = async <T>(
    acceptLanguage: string | null,
    query: string,
    variables?: Record<string, unknown>,
    token?: string,
    from?: string,
  ): Promise<GqlResponse<T>> => {
    const res = await fetch(`${url}/graphql`, {
      method: 'POST',
      headers: {
        'content-type': 'application/json',
        ...(acceptLanguage ? { 'accept-language': acceptLanguage } : {}),
        ...(token ? { authorization: `Bearer ${token}` } : {}),
        ...(from ? { 'x-forwarded-for': from } : {}),
      },
      body: JSON.stringify({ query, variables }),
    });
    const body = (await res.json()) as Omit<GqlResponse<T>, 'status'>;
    return { status: res.status, ...body };
  };
  const gql = <T>(query: string, variables?: Record<string, unknown>, token?: string, from?: string) => gqlIn<T>('en', query, variables, token, from);

  const tokens = new Map<string, string>();
  return {
    url,
    orm,
    server,
    config,
    clock,
    logs,
    gql,
    gqlIn,
    async login(username) {
      const cached = tokens.get(username);
      if (cached) return cached;
      const res = await gql<{ login: { token: string } }>('mutation($u: String!, $p: String!) { login(username: $u, password: $p) { token } }', {
        u: username,
        p: DEMO_PASSWORD,
      });
      if (!res.data?.login) throw new Error(`login ${username} failed: ${JSON.stringify(res.errors)}`);
      tokens.set(username, res.data.login.token);
      return res.data.login.token;
    },
    async close() {
      restoreClock();
      await server.stop();
      await orm.close(true);
      await db.drop();
    },
  };
}

/** Runs `fn` and returns how many SQL statements MikroORM sent meanwhile. */
export async function countQueries(fn: () => Promise<unknown>): Promise<{ count: number; statements: string[] }> {
  const { onQuery } = await import('../src/db/mikro-orm.config.js');
  const statements: string[] = [];
  const off = onQuery((sql) => statements.push(sql));
  try {
    await fn();
  } finally {
    off();
  }
  return { count: statements.length, statements };
}
