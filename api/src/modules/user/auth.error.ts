import { AppError, ErrorCode } from '../../common/errors/app-error.js';

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
}
