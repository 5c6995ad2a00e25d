import { GraphQLError } from 'graphql';

export const ErrorCode = {
  UNAUTHENTICATED: 'UNAUTHENTICATED',
  FORBIDDEN: 'FORBIDDEN',
  BAD_USER_INPUT: 'BAD_USER_INPUT',
  NOT_FOUND: 'NOT_FOUND',
  CONFLICT: 'CONFLICT',
  RATE_LIMITED: 'RATE_LIMITED',
  /** HTTP 503: the database or the pool is unavailable; retry. */
  SERVICE_UNAVAILABLE: 'SERVICE_UNAVAILABLE',
  INTERNAL_SERVER_ERROR: 'INTERNAL_SERVER_ERROR',
} as const;
export type ErrorCode = (typeof ErrorCode)[keyof typeof ErrorCode];

/**
 * The base of every module's error class. The message is for people (written in English; the API answers it in
 * Chinese unless the client prefers English, see localize.ts; the console translates by code and reason), the code
 * for programs; `field` names the offending input for BAD_USER_INPUT, `reason` (reasons.ts) what a CONFLICT was.
 */
export class AppError extends GraphQLError {
  constructor(code: ErrorCode, message: string, extra: Record<string, unknown> = {}) {
    super(message, { extensions: { code, ...extra } });
    this.name = new.target.name;
  }

  get code(): ErrorCode {
    return this.extensions.code as ErrorCode;
  }

  /** The client sent the `version` it read and the record has changed since: nothing is written; reload. */
  static stale(): AppError {
    return new AppError(ErrorCode.CONFLICT, 'Someone else changed this record meanwhile; reload it and try again', {
      field: 'version',
      reason: 'STALE_VERSION',
    });
  }

  /** Refuses an update made from a `version` other than the record's. */
  static assertVersion(record: { version: number }, version: number): void {
    if (record.version !== version) throw AppError.stale();
  }

  static badInput(field: string, message: string): AppError {
    return new AppError(ErrorCode.BAD_USER_INPUT, `${field}: ${message}`, { field });
  }
}
