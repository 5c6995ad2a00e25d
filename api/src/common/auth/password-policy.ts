import { AppError } from '../errors/app-error.js';
import { MAX_PASSWORD_LENGTH } from './password.js';

// A placeholder list; the accounts work replaces this module with the full policy and list.
const COMMON = new Set(['1234567890', 'password123', 'qwertyuiop', '1qaz2wsx3edc', 'a123456789', 'abcd123456']);

/** Refuses a new password that is short, contains the username or is common: BAD_USER_INPUT naming `field`. */
export function checkNewPassword(username: string, password: string, field = 'newPassword'): void {
  if (password.length < 10) throw AppError.badInput(field, 'must be at least 10 characters');
  if (password.length > MAX_PASSWORD_LENGTH) throw AppError.badInput(field, `must be at most ${MAX_PASSWORD_LENGTH} characters`);
  if (username && password.toLowerCase().includes(username.toLowerCase())) throw AppError.badInput(field, 'must not contain the username');
  if (COMMON.has(password.toLowerCase())) throw AppError.badInput(field, 'is among the most common passwords');
}
