import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import { DEMO_PERSONS, demoCases } from '@fengqiao/seeds';
import { startTestApp, type TestApp } from '../../../test/app.js';
import { LoginCode } from './login-code.entity.js';

const phone = DEMO_PERSONS[0]!.phone;
const REQUEST = 'mutation($p: String!) { requestLoginCode(phone: $p) }';
const LOGIN = 'mutation($p: String!, $c: String!) { loginWithCode(phone: $p, code: $c) { token user { username role } } }';

describe('PhoneLoginService', () => {
  let app: TestApp;
  beforeAll(async () => {
    app = await startTestApp();
  });
  afterAll(() => app.close());

  /** The development sender writes the code to the log; read the newest one. */
  function lastCode(): string {
    const line = [...app.logs].reverse().find((l) => l.includes('"event":"login_code"'))!;
    return JSON.parse(line).code;
  }

  async function freshCode(): Promise<string> {
    await app.orm.em.fork().nativeDelete(LoginCode, {});
    // Past the one-request-a-minute limit of earlier tests, without waiting for it.
    app.clock.advance(61_000);
    const res = await app.gql(REQUEST, { p: phone });
    expect(res.data.requestLoginCode).toBe(true);
    return lastCode();
  }

  it('signs party.1 in with the code sent to their phone, and they read their own agreement', async () => {
    const code = await freshCode();
    expect(code).toMatch(/^\d{6}$/);
    const res = await app.gql(LOGIN, { p: phone, c: code });
    expect(res.data.loginWithCode.user).toEqual({ username: 'party.1', role: 'PARTY' });
    const kase = await app.gql('query($id: ID!) { mediationCase(id: $id) { agreement { content } } }', { id: demoCases()[0]!.id }, res.data.loginWithCode.token);
    expect(kase.data.mediationCase.agreement.content).toBe(demoCases()[0]!.agreement!.content);
    const reuse = await app.gql(LOGIN, { p: phone, c: code });
    expect(reuse.errors?.[0]?.extensions?.code).toBe('UNAUTHENTICATED');
  });

  it('logs the phone masked and stores only a hash of the code', async () => {
    const code = await freshCode();
    const line = [...app.logs].reverse().find((l) => l.includes('"event":"login_code"'))!;
    expect(line).not.toContain(phone);
    const rows = await app.orm.em.fork().find(LoginCode, {});
    expect(rows).toHaveLength(1);
    expect(rows[0]!.codeHash).not.toContain(code);
  });

  it('kills a code after five wrong attempts', async () => {
    const code = await freshCode();
    const wrong = code === '000000' ? '111111' : '000000';
    for (let i = 0; i < 5; i += 1) expect((await app.gql(LOGIN, { p: phone, c: wrong })).errors?.[0]?.extensions?.code).toBe('UNAUTHENTICATED');
    expect((await app.gql(LOGIN, { p: phone, c: code })).errors?.[0]?.extensions?.code).toBe('UNAUTHENTICATED');
  });

  it('refuses an expired code', async () => {
    const code = await freshCode();
    await app.orm.em.fork().nativeUpdate(LoginCode, {}, { expiresAt: new Date(Date.now() - 1000) });
    expect((await app.gql(LOGIN, { p: phone, c: code })).errors?.[0]?.extensions?.code).toBe('UNAUTHENTICATED');
  });

  it('answers an unknown phone exactly like a known one, and refuses a second request within a minute', async () => {
    await app.orm.em.fork().nativeDelete(LoginCode, {});
    app.clock.advance(61_000);
    const unknown = await app.gql(REQUEST, { p: '13999999999' });
    expect(unknown.data.requestLoginCode).toBe(true);
    expect(await app.orm.em.fork().count(LoginCode, {})).toBe(0);
    await app.gql(REQUEST, { p: phone });
    const again = await app.gql(REQUEST, { p: phone });
    expect(again.errors?.[0]?.extensions?.code).toBe('RATE_LIMITED');
    // An unknown phone is refused the same way, so the refusal reveals no account.
    const unknownAgain = await app.gql(REQUEST, { p: '13999999999' });
    expect(unknownAgain.errors?.[0]?.extensions?.code).toBe('RATE_LIMITED');
  });

  it('keeps the one-request-a-minute limit in the database: a restarted server refuses, a minute later it sends', async () => {
    app.clock.advance(61_000);
    expect((await app.gql(REQUEST, { p: phone })).data.requestLoginCode).toBe(true);
    const restarted = await startTestApp({}, { databaseOf: app, services: { now: app.clock.now } });
    try {
      const again = await restarted.gql(REQUEST, { p: phone });
      expect(again.errors?.[0]?.extensions?.code).toBe('RATE_LIMITED');
      expect(again.errors?.[0]?.extensions?.retryAfterSeconds).toBeGreaterThan(55);
      app.clock.advance(60_000);
      expect((await restarted.gql(REQUEST, { p: phone })).data.requestLoginCode).toBe(true);
    } finally {
      await restarted.close();
    }
  });

  it('names a bad phone or code', async () => {
    expect((await app.gql(REQUEST, { p: '0358-3521234' })).errors?.[0]?.extensions?.field).toBe('phone');
    expect((await app.gql(LOGIN, { p: phone, c: '12ab' })).errors?.[0]?.extensions?.field).toBe('code');
  });
});

describe('PhoneLoginService in production without an SMS gateway', () => {
  let app: TestApp;
  beforeAll(async () => {
    app = await startTestApp({ env: 'production' });
  });
  afterAll(() => app.close());

  it('refuses to pretend it sent a code', async () => {
    const res = await app.gql(REQUEST, { p: phone });
    expect(res.errors?.[0]?.extensions?.code).toBe('FORBIDDEN');
    expect(app.logs.join('\n')).not.toContain('"event":"login_code"');
  });
});
