import type { ApiError } from '../providers/session';

type Translate = (key: string, options?: Record<string, unknown>) => string;

/** "Try again in …": whole minutes from a minute on, seconds below. */
export function waitMessage(translate: Translate, retryAfterSeconds: number | undefined): string {
  const seconds = Math.max(1, Math.ceil(retryAfterSeconds ?? 60));
  return seconds >= 60
    ? translate('fq.login.rate_limited_minutes', { minutes: Math.ceil(seconds / 60) })
    : translate('fq.login.rate_limited_seconds', { seconds });
}

/** The message shown for a failed sign-in: the server's English is never shown, only our text for its code. */
export function loginErrorMessage(translate: Translate, error: ApiError): string {
  switch (error.code) {
    case 'UNAUTHENTICATED':
      return translate('fq.login.wrong_credentials');
    case 'RATE_LIMITED':
      return waitMessage(translate, error.details.retryAfterSeconds);
    case 'BAD_USER_INPUT':
      return error.details.field === 'username' || error.details.field === 'password'
        ? translate('fq.login.required', { field: translate(`fq.login.${error.details.field}`) })
        : translate('fq.error.BAD_USER_INPUT_unnamed');
    default:
      return translate(`fq.error.${error.code}`);
  }
}

/** The message shown for any other failed request, by error code (with the field for BAD_USER_INPUT). */
export function apiErrorMessage(translate: Translate, error: ApiError): string {
  switch (error.code) {
    case 'BAD_USER_INPUT':
      return error.details.field
        ? translate('fq.error.BAD_USER_INPUT', { field: error.details.field })
        : translate('fq.error.BAD_USER_INPUT_unnamed');
    case 'RATE_LIMITED':
      return translate('fq.error.RATE_LIMITED', { seconds: Math.max(1, Math.ceil(error.details.retryAfterSeconds ?? 60)) });
    default:
      return translate(`fq.error.${error.code}`);
  }
}
