import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import { demoAccount, demoPairings } from '@fengqiao/seeds';
import { randomBytes } from 'node:crypto';
import type { TestApp } from './app.js';
import { startAppWithUploads, TINY_JPEG, upload } from './rest.js';

const adviser1 = demoAccount('adviser.1');
const village = demoPairings().find((p) => p.adviserId === adviser1.adviserId)!.villageId;
const levelOf = (line: string) => Number(/"level":(\d+)/.exec(line)?.[1] ?? 0);

describe('what errors leave in the logs', () => {
  let app: TestApp;
  beforeAll(async () => {
    app = await startAppWithUploads();
  });
  afterAll(() => app.close());

  it('logs the code and the request id of a database error, never the values its message quotes (GraphQL and REST)', async () => {
    const canary = `CANARY-${randomBytes(6).toString('hex')}`;
    const quoted = `QUOTED-${randomBytes(6).toString('hex')}`;
    const em = app.orm.em.fork();
    // The database refuses with messages that quote values: the party's name as typed, and a constant standing for
    // whatever a driver message may carry (a row's key, a parameter).
    await em.execute(`create function refuse_row() returns trigger language plpgsql as $$
      begin
        if tg_table_name = 'person' then raise exception 'refused person %', new.name using detail = 'Key (name)=(' || new.name || ')'; end if;
        raise exception 'refused attachment ${quoted}';
      end $$`);
    await em.execute('create trigger refuse_person before insert on person for each row execute function refuse_row()');
    await em.execute('create trigger refuse_attachment before insert on attachment for each row execute function refuse_row()');
    try {
      const token = await app.login('adviser.1');
      const before = app.logs.length;
      const res = await fetch(`${app.url}/graphql`, {
        method: 'POST',
        headers: { 'content-type': 'application/json', authorization: `Bearer ${token}`, 'x-request-id': 'canary-graphql-0001' },
        body: JSON.stringify({
          query: 'mutation($input: CreateMediationCaseInput!) { createMediationCase(input: $input) { id } }',
          variables: {
            input: {
              villageId: village,
              source: 'APPLICATION',
              disputeType: 'NEIGHBOUR',
              amountFen: 0,
              tier: 'ORDINARY',
              receivedOn: '2025-03-01',
              summary: '日志测试',
              adviserIds: [],
              parties: [{ role: 'APPLICANT', name: canary }],
            },
          },
        }),
      });
      const body = (await res.json()) as any;
      expect(body.errors[0].extensions.code).toBe('INTERNAL_SERVER_ERROR');
      expect(JSON.stringify(body)).not.toContain(canary);

      const uploaded = await upload(app, token, TINY_JPEG, 'image/jpeg');
      expect(uploaded.status).toBe(500);
      expect(uploaded.json.errors[0].extensions.code).toBe('INTERNAL_SERVER_ERROR');

      const logged = app.logs.slice(before);
      expect(logged.join('\n')).not.toContain(canary);
      expect(logged.join('\n')).not.toContain(quoted);
      const errors = logged.filter((l) => levelOf(l) >= 50).map((l) => JSON.parse(l));
      expect(errors).toHaveLength(2);
      // Enough to find the request and the kind of failure: the request id and the database's code.
      expect(errors[0]).toMatchObject({ requestId: 'canary-graphql-0001', err: { dbCode: 'P0001' } });
      expect(errors[1]).toMatchObject({ requestId: expect.any(String), err: { dbCode: 'P0001' } });
    } finally {
      await em.execute('drop trigger refuse_person on person; drop trigger refuse_attachment on attachment; drop function refuse_row()');
    }
  });

  it('logs a refused sign-in without what was typed', async () => {
    const typed = `CANARY-${randomBytes(6).toString('hex')}`;
    const before = app.logs.length;
    for (const [username, password] of [
      [typed, 'x'],
      ['bureau', typed],
    ]) {
      const res = await app.gql('mutation($u: String!, $p: String!) { login(username: $u, password: $p) { token } }', { u: username, p: password });
      expect(res.errors?.[0]?.extensions?.code).toBe('UNAUTHENTICATED');
    }
    const logged = app.logs.slice(before).join('\n');
    expect(logged).toContain('"event":"login_failed"');
    expect(logged.toLowerCase()).not.toContain(typed.toLowerCase());
  });

  it.each([
    ['a persisted-query version other than 1', { query: '{ me { id } }', extensions: { persistedQuery: { version: 2, sha256Hash: 'x' } } }],
    [
      'a persisted-query hash that does not match its query',
      { query: '{ me { id } }', extensions: { persistedQuery: { version: 1, sha256Hash: '0'.repeat(64) } } },
    ],
    ['a subscription', { query: 'subscription { me { id } }' }],
  ])('answers %s with 400 and a code, and logs no error', async (_what, body) => {
    const before = app.logs.length;
    const res = await fetch(`${app.url}/graphql`, { method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify(body) });
    expect(res.status).toBe(400);
    const json = (await res.json()) as any;
    expect(['BAD_REQUEST', 'PERSISTED_QUERY_NOT_SUPPORTED']).toContain(json.errors[0].extensions.code);
    expect(app.logs.slice(before).filter((l) => levelOf(l) >= 40)).toEqual([]);
  });
});
