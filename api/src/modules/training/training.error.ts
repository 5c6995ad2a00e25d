import { AppError, ErrorCode } from '../../common/errors/app-error.js';

export class TrainingError extends AppError {
  static notFound(): TrainingError {
    return new TrainingError(ErrorCode.NOT_FOUND, 'No such training in your jurisdiction');
  }

  static notYourVillage(): TrainingError {
    return new TrainingError(ErrorCode.FORBIDDEN, 'You did not serve this village on that date; record trainings only for villages paired with you', {
      reason: 'NOT_YOUR_VILLAGE',
    });
  }

  static outOfScope(): TrainingError {
    return new TrainingError(ErrorCode.FORBIDDEN, 'This region is outside your jurisdiction', { reason: 'OUTSIDE_JURISDICTION' });
  }

  static countyOnly(): TrainingError {
    return new TrainingError(ErrorCode.FORBIDDEN, 'Only a county bureau records its annual training', { reason: 'COUNTY_BUREAU_ONLY' });
  }
}
