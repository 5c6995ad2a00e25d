import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import { DEMO_PASSWORD } from '@fengqiao/seeds';
import { randomUUID } from 'node:crypto';
import pg from 'pg';
import { MIGRATIONS } from '../src/db/migrations/index.js';
import { type ApiProcess, gqlAt, startApiProcess } from './api-process.js';
import { createBlankDatabase, createTestDatabase } from './database.js';
import { eventually } from './locks.js';

// Two real API processes (child processes, each its own port) on ONE database behave as one: nothing that must be
// shared lives in a process's memory.

const LOGIN = 'mutation($u: String!, $p: String!) { login(username: $u, password: $p) { token } }';
const ME = '{ me { id username } }';
const CHANGE = 'mutation($c: String!, $n: String!) { changePassword(currentPassword: $c, newPassword: $n) { token } }';
const READ_SETTINGS = '{ settings { adviserLoadCap version } }';
const UPDATE_SETTINGS = 'mutation($i: SettingsInput!) { updateSettings(input: $i) { adviserLoadCap version } }';

async function login(at: ApiProcess, username: string, password = DEMO_PASSWORD): Promise<string> {
  const res = await gqlAt(at.url, LOGIN, { u: username, p: password });
  if (!res.data?.login) throw new Error(`sign-in as ${username} failed: ${JSON.stringify(res.errors)}`);
  return res.data.login.token;
}

describe('two API processes on one database', () => {
  let db: Awaited<ReturnType<typeof createTestDatabase>>;
  let a: ApiProcess;
  let b: ApiProcess;
  beforeAll(async () => {
    db = await createTestDatabase();
    [a, b] = await Promise.all([startApiProcess(db.url), startApiProcess(db.url)]);
    await Promise.all([a.ready, b.ready]);
  }, 240_000);
  afterAll(async () => {
    await Promise.all([a?.stop(), b?.stop()]);
    await db?.drop();
  });

  it('count wrong passwords tried on either together: the sixth try is refused with retryAfterSeconds, on both', async () => {
    for (let i = 0; i < 5; i += 1) {
      const res = await gqlAt((i % 2 ? b : a).url, LOGIN, { u: 'adviser.2', p: `wrong-${i}` });
      expect(res.errors?.[0]?.extensions?.code).toBe('UNAUTHENTICATED');
    }
    for (const at of [b, a]) {
      // The right password too: five wrong ones were tried from this address, wherever they landed.
      const refused = await gqlAt(at.url, LOGIN, { u: 'adviser.2', p: DEMO_PASSWORD });
      expect(refused.data?.login ?? null).toBeNull();
      expect(refused.errors?.[0]?.extensions).toMatchObject({ code: 'RATE_LIMITED', retryAfterSeconds: expect.any(Number) });
      expect(refused.errors![0]!.extensions!.retryAfterSeconds).toBeGreaterThan(0);
    }
  });

  it('refuse on one a token revoked through the other (the password changed there) with UNAUTHENTICATED', async () => {
    const token = await login(a, 'office.tianning');
    expect((await gqlAt(b.url, ME, {}, token)).data?.me.username).toBe('office.tianning');
    const changed = await gqlAt(a.url, CHANGE, { c: DEMO_PASSWORD, n: 'Multi-process-passphrase-2026' }, token);
    expect(changed.errors).toBeUndefined();
    const revoked = await gqlAt(b.url, ME, {}, token);
    expect(revoked.data?.me ?? null).toBeNull();
    expect(revoked.errors?.[0]?.extensions).toMatchObject({ code: 'UNAUTHENTICATED', reason: 'PASSWORD_CHANGED' });
    // The new token works on both.
    const fresh = changed.data.changePassword.token as string;
    for (const at of [a, b]) expect((await gqlAt(at.url, ME, {}, fresh)).data?.me.username).toBe('office.tianning');
  });

  it('read through one a setting changed through the other within a second', async () => {
    const token = await login(b, 'bureau');
    const before = (await gqlAt(b.url, READ_SETTINGS, {}, token)).data.settings;
    const changed = await gqlAt(a.url, UPDATE_SETTINGS, { i: { adviserLoadCap: before.adviserLoadCap + 1, version: before.version } }, token);
    expect(changed.errors).toBeUndefined();
    const at = Date.now();
    let seen: number | undefined;
    while (Date.now() - at < 1000) {
      seen = (await gqlAt(b.url, READ_SETTINGS, {}, token)).data.settings.adviserLoadCap;
      if (seen === before.adviserLoadCap + 1) break;
    }
    expect(seen).toBe(before.adviserLoadCap + 1);
  });
});

