import type { AuthProvider } from 'react-admin';
import { canAccess } from './canAccess';
import { clearSession, getSessionUser, getToken, signIn, signInWithCode, TOKEN_KEY } from './session';

interface ErrorLike {
  status?: number;
  body?: { code?: string } | null;
  code?: string;
}

export function isUnauthenticated(error: unknown): boolean {
  const e = (error ?? {}) as ErrorLike;
  return e.status === 401 || e.code === 'UNAUTHENTICATED' || e.body?.code === 'UNAUTHENTICATED';
}

export const authProvider: AuthProvider = {
  /** Staff and parties sign in with a password; parties may also use a code sent to their phone. */
  async login(params: { username: string; password: string } | { phone: string; code: string }) {
    if ('code' in params) await signInWithCode(params.phone, params.code);
    else await signIn(params.username, params.password);
  },

  async logout() {
    clearSession();
  },

  async checkAuth() {
    const hadToken = localStorage.getItem(TOKEN_KEY) !== null;
    if (getToken() && getSessionUser()) return;
    clearSession();
    // First visit: straight to the login page. An expired session: say why.
    throw { message: hadToken ? 'fq.error.UNAUTHENTICATED' : false };
  },

  async checkError(error: unknown) {
    // Rejecting makes react-admin say why and call logout(), which drops the session and opens the login page.
    if (isUnauthenticated(error)) throw { message: 'fq.error.UNAUTHENTICATED' };
    // FORBIDDEN, NOT_FOUND and the rest are shown where they happen; they do not end the session.
  },

  async getPermissions() {
    return getSessionUser()?.role;
  },

  async getIdentity() {
    const user = getSessionUser();
    if (!user) throw new Error('Not signed in');
    return { id: user.id, fullName: user.displayName, username: user.username, role: user.role, scopeRegion: user.scopeRegion };
  },

  async canAccess({ resource, action }) {
    return canAccess(getSessionUser()?.role, resource, action);
  },
};
