import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import { demoAccount, demoPairings } from '@fengqiao/seeds';
import type { PostgreSqlConnection } from '@mikro-orm/postgresql';
import { randomBytes, randomUUID } from 'node:crypto';
import { rmSync } from 'node:fs';
import { dirname } from 'node:path';
import type { PoolClient } from 'pg';
import { TokenService } from '../src/common/auth/token.js';
import { fileUrlSigner } from '../src/common/storage/signed-url.js';
import type { Context } from '../src/context.js';
import { batchReads } from '../src/db/batch.js';
import { ensureDatabase } from '../src/db/database.js';
import { freePort, startEmbeddedPostgres, throwawayClusterDir, type EmbeddedDatabase } from '../src/db/embedded.js';
import { ZeroReport } from '../src/modules/zero-report/zero-report.entity.js';
import { startTestApp, TEST_SECRET, type TestApp } from './app.js';

/** A request that gives up after `ms`, so a server that hangs fails the test instead of the test hanging. */
async function timed(url: string, init: RequestInit & { ms?: number } = {}) {
  const started = Date.now();
  const res = await fetch(url, { ...init, signal: AbortSignal.timeout(init.ms ?? 15_000) });
  const text = await res.text();
  let json: any;
  try {
    json = JSON.parse(text);
  } catch {
    json = undefined;
  }
  return { status: res.status, json, ms: Date.now() - started };
}

function post(app: TestApp, query: string, token?: string) {
  return timed(`${app.url}/graphql`, {
    method: 'POST',
    headers: { 'content-type': 'application/json', ...(token ? { authorization: `Bearer ${token}` } : {}) },
    body: JSON.stringify({ query }),
  });
}

const ownVillage = demoPairings().find((p) => p.adviserId === demoAccount('adviser.1').adviserId)!.villageId;
const errorLines = (app: TestApp) => app.logs.filter((l) => /"level":(50|60)/.test(l));

describe('an exhausted pool', () => {
  const ACQUIRE_MS = 1500;
  let app: TestApp;
  let token: string;
  beforeAll(async () => {
    app = await startTestApp({ db: { poolMax: 2, acquireTimeoutMs: ACQUIRE_MS, statementTimeoutMs: 30_000 } });
    token = await app.login('bureau');
  });
  afterAll(() => app.close());

  it('answers 503 SERVICE_UNAVAILABLE after the bounded wait, while /healthz answers within a second; then serves again', async () => {
    const pool = await (app.orm.em.fork().getConnection() as PostgreSqlConnection).getNativeClient();
    const held: PoolClient[] = [await pool.connect(), await pool.connect()];
    try {
      const signedIn = await post(app, '{ regions { totalItems } }', token);
      expect(signedIn.status).toBe(503);
      expect(signedIn.json.errors).toEqual([expect.objectContaining({ extensions: { code: 'SERVICE_UNAVAILABLE' } })]);
      expect(signedIn.ms).toBeGreaterThanOrEqual(ACQUIRE_MS - 100);
      expect(signedIn.ms).toBeLessThan(ACQUIRE_MS + 3000);

      const anonymous = await post(app, 'mutation { login(username: "bureau", password: "wrong") { token } }');
      expect(anonymous.status).toBe(503);
      expect(anonymous.json.errors[0].extensions.code).toBe('SERVICE_UNAVAILABLE');

      const rest = await timed(`${app.url}/api/exports/mediation-cases.xlsx`, { headers: { authorization: `Bearer ${token}` } });
      expect(rest.status).toBe(503);
      expect(rest.json.errors[0].extensions.code).toBe('SERVICE_UNAVAILABLE');

      const health = await timed(`${app.url}/healthz`, { ms: 5000 });
      expect(health.ms).toBeLessThan(1000);
      expect(health.status).toBe(200);
    } finally {
      for (const c of held) c.release();
    }
    const after = await post(app, '{ regions { totalItems } }', token);
    expect(after.status).toBe(200);
    expect(after.json.data.regions.totalItems).toBeGreaterThan(0);
    expect(errorLines(app)).toEqual([]);
  }, 60_000);
});