describe('two API processes started at once on an empty database', () => {
  let db: Awaited<ReturnType<typeof createBlankDatabase>>;
  let procs: ApiProcess[] = [];
  beforeAll(async () => {
    db = await createBlankDatabase();
  });
  afterAll(async () => {
    await Promise.all(procs.map((p) => p.stop()));
    await db?.drop();
  });

  it('both come up; the migrations ran exactly once, by one of them, and one setup token was issued, left valid by the other', async () => {
    procs = await Promise.all([startApiProcess(db.url), startApiProcess(db.url)]);
    await Promise.all(procs.map((p) => p.ready));

    const client = new pg.Client({ connectionString: db.url });
    await client.connect();
    try {
      const { rows } = await client.query<{ name: string; n: number }>(
        'select name, count(*)::int as n from mikro_orm_migrations group by name order by name',
      );
      expect(rows.filter((r) => r.n > 1)).toEqual([]);
      expect(rows).toHaveLength(MIGRATIONS.length);
    } finally {
      await client.end();
    }
    const said = (p: ApiProcess, what: RegExp) => p.logs.filter((l) => what.test(l)).length;
    expect(procs.map((p) => said(p, /"msg":"migrations applied"/)).sort()).toEqual([0, 1]);
    // Each says what it did about the setup token just after it starts listening.
    await eventually(() => procs.every((p) => said(p, /"event":"setup_token(_elsewhere)?"/) > 0), 30_000);
    expect(procs.map((p) => said(p, /"event":"setup_token"/)).sort()).toEqual([0, 1]);
    expect(procs.map((p) => said(p, /"event":"setup_token_elsewhere"/)).sort()).toEqual([0, 1]);
    const stored = new pg.Client({ connectionString: db.url });
    await stored.connect();
    await expect(stored.query('select count(*)::int as n from setup_token').finally(() => stored.end())).resolves.toMatchObject({ rows: [{ n: 1 }] });
    // Both serve.
    for (const p of procs) expect((await fetch(`${p.url}/healthz`)).status).toBe(200);
  }, 240_000);
});

describe('npm start with WORKERS=2', () => {
  let db: Awaited<ReturnType<typeof createTestDatabase>>;
  let proc: ApiProcess | undefined;
  beforeAll(async () => {
    db = await createTestDatabase();
  });
  afterAll(async () => {
    await proc?.stop();
    await db?.drop();
  });

  const lines = (p: ApiProcess, msg: string) => p.logs.filter((l) => l.includes(`"msg":"${msg}"`)).map((l) => JSON.parse(l));
  const alive = (pid: number) => {
    try {
      process.kill(pid, 0);
      return true;
    } catch {
      return false;
    }
  };

  it('serves from both workers on one port, restarts a worker that dies, and stops them all on SIGTERM', async () => {
    const p = await startApiProcess(db.url, { WORKERS: '2' });
    proc = p;
    await p.ready;
    expect(await eventually(() => lines(p, 'worker serving').length >= 2, 120_000)).toBe(true);
    const ids = Array.from({ length: 24 }, () => randomUUID());
    await Promise.all(ids.map((id) => fetch(`${p.url}/healthz`, { headers: { 'x-request-id': id } }).then((r) => expect(r.status).toBe(200))));
    await eventually(() => lines(p, 'request').filter((l) => ids.includes(l.requestId)).length === ids.length);
    const servedBy = new Set(
      lines(p, 'request')
        .filter((l) => ids.includes(l.requestId))
        .map((l) => l.worker),
    );
    expect(servedBy.size).toBe(2);

    const [first] = lines(p, 'worker serving');
    process.kill(first.pid, 'SIGKILL');
    expect(await eventually(() => lines(p, 'worker serving').length >= 3, 120_000)).toBe(true);
    expect(lines(p, 'worker died; restarting it')).toEqual([expect.objectContaining({ pid: first.pid, signal: 'SIGKILL' })]);
    expect((await fetch(`${p.url}/healthz`)).status).toBe(200);

    const workers = lines(p, 'worker serving').map((l) => l.pid as number);
    process.kill(p.pid, 'SIGTERM');
    expect(await p.exited).toBe(0);
    expect(workers.filter(alive)).toEqual([]);
    // Each worker finished its requests and exited by itself, none had to be killed.
    expect(
      lines(p, 'worker stopped')
        .map((l) => [l.pid, l.code, l.signal])
        .sort(),
    ).toEqual(
      workers
        .filter((pid) => pid !== first.pid)
        .map((pid) => [pid, 0, null])
        .sort(),
    );
    expect(lines(p, 'worker did not stop within 15 s; killing it')).toEqual([]);
  }, 300_000);
});
