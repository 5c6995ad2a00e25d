import type { ApiError } from '../providers/session';
import { megabytes } from '../providers/units';
import * as errorReasons from './modules/errorReasons';

type Translate = (key: string, options?: Record<string, unknown>) => string;

/** "Try again in …": whole minutes from a minute on, seconds below. */
export function waitMessage(translate: Translate, retryAfterSeconds: number | undefined): string {
  const seconds = Math.max(1, Math.ceil(retryAfterSeconds ?? 60));
  return seconds >= 60
    ? translate('fq.login.rate_limited_minutes', { minutes: Math.ceil(seconds / 60) })
    : translate('fq.login.rate_limited_seconds', { seconds });
}

/** The message shown for a failed sign-in: the server's English is never shown, only our text for its code. */
export function loginErrorMessage(translate: Translate, error: ApiError, mode: 'password' | 'code' = 'password'): string {
  switch (error.code) {
    case 'UNAUTHENTICATED':
      return translate(mode === 'code' ? 'fq.login.wrong_code' : 'fq.login.wrong_credentials');
    case 'RATE_LIMITED':
      return waitMessage(translate, error.details.retryAfterSeconds);
    case 'BAD_USER_INPUT':
      if (error.details.field === 'phone') return translate('fq.validation.phone');
      return error.details.field === 'username' || error.details.field === 'password' || error.details.field === 'code'
        ? translate('fq.login.required', { field: translate(`fq.login.${error.details.field}`) })
        : translate('fq.error.BAD_USER_INPUT_unnamed');
    default:
      return translate(`fq.error.${error.code}`);
  }
}

/**
 * The reasons the console has words of its own for (modules/errorReasons.ts): what happened and what to do. A reason
 * it does not know yet (a newer API) falls back to the code's message.
 */
export const KNOWN_REASONS: ReadonlySet<string> = new Set(Object.keys(errorReasons.zh.fq.reason));

/** The message of a refusal explained by a reason the console knows, or undefined. */
function reasonMessage(translate: Translate, error: ApiError): string | undefined {
  const reason = error.details.reason;
  return reason && KNOWN_REASONS.has(reason) ? translate(`fq.reason.${reason}`) : undefined;
}

/** The existing record a refused create names (CONFLICT with `existingId`), from what a request threw. */
export function existingIdOf(error: unknown): string | undefined {
  const body = (error as { body?: { code?: string; existingId?: string } } | undefined)?.body;
  return body?.code === 'CONFLICT' && body.existingId ? body.existingId : undefined;
}

/** The message shown for any other failed request, by error code, with the field for BAD_USER_INPUT and the reason where there is one. */
export function apiErrorMessage(translate: Translate, error: ApiError): string {
  switch (error.code) {
    case 'BAD_USER_INPUT':
      return error.details.field
        ? translate('fq.error.BAD_USER_INPUT', { field: error.details.field })
        : translate('fq.error.BAD_USER_INPUT_unnamed');
    case 'RATE_LIMITED':
      return translate('fq.error.RATE_LIMITED', { seconds: Math.max(1, Math.ceil(error.details.retryAfterSeconds ?? 60)) });
    case 'CONFLICT':
      // Every CONFLICT names what was in the way (a submitted month, a village without an adviser…): say it.
      return (
        reasonMessage(translate, error) ??
        // A stale version from an API that did not say so: someone saved this record after it was loaded here.
        translate(error.details.field === 'version' ? 'fq.error.CONFLICT_version' : 'fq.error.CONFLICT')
      );
    case 'FORBIDDEN':
      return reasonMessage(translate, error) ?? translate('fq.error.FORBIDDEN');
    default:
      return translate(`fq.error.${error.code}`);
  }
}

/**
 * A failed upload: too large (413, with the limit the API sent), of the wrong kind or damaged (`types` names what to
 * choose), or past the uploader's quota; the rest as any other failure.
 */
export function uploadErrorMessage(translate: Translate, error: ApiError, types: string): string {
  if (error.details.status === 413) {
    const { maxBytes } = error.details;
    return maxBytes ? translate('fq.error.file_too_large', { mb: megabytes(maxBytes) }) : translate('fq.error.file_too_large_unsized');
  }
  if (error.code === 'BAD_USER_INPUT' && error.details.field === 'file') return translate('fq.error.file_type', { types });
  if (error.code === 'RATE_LIMITED') {
    return translate('fq.error.upload_quota', { minutes: Math.max(1, Math.ceil((error.details.retryAfterSeconds ?? 60) / 60)) });
  }
  return apiErrorMessage(translate, error);
}

/**
 * The message for anything a request threw: the data provider's errors already carry our translated message
 * (translateError), files.ts throws ApiError, and anything else is a server failure as far as people can tell.
 */
export function errorMessage(translate: Translate, error: unknown): string {
  if (error && typeof error === 'object' && (error as Error).name === 'ApiError') return apiErrorMessage(translate, error as ApiError);
  const e = error as { message?: string; body?: { code?: string } } | undefined;
  if (e?.body?.code && e.message) return e.message;
  if (typeof e?.message === 'string' && e.message.startsWith('ra.')) return translate(e.message);
  return translate('fq.error.INTERNAL_SERVER_ERROR');
}
