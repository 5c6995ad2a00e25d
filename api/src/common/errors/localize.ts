import type { GraphQLFormattedError } from 'graphql';
import { ErrorCode } from './app-error.js';
import { REASONS } from './reasons.js';

/** The languages of the API's error messages: Chinese unless the client prefers English. */
export type Locale = 'zh-CN' | 'en';

/**
 * The language an `Accept-Language` header prefers among ours: the first of its ranges by quality (ties in the
 * order sent) that is Chinese or English; Chinese when it names neither, or is missing.
 */
export function localeOf(acceptLanguage: string | null | undefined): Locale {
  if (!acceptLanguage) return 'zh-CN';
  const ranges = acceptLanguage
    .split(',')
    .map((part, index) => {
      const [tag = '', ...params] = part.trim().split(';');
      const q = params.map((p) => p.trim()).find((p) => p.startsWith('q='));
      const quality = q ? Number(q.slice(2)) : 1;
      return { primary: tag.trim().toLowerCase().split('-')[0], quality: Number.isFinite(quality) ? quality : 0, index };
    })
    .filter((r) => r.quality > 0)
    .sort((a, b) => b.quality - a.quality || a.index - b.index);
  for (const r of ranges) {
    if (r.primary === 'en') return 'en';
    if (r.primary === 'zh') return 'zh-CN';
  }
  return 'zh-CN';
}

/** The Chinese message of each code, when the error has no reason of its own. */
const BY_CODE: Record<string, (e: Record<string, unknown>) => string> = {
  [ErrorCode.UNAUTHENTICATED]: () => '请先登录',
  [ErrorCode.FORBIDDEN]: () => '您的角色或管辖范围不允许此操作',
  [ErrorCode.BAD_USER_INPUT]: (e) => (typeof e.field === 'string' && e.field ? `输入有误：${e.field}` : '输入有误，请检查后重试'),
  [ErrorCode.NOT_FOUND]: () => '记录不存在，或不在您的管辖范围内',
  [ErrorCode.CONFLICT]: () => '与已有记录冲突，请刷新后重试',
  [ErrorCode.RATE_LIMITED]: (e) =>
    typeof e.retryAfterSeconds === 'number' ? `请求过于频繁，请 ${e.retryAfterSeconds} 秒后再试` : '请求过于频繁，请稍后再试',
  [ErrorCode.SERVICE_UNAVAILABLE]: () => '数据库暂时不可用，本次操作未保存，请稍后再试',
  [ErrorCode.INTERNAL_SERVER_ERROR]: () => '服务器出错，请稍后再试',
};

function fill(template: string, extensions: Record<string, unknown>): string {
  return template.replace(/%\{(\w+)\}/g, (_m, name: string) => {
    const value = extensions[name];
    return typeof value === 'string' || typeof value === 'number' ? String(value) : '';
  });
}

/**
 * An error's message in Chinese, from its code, reason and field (never from its English words); undefined for the
 * GraphQL protocol's own errors (a query that does not parse or validate), which are for developers and stay English.
 */
export function chineseMessage(extensions: Record<string, unknown> | undefined): string | undefined {
  const e = extensions ?? {};
  const code = typeof e.code === 'string' ? e.code : undefined;
  if (!code || !BY_CODE[code]) return undefined;
  const reason = typeof e.reason === 'string' ? (REASONS as Record<string, { code: string; zh: string }>)[e.reason] : undefined;
  if (reason && reason.code === code) return fill(reason.zh, e);
  return BY_CODE[code](e);
}

/**
 * An error thrown where no response is being built yet (Apollo's context function answers its errors itself): its
 * message in the client's language, in place.
 */
export function localizeError<T extends { message: string; extensions: Record<string, unknown> }>(error: T, locale: Locale): T {
  const message = locale === 'en' ? undefined : chineseMessage(error.extensions);
  if (message) error.message = message;
  return error;
}

/** The errors of a response in the client's language; extensions stay as they are (they are for programs). */
export function localizeErrors<T extends GraphQLFormattedError>(errors: readonly T[], locale: Locale): T[] {
  if (locale === 'en') return [...errors];
  return errors.map((error) => {
    const message = chineseMessage(error.extensions as Record<string, unknown> | undefined);
    return message ? { ...error, message } : error;
  });
}
