import { AppError, ErrorCode } from '../../common/errors/app-error.js';

export class RosterError extends AppError {
  static filingNotFound(): RosterError {
    return new RosterError(ErrorCode.NOT_FOUND, 'No such roster filing in your county');
  }

  static notReviewer(): RosterError {
    return new RosterError(ErrorCode.FORBIDDEN, 'Only the city or province bureau above the county acknowledges or returns its roster filings', {
      reason: 'NOT_REVIEWER',
    });
  }

  static alreadyDecided(status: string): RosterError {
    return new RosterError(ErrorCode.CONFLICT, `This filing has already been ${status.toLowerCase()}; a decision is final`, {
      reason: 'FILING_DECIDED',
    });
  }

  static importInvalid(problems: unknown[], problemCount: number): RosterError {
    return new RosterError(
      ErrorCode.BAD_USER_INPUT,
      `attachmentId: the workbook has ${problemCount} problem${problemCount === 1 ? '' : 's'}; nothing was imported. Fix them and upload it again`,
      { field: 'attachmentId', problemCount, problems },
    );
  }

  static alreadyImported(): RosterError {
    return new RosterError(ErrorCode.CONFLICT, 'attachmentId: this workbook has already been imported', {
      field: 'attachmentId',
      reason: 'WORKBOOK_IMPORTED',
    });
  }
}

export const REVIEW_CONSTRAINTS = {
  roster_filing_review_filing_unique: { message: 'Someone else decided on this filing at the same moment; a decision is final' },
};

export const FILING_CONSTRAINTS = {
  roster_filing_county_number_unique: { message: 'Another filing of the roster was made at the same moment; reload and file again', field: 'asOf' },
};
