import { HttpError } from 'react-admin';
import { describe, expect, it } from 'vitest';
import { authProvider, isUnauthenticated } from './authProvider';
import { getToken, saveSession, TOKEN_KEY, USER_KEY, type SessionUser } from './session';

const user: SessionUser = { id: 'u1', username: 'office.tianning', role: 'OFFICE_STAFF', displayName: '天宁司法所', scopeRegion: null };

function jwt(exp: number): string {
  const part = (o: object) => btoa(JSON.stringify(o)).replace(/=+$/, '').replace(/\+/g, '-').replace(/\//g, '_');
  return `${part({ alg: 'HS256' })}.${part({ sub: 'u1', exp })}.sig`;
}
const inAnHour = () => Math.floor(Date.now() / 1000) + 3600;

describe('authProvider', () => {
  it('checkAuth passes with a live token and fails, silently, without one', async () => {
    await expect(authProvider.checkAuth({})).rejects.toEqual({ message: false });
    saveSession(jwt(inAnHour()), user);
    await expect(authProvider.checkAuth({})).resolves.toBeUndefined();
  });

  it('drops an expired token and says why', async () => {
    saveSession(jwt(Math.floor(Date.now() / 1000) - 5), user);
    await expect(authProvider.checkAuth({})).rejects.toEqual({ message: 'fq.error.UNAUTHENTICATED' });
    expect(localStorage.getItem(TOKEN_KEY)).toBeNull();
    expect(localStorage.getItem(USER_KEY)).toBeNull();
  });

  it('checkError logs out on HTTP 401 and on UNAUTHENTICATED, not on FORBIDDEN', async () => {
    await expect(authProvider.checkError(new HttpError('expired', 401))).rejects.toBeTruthy();
    await expect(authProvider.checkError(new HttpError('x', 200, { code: 'UNAUTHENTICATED' }))).rejects.toBeTruthy();
    await expect(authProvider.checkError(new HttpError('no', 403, { code: 'FORBIDDEN' }))).resolves.toBeUndefined();
    await expect(authProvider.checkError(new HttpError('gone', 404, { code: 'NOT_FOUND' }))).resolves.toBeUndefined();
    expect(isUnauthenticated({ status: 500 })).toBe(false);
  });

  it('logout clears the token and the user', async () => {
    saveSession(jwt(inAnHour()), user);
    await authProvider.logout({});
    expect(getToken()).toBeNull();
    expect(localStorage.getItem(USER_KEY)).toBeNull();
  });

  it('reports the role as permissions, the display name as identity, and asks canAccess', async () => {
    saveSession(jwt(inAnHour()), user);
    expect(await authProvider.getPermissions!({})).toBe('OFFICE_STAFF');
    expect(await authProvider.getIdentity!()).toMatchObject({ id: 'u1', fullName: '天宁司法所' });
    expect(await authProvider.canAccess!({ resource: 'regions', action: 'list' })).toBe(true);
    expect(await authProvider.canAccess!({ resource: 'users', action: 'list' })).toBe(false);
  });
});
