import { AppError, ErrorCode } from '../../common/errors/app-error.js';

export class MeetingError extends AppError {
  static notFound(): MeetingError {
    return new MeetingError(ErrorCode.NOT_FOUND, 'No such consultation meeting in your jurisdiction');
  }

  static itemNotFound(): MeetingError {
    return new MeetingError(ErrorCode.NOT_FOUND, 'No such action item in your jurisdiction');
  }

  static notYourItem(): MeetingError {
    return new MeetingError(ErrorCode.FORBIDDEN, 'This action item is owned by someone else; an office updates only its own items', {
      reason: 'NOT_YOUR_ITEM',
    });
  }

  static countyOnly(): MeetingError {
    return new MeetingError(ErrorCode.FORBIDDEN, 'Only a county bureau organises consultation meetings', { reason: 'COUNTY_BUREAU_ONLY' });
  }
}
