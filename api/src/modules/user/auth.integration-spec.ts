import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import { DEMO_ACCOUNTS, DEMO_PASSWORD } from '@fengqiao/seeds';
import { decodeJwt } from 'jose';
import { TokenService } from '../../common/auth/token.js';
import { startTestApp, TEST_SECRET, type TestApp } from '../../../test/app.js';
import { User } from './user.entity.js';

const LOGIN = 'mutation($u: String!, $p: String!) { login(username: $u, password: $p) { token user { id username role displayName } } }';

describe('AuthService', () => {
  let app: TestApp;
  beforeAll(async () => {
    app = await startTestApp();
  });
  afterAll(() => app.close());

  describe('login', () => {
    it.each(DEMO_ACCOUNTS.map((a) => [a.username, a.role, a.id]))('signs in the demo account %s as %s', async (username, role, id) => {
      const res = await app.gql(LOGIN, { u: username, p: DEMO_PASSWORD });
      expect(res.errors).toBeUndefined();
      expect(res.data.login.user).toMatchObject({ id, username, role });
      const me = await app.gql('{ me { id role } }', {}, res.data.login.token);
      expect(me.data.me).toEqual({ id, role });
    });

    it('gives the same UNAUTHENTICATED answer for a wrong password and an unknown user', async () => {
      const wrong = await app.gql(LOGIN, { u: 'analyst', p: 'not-the-password' });
      const unknown = await app.gql(LOGIN, { u: 'nobody-here', p: 'not-the-password' });
      expect(wrong.errors?.[0]?.extensions?.code).toBe('UNAUTHENTICATED');
      expect(unknown.errors?.[0]?.extensions?.code).toBe('UNAUTHENTICATED');
      expect(wrong.errors?.[0]?.message).toBe(unknown.errors?.[0]?.message);
      expect(wrong.data).toBeNull();
    });

    it('accepts the username in any case and with surrounding spaces', async () => {
      const res = await app.gql(LOGIN, { u: '  Analyst ', p: DEMO_PASSWORD });
      expect(res.data?.login.user.username).toBe('analyst');
    });

    it('names the empty username as BAD_USER_INPUT', async () => {
      const res = await app.gql(LOGIN, { u: '', p: DEMO_PASSWORD });
      expect(res.status).toBeLessThan(500);
      expect(res.errors?.[0]?.extensions).toMatchObject({ code: 'BAD_USER_INPUT', field: 'username' });
      expect(res.errors?.[0]?.message).toMatch(/username/);
    });

    it('refuses a 10 kB password as BAD_USER_INPUT without hashing it', async () => {
      const res = await app.gql(LOGIN, { u: 'bureau', p: 'x'.repeat(10 * 1024) });
      expect(res.status).toBeLessThan(500);
      expect(res.errors?.[0]?.extensions).toMatchObject({ code: 'BAD_USER_INPUT', field: 'password' });
    });

    it('stores passwords as argon2id hashes', async () => {
      const em = app.orm.em.fork();
      const user = await em.findOneOrFail(User, { username: 'bureau' }, { populate: ['passwordHash'] });
      expect(user.passwordHash).toMatch(/^\$argon2id\$/);
      expect(user.passwordHash).not.toContain(DEMO_PASSWORD);
    });

    it('issues tokens that expire after 12 hours', async () => {
      const token = await app.login('bureau');
      const { iat, exp } = decodeJwt(token);
      expect(exp! - iat!).toBe(12 * 60 * 60);
    });

    it('refuses a username after five failures, even with the right password, and says when to retry', async () => {
      for (let i = 0; i < 5; i += 1) {
        const res = await app.gql(LOGIN, { u: 'adviser.2', p: `wrong-${i}` });
        expect(res.errors?.[0]?.extensions?.code).toBe('UNAUTHENTICATED');
      }
      const locked = await app.gql(LOGIN, { u: 'adviser.2', p: DEMO_PASSWORD });
      expect(locked.errors?.[0]?.extensions?.code).toBe('RATE_LIMITED');
      expect(locked.errors?.[0]?.extensions?.retryAfterSeconds).toBeGreaterThan(0);
      // Other users from the same address are not locked out by one user's failures.
      const other = await app.gql(LOGIN, { u: 'adviser.1', p: DEMO_PASSWORD });
      expect(other.data?.login.user.username).toBe('adviser.1');
    });

    it('refuses a disabled user with the same answer as a wrong password', async () => {
      const em = app.orm.em.fork();
      await em.nativeUpdate(User, { username: 'party.1' }, { disabledAt: new Date() });
      try {
        const res = await app.gql(LOGIN, { u: 'party.1', p: DEMO_PASSWORD });
        expect(res.errors?.[0]?.extensions?.code).toBe('UNAUTHENTICATED');
        expect(res.errors?.[0]?.message).toBe('Wrong username or password');
      } finally {
        await em.nativeUpdate(User, { username: 'party.1' }, { disabledAt: null });
      }
    });
  });

  describe('me', () => {
    it('is null when anonymous', async () => {
      const res = await app.gql('{ me { id } }');
      expect(res.errors).toBeUndefined();
      expect(res.data.me).toBeNull();
    });

    it.each([
      ['garbage', 'Bearer not-a-token'],
      ['a token signed with another secret', 'Bearer eyJhbGciOiJIUzI1NiJ9.eyJzdWIiOiJ4In0.c2lnbmF0dXJl'],
      ['a different scheme', 'Basic YnVyZWF1Omppc'],
    ])('answers %s with a clear UNAUTHENTICATED and status 401', async (_label, header) => {
      const res = await fetch(`${app.url}/graphql`, {
        method: 'POST',
        headers: { 'content-type': 'application/json', authorization: header },
        body: JSON.stringify({ query: '{ me { id } }' }),
      });
      expect(res.status).toBe(401);
      const body = (await res.json()) as { errors: Array<{ extensions: { code: string } }> };
      expect(body.errors[0]!.extensions.code).toBe('UNAUTHENTICATED');
    });

    it('tells an expired token apart', async () => {
      const bureau = DEMO_ACCOUNTS.find((a) => a.username === 'bureau')!;
      const expired = await new TokenService(TEST_SECRET, -10).sign(bureau.id, bureau.role, 0);
      const res = await app.gql('{ me { id } }', {}, expired);
      expect(res.status).toBe(401);
      expect(res.errors?.[0]?.extensions).toMatchObject({ code: 'UNAUTHENTICATED', reason: 'expired' });
    });

    it('never logs a password or a token', async () => {
      const token = await app.login('office.tianning');
      await app.gql('{ me { id } }', {}, token);
      await app.gql(LOGIN, { u: 'office.tianning', p: 'a-secret-wrong-password' });
      const all = app.logs.join('\n');
      expect(all).toContain('requestId');
      expect(all).not.toContain(DEMO_PASSWORD);
      expect(all).not.toContain('a-secret-wrong-password');
      expect(all).not.toContain(token);
    });
  });
});
