import type { AuthProvider } from 'react-admin';
import { clearOtherOutboxes, clearOutbox } from '../offline/outbox';
import { canAccess } from './canAccess';
import {
  clearSession,
  getSessionUser,
  getToken,
  rememberSignOutReason,
  requirePasswordChange,
  signIn,
  signInWithCode,
  SIGNED_OUT_KEY,
  takeSignOutReason,
  TOKEN_KEY,
} from './session';

interface ErrorLike {
  status?: number;
  body?: { code?: string; reason?: string } | null;
  code?: string;
}

/** Where a user who signed in with a one-time password goes, and stays, until they have chosen their own. */
export const CHANGE_PASSWORD_PATH = '/change-password';

/** The reasons the API gives for a token that no longer works, each with words of its own (fq.auth.signed_out.*). */
export const SIGN_OUT_REASONS = ['ACCOUNT_DISABLED', 'PASSWORD_CHANGED', 'PASSWORD_RESET', 'SESSION_ENDED', 'expired'] as const;

/** The message key for why a session ended: the reason in the error, or the one the Apollo link kept from a 401. */
export function signOutMessage(error: unknown): string {
  const e = (error ?? {}) as ErrorLike;
  let reason = e.body?.reason;
  if (!reason) {
    try {
      reason = window.sessionStorage.getItem(SIGNED_OUT_KEY) ?? undefined;
    } catch {
      reason = undefined;
    }
  }
  if (reason && (SIGN_OUT_REASONS as readonly string[]).includes(reason)) {
    rememberSignOutReason(reason);
    return `fq.auth.signed_out.${reason}`;
  }
  return 'fq.error.UNAUTHENTICATED';
}

/** Whether the API refused a request because the user must first change a one-time password. */
export function isPasswordChangeRequired(error: unknown): boolean {
  const e = (error ?? {}) as ErrorLike;
  return (e.body?.code === 'FORBIDDEN' || e.status === 403) && e.body?.reason === 'PASSWORD_CHANGE_REQUIRED';
}

export function isUnauthenticated(error: unknown): boolean {
  const e = (error ?? {}) as ErrorLike;
  return e.status === 401 || e.code === 'UNAUTHENTICATED' || e.body?.code === 'UNAUTHENTICATED';
}

/** Set when the API refused the session (react-admin then calls logout()), so logout() can tell it from a sign-out. */
let sessionEndedByServer = false;

export const authProvider: AuthProvider = {
  /** Staff and parties sign in with a password; parties may also use a code sent to their phone. */
  async login(params: { username: string; password: string } | { phone: string; code: string }) {
    const { user } = 'code' in params ? await signInWithCode(params.phone, params.code) : await signIn(params.username, params.password);
    // Signed in again: why the last session ended is no longer news.
    takeSignOutReason();
    // A shared village phone: entries another user left unsent (their session ended) leave the device.
    clearOtherOutboxes(user.id);
    // A one-time password (a new account, a reset): the change of password first, nothing else.
    return user.mustChangePassword ? { redirectTo: CHANGE_PASSWORD_PATH } : undefined;
  },

  async logout() {
    // Signing out takes the adviser's unsent work-log entries off the device (village phones are shared). A session
    // the server ended (an expired token, a 401) keeps them: the same adviser signs in again and they are sent; if
    // someone else signs in on this phone instead, login() removes them.
    if (!sessionEndedByServer) clearOutbox(getSessionUser()?.id);
    sessionEndedByServer = false;
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
    // The sign-in page then says why: the account was disabled, the password changed or reset, the session ended.
    if (isUnauthenticated(error)) {
      sessionEndedByServer = true;
      throw { message: signOutMessage(error) };
    }
    // Still on a one-time password: to the change of password, signed in.
    if (isPasswordChangeRequired(error)) {
      requirePasswordChange();
      throw { logoutUser: false, redirectTo: CHANGE_PASSWORD_PATH, message: false };
    }
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
