import { HttpError } from 'react-admin';
import { describe, expect, it, vi } from 'vitest';
import { addToOutbox, readOutbox } from '../offline/outbox';
import { authProvider, isUnauthenticated } from './authProvider';
import {
  changePassword,
  getSessionUser,
  getToken,
  rememberSignOutReason,
  saveSession,
  takeSignOutReason,
  TOKEN_KEY,
  USER_KEY,
  type SessionUser,
} from './session';

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

  it('says why a session ended, from the error’s reason or the one kept from a 401', async () => {
    await expect(authProvider.checkError(new HttpError('x', 401, { code: 'UNAUTHENTICATED', reason: 'ACCOUNT_DISABLED' }))).rejects.toEqual({
      message: 'fq.auth.signed_out.ACCOUNT_DISABLED',
    });
    // The sign-in page says it once.
    expect(takeSignOutReason()).toBe('ACCOUNT_DISABLED');
    expect(takeSignOutReason()).toBeNull();
    rememberSignOutReason('PASSWORD_CHANGED');
    await expect(authProvider.checkError(new HttpError('Response not successful', 401))).rejects.toEqual({
      message: 'fq.auth.signed_out.PASSWORD_CHANGED',
    });
    takeSignOutReason();
    await expect(authProvider.checkError(new HttpError('x', 401))).rejects.toEqual({ message: 'fq.error.UNAUTHENTICATED' });
  });

  it('sends a user who must change a one-time password to the change page, still signed in', async () => {
    saveSession(jwt(inAnHour()), user);
    const refused = new HttpError('x', 403, { code: 'FORBIDDEN', reason: 'PASSWORD_CHANGE_REQUIRED' });
    await expect(authProvider.checkError(refused)).rejects.toEqual({ logoutUser: false, redirectTo: '/change-password', message: false });
    expect(getToken()).not.toBeNull();
    expect(getSessionUser()?.mustChangePassword).toBe(true);
  });

  it('after signing in with a one-time password, goes to the change page', async () => {
    const answer = (mustChangePassword: boolean) =>
      vi.fn(
        async () =>
          new Response(JSON.stringify({ data: { login: { token: jwt(inAnHour()), user: { ...user, mustChangePassword } } } }), {
            status: 200,
            headers: { 'content-type': 'application/json' },
          }),
      );
    vi.stubGlobal('fetch', answer(true));
    expect(await authProvider.login({ username: 'office.tianning', password: 'abcd-efgh-jkmn' })).toEqual({ redirectTo: '/change-password' });
    vi.stubGlobal('fetch', answer(false));
    expect(await authProvider.login({ username: 'office.tianning', password: 'own-password-1' })).toBeUndefined();
    vi.unstubAllGlobals();
  });

  it('changes the password with the session’s token and keeps the fresh one', async () => {
    saveSession(jwt(inAnHour()), { ...user, mustChangePassword: true });
    const before = getToken();
    const fresh = jwt(inAnHour() + 60);
    const fetchImpl = vi.fn(
      async (_url: string, _init: RequestInit) =>
        new Response(JSON.stringify({ data: { changePassword: { token: fresh, user: { ...user, mustChangePassword: false } } } }), { status: 200 }),
    );
    await changePassword('abcd-efgh-jkmn', 'river-lantern-kettle', fetchImpl as unknown as typeof fetch);
    const init = fetchImpl.mock.calls[0]![1];
    expect((init.headers as Record<string, string>).authorization).toBe(`Bearer ${before}`);
    expect(JSON.parse(String(init.body)).variables).toEqual({ currentPassword: 'abcd-efgh-jkmn', newPassword: 'river-lantern-kettle' });
    expect(getToken()).toBe(fresh);
    expect(getSessionUser()?.mustChangePassword).toBe(false);
  });

  it('logout clears the token and the user', async () => {
    saveSession(jwt(inAnHour()), user);
    await authProvider.logout({});
    expect(getToken()).toBeNull();
    expect(localStorage.getItem(USER_KEY)).toBeNull();
  });

  it('signing out takes the outbox off the device; a session the server ended keeps it for the same adviser', async () => {
    const adviser: SessionUser = { ...user, id: 'a1', username: 'adviser.1', role: 'ADVISER' };
    const entry = { occurredOn: '2026-11-20', category: 'CONSULTATION', summary: '土地流转咨询' };
    saveSession(jwt(inAnHour()), adviser);
    addToOutbox('a1', entry, 'k1');
    // The token expired while the phone had no signal: the API answers 401, react-admin then calls logout().
    await expect(authProvider.checkError(new HttpError('expired', 401))).rejects.toBeTruthy();
    await authProvider.logout({});
    expect(getToken()).toBeNull();
    expect(readOutbox('a1').map((e) => e.clientKey)).toEqual(['k1']);
    // Signed in again, then signed out by hand: the entries leave with the adviser (village phones are shared).
    saveSession(jwt(inAnHour()), adviser);
    await authProvider.logout({});
    expect(readOutbox('a1')).toEqual([]);
  });

  it('reports the role as permissions, the display name as identity, and asks canAccess', async () => {
    saveSession(jwt(inAnHour()), user);
    expect(await authProvider.getPermissions!({})).toBe('OFFICE_STAFF');
    expect(await authProvider.getIdentity!()).toMatchObject({ id: 'u1', fullName: '天宁司法所' });
    expect(await authProvider.canAccess!({ resource: 'regions', action: 'list' })).toBe(true);
    expect(await authProvider.canAccess!({ resource: 'users', action: 'edit' })).toBe(false);
  });
});