describe('statement timeouts', () => {
  let app: TestApp;
  beforeAll(async () => {
    app = await startTestApp({ db: { poolMax: 4, acquireTimeoutMs: 5000, statementTimeoutMs: 500 } });
  });
  afterAll(() => app.close());

  it('cancel a request’s statement past the request limit (503), while an export’s transaction may run longer', async () => {
    const em = app.orm.em.fork();
    const zeroReports = await em.count(ZeroReport, {});
    await em.execute(`create function slow_row() returns trigger language plpgsql as $$ begin perform pg_sleep(1); return new; end $$`);
    await em.execute('create trigger slow_zero_report before insert on zero_report for each row execute function slow_row()');
    try {
      const res = await post(
        app,
        `mutation { reportZeroDisputes(villageId: "${ownVillage}", month: "2024-01") { month } }`,
        await app.login('adviser.1'),
      );
      expect(res.status).toBe(503);
      expect(res.json.errors[0].extensions.code).toBe('SERVICE_UNAVAILABLE');
      expect(await app.orm.em.fork().count(ZeroReport, {})).toBe(zeroReports);
    } finally {
      await em.execute('drop trigger slow_zero_report on zero_report; drop function slow_row()');
    }
    await expect(app.orm.em.fork().execute('select pg_sleep(1)')).rejects.toMatchObject({ code: '57014' });
    const batch = { em: app.orm.em.fork() } as Context;
    await expect(batchReads(batch, (b) => b.em.execute('select pg_sleep(1) as slept'))).resolves.toHaveLength(1);
  }, 30_000);
});

describe('a database that goes away', () => {
  const password = randomBytes(18).toString('base64url');
  let dir: string;
  let port: number;
  let pg: EmbeddedDatabase;
  let app: TestApp;
  beforeAll(async () => {
    dir = throwawayClusterDir('fq-outage-');
    port = await freePort();
    pg = await startEmbeddedPostgres({ dir, port, persistent: true, password });
    const url = await ensureDatabase(pg.url, 'fq_outage');
    app = await startTestApp({ databaseUrl: url, db: { poolMax: 3, acquireTimeoutMs: 2000, statementTimeoutMs: 30_000 } });
  }, 60_000);
  afterAll(async () => {
    await app.close();
    await pg.stop();
    rmSync(dirname(dir), { recursive: true, force: true });
  });

  it('answers 503 SERVICE_UNAVAILABLE for GraphQL and REST alike while it is down, and recovers without a restart', async () => {
    expect((await timed(`${app.url}/healthz`)).status).toBe(200);
    await pg.stop();

    const token = await new TokenService(TEST_SECRET, 3600).sign(randomUUID(), 'BUREAU_ADMIN', 0);
    const cases: Array<[string, Promise<{ status: number; json: any; ms: number }>]> = [
      ['a mutation that reads the database', post(app, 'mutation { login(username: "bureau", password: "x") { token } }')],
      ['a signed-in query (the viewer is looked up first)', post(app, '{ me { id } }', token)],
      ['a REST export', timed(`${app.url}/api/exports/mediation-cases.xlsx`, { headers: { authorization: `Bearer ${token}` } })],
      ['a signed file link', timed(`${app.url}${fileUrlSigner(TEST_SECRET).url(randomUUID())}`)],
    ];
    for (const [what, pending] of cases) {
      const res = await pending;
      expect({ what, status: res.status, code: res.json?.errors?.[0]?.extensions?.code }).toEqual({ what, status: 503, code: 'SERVICE_UNAVAILABLE' });
    }
    const health = await timed(`${app.url}/healthz`, { ms: 5000 });
    expect(health.status).toBe(503);
    expect(health.ms).toBeLessThan(1000);
    // An outage is worth a warning with its code, not an error with a stack for every request.
    expect(errorLines(app)).toEqual([]);
    expect(app.logs.some((l) => l.includes('"level":40') && l.includes('SERVICE_UNAVAILABLE'))).toBe(true);

    pg = await startEmbeddedPostgres({ dir, port, persistent: true, password });
    expect((await timed(`${app.url}/healthz`)).status).toBe(200);
    const back = await post(app, '{ me { id } }');
    expect(back.status).toBe(200);
  }, 90_000);
});
