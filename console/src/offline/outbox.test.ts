import { afterEach, describe, expect, it, vi } from 'vitest';
import { authProvider } from '../providers/authProvider';
import { dataProvider } from '../providers/dataProvider';
import { saveSession, type SessionUser } from '../providers/session';
import { addToOutbox, clearOtherOutboxes, flushOutbox, moveOutboxEntry, outboxKey, readOutbox, removeFromOutbox, type OutboxInput } from './outbox';

const adviser = (id: string): SessionUser => ({ id, username: id, role: 'ADVISER', displayName: id, scopeRegion: null });
const entry = (patch: Record<string, unknown> = {}) => ({
  villageId: 'v1',
  at: '2026-11-20T02:00:00.000Z',
  category: 'CONSULTATION',
  mode: 'OFFLINE',
  personServed: '赵大勇',
  phone: '13935801234',
  matter: '宅基地咨询',
  content: '没有信号时记下的内容',
  durationMin: 30,
  photoIds: [],
  ...patch,
});
const networkDown = () => Object.assign(new Error('Failed to fetch'), { body: { code: 'NETWORK' } });
const refused = (reason: string) => Object.assign(new Error('refused'), { body: { code: 'CONFLICT', reason, field: 'month' } });

afterEach(() => {
  vi.unstubAllGlobals();
  vi.restoreAllMocks();
});

describe('the outbox of work-log entries saved without a signal', () => {
  it('keeps each entry under the signed-in user: another user on the same phone sees none of it', () => {
    addToOutbox('u1', { ...entry(), id: 'ignored', summary: 'not a work-log field' }, 'k1');
    expect(readOutbox('u1')).toEqual([expect.objectContaining({ clientKey: 'k1', status: 'PENDING', input: entry() })]);
    expect(localStorage.getItem(outboxKey('u1'))).toContain('没有信号时记下的内容');
    expect(outboxKey('u1')).toContain('u1');
    expect(readOutbox('u2')).toEqual([]);
    expect(readOutbox(undefined)).toEqual([]);
  });

  it('is emptied when its user signs out, and another user’s leftovers when someone signs in', async () => {
    saveSession('a.b.c', adviser('u1'));
    addToOutbox('u1', entry(), 'k1');
    addToOutbox('u2', entry(), 'k2');
    await authProvider.logout({});
    expect(readOutbox('u1')).toEqual([]);
    expect(localStorage.getItem(outboxKey('u1'))).toBeNull();
    expect(readOutbox('u2')).toHaveLength(1);
    addToOutbox('u3', entry(), 'k3');
    clearOtherOutboxes('u3');
    expect(readOutbox('u2')).toEqual([]);
    expect(readOutbox('u3')).toHaveLength(1);
  });

  it('sends each entry once, with its key, even when the online event and the periodic retry fire together', async () => {
    addToOutbox('u1', entry({ content: '一' }), 'k1');
    addToOutbox('u1', entry({ content: '二' }), 'k2');
    let release!: () => void;
    const gate = new Promise<void>((resolve) => {
      release = resolve;
    });
    const send = vi.fn(async (_input: OutboxInput, _key: string) => {
      await gate;
      return { id: 'server-id' };
    });
    const first = flushOutbox('u1', send);
    const second = flushOutbox('u1', send);
    release();
    expect(await first).toEqual({ sent: 2, refused: 0, waiting: 0 });
    await second;
    expect(send.mock.calls.map(([input, key]) => [input.content, key])).toEqual([
      ['一', 'k1'],
      ['二', 'k2'],
    ]);
    expect(readOutbox('u1')).toEqual([]);
    // Nothing left: a later round sends nothing.
    await flushOutbox('u1', send);
    expect(send).toHaveBeenCalledTimes(2);
  });

  it('keeps the entries when the signal is still gone, and sends them later under the same key', async () => {
    addToOutbox('u1', entry(), 'k1');
    addToOutbox('u1', entry(), 'k2');
    const failing = vi.fn(async () => {
      throw networkDown();
    });
    expect(await flushOutbox('u1', failing)).toEqual({ sent: 0, refused: 0, waiting: 2 });
    // The round stops at the first failure: no point trying the rest without a signal.
    expect(failing).toHaveBeenCalledTimes(1);
    expect(readOutbox('u1').map((e) => [e.clientKey, e.status])).toEqual([
      ['k1', 'PENDING'],
      ['k2', 'PENDING'],
    ]);
    const send = vi.fn(async () => ({ id: 'x' }));
    expect(await flushOutbox('u1', send)).toEqual({ sent: 2, refused: 0, waiting: 0 });
    expect(send.mock.calls.map((c) => (c as unknown[])[1])).toEqual(['k1', 'k2']);
  });

  it('marks an entry whose month was submitted meanwhile as refused, with the reason; moved to an open month it is sent', async () => {
    addToOutbox('u1', entry(), 'k1');
    addToOutbox('u1', entry({ content: '另一条' }), 'k2');
    const send = vi.fn(async (input: OutboxInput) => {
      if (input.at === '2026-11-20T02:00:00.000Z' && input.content !== '另一条') throw refused('MONTH_SUBMITTED');
      return { id: 'x' };
    });
    expect(await flushOutbox('u1', send)).toEqual({ sent: 1, refused: 1, waiting: 0 });
    expect(readOutbox('u1')).toEqual([expect.objectContaining({ clientKey: 'k1', status: 'REFUSED', reason: 'MONTH_SUBMITTED' })]);
    // A refused entry is not sent again by itself.
    await flushOutbox('u1', send);
    expect(send).toHaveBeenCalledTimes(2);
    moveOutboxEntry('u1', 'k1', '2026-12-01T02:00:00.000Z');
    expect(readOutbox('u1')[0]).toMatchObject({ status: 'PENDING', input: { at: '2026-12-01T02:00:00.000Z' } });
    expect(readOutbox('u1')[0]!.reason).toBeUndefined();
    expect(await flushOutbox('u1', send)).toEqual({ sent: 1, refused: 0, waiting: 0 });
    expect(send.mock.calls[2]).toEqual([expect.objectContaining({ at: '2026-12-01T02:00:00.000Z' }), 'k1']);
    expect(readOutbox('u1')).toEqual([]);
  });

  it('lets a refused entry be discarded', () => {
    addToOutbox('u1', entry(), 'k1');
    removeFromOutbox('u1', 'k1');
    expect(readOutbox('u1')).toEqual([]);
  });
});

