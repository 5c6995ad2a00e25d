import { AppError, ErrorCode } from '../../common/errors/app-error.js';

export class NoticeBoardError extends AppError {
  /** Missing and out of scope answer alike. */
  static notFound(): NoticeBoardError {
    return new NoticeBoardError(ErrorCode.NOT_FOUND, 'No such village in your jurisdiction');
  }

  static townshipNotFound(): NoticeBoardError {
    return new NoticeBoardError(ErrorCode.NOT_FOUND, 'No such township in your jurisdiction');
  }

  static noAdviser(village: string): NoticeBoardError {
    return new NoticeBoardError(ErrorCode.CONFLICT, `${village} has no adviser today: pair one with the village before printing its notice board`, {
      reason: 'VILLAGE_UNCOVERED',
      village,
    });
  }

  static adviserNotActive(village: string, adviser: string, status: string): NoticeBoardError {
    return new NoticeBoardError(
      ErrorCode.CONFLICT,
      `The adviser of ${village}, ${adviser}, is ${status.toLowerCase()}: reassign the village before printing its notice board`,
      { reason: 'ADVISER_NOT_ACTIVE', village },
    );
  }
}
