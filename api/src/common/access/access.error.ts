import { AppError, ErrorCode } from '../errors/app-error.js';

export class AccessError extends AppError {
  static unauthenticated(): AccessError {
    return new AccessError(ErrorCode.UNAUTHENTICATED, 'Sign in first');
  }

  static forbidden(): AccessError {
    return new AccessError(ErrorCode.FORBIDDEN, 'Not allowed for your role or jurisdiction');
  }

  /** A field that nobody gave a rule: refused for everyone, and the schema-walk test names it. */
  static noRule(field: string): AccessError {
    return new AccessError(ErrorCode.FORBIDDEN, `No access rule is declared for ${field}`);
  }
}
