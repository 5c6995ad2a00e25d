import { AppError, ErrorCode } from '../errors/app-error.js';

export class AccessError extends AppError {
  static unauthenticated(): AccessError {
    return new AccessError(ErrorCode.UNAUTHENTICATED, 'Sign in first');
  }

  static forbidden(): AccessError {
    return new AccessError(ErrorCode.FORBIDDEN, 'Not allowed for your role or jurisdiction');
  }

  /**
   * Signed in with a one-time password (a new account, a reset): nothing but `me` and `changePassword` until the
   * holder chooses their own password.
   */
  static passwordChangeRequired(): AccessError {
    return new AccessError(ErrorCode.FORBIDDEN, 'Choose a new password first (changePassword)', { reason: 'PASSWORD_CHANGE_REQUIRED' });
  }

  /** A field that nobody gave a rule: refused for everyone, and the schema-walk test names it. */
  static noRule(field: string): AccessError {
    return new AccessError(ErrorCode.FORBIDDEN, `No access rule is declared for ${field}`);
  }
}
