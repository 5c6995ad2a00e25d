import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { dataProvider } from '../providers/dataProvider';
import { ApiError, saveSession } from '../providers/session';
import { apiErrorMessage, errorMessage, KNOWN_REASONS } from './errors';
import { createI18nProvider } from './index';

const zh = createI18nProvider('zh-CN').translate;
const en = createI18nProvider('en').translate;

afterEach(() => vi.unstubAllGlobals());

describe('refusals explained by a reason', () => {
  it('say what happened and what to do for a work-log entry in a submitted month', () => {
    const error = new ApiError('CONFLICT', 'The work log of 2026-10 has been submitted', { field: 'month', reason: 'MONTH_SUBMITTED' });
    expect(apiErrorMessage(zh, error)).toBe('该月工作日志已提交，不能再添加或修改；请选择未提交的月份，或请司法所退回后再改');
    expect(apiErrorMessage(en, error)).toMatch(/^That month’s work log has been submitted.*ask the judicial office to return it$/);
  });

  it('tell a village without an adviser from a work-log month, though both are CONFLICT', () => {
    const uncovered = apiErrorMessage(zh, new ApiError('CONFLICT', '西街村 has no adviser today', { reason: 'VILLAGE_UNCOVERED' }));
    const submitted = apiErrorMessage(zh, new ApiError('CONFLICT', '', { reason: 'MONTH_SUBMITTED' }));
    expect(uncovered).toBe('该村未配备法律顾问，不能打印公示牌；请先为该村结对法律顾问');
    expect(uncovered).not.toBe(submitted);
    expect(uncovered).not.toBe(zh('fq.error.CONFLICT'));
  });

  it('say a FORBIDDEN reason in its words, and fall back to the code’s for a reason they do not know', () => {
    expect(apiErrorMessage(zh, new ApiError('FORBIDDEN', '', { reason: 'NOT_YOUR_TOWNSHIP' }))).toBe('该法律顾问的工作日志由其他乡镇的司法所审核');
    expect(apiErrorMessage(zh, new ApiError('CONFLICT', 'Something new', { reason: 'SOMETHING_NEW' }))).toBe('与已有记录冲突，请刷新后重试');
    expect(apiErrorMessage(en, new ApiError('FORBIDDEN', 'Nope', { reason: 'SOMETHING_NEW' }))).toBe(en('fq.error.FORBIDDEN'));
    expect(apiErrorMessage(zh, new ApiError('CONFLICT', '', { field: 'version' }))).toContain('已被他人修改');
  });

  it('have words for every CONFLICT and FORBIDDEN reason the API catalogues', () => {
    const catalogue = readFileSync(resolve(import.meta.dirname, '../../../api/src/common/errors/reasons.ts'), 'utf8');
    const reasons = [...catalogue.matchAll(/^\s+([A-Za-z_]+): \{ code: ErrorCode\.(?:CONFLICT|FORBIDDEN),/gm)].map((m) => m[1]!);
    expect(reasons).toContain('MONTH_SUBMITTED');
    expect(reasons.filter((r) => !KNOWN_REASONS.has(r))).toEqual([]);
  });

  it('never show the server’s words: the data provider translates by reason', async () => {
    saveSession('a.b.c', { id: 'u', username: 'adviser.1', role: 'ADVISER', displayName: '顾问', scopeRegion: null });
    const body = {
      data: null,
      errors: [{ message: 'SERVER WORDS', extensions: { code: 'CONFLICT', field: 'month', reason: 'MONTH_SUBMITTED', month: '2026-10' } }],
    };
    vi.stubGlobal(
      'fetch',
      vi.fn(async () => new Response(JSON.stringify(body), { status: 200, headers: { 'content-type': 'application/json' } })),
    );
    const error = (await dataProvider.mutate('createWorkLogEntry', { input: { villageId: 'v' } }).catch((e: unknown) => e)) as Error & {
      body: Record<string, unknown>;
    };
    expect(error.message).toBe('该月工作日志已提交，不能再添加或修改；请选择未提交的月份，或请司法所退回后再改');
    expect(error.body).toMatchObject({ code: 'CONFLICT', reason: 'MONTH_SUBMITTED' });
    expect(errorMessage(zh, error)).not.toContain('SERVER WORDS');
  });
});
