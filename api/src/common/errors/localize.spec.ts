import { describe, expect, it } from '@jest/globals';
import { chineseMessage, localeOf, localizeErrors } from './localize.js';

describe('localeOf', () => {
  it.each([
    [undefined, 'zh-CN'],
    ['', 'zh-CN'],
    ['en', 'en'],
    ['en-US,en;q=0.9', 'en'],
    ['zh-CN,zh;q=0.9,en;q=0.8', 'zh-CN'],
    ['en;q=0.5,zh-TW;q=0.8', 'zh-CN'],
    ['fr-FR,fr;q=0.9,en;q=0.7', 'en'],
    ['fr-FR', 'zh-CN'],
    ['*', 'zh-CN'],
    ['en;q=0,zh;q=0.1', 'zh-CN'],
    ['EN-gb', 'en'],
  ])('takes %p as %p', (header, locale) => {
    expect(localeOf(header)).toBe(locale);
  });
});

describe('chineseMessage', () => {
  it('says a reason in its words, with the values the extensions carry', () => {
    expect(chineseMessage({ code: 'CONFLICT', reason: 'MONTH_SUBMITTED', field: 'month', month: '2026-10' })).toBe(
      '2026-10 的工作日志已提交，不能再修改；请选择未提交的月份，或请司法所退回后再改',
    );
    expect(chineseMessage({ code: 'CONFLICT', reason: 'VILLAGE_UNCOVERED', village: '西街村' })).toMatch(/^西街村今天没有结对的法律顾问/);
  });

  it('falls back to the code (and field) for an error without a catalogued reason of its code', () => {
    expect(chineseMessage({ code: 'CONFLICT' })).toBe('与已有记录冲突，请刷新后重试');
    expect(chineseMessage({ code: 'BAD_USER_INPUT', field: 'input.phone', reason: 'WRONG_PASSWORD' })).toBe('输入有误：input.phone');
    expect(chineseMessage({ code: 'BAD_USER_INPUT' })).toBe('输入有误，请检查后重试');
    // A reason of another code is not this error's: the code decides.
    expect(chineseMessage({ code: 'FORBIDDEN', reason: 'MONTH_SUBMITTED' })).toBe('您的角色或管辖范围不允许此操作');
    expect(chineseMessage({ code: 'RATE_LIMITED', retryAfterSeconds: 30 })).toBe('请求过于频繁，请 30 秒后再试');
  });

  it('leaves the GraphQL protocol’s errors alone', () => {
    expect(chineseMessage({ code: 'GRAPHQL_VALIDATION_FAILED' })).toBeUndefined();
    expect(chineseMessage(undefined)).toBeUndefined();
  });
});

describe('localizeErrors', () => {
  const errors = [
    { message: 'The work log of 2026-10 has been submitted', extensions: { code: 'CONFLICT', reason: 'MONTH_SUBMITTED', month: '2026-10' } },
  ];

  it('keeps English for English and the extensions either way', () => {
    expect(localizeErrors(errors, 'en')).toEqual(errors);
    const [zh] = localizeErrors(errors, 'zh-CN');
    expect(zh!.message).toMatch(/^2026-10 的工作日志已提交/);
    expect(zh!.extensions).toBe(errors[0]!.extensions);
  });
});
