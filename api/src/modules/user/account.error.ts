import { AppError, ErrorCode } from '../../common/errors/app-error.js';

export class AccountError extends AppError {
  static notFound(): AccountError {
    return new AccountError(ErrorCode.NOT_FOUND, 'No such account');
  }

  /** The account, adviser or region exists but lies outside what the viewer administers. */
  static outsideJurisdiction(what = 'account'): AccountError {
    return new AccountError(ErrorCode.FORBIDDEN, `This ${what} is outside what you administer`, { reason: 'OUTSIDE_JURISDICTION' });
  }

  static roleNotAdministered(): AccountError {
    return new AccountError(ErrorCode.FORBIDDEN, 'You may not manage accounts of this role', { reason: 'ROLE_NOT_ADMINISTERED' });
  }

  static usernameTaken(): AccountError {
    return new AccountError(ErrorCode.CONFLICT, 'username: another account already has this username', {
      field: 'username',
      reason: 'USERNAME_TAKEN',
    });
  }

  static adviserHasAccount(existingId: string): AccountError {
    return new AccountError(ErrorCode.CONFLICT, 'adviserId: this adviser already has an account', {
      field: 'adviserId',
      reason: 'ACCOUNT_EXISTS',
      existingId,
    });
  }

  static ownAccount(): AccountError {
    return new AccountError(ErrorCode.CONFLICT, 'You cannot disable your own account', { field: 'id', reason: 'OWN_ACCOUNT' });
  }
}

export const ACCOUNT_CONSTRAINTS = {
  app_user_username_unique: { message: 'username: another account already has this username', field: 'username' },
  app_user_adviser_id_unique: { message: 'adviserId: this adviser already has an account', field: 'adviserId' },
};
