import { ErrorCode } from '../../common/errors/app-error.js';
import { HttpError } from '../../common/http/errors.js';
import type { UploadRule } from './upload-rules.js';

const ACCEPTED = 'a JPEG, PNG or WebP image, an Excel workbook (.xlsx) or a CSV file';

export class AttachmentError extends HttpError {
  static unsupportedType(): AttachmentError {
    return new AttachmentError(400, ErrorCode.BAD_USER_INPUT, `file: send ${ACCEPTED} with its Content-Type`, { field: 'file' });
  }

  static empty(): AttachmentError {
    return new AttachmentError(400, ErrorCode.BAD_USER_INPUT, 'file: the request body is empty', { field: 'file' });
  }

  static notWhatItClaims(rule: UploadRule): AttachmentError {
    return new AttachmentError(400, ErrorCode.BAD_USER_INPUT, `file: the bytes are not ${rule.label}`, { field: 'file' });
  }

  /** The right magic bytes, but no whole image behind them (truncated, corrupt, or a header alone). */
  static undecodable(rule: UploadRule): AttachmentError {
    return new AttachmentError(
      400,
      ErrorCode.BAD_USER_INPUT,
      `file: the bytes do not decode as ${rule.label}; the file may be damaged or incomplete`,
      { field: 'file' },
    );
  }

  static tooLarge(rule: UploadRule): AttachmentError {
    const mb = Math.round(rule.maxBytes / (1024 * 1024));
    return new AttachmentError(413, ErrorCode.BAD_USER_INPUT, `file: ${rule.label} may be at most ${mb} MB`, {
      field: 'file',
      maxBytes: rule.maxBytes,
    });
  }

  /** Past the uploader's quota (`reason` says which); `retryAfterSeconds` until the upload in the way has aged out. */
  static quotaExceeded(reason: 'UPLOADS_PER_HOUR' | 'UPLOAD_BYTES_PER_DAY', retryAfterSeconds: number): AttachmentError {
    const what = reason === 'UPLOADS_PER_HOUR' ? 'files in an hour' : 'bytes in a day';
    return new AttachmentError(429, ErrorCode.RATE_LIMITED, `You have uploaded as many ${what} as allowed; try again in ${retryAfterSeconds} s`, {
      reason,
      retryAfterSeconds,
    });
  }

  static forbiddenType(): AttachmentError {
    return new AttachmentError(403, ErrorCode.FORBIDDEN, 'Your role may not upload this kind of file', { reason: 'FILE_TYPE_NOT_ALLOWED' });
  }

  static badLink(): AttachmentError {
    return new AttachmentError(403, ErrorCode.FORBIDDEN, 'This file link is not valid or has expired; reload the page', { reason: 'LINK_EXPIRED' });
  }

  static fileNotFound(): AttachmentError {
    return new AttachmentError(404, ErrorCode.NOT_FOUND, 'No such file');
  }

  /** An attachment id that names no upload of yours (or names one of the wrong kind). */
  static notYourUpload(field: string, what: string): AttachmentError {
    return new AttachmentError(400, ErrorCode.BAD_USER_INPUT, `${field}: no ${what} that you uploaded has this id`, { field });
  }

  static inUse(field: string): AttachmentError {
    return new AttachmentError(409, ErrorCode.CONFLICT, `${field}: this file is already attached to something else; upload it again`, {
      field,
      reason: 'FILE_IN_USE',
    });
  }
}
