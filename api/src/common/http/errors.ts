import type { NextFunction, Request, Response } from 'express';
import { AppError, ErrorCode } from '../errors/app-error.js';
import { isServiceUnavailable, serviceUnavailable } from '../errors/db-errors.js';
import { logFailure } from '../errors/format-error.js';
import { chineseMessage, localeOf } from '../errors/localize.js';

/** HTTP status for each error code, for the REST routes that sit beside GraphQL (files, PDFs, spreadsheets). */
const STATUS_BY_CODE: Record<string, number> = {
  [ErrorCode.UNAUTHENTICATED]: 401,
  [ErrorCode.FORBIDDEN]: 403,
  [ErrorCode.BAD_USER_INPUT]: 400,
  [ErrorCode.NOT_FOUND]: 404,
  [ErrorCode.CONFLICT]: 409,
  [ErrorCode.RATE_LIMITED]: 429,
  [ErrorCode.SERVICE_UNAVAILABLE]: 503,
};

/** An AppError that also says which HTTP status to answer with (e.g. 413 for a file over the size limit). */
export class HttpError extends AppError {
  constructor(
    readonly status: number,
    code: ErrorCode,
    message: string,
    extra: Record<string, unknown> = {},
  ) {
    super(code, message, extra);
  }
}

/**
 * Writes `{ errors: [{ message, extensions: { code, … } }] }`, the shape GraphQL errors have, so clients parse one
 * shape; the message in the language the request's Accept-Language prefers (Chinese unless English).
 */
export function sendError(res: Response, error: AppError): void {
  const { http, ...extensions } = error.extensions as Record<string, unknown> & { http?: { status?: number } };
  const status = error instanceof HttpError ? error.status : (http?.status ?? STATUS_BY_CODE[error.code] ?? 500);
  if (status === 401) res.setHeader('WWW-Authenticate', 'Bearer');
  if (typeof extensions.retryAfterSeconds === 'number') res.setHeader('Retry-After', String(extensions.retryAfterSeconds));
  const locale = localeOf(res.req?.get('accept-language'));
  const message = (locale === 'zh-CN' && chineseMessage(extensions)) || error.message;
  res.status(status).json({ errors: [{ message, extensions }] });
}

export type AsyncHandler = (req: Request, res: Response, next: NextFunction) => Promise<void>;

/**
 * Runs an async route handler and answers its AppErrors in the GraphQL error shape; the database being unavailable
 * is SERVICE_UNAVAILABLE (503), anything else INTERNAL_SERVER_ERROR, logged by `logFailure` without its message.
 */
export function handle(fn: AsyncHandler) {
  return async (req: Request, res: Response, next: NextFunction): Promise<void> => {
    try {
      await fn(req, res, next);
    } catch (error) {
      if (res.headersSent) {
        logFailure(req.log, error, { after: 'the response began' });
        res.destroy();
        return;
      }
      if (error instanceof AppError && error.code !== ErrorCode.INTERNAL_SERVER_ERROR) {
        sendError(res, error);
        return;
      }
      logFailure(req.log, error);
      sendError(res, isServiceUnavailable(error) ? serviceUnavailable() : new AppError(ErrorCode.INTERNAL_SERVER_ERROR, 'Internal server error'));
    }
  };
}

/** `Content-Disposition` for a download with a Chinese file name (RFC 6266/5987) and an ASCII fallback. */
export function attachmentDisposition(fileName: string, asciiFallback: string): string {
  const ascii = asciiFallback.replace(/[^A-Za-z0-9._-]/g, '_');
  return `attachment; filename="${ascii}"; filename*=UTF-8''${encodeURIComponent(fileName)}`;
}
