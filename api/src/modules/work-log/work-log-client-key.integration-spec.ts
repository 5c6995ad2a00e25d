import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import { demoAccount, demoPairings, demoWorkLogs } from '@fengqiao/seeds';
import { startTestApp, type TestApp } from '../../../test/app.js';
import { eventually, holdingTable } from '../../../test/locks.js';
import { WorkLogEntry } from './work-log-entry.entity.js';

const FIELDS = 'id month content version';
const CREATE = `mutation($input: WorkLogEntryInput!, $key: String) { createWorkLogEntry(input: $input, clientKey: $key) { ${FIELDS} } }`;
const UPDATE = `mutation($id: ID!, $input: WorkLogEntryInput!, $v: Int!) { updateWorkLogEntry(id: $id, input: $input, version: $v) { ${FIELDS} } }`;

const adviser1 = demoAccount('adviser.1').adviserId!;
const village1 = demoPairings().find((p) => p.adviserId === adviser1)!.villageId;
const demo = demoWorkLogs();

describe('work-log entries sent with an idempotency key (clientKey)', () => {
  let app: TestApp;
  let token: string;
  const entries = (clientKey: string) => app.orm.em.fork().find(WorkLogEntry, { adviser: adviser1, clientKey });
  const input = (patch: Record<string, unknown> = {}) => ({
    villageId: village1,
    at: new Date(app.clock.now().getTime() - 60_000).toISOString(),
    category: 'CONSULTATION',
    mode: 'OFFLINE',
    personServed: '钱小梅',
    phone: '13935801234',
    matter: '土地承包合同咨询',
    content: '离线时记下，信号恢复后发送',
    durationMin: 20,
    photoIds: [],
    ...patch,
  });

  beforeAll(async () => {
    app = await startTestApp();
    token = await app.login('adviser.1');
  });
  afterAll(() => app.close());

  it('records an entry once: the same key with the same entry returns the first entry, however often it is sent', async () => {
    const key = crypto.randomUUID();
    const first = await app.gql(CREATE, { input: input(), key }, token);
    expect(first.errors).toBeUndefined();
    // The same entry again, as a phone sends it when the first answer was lost (whitespace and phone format aside).
    const again = await app.gql(CREATE, { input: input({ content: ' 离线时记下，信号恢复后发送 ', phone: '+86 139 3580 1234' }), key }, token);
    expect(again.errors).toBeUndefined();
    expect(again.data.createWorkLogEntry).toEqual(first.data.createWorkLogEntry);
    expect((await entries(key)).map((e) => e.id)).toEqual([first.data.createWorkLogEntry.id]);
  });

  it('returns the recorded entry to a repeat even after it was edited or its month submitted since', async () => {
    const key = crypto.randomUUID();
    const created = (await app.gql(CREATE, { input: input(), key }, token)).data.createWorkLogEntry;
    const edited = await app.gql(UPDATE, { id: created.id, input: input({ content: '改过的内容' }), v: created.version }, token);
    expect(edited.errors).toBeUndefined();
    const again = await app.gql(CREATE, { input: input(), key }, token);
    expect(again.errors).toBeUndefined();
    expect(again.data.createWorkLogEntry).toMatchObject({ id: created.id, content: '改过的内容' });
    expect(await entries(key)).toHaveLength(1);
  });

  it('refuses another entry under a key used already with CONFLICT IDEMPOTENCY_KEY_REUSED, and writes nothing', async () => {
    const key = crypto.randomUUID();
    const created = (await app.gql(CREATE, { input: input(), key }, token)).data.createWorkLogEntry;
    const before = await app.orm.em.fork().count(WorkLogEntry, { adviser: adviser1 });
    const other = await app.gql(CREATE, { input: input({ durationMin: 45 }), key }, token);
    expect(other.errors?.[0]?.extensions).toMatchObject({
      code: 'CONFLICT',
      field: 'clientKey',
      reason: 'IDEMPOTENCY_KEY_REUSED',
      existingId: created.id,
    });
    expect(await app.orm.em.fork().count(WorkLogEntry, { adviser: adviser1 })).toBe(before);
  });

  it('keeps keys per adviser, refuses a key that is no UUID, and records entries without a key as before', async () => {
    const key = crypto.randomUUID();
    const mine = await app.gql(CREATE, { input: input(), key }, token);
    expect(mine.errors).toBeUndefined();
    const adviser2 = demoAccount('adviser.2').adviserId!;
    const theirVillage = demoPairings().find((p) => p.adviserId === adviser2)!.villageId;
    const theirs = await app.gql(CREATE, { input: input({ villageId: theirVillage }), key }, await app.login('adviser.2'));
    expect(theirs.errors).toBeUndefined();
    expect(theirs.data.createWorkLogEntry.id).not.toBe(mine.data.createWorkLogEntry.id);
    const bad = await app.gql(CREATE, { input: input(), key: 'not-a-uuid' }, token);
    expect(bad.errors?.[0]?.extensions).toMatchObject({ code: 'BAD_USER_INPUT', field: 'clientKey' });
    const a = await app.gql(CREATE, { input: input() }, token);
    const b = await app.gql(CREATE, { input: input() }, token);
    expect(a.data.createWorkLogEntry.id).not.toBe(b.data.createWorkLogEntry.id);
  });

  it('refuses an entry for a submitted month with CONFLICT reason MONTH_SUBMITTED', async () => {
    const at = `${demo.months.previous}-15T10:00:00+08:00`;
    const res = await app.gql(CREATE, { input: input({ at }), key: crypto.randomUUID() }, token);
    expect(res.errors?.[0]?.extensions).toMatchObject({ code: 'CONFLICT', field: 'month', reason: 'MONTH_SUBMITTED' });
  });

  it('records one entry when two requests with the same key race, and answers both with it', async () => {
    const key = crypto.randomUUID();
    // Holding back inserts into the entries until both requests wait: both have looked for the key and found none.
    const answers = await holdingTable(app, 'work_log_entry', 'exclusive', async (waiting) => {
      const sent = [0, 1].map(() => app.gql(CREATE, { input: input({ content: '同时发送' }), key }, token));
      expect(await eventually(async () => (await waiting()) >= 2)).toBe(true);
      return sent;
    }).then((sent) => Promise.all(sent));
    expect(answers.map((a) => a.errors)).toEqual([undefined, undefined]);
    const ids = answers.map((a) => a.data.createWorkLogEntry.id);
    expect(ids[0]).toBe(ids[1]);
    expect((await entries(key)).map((e) => e.id)).toEqual([ids[0]]);
  });

  it('lets one of two racing different entries under one key win and refuses the other', async () => {
    const key = crypto.randomUUID();
    const answers = await holdingTable(app, 'work_log_entry', 'exclusive', async (waiting) => {
      const sent = [10, 20].map((durationMin) => app.gql(CREATE, { input: input({ durationMin }), key }, token));
      expect(await eventually(async () => (await waiting()) >= 2)).toBe(true);
      return sent;
    }).then((sent) => Promise.all(sent));
    const won = answers.filter((a) => !a.errors);
    const lost = answers.filter((a) => a.errors);
    expect([won.length, lost.length]).toEqual([1, 1]);
    expect(lost[0]!.errors?.[0]?.extensions).toMatchObject({ code: 'CONFLICT', reason: 'IDEMPOTENCY_KEY_REUSED' });
    expect((await entries(key)).map((e) => e.id)).toEqual([won[0]!.data.createWorkLogEntry.id]);
  });

  it('refuses the key for an entry of another month too, also when the two race (the table is partitioned by month)', async () => {
    // The unique key (adviser, client_key, at) includes the partition key, so it would let one key stand for two entries
    // of different months: the service serialises creates under a key and looks first.
    // A month long past that no monthly report covers (open), whose rows go to its own partition or the default one.
    const lastMonth = (minutes: number) => new Date(Date.parse('2025-06-15T10:00:00+08:00') + minutes * 60_000).toISOString();
    const key = crypto.randomUUID();
    const answers = await holdingTable(app, 'work_log_entry', 'exclusive', async (waiting) => {
      const sent = [input(), input({ at: lastMonth(5) })].map((entry) => app.gql(CREATE, { input: entry, key }, token));
      expect(await eventually(async () => (await waiting()) >= 2)).toBe(true);
      return sent;
    }).then((sent) => Promise.all(sent));
    const won = answers.filter((a) => !a.errors);
    const lost = answers.filter((a) => a.errors);
    expect([won.length, lost.length]).toEqual([1, 1]);
    expect(lost[0]!.errors?.[0]?.extensions).toMatchObject({ code: 'CONFLICT', reason: 'IDEMPOTENCY_KEY_REUSED' });
    expect((await entries(key)).map((e) => e.id)).toEqual([won[0]!.data.createWorkLogEntry.id]);
    // And one after the other.
    const later = await app.gql(CREATE, { input: input({ at: lastMonth(9), content: '另一条' }), key }, token);
    expect(later.errors?.[0]?.extensions).toMatchObject({ code: 'CONFLICT', reason: 'IDEMPOTENCY_KEY_REUSED' });
    expect(await entries(key)).toHaveLength(1);
  });
});
