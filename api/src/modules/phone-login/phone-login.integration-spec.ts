import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import { DEMO_PERSONS, demoCases } from '@fengqiao/seeds';
import { startTestApp, type GqlResponse, type TestApp } from '../../../test/app.js';
import { eventually, holdingTable } from '../../../test/locks.js';
import type { CodeSender } from './code-sender.js';
import { LoginCode } from './login-code.entity.js';

const phone = DEMO_PERSONS[0]!.phone;
const REQUEST = 'mutation($p: String!) { requestLoginCode(phone: $p) }';
const LOGIN = 'mutation($p: String!, $c: String!) { loginWithCode(phone: $p, code: $c) { token user { username role } } }';

describe('PhoneLoginService', () => {
  let app: TestApp;
  beforeAll(async () => {
    // Tests speak from several addresses through X-Forwarded-For, as clients behind a trusted proxy on loopback.
    app = await startTestApp({ trustProxy: 'loopback' });
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
    // The code is sent after the answer.
    await app.server.services.background.settled();
    return lastCode();
  }

  const codeOf = (res: GqlResponse) => (res.data?.loginWithCode ? 'OK' : res.errors?.[0]?.extensions?.code);

  it('signs party.1 in with the code sent to their phone, and they read their own agreement', async () => {
    const code = await freshCode();
    expect(code).toMatch(/^\d{6}$/);
    const res = await app.gql(LOGIN, { p: phone, c: code });
    expect(res.data.loginWithCode.user).toEqual({ username: 'party.1', role: 'PARTY' });
    const kase = await app.gql(
      'query($id: ID!) { mediationCase(id: $id) { agreement { content } } }',
      { id: demoCases()[0]!.id },
      res.data.loginWithCode.token,
    );
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
    await app.orm.em.fork().nativeUpdate(LoginCode, {}, { expiresAt: new Date(app.clock.now().getTime() - 1000) });
    expect((await app.gql(LOGIN, { p: phone, c: code })).errors?.[0]?.extensions?.code).toBe('UNAUTHENTICATED');
  });

  it('answers an unknown phone exactly like a known one, and refuses a second request within a minute', async () => {
    await app.orm.em.fork().nativeDelete(LoginCode, {});
    app.clock.advance(61_000);
    const unknown = await app.gql(REQUEST, { p: '13999999999' });
    expect(unknown.data.requestLoginCode).toBe(true);
    await app.server.services.background.settled();
    expect(await app.orm.em.fork().count(LoginCode, {})).toBe(0);
    await app.gql(REQUEST, { p: phone });
    const again = await app.gql(REQUEST, { p: phone });
    expect(again.errors?.[0]?.extensions?.code).toBe('RATE_LIMITED');
    // An unknown phone is refused the same way, so the refusal reveals no account.
    const unknownAgain = await app.gql(REQUEST, { p: '13999999999' });
    expect(unknownAgain.errors?.[0]?.extensions?.code).toBe('RATE_LIMITED');
  });

  it('compares at most five guesses of one code: thirty-nine wrong ones at once use it up before the right one', async () => {
    const code = await freshCode();
    const wrong = code === '000000' ? '111111' : '000000';
    const before = app.logs.length;
    // From forty addresses, so that only the code's own limit stands in the way. Holding back every write to the
    // codes until the wrong guesses pile up makes them simultaneous; the right one comes while they wait.
    const answers = await holdingTable(app, 'login_code', 'share', async (waiting) => {
      const sent = Array.from({ length: 39 }, (_, i) => app.gql(LOGIN, { p: phone, c: wrong }, undefined, `10.1.0.${i + 1}`));
      await eventually(async () => (await waiting()) >= 10);
      return [...sent, app.gql(LOGIN, { p: phone, c: code }, undefined, '10.1.1.1')];
    }).then((sent) => Promise.all(sent));
    expect(answers.map(codeOf)).toEqual(Array(40).fill('UNAUTHENTICATED'));
    expect((await app.orm.em.fork().findOneOrFail(LoginCode, { phone })).attempts).toBe(5);
    // Every comparison is counted before it is made: five counted, five compared.
    expect(app.logs.slice(before).filter((l) => l.includes('"reason":"WRONG_CODE"'))).toHaveLength(5);
  });

  it('refuses an address after thirty failed codes, across phones', async () => {
    const from = '10.3.0.1';
    for (let i = 0; i < 30; i += 1) {
      expect(codeOf(await app.gql(LOGIN, { p: `1390000${String(i).padStart(4, '0')}`, c: '123456' }, undefined, from))).toBe('UNAUTHENTICATED');
    }
    const refused = await app.gql(LOGIN, { p: phone, c: '123456' }, undefined, from);
    expect(refused.errors?.[0]?.extensions).toMatchObject({ code: 'RATE_LIMITED', retryAfterSeconds: 30 });
    expect(codeOf(await app.gql(LOGIN, { p: phone, c: '123456' }, undefined, '10.3.0.2'))).toBe('UNAUTHENTICATED');
  });

  it('limits code requests from one address across phones, so no client can have the server text a thousand phones', async () => {
    const from = '10.4.0.1';
    for (let i = 0; i < 20; i += 1) {
      expect((await app.gql(REQUEST, { p: `1370000${String(i).padStart(4, '0')}` }, undefined, from)).data.requestLoginCode).toBe(true);
    }
    const refused = await app.gql(REQUEST, { p: '13700009999' }, undefined, from);
    expect(refused.errors?.[0]?.extensions).toMatchObject({ code: 'RATE_LIMITED', retryAfterSeconds: 60 });
    expect((await app.gql(REQUEST, { p: '13700009999' }, undefined, '10.4.0.2')).data.requestLoginCode).toBe(true);
    await app.server.services.background.settled();
  });

  it('keeps the one-request-a-minute limit in the database: a restarted server refuses, a minute later it sends', async () => {
    app.clock.advance(61_000);
    expect((await app.gql(REQUEST, { p: phone })).data.requestLoginCode).toBe(true);
    const restarted = await startTestApp({ trustProxy: 'loopback' }, { databaseOf: app, services: { now: app.clock.now } });
    try {
      const again = await restarted.gql(REQUEST, { p: phone });
      expect(again.errors?.[0]?.extensions?.code).toBe('RATE_LIMITED');
      expect(again.errors?.[0]?.extensions?.retryAfterSeconds).toBe(60);
      app.clock.advance(60_000);
      expect((await restarted.gql(REQUEST, { p: phone })).data.requestLoginCode).toBe(true);
    } finally {
      await restarted.close();
      await app.server.services.background.settled();
    }
  });

  it.each([
    ['a party’s phone', phone],
    ['a phone without an account', '13999999998'],
  ])('answers a code request for %s before the account is looked up', async (_label, p) => {
    await app.orm.em.fork().nativeDelete(LoginCode, {});
    app.clock.advance(61_000);
    const sent = app.logs.filter((l) => l.includes('"event":"login_code"')).length;
    // Holding the accounts table makes the lookup as slow as we like; the answer must not wait for it.
    await holdingTable(app, 'app_user', 'access exclusive', async () => {
      const answer = await Promise.race([
        app.gql(REQUEST, { p }),
        new Promise<'waited for the lookup'>((resolve) => setTimeout(() => resolve('waited for the lookup'), 5000)),
      ]);
      expect(answer).toMatchObject({ data: { requestLoginCode: true } });
      expect(app.logs.filter((l) => l.includes('"event":"login_code"'))).toHaveLength(sent);
    });
    await app.server.services.background.settled();
    expect(app.logs.filter((l) => l.includes('"event":"login_code"'))).toHaveLength(p === phone ? sent + 1 : sent);
  });

  it('names a bad phone or code', async () => {
    expect((await app.gql(REQUEST, { p: '0358-3521234' })).errors?.[0]?.extensions?.field).toBe('phone');
    expect((await app.gql(LOGIN, { p: phone, c: '12ab' })).errors?.[0]?.extensions?.field).toBe('code');
  });
});

describe('PhoneLoginService with a failing SMS gateway', () => {
  let app: TestApp;
  const failing: CodeSender = {
    send: async (p) => {
      throw Object.assign(new Error(`gateway refused ${p}`), { code: 'GATEWAY_DOWN' });
    },
  };
  beforeAll(async () => {
    app = await startTestApp({}, { services: { codeSender: failing } });
  });
  afterAll(() => app.close());

  it('answers as usual and logs the failure by its code only', async () => {
    const res = await app.gql(REQUEST, { p: phone });
    expect(res.data?.requestLoginCode).toBe(true);
    await app.server.services.background.settled();
    const line = app.logs.find((l) => l.includes('GATEWAY_DOWN'));
    expect(line).toBeDefined();
    expect(app.logs.join('\n')).not.toContain(phone);
    expect(app.logs.join('\n')).not.toContain('gateway refused');
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
