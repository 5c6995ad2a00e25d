import { AppError, ErrorCode } from '../../common/errors/app-error.js';

export class RegionError extends AppError {
  static noCounty(): RegionError {
    return new RegionError(ErrorCode.FORBIDDEN, 'Regions are imported by the bureau of a county', { reason: 'COUNTY_BUREAU_ONLY' });
  }

  static importInvalid(problems: unknown[], problemCount: number): RegionError {
    return new RegionError(
      ErrorCode.BAD_USER_INPUT,
      `attachmentId: the file has ${problemCount} bad row${problemCount === 1 ? '' : 's'}; nothing was imported. Fix them and upload it again`,
      { field: 'attachmentId', problemCount, problems },
    );
  }

  static notFound(): RegionError {
    return new RegionError(ErrorCode.NOT_FOUND, 'No such region in your jurisdiction');
  }

  /** A retired village (撤并) takes no new pairings or cases from its retirement on. */
  static villageRetired(field: string, retiredOn: string): RegionError {
    return new RegionError(ErrorCode.CONFLICT, `${field}: the village was retired (撤并) on ${retiredOn}`, {
      field,
      reason: 'VILLAGE_RETIRED',
      retiredOn,
    });
  }
}
