/*
 * The signed-in session, shared by the console and GraphiQL (same origin, same localStorage keys): a user who
 * signs in on one is signed in on the other.
 */

import type { Role } from '../generated/graphql';
import type {
  ChangePasswordMutation,
  ChangePasswordMutationVariables,
  LoginMutation,
  LoginMutationVariables,
  LoginWithCodeMutationVariables,
  RequestLoginCodeMutationVariables,
} from '../generated/operations';

export const TOKEN_KEY = 'fengqiao.token';
export const USER_KEY = 'fengqiao.user';
export const GRAPHQL_URL = '/graphql';

export type { Role };

/** Every role, in this order; `satisfies` fails to compile when the API adds a role not listed here, or drops one. */
export const ROLES: readonly Role[] = Object.keys({
  BUREAU_ADMIN: true,
  OFFICE_STAFF: true,
  ADVISER: true,
  PARTY: true,
  ANALYST: true,
} satisfies Record<Role, true>) as Role[];

/**
 * The signed-in user as `login` and `loginWithCode` answer it. `mustChangePassword`: signed in with a one-time password,
 * so nothing but the change of password works until it is changed (missing in sessions stored before it existed).
 */
export type SessionUser = Omit<LoginMutation['login']['user'], 'mustChangePassword'> & { mustChangePassword?: boolean | null };

export const ERROR_CODES = [
  'UNAUTHENTICATED',
  'FORBIDDEN',
  'BAD_USER_INPUT',
  'NOT_FOUND',
  'CONFLICT',
  'RATE_LIMITED',
  'SERVICE_UNAVAILABLE',
  'INTERNAL_SERVER_ERROR',
] as const;
export type ErrorCode = (typeof ERROR_CODES)[number];

/** An API error reduced to what the UI needs: the code (messages are translated from it), and its details. */
export class ApiError extends Error {
  constructor(
    readonly code: ErrorCode | 'NETWORK' | 'TIMEOUT',
    message: string,
    readonly details: {
      field?: string;
      retryAfterSeconds?: number;
      status?: number;
      maxBytes?: number;
      /** Which situation a code covers (`CHECK_EXISTS`, `STALE_VERSION`…). */
      reason?: string;
      /** A create refused because its record exists already: that record's id, to open it instead. */
      existingId?: string;
    } = {},
  ) {
    super(message);
    this.name = 'ApiError';
  }
}

interface GraphQLErrorLike {
  message?: string;
  extensions?: { code?: string; field?: string; retryAfterSeconds?: number; maxBytes?: number; reason?: string; existingId?: string };
}

export function apiErrorFrom(error: GraphQLErrorLike | undefined, status?: number): ApiError {
  const raw = error?.extensions?.code;
  const code: ErrorCode = (ERROR_CODES as readonly string[]).includes(raw ?? '')
    ? (raw as ErrorCode)
    : status === 401
      ? 'UNAUTHENTICATED'
      : status === 503
        ? 'SERVICE_UNAVAILABLE'
        : 'INTERNAL_SERVER_ERROR';
  return new ApiError(code, error?.message ?? code, {
    field: error?.extensions?.field,
    retryAfterSeconds: error?.extensions?.retryAfterSeconds,
    maxBytes: error?.extensions?.maxBytes,
    reason: error?.extensions?.reason,
    existingId: error?.extensions?.existingId,
    status,
  });
}

function storage(): Storage | undefined {
  try {
    return typeof window === 'undefined' ? undefined : window.localStorage;
  } catch {
    return undefined;
  }
}

/** Seconds since the epoch at which a JWT expires, or undefined when it cannot be read. */
export function tokenExpiry(token: string): number | undefined {
  try {
    const payload = token.split('.')[1];
    if (!payload) return undefined;
    const json = atob(payload.replace(/-/g, '+').replace(/_/g, '/'));
    const exp = (JSON.parse(json) as { exp?: unknown }).exp;
    return typeof exp === 'number' ? exp : undefined;
  } catch {
    return undefined;
  }
}

/** The stored token, unless it has expired (then the session is dropped). */
export function getToken(now = Date.now()): string | null {
  const token = storage()?.getItem(TOKEN_KEY) ?? null;
  if (!token) return null;
  const exp = tokenExpiry(token);
  if (exp !== undefined && exp * 1000 <= now) {
    clearSession();
    return null;
  }
  return token;
}

export function getSessionUser(): SessionUser | null {
  const raw = storage()?.getItem(USER_KEY);
  if (!raw) return null;
  try {
    const user = JSON.parse(raw) as SessionUser;
    return user && (ROLES as readonly string[]).includes(user.role) ? user : null;
  } catch {
    return null;
  }
}

export function saveSession(token: string, user: SessionUser): void {
  storage()?.setItem(TOKEN_KEY, token);
  storage()?.setItem(USER_KEY, JSON.stringify(user));
}

export function clearSession(): void {
  storage()?.removeItem(TOKEN_KEY);
  storage()?.removeItem(USER_KEY);
}

const LOGIN = /* GraphQL */ `mutation login($username: String!, $password: String!) {
  login(username: $username, password: $password) {
    token
    user { id username role displayName mustChangePassword scopeRegion { id name level } }
  }
}`;

const CHANGE_PASSWORD = /* GraphQL */ `mutation changePassword($currentPassword: String!, $newPassword: String!) {
  changePassword(currentPassword: $currentPassword, newPassword: $newPassword) {
    token
    user { id username role displayName mustChangePassword scopeRegion { id name level } }
  }
}`;

