import { AppError, ErrorCode } from '../../common/errors/app-error.js';

export class WorkLogError extends AppError {
  static entryNotFound(): WorkLogError {
    return new WorkLogError(ErrorCode.NOT_FOUND, 'No such work-log entry of yours');
  }

  static reportNotFound(): WorkLogError {
    return new WorkLogError(ErrorCode.NOT_FOUND, 'No such monthly report');
  }

  static frozen(month: string): WorkLogError {
    return new WorkLogError(ErrorCode.CONFLICT, `The work log of ${month} has been submitted; it can be changed only after the office returns it`, { field: 'month' });
  }

  static stale(): WorkLogError {
    return new WorkLogError(ErrorCode.CONFLICT, 'Someone else changed this record meanwhile; reload it and try again', { field: 'version' });
  }

  static wrongState(what: string): WorkLogError {
    return new WorkLogError(ErrorCode.CONFLICT, what, { field: 'status' });
  }

  static notYourTownship(): WorkLogError {
    return new WorkLogError(ErrorCode.FORBIDDEN, 'This adviser’s report is reviewed by another township’s office');
  }
}
