import { AppError, ErrorCode } from '../../common/errors/app-error.js';

export class PairingError extends AppError {
  static overlap(): PairingError {
    return new PairingError(
      ErrorCode.CONFLICT,
      'The village already has an adviser for part of these dates; end that pairing first or reassign the village',
      {
        field: 'validFrom',
        reason: 'VILLAGE_ALREADY_PAIRED',
      },
    );
  }

  static notFound(): PairingError {
    return new PairingError(ErrorCode.NOT_FOUND, 'No such pairing in your county');
  }
}

export const PAIRING_CONSTRAINTS = {
  pairing_one_adviser_per_village_per_day: {
    message: 'The village already has an adviser for part of these dates; end that pairing first or reassign the village',
    field: 'validFrom',
  },
};
