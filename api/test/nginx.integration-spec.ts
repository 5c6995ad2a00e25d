import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import { DEMO_PASSWORD } from '@fengqiao/seeds';
import { randomUUID } from 'node:crypto';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { type LocalNginx, nginxBinary, startLocalNginx } from '../bench/nginx.js';
import { type ApiProcess, gqlAt, startApiProcess } from './api-process.js';
import { createTestDatabase } from './database.js';
import { eventually } from './locks.js';

// Two API processes behind a real nginx (Debian's package), proxying as the committed docs/nginx/fengqiao.conf does.
const nginx = nginxBinary();
if (!nginx && process.env.CI === 'true') throw new Error('nginx is not installed: CI installs it (.ci/run, system packages)');
const describeWithNginx = nginx ? describe : describe.skip;
if (!nginx) console.warn('nginx.integration-spec: skipped, nginx is not installed (apt-get install nginx)');

describeWithNginx('two API processes behind nginx', () => {
  let db: Awaited<ReturnType<typeof createTestDatabase>>;
  let procs: ApiProcess[] = [];
  let proxy: LocalNginx;
  let dir: string;
  beforeAll(async () => {
    db = await createTestDatabase();
    procs = await Promise.all([startApiProcess(db.url), startApiProcess(db.url)]);
    await Promise.all(procs.map((p) => p.ready));
    dir = mkdtempSync(join(tmpdir(), 'fq-nginx-'));
    proxy = await startLocalNginx(
      nginx!,
      dir,
      procs.map((p) => p.port),
    );
  }, 240_000);
  afterAll(async () => {
    await proxy?.stop();
    await Promise.all(procs.map((p) => p.stop()));
    await db?.drop();
    if (dir) rmSync(dir, { recursive: true, force: true });
  });

  it('spreads requests over both processes', async () => {
    const ids = Array.from({ length: 12 }, () => randomUUID());
    // Concurrent, as clients are: least_conn sends each to the process with fewer in flight.
    await Promise.all(
      ids.map(async (id) => {
        const res = await fetch(`${proxy.url}/healthz`, { headers: { 'x-request-id': id } });
        expect(res.status).toBe(200);
        expect(res.headers.get('x-request-id')).toBe(id);
      }),
    );
    // A request's log line follows its answer through the process's stdout.
    await eventually(() => ids.every((id) => procs.some((p) => p.served(id))));
    const byProcess = procs.map((p) => ids.filter((id) => p.served(id)).length);
    expect(byProcess[0]! + byProcess[1]!).toBe(ids.length);
    expect(byProcess[0]).toBeGreaterThan(0);
    expect(byProcess[1]).toBeGreaterThan(0);
    const upstreams = new Set(proxy.accessLog().map((l) => /upstream=(\S+)/.exec(l)?.[1]));
    for (const p of procs) expect(upstreams).toContain(`127.0.0.1:${p.port}`);
  });

  it('signs in through nginx, and the token works on whichever process answers', async () => {
    const login = await gqlAt(proxy.url, 'mutation($u: String!, $p: String!) { login(username: $u, password: $p) { token } }', {
      u: 'bureau',
      p: DEMO_PASSWORD,
    });
    expect(login.errors).toBeUndefined();
    const token = login.data.login.token as string;
    const ids = Array.from({ length: 8 }, () => randomUUID());
    const answers = await Promise.all(ids.map((id) => gqlAt(proxy.url, '{ me { username } }', {}, token, id)));
    for (const a of answers) expect(a.data?.me.username).toBe('bureau');
    await eventually(() => ids.every((id) => procs.some((p) => p.served(id))));
    for (const p of procs) expect(ids.some((id) => p.served(id))).toBe(true);
  });

  it('passes the client address on (TRUST_PROXY=loopback): the sign-in throttle counts the client, not nginx', async () => {
    // Five wrong tries from one client through nginx: the client is refused, another client behind the same nginx is not.
    const tryAs = (from: string, password: string) =>
      fetch(`${proxy.url}/graphql`, {
        method: 'POST',
        headers: { 'content-type': 'application/json', 'x-forwarded-for': from },
        body: JSON.stringify({ query: 'mutation($p: String!) { login(username: "analyst", password: $p) { token } }', variables: { p: password } }),
      }).then((r) => r.json() as Promise<{ data?: any; errors?: any[] }>);
    for (let i = 0; i < 5; i += 1) expect((await tryAs('203.0.113.7', `wrong-${i}`)).errors?.[0]?.extensions?.code).toBe('UNAUTHENTICATED');
    expect((await tryAs('203.0.113.7', DEMO_PASSWORD)).errors?.[0]?.extensions?.code).toBe('RATE_LIMITED');
    expect((await tryAs('198.51.100.7', DEMO_PASSWORD)).data?.login?.token).toEqual(expect.any(String));
  });
});