const LOGIN_WITH_CODE = /* GraphQL */ `mutation loginWithCode($phone: String!, $code: String!) {
  loginWithCode(phone: $phone, code: $code) {
    token
    user { id username role displayName mustChangePassword scopeRegion { id name level } }
  }
}`;

const REQUEST_CODE = /* GraphQL */ `mutation requestLoginCode($phone: String!) { requestLoginCode(phone: $phone) }`;

type Fetch = typeof fetch;
const defaultFetch: Fetch = (...args) => fetch(...args);

/**
 * One mutation with a plain fetch (no Authorization header: a stale token would make the server answer 401).
 * Throws ApiError: UNAUTHENTICATED for wrong credentials, RATE_LIMITED with retryAfterSeconds, NETWORK, etc.
 */
export async function anonymousMutation<T>(
  operationName: string,
  query: string,
  variables: Record<string, unknown>,
  fetchImpl: Fetch,
  /** Only for the signed-in user's own operations (changePassword). */
  token?: string,
): Promise<T> {
  let response: Response;
  try {
    response = await fetchImpl(GRAPHQL_URL, {
      method: 'POST',
      headers: { 'content-type': 'application/json', accept: 'application/json', ...(token ? { authorization: `Bearer ${token}` } : {}) },
      body: JSON.stringify({ operationName, query, variables }),
    });
  } catch (e) {
    throw new ApiError('NETWORK', e instanceof Error ? e.message : 'Network error');
  }
  let body: { data?: Record<string, unknown> | null; errors?: GraphQLErrorLike[] };
  try {
    body = await response.json();
  } catch {
    throw apiErrorFrom(undefined, response.status);
  }
  const result = body.data?.[operationName];
  if (body.errors?.length || result === undefined || result === null) throw apiErrorFrom(body.errors?.[0], response.status);
  return result as T;
}

/** Signs in with username and password and stores the session. */
export async function signIn(username: string, password: string, fetchImpl: Fetch = defaultFetch): Promise<{ token: string; user: SessionUser }> {
  const login = await anonymousMutation<LoginMutation['login']>('login', LOGIN, { username, password } satisfies LoginMutationVariables, fetchImpl);
  saveSession(login.token, login.user);
  return login;
}

/**
 * Changes the signed-in user's password (also the forced change after a one-time password). The server ends every
 * other session and answers a fresh token, which replaces the stored one so that this session continues.
 */
export async function changePassword(
  currentPassword: string,
  newPassword: string,
  fetchImpl: Fetch = defaultFetch,
): Promise<{ token: string; user: SessionUser }> {
  const token = getToken();
  if (!token) throw new ApiError('UNAUTHENTICATED', 'Not signed in');
  const changed = await anonymousMutation<ChangePasswordMutation['changePassword']>(
    'changePassword',
    CHANGE_PASSWORD,
    { currentPassword, newPassword } satisfies ChangePasswordMutationVariables,
    fetchImpl,
    token,
  );
  saveSession(changed.token, changed.user);
  return changed;
}

/** Whether the signed-in user must change a one-time password before anything else. */
export function mustChangePassword(): boolean {
  return getSessionUser()?.mustChangePassword === true;
}

/** Marks the stored session as needing a change of password (the API answered PASSWORD_CHANGE_REQUIRED). */
export function requirePasswordChange(): void {
  const user = getSessionUser();
  const token = storage()?.getItem(TOKEN_KEY);
  if (user && token) saveSession(token, { ...user, mustChangePassword: true });
}

/** Why the last session ended, kept for the sign-in page to say (ACCOUNT_DISABLED, PASSWORD_CHANGED, …). */
export const SIGNED_OUT_KEY = 'fengqiao.signedOutReason';

export function rememberSignOutReason(reason: string): void {
  try {
    window.sessionStorage.setItem(SIGNED_OUT_KEY, reason);
  } catch {
    // no storage: the notification still says it
  }
}

/** The reason kept by `rememberSignOutReason`, if any (the sign-in page shows it until someone signs in). */
export function peekSignOutReason(): string | null {
  try {
    return window.sessionStorage.getItem(SIGNED_OUT_KEY);
  } catch {
    return null;
  }
}

/** The reason kept by `rememberSignOutReason`, read once (at the next sign-in). */
export function takeSignOutReason(): string | null {
  try {
    const reason = window.sessionStorage.getItem(SIGNED_OUT_KEY);
    window.sessionStorage.removeItem(SIGNED_OUT_KEY);
    return reason;
  } catch {
    return null;
  }
}

/** Asks for a one-time sign-in code by SMS (parties); the server answers alike whether the phone is known or not. */
export async function requestLoginCode(phone: string, fetchImpl: Fetch = defaultFetch): Promise<void> {
  await anonymousMutation<boolean>('requestLoginCode', REQUEST_CODE, { phone } satisfies RequestLoginCodeMutationVariables, fetchImpl);
}

/** Signs in a party with the phone and the 6-digit code, and stores the session. */
export async function signInWithCode(phone: string, code: string, fetchImpl: Fetch = defaultFetch): Promise<{ token: string; user: SessionUser }> {
  const login = await anonymousMutation<LoginMutation['login']>(
    'loginWithCode',
    LOGIN_WITH_CODE,
    { phone, code } satisfies LoginWithCodeMutationVariables,
    fetchImpl,
  );
  saveSession(login.token, login.user);
  return login;
}
