import { afterEach, describe, expect, it, vi } from 'vitest';
import { createI18nProvider } from '../i18n';
import { errorMessage, existingIdOf, uploadErrorMessage } from '../i18n/errors';
import { dataProvider } from './dataProvider';
import { ApiError, saveSession } from './session';

function answer(body: unknown) {
  const fetch = vi.fn(async () => new Response(JSON.stringify(body), { status: 200, headers: { 'content-type': 'application/json' } }));
  vi.stubGlobal('fetch', fetch);
  return fetch;
}

const sent = (fetch: ReturnType<typeof vi.fn>) => JSON.parse(String((fetch.mock.calls[0] as unknown as [string, RequestInit])[1].body));

afterEach(() => vi.unstubAllGlobals());

describe('dataProvider.mutate', () => {
  it('sends the mutation built from the schema with the token, and resolves to its result', async () => {
    saveSession('a.b.c', { id: 'u', username: 'bureau', role: 'BUREAU_ADMIN', displayName: '局', scopeRegion: null });
    const fetch = answer({ data: { endPairing: { __typename: 'Pairing', id: 'p1', validTo: '2026-11-28', active: false } } });
    await expect(dataProvider.mutate('endPairing', { id: 'p1', validTo: '2026-11-28' })).resolves.toMatchObject({
      id: 'p1',
      active: false,
    });
    const body = sent(fetch);
    expect(body.variables).toEqual({ id: 'p1', validTo: '2026-11-28' });
    expect(body.query).toContain('mutation endPairing($id: ID!, $validTo: Date!)');
    const [, init] = fetch.mock.calls[0] as unknown as [string, RequestInit];
    expect(new Headers(init.headers).get('authorization')).toBe('Bearer a.b.c');
  });

  it('turns a stale version into the translated "someone else changed this" message', async () => {
    answer({
      data: null,
      errors: [{ message: 'Someone else changed this adviser meanwhile', extensions: { code: 'CONFLICT', field: 'version' } }],
    });
    const error = (await dataProvider
      .update('legalAdvisers', { id: 'a1', data: { id: 'a1', version: 1, phone: '13900000000' }, previousData: { id: 'a1' } })
      .catch((e: unknown) => e)) as { message: string; status: number; body: { code: string; field: string } };
    expect(error.status).toBe(409);
    expect(error.body).toEqual({ code: 'CONFLICT', field: 'version' });
    expect(error.message).toContain('已被他人修改');
  });

  it('hands on the reason and the existing record’s id of a create refused because its record exists', async () => {
    answer({
      data: null,
      errors: [
        {
          message: 'This adviser’s check of 2026-10 exists already',
          extensions: { code: 'CONFLICT', field: 'month', reason: 'CHECK_EXISTS', existingId: 'k1' },
        },
      ],
    });
    const error = (await dataProvider.mutate('createMonthlyCheck', { input: { adviserId: 'a1', month: '2026-10' } }).catch((e: unknown) => e)) as {
      message: string;
      body: Record<string, unknown>;
    };
    expect(error.body).toEqual({ code: 'CONFLICT', field: 'month', reason: 'CHECK_EXISTS', existingId: 'k1' });
    expect(existingIdOf(error)).toBe('k1');
    expect(error.message).toBe('该法律顾问本月已有月度检查，未重复新建');
    expect(existingIdOf({ body: { code: 'BAD_USER_INPUT', existingId: 'k1' } })).toBeUndefined();
  });

  it('says a pairing overlap is a conflict, and never shows the server English', async () => {
    answer({ data: null, errors: [{ message: 'The village already has an adviser', extensions: { code: 'CONFLICT', field: 'validFrom' } }] });
    const error = (await dataProvider
      .mutate('createPairing', { input: { adviserId: 'a', villageId: 'v', validFrom: '2026-11-28' } })
      .catch((e: unknown) => e)) as Error;
    expect(error.message).toBe('与已有记录冲突，请刷新后重试');
  });
});

describe('error messages for actions and uploads', () => {
  const zh = createI18nProvider('zh-CN').translate;
  const en = createI18nProvider('en').translate;

  it('say why an upload was refused', () => {
    const tooLarge = new ApiError('BAD_USER_INPUT', '', { field: 'file', status: 413, maxBytes: 5 * 1024 * 1024 });
    expect(uploadErrorMessage(zh, tooLarge, 'JPEG / PNG')).toBe('文件过大：不超过 5 MB');
    expect(uploadErrorMessage(zh, new ApiError('BAD_USER_INPUT', '', { field: 'file', status: 413 }), 'JPEG / PNG')).toBe('文件过大');
    expect(uploadErrorMessage(zh, new ApiError('BAD_USER_INPUT', '', { field: 'file', status: 400 }), 'JPEG / PNG')).toBe(
      '文件类型不符或文件已损坏：请选择 JPEG / PNG',
    );
    expect(uploadErrorMessage(en, new ApiError('RATE_LIMITED', '', { retryAfterSeconds: 3000, status: 429 }), '.xlsx')).toBe(
      'You have uploaded many files recently; try again in 50 min',
    );
    expect(uploadErrorMessage(en, new ApiError('FORBIDDEN', ''), '.xlsx')).toBe('You are not allowed to do this');
  });

  it('read whatever a request threw', () => {
    expect(errorMessage(zh, new ApiError('CONFLICT', '', { field: 'version' }))).toContain('已被他人修改');
    expect(errorMessage(zh, { message: '已翻译的消息', body: { code: 'FORBIDDEN' } })).toBe('已翻译的消息');
    expect(errorMessage(zh, new Error('ra.notification.item_doesnt_exist'))).toBe(zh('ra.notification.item_doesnt_exist'));
    expect(errorMessage(zh, new TypeError('x is undefined'))).toBe('服务器出错，请稍后再试');
  });
});