describe('creating a work-log entry through the data provider', () => {
  const answer = (body: unknown) => {
    const fetch = vi.fn(async () => new Response(JSON.stringify(body), { status: 200, headers: { 'content-type': 'application/json' } }));
    vi.stubGlobal('fetch', fetch);
    return fetch;
  };

  it('sends an idempotency key with the entry', async () => {
    saveSession('a.b.c', adviser('u1'));
    const fetch = answer({ data: { createWorkLogEntry: { __typename: 'WorkLogEntry', id: 'e1' } } });
    const { data } = await dataProvider.create('workLogEntries', { data: entry() });
    expect(data).toMatchObject({ id: 'e1' });
    const body = JSON.parse(String((fetch.mock.calls[0] as unknown as [string, RequestInit])[1].body));
    expect(body.variables.clientKey).toMatch(/^[0-9a-f-]{36}$/);
    expect(body.variables.input).toMatchObject({ content: '没有信号时记下的内容' });
    expect(readOutbox('u1')).toEqual([]);
  });

  it('keeps the entry in the adviser’s outbox when the request finds no network, and when the browser says it is offline', async () => {
    saveSession('a.b.c', adviser('u1'));
    vi.stubGlobal(
      'fetch',
      vi.fn(async () => {
        throw new TypeError('Failed to fetch');
      }),
    );
    const { data } = await dataProvider.create('workLogEntries', { data: entry() });
    expect(data).toMatchObject({ pending: true, content: '没有信号时记下的内容' });
    expect(readOutbox('u1')).toEqual([expect.objectContaining({ clientKey: data.id, status: 'PENDING' })]);

    const fetch = answer({ data: { createWorkLogEntry: { __typename: 'WorkLogEntry', id: 'e1' } } });
    vi.spyOn(navigator, 'onLine', 'get').mockReturnValue(false);
    await dataProvider.create('workLogEntries', { data: entry({ content: '第二条' }) });
    expect(fetch).not.toHaveBeenCalled();
    expect(readOutbox('u1').map((e) => e.input.content)).toEqual(['没有信号时记下的内容', '第二条']);
  });

  it('does not keep an entry the API refused (it is no network failure): the form says why', async () => {
    saveSession('a.b.c', adviser('u1'));
    answer({ data: null, errors: [{ message: 'frozen', extensions: { code: 'CONFLICT', field: 'month', reason: 'MONTH_SUBMITTED' } }] });
    const error = (await dataProvider.create('workLogEntries', { data: entry() }).catch((e: unknown) => e)) as {
      message: string;
      body: { reason: string };
    };
    expect(error.body.reason).toBe('MONTH_SUBMITTED');
    expect(error.message).toContain('该月工作日志已提交');
    expect(readOutbox('u1')).toEqual([]);
  });
});
