import { afterEach, describe, expect, it, vi } from 'vitest';
import { dataProvider } from '../providers/dataProvider';
import { saveSession } from '../providers/session';
import { RequestTimeoutError, REQUEST_TIMEOUT_MS, withTimeout } from './timeout';

/** A fetch that never answers until its signal aborts (a dead village signal). */
const hanging = vi.fn(
  (_input: RequestInfo | URL, init?: RequestInit) =>
    new Promise<Response>((_resolve, reject) => {
      init?.signal?.addEventListener('abort', () => reject(new DOMException('aborted', 'AbortError')));
    }),
);

afterEach(() => vi.unstubAllGlobals());

describe('requests that get no answer', () => {
  it('give up after the timeout with RequestTimeoutError', async () => {
    vi.useFakeTimers();
    const fetch = withTimeout(hanging, 1000);
    const result = fetch('/graphql').catch((e: unknown) => e);
    await vi.advanceTimersByTimeAsync(999);
    await vi.advanceTimersByTimeAsync(1);
    expect(await result).toBeInstanceOf(RequestTimeoutError);
  });

  it('are still cancelled by the caller’s own signal (as an AbortError, not a timeout)', async () => {
    const controller = new AbortController();
    const result = withTimeout(hanging, 60_000)('/graphql', { signal: controller.signal }).catch((e: unknown) => e);
    controller.abort();
    expect(((await result) as Error).name).toBe('AbortError');
  });

  it('reach the page as the "no network, check the signal and retry" message', async () => {
    vi.useFakeTimers();
    saveSession('a.b.c', { id: 'u', username: 'bureau', role: 'BUREAU_ADMIN', displayName: '局', scopeRegion: null });
    vi.stubGlobal('fetch', hanging);
    const result = dataProvider
      .getList('legalAdvisers', { pagination: { page: 1, perPage: 10 }, sort: { field: 'name', order: 'ASC' }, filter: {} })
      .catch((e: unknown) => e);
    await vi.advanceTimersByTimeAsync(REQUEST_TIMEOUT_MS);
    const error = (await result) as { message: string; body: { code: string } };
    expect(error.body.code).toBe('TIMEOUT');
    expect(error.message).toBe('网络不通，请求超时。请检查信号后重试');
  });
});
