import { HttpError } from 'react-admin';
import { describe, expect, it } from 'vitest';
import { translateError } from './dataProvider';

// ra-data-graphql wraps GraphQL errors as HttpError(message, 200, ApolloError) and network errors by status.
const graphQLFailure = (extensions: Record<string, unknown>) =>
  new HttpError('server text', 200, { graphQLErrors: [{ message: 'server text', extensions }] });

describe('translateError', () => {
  it('replaces the server English with our message for the code, and a status that matches it', () => {
    const e = translateError(graphQLFailure({ code: 'FORBIDDEN' })) as HttpError;
    expect(e).toBeInstanceOf(HttpError);
    expect(e.message).toBe('您无权执行此操作');
    expect(e.status).toBe(403);
    expect(e.body).toEqual({ code: 'FORBIDDEN', field: undefined });
  });

  it('names the field of BAD_USER_INPUT', () => {
    const e = translateError(graphQLFailure({ code: 'BAD_USER_INPUT', field: 'validTo' })) as HttpError;
    expect(e.message).toBe('输入有误：validTo');
    expect(e.status).toBe(400);
  });

  it('turns HTTP 401 into UNAUTHENTICATED, so the auth provider logs out', () => {
    const e = translateError(new HttpError('Response not successful', 401)) as HttpError;
    expect(e.status).toBe(401);
    expect(e.body).toMatchObject({ code: 'UNAUTHENTICATED' });
  });

  it('says a busy or restarting server saved nothing, for the code and for a bare 503', () => {
    const coded = translateError(graphQLFailure({ code: 'SERVICE_UNAVAILABLE' })) as HttpError;
    expect(coded.message).toBe('服务器繁忙或数据库正在重启，本次操作未保存，请稍后再试');
    expect(coded.status).toBe(503);
    const bare = translateError(new HttpError('Service Unavailable', 503)) as HttpError;
    expect(bare.body).toMatchObject({ code: 'SERVICE_UNAVAILABLE' });
  });

  it('says the server is unreachable when there is no response at all', () => {
    const e = translateError(new HttpError('Failed to fetch', undefined as unknown as number)) as HttpError;
    expect(e.message).toBe('无法连接服务器，请检查网络');
  });

  it('leaves react-admin keys and aborted requests alone', () => {
    const notFound = new HttpError('ra.notification.item_doesnt_exist', 200, new Error('x'));
    expect(translateError(notFound)).toBe(notFound);
    const abort = new DOMException('aborted', 'AbortError');
    expect(translateError(abort)).toBe(abort);
  });
});
