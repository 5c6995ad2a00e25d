import { randomInt } from 'node:crypto';
import { AppError, ErrorCode } from '../errors/app-error.js';
import { COMMON_PASSWORDS } from './common-passwords.js';
import { MAX_PASSWORD_LENGTH } from './password.js';

export const MIN_PASSWORD_LENGTH = 10;

const COMMON = new Set(COMMON_PASSWORDS);

/** Why a new password is refused, as `extensions.reason`, so a client can say it in its own words. */
export const PasswordRefusal = {
  TOO_SHORT: 'PASSWORD_TOO_SHORT',
  TOO_LONG: 'PASSWORD_TOO_LONG',
  CONTAINS_USERNAME: 'PASSWORD_CONTAINS_USERNAME',
  COMMON: 'PASSWORD_TOO_COMMON',
} as const;

function refuse(field: string, reason: string, message: string): AppError {
  return new AppError(ErrorCode.BAD_USER_INPUT, `${field}: ${message}`, { field, reason });
}

/**
 * The password policy for every password a person chooses (first-run setup, a change of password): at least
 * MIN_PASSWORD_LENGTH characters, not the username nor containing it (in any case), and not among the common passwords
 * (common-passwords.ts). A refusal is BAD_USER_INPUT naming `field`, with a reason saying which rule.
 */
export function checkNewPassword(username: string, password: string, field = 'newPassword'): void {
  if ([...password].length < MIN_PASSWORD_LENGTH)
    throw refuse(field, PasswordRefusal.TOO_SHORT, `must be at least ${MIN_PASSWORD_LENGTH} characters`);
  if (password.length > MAX_PASSWORD_LENGTH) throw refuse(field, PasswordRefusal.TOO_LONG, `must be at most ${MAX_PASSWORD_LENGTH} characters`);
  const lower = password.toLowerCase();
  const name = username.trim().toLowerCase();
  if (name && lower.includes(name)) throw refuse(field, PasswordRefusal.CONTAINS_USERNAME, 'must not be or contain the username');
  if (COMMON.has(lower) || COMMON.has(lower.trim()))
    throw refuse(field, PasswordRefusal.COMMON, 'is among the most common passwords; choose another');
}

// No look-alikes (0/o, 1/l/i): read off a screen, said on the phone, typed on a phone.
const ONE_TIME_ALPHABET = 'abcdefghjkmnpqrstuvwxyz23456789';
const GROUPS = 3;
const GROUP_LENGTH = 4;

/**
 * A one-time password an administrator hands over: 12 characters from a 31-letter alphabet (about 59 bits from
 * node:crypto), in groups of four (`k7mq-x3pd-9tfh`). It passes the policy for `username`, so the account can sign in
 * with it; the holder must change it before anything else.
 */
export function oneTimePassword(username: string): string {
  for (;;) {
    const groups: string[] = [];
    for (let g = 0; g < GROUPS; g++) {
      let group = '';
      for (let i = 0; i < GROUP_LENGTH; i++) group += ONE_TIME_ALPHABET[randomInt(ONE_TIME_ALPHABET.length)];
      groups.push(group);
    }
    const candidate = groups.join('-');
    try {
      checkNewPassword(username, candidate, 'password');
      return candidate;
    } catch {
      // A two-letter username inside the random letters: draw again.
    }
  }
}
