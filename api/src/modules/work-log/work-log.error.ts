import { AppError, ErrorCode } from '../../common/errors/app-error.js';

export class WorkLogError extends AppError {
  static entryNotFound(): WorkLogError {
    return new WorkLogError(ErrorCode.NOT_FOUND, 'No such work-log entry of yours');
  }

  static reportNotFound(): WorkLogError {
    return new WorkLogError(ErrorCode.NOT_FOUND, 'No such monthly report');
  }

  static frozen(month: string): WorkLogError {
    return new WorkLogError(ErrorCode.CONFLICT, `The work log of ${month} has been submitted; it can be changed only after the office returns it`, {
      field: 'month',
      reason: 'MONTH_SUBMITTED',
      month,
    });
  }

  /** A create sent again with the same idempotency key but another entry: keys are chosen afresh for each entry. */
  static keyReused(existingId: string): WorkLogError {
    return new WorkLogError(ErrorCode.CONFLICT, 'This clientKey was used already for another entry; choose a new key for a new entry', {
      field: 'clientKey',
      reason: 'IDEMPOTENCY_KEY_REUSED',
      existingId,
    });
  }

  /** A create whose natural key (an adviser's month, a village's month) has its record already: open that one. */
  static exists(message: string, reason: 'CHECK_EXISTS' | 'REPORT_EXISTS', existingId: string, month: string): WorkLogError {
    return new WorkLogError(ErrorCode.CONFLICT, message, { field: 'month', reason, existingId, month });
  }

  static wrongState(what: string): WorkLogError {
    return new WorkLogError(ErrorCode.CONFLICT, what, { field: 'status', reason: 'REPORT_NOT_SUBMITTED' });
  }

  static notYourTownship(): WorkLogError {
    return new WorkLogError(ErrorCode.FORBIDDEN, 'This adviser’s report is reviewed by another township’s office', {
      reason: 'NOT_YOUR_TOWNSHIP',
    });
  }
}
