import { AppError, ErrorCode } from '../../common/errors/app-error.js';
import type { SessionEndReason } from './user.entity.js';

export class AuthError extends AppError {
  /** The same answer whether the user exists, is disabled or typed the wrong password. */
  static invalidCredentials(): AuthError {
    return new AuthError(ErrorCode.UNAUTHENTICATED, 'Wrong username or password');
  }

  static tooManyAttempts(retryAfterSeconds: number): AuthError {
    return new AuthError(ErrorCode.RATE_LIMITED, `Too many failed sign-ins; try again in ${retryAfterSeconds} s`, {
      retryAfterSeconds,
    });
  }

  static badToken(reason: 'expired' | 'invalid'): AuthError {
    return new AuthError(
      ErrorCode.UNAUTHENTICATED,
      reason === 'expired' ? 'Your sign-in has expired; sign in again' : 'The Authorization token is not valid; sign in again',
      { reason, http: { status: 401 } },
    );
  }

  /**
   * A well-formed token that no longer works, with the reason a client can show: ACCOUNT_DISABLED (the account is
   * disabled, or its adviser suspended or removed), PASSWORD_CHANGED, PASSWORD_RESET or SESSION_ENDED (the token
   * version was raised for another reason).
   */
  static sessionEnded(reason: 'ACCOUNT_DISABLED' | SessionEndReason): AuthError {
    const messages: Record<typeof reason, string> = {
      ACCOUNT_DISABLED: 'This account is disabled; ask your administrator',
      PASSWORD_CHANGED: 'The password was changed; sign in again with the new one',
      PASSWORD_RESET: 'An administrator reset the password; sign in with the one-time password you were given',
      SESSION_ENDED: 'Your session has ended; sign in again',
    };
    return new AuthError(ErrorCode.UNAUTHENTICATED, messages[reason], { reason, http: { status: 401 } });
  }

  /** A wrong current password when changing it: BAD_USER_INPUT naming currentPassword (not a sign-out). */
  static wrongCurrentPassword(): AuthError {
    return new AuthError(ErrorCode.BAD_USER_INPUT, 'currentPassword: is not the account’s current password', {
      field: 'currentPassword',
      reason: 'WRONG_PASSWORD',
    });
  }
}
