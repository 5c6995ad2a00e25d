import { afterEach, describe, expect, it, jest } from '@jest/globals';
import { SignJWT } from 'jose';
import { TokenService } from './token.js';

const SECRET = new TextEncoder().encode('a-test-secret-of-at-least-32-bytes!!');
const USER = '0b9f5c1e-8a34-4c2e-9d7a-3f1e2b4c5d6e';

describe('TokenService', () => {
  afterEach(() => {
    jest.useRealTimers();
  });

  it('verifies its own tokens, again from memory, and still lets them expire', async () => {
    jest.useFakeTimers({ now: new Date('2026-12-02T08:00:00Z') });
    const tokens = new TokenService(SECRET, 60);
    const token = await tokens.sign(USER, 'BUREAU_ADMIN', 3);
    expect(await tokens.verify(token)).toEqual({ userId: USER, version: 3 });
    expect(await tokens.verify(token)).toEqual({ userId: USER, version: 3 });
    jest.setSystemTime(new Date('2026-12-02T08:01:01Z'));
    expect(await tokens.verify(token)).toEqual({ error: 'expired' });
    expect(await tokens.verify(token)).toEqual({ error: 'expired' });
  });

  it('refuses a token signed with another secret or tampered with, however often it is sent', async () => {
    const tokens = new TokenService(SECRET, 60);
    const other = await new TokenService(new TextEncoder().encode('another-secret-of-at-least-32-bytes!'), 60).sign(USER, 'BUREAU_ADMIN', 0);
    const good = await tokens.sign(USER, 'ANALYST', 0);
    const [header, payload, signature] = good.split('.') as [string, string, string];
    const claims = JSON.parse(Buffer.from(payload, 'base64url').toString('utf8')) as Record<string, unknown>;
    const forged = `${header}.${Buffer.from(JSON.stringify({ ...claims, role: 'BUREAU_ADMIN' })).toString('base64url')}.${signature}`;
    expect(await tokens.verify(good)).toEqual({ userId: USER, version: 0 });
    for (const token of [other, forged, other, forged]) expect(await tokens.verify(token)).toEqual({ error: 'invalid' });
  });

  it('refuses a token without an expiry or whose subject is no id', async () => {
    const tokens = new TokenService(SECRET, 60);
    const base = () => new SignJWT({ ver: 0 }).setProtectedHeader({ alg: 'HS256' }).setIssuer('fengqiao').setAudience('fengqiao-api');
    expect(await tokens.verify(await base().setSubject(USER).sign(SECRET))).toEqual({ error: 'invalid' });
    expect(await tokens.verify(await base().setSubject('1 or 1=1').setExpirationTime('1m').sign(SECRET))).toEqual({ error: 'invalid' });
  });
});
