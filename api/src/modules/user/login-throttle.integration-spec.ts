import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import { DEMO_ACCOUNTS, DEMO_PASSWORD } from '@fengqiao/seeds';
import { startTestApp, type GqlResponse, type TestApp } from '../../../test/app.js';
import { eventually, holdingTable } from '../../../test/locks.js';

const LOGIN = 'mutation($u: String!, $p: String!) { login(username: $u, password: $p) { token } }';
const MINUTE = 60_000;

/** The log lines written since `from` that say a password was compared for `username`. */
function judgedSince(app: TestApp, from: number, username: string): number {
  const id = DEMO_ACCOUNTS.find((a) => a.username === username)!.id;
  return app.logs.slice(from).filter((line) => {
    const entry = JSON.parse(line);
    return (entry.event === 'login_failed' || entry.event === 'login') && entry.userId === id;
  }).length;
}

const codeOf = (res: GqlResponse) => (res.data?.login ? 'OK' : res.errors?.[0]?.extensions?.code);

describe('Sign-in throttling', () => {
  let app: TestApp;
  beforeAll(async () => {
    // Tests speak from several addresses through X-Forwarded-For, as clients behind a trusted proxy on loopback.
    app = await startTestApp({ trustProxy: 'loopback' });
  });
  afterAll(() => app.close());

  const login = (username: string, password: string, from: string) => app.gql(LOGIN, { u: username, p: password }, undefined, from);

  it('judges at most five of twenty guesses sent at once, the right password among them', async () => {
    const from = '203.0.113.10';
    const logged = app.logs.length;
    // Holding the user table keeps every admitted guess from being judged until all twenty have arrived: the worst
    // case of a burst. Refused guesses answer without reading it.
    const guesses = [...Array.from({ length: 19 }, (_, i) => `wrong-${i}`), DEMO_PASSWORD];
    const pending = await holdingTable(app, 'app_user', 'access exclusive', async () => {
      let answered = 0;
      const sent = guesses.map((p) =>
        login('adviser.2', p, from).finally(() => {
          answered += 1;
        }),
      );
      await eventually(() => answered >= 15);
      return sent;
    });
    const codes = (await Promise.all(pending)).map(codeOf);

    const judged = judgedSince(app, logged, 'adviser.2');
    expect(judged).toBeLessThanOrEqual(5);
    expect(codes.filter((c) => c === 'RATE_LIMITED')).toHaveLength(20 - judged);
    expect(codes.filter((c) => c === 'OK').length).toBeLessThanOrEqual(1);
  });

  it('leaves the owner signing in from their own address while a stranger is refused from theirs', async () => {
    const stranger = '203.0.113.20';
    const owner = '198.51.100.20';
    for (let i = 0; i < 5; i += 1) expect(codeOf(await login('adviser.1', `wrong-${i}`, stranger))).toBe('UNAUTHENTICATED');
    const refused = await login('adviser.1', DEMO_PASSWORD, stranger);
    expect(refused.errors?.[0]?.extensions).toMatchObject({ code: 'RATE_LIMITED', retryAfterSeconds: 30 });
    // The owner's address has its own count: a typo and then the password, at once, without waiting.
    expect(codeOf(await login('adviser.1', 'typo', owner))).toBe('UNAUTHENTICATED');
    expect(codeOf(await login('adviser.1', DEMO_PASSWORD, owner))).toBe('OK');
    // The owner's success does not clear the stranger's count.
    expect(codeOf(await login('adviser.1', DEMO_PASSWORD, stranger))).toBe('RATE_LIMITED');
  });

  it('makes each further try wait twice as long as the one before, and forgets fifteen quiet minutes after the wait', async () => {
    const from = '203.0.113.30';
    const retryAfter = async () => {
      const res = await login('office.tianning', 'wrong', from);
      expect(codeOf(res)).toBe('RATE_LIMITED');
      return res.errors![0]!.extensions!.retryAfterSeconds as number;
    };
    for (let i = 0; i < 5; i += 1) expect(codeOf(await login('office.tianning', 'wrong', from))).toBe('UNAUTHENTICATED');
    expect(await retryAfter()).toBe(30);
    app.clock.advance(29_000);
    // A refused try is not judged and does not lengthen the wait.
    expect(await retryAfter()).toBe(1);
    app.clock.advance(1_000);
    expect(codeOf(await login('office.tianning', 'wrong', from))).toBe('UNAUTHENTICATED');
    expect(await retryAfter()).toBe(60);
    app.clock.advance(MINUTE);
    expect(codeOf(await login('office.tianning', 'wrong', from))).toBe('UNAUTHENTICATED');
    expect(await retryAfter()).toBe(120);
    app.clock.advance(2 * MINUTE);
    expect(codeOf(await login('office.tianning', 'wrong', from))).toBe('UNAUTHENTICATED');
    expect(await retryAfter()).toBe(240);
    // Fifteen minutes after the last wait ended the count starts again: five tries, then thirty seconds.
    app.clock.advance(4 * MINUTE + 15 * MINUTE);
    for (let i = 0; i < 5; i += 1) expect(codeOf(await login('office.tianning', 'wrong', from))).toBe('UNAUTHENTICATED');
    expect(await retryAfter()).toBe(30);
  });

  it('starts the count for a username and address over after a success', async () => {
    const from = '203.0.113.40';
    for (let i = 0; i < 4; i += 1) expect(codeOf(await login('analyst', 'wrong', from))).toBe('UNAUTHENTICATED');
    expect(codeOf(await login('analyst', DEMO_PASSWORD, from))).toBe('OK');
    for (let i = 0; i < 5; i += 1) expect(codeOf(await login('analyst', 'wrong', from))).toBe('UNAUTHENTICATED');
    expect(codeOf(await login('analyst', DEMO_PASSWORD, from))).toBe('RATE_LIMITED');
  });

  it('refuses an address after thirty failures across usernames, and counts no successes against it', async () => {
    const from = '203.0.113.50';
    for (let i = 0; i < 29; i += 1) expect(codeOf(await login(`nobody-${i}`, 'wrong', from))).toBe('UNAUTHENTICATED');
    // An office behind one address signs in many people: successes are not failures.
    for (let i = 0; i < 3; i += 1) expect(codeOf(await login('bureau', DEMO_PASSWORD, from))).toBe('OK');
    expect(codeOf(await login('nobody-29', 'wrong', from))).toBe('UNAUTHENTICATED');
    const refused = await login('bureau', DEMO_PASSWORD, from);
    expect(refused.errors?.[0]?.extensions).toMatchObject({ code: 'RATE_LIMITED', retryAfterSeconds: 30 });
    expect(codeOf(await login('bureau', DEMO_PASSWORD, '198.51.100.50'))).toBe('OK');
  });

  it('keeps its counts across a restart: a second server on the same database refuses', async () => {
    const from = '203.0.113.60';
    for (let i = 0; i < 5; i += 1) expect(codeOf(await login('party.1', 'wrong', from))).toBe('UNAUTHENTICATED');
    const restarted = await startTestApp({ trustProxy: 'loopback' }, { databaseOf: app, services: { now: app.clock.now } });
    try {
      const res = await restarted.gql(LOGIN, { u: 'party.1', p: DEMO_PASSWORD }, undefined, from);
      expect(res.errors?.[0]?.extensions).toMatchObject({ code: 'RATE_LIMITED', retryAfterSeconds: 30 });
    } finally {
      await restarted.close();
    }
  });
});
