import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import { DEMO_PASSWORD, demoAccount, demoCases } from '@fengqiao/seeds';
import { randomUUID } from 'node:crypto';
import { rest } from '../../../test/rest.js';
import { countQueries, startTestApp, type TestApp } from '../../../test/app.js';

const adviser1 = demoAccount('adviser.1');
const adviser2 = demoAccount('adviser.2');
const OPEN = ['REGISTERED', 'ACCEPTED', 'IN_MEDIATION'];
const casesOf1 = demoCases().filter((c) => c.adviserIds.includes(adviser1.adviserId!));
const openOf1 = casesOf1.filter((c) => OPEN.includes(c.status));
const closedOf1 = casesOf1.find((c) => !OPEN.includes(c.status))!;
const readable = openOf1[0]!;

const LOGIN = 'mutation($u: String!, $p: String!) { login(username: $u, password: $p) { token } }';
const SUMMARY = 'query($id: ID!) { mediationCase(id: $id) { id version summary canReadConfidential needsAdviser advisers { id } } }';
const NEEDS = '{ mediationCases(options: { take: 100, filter: { needsAdviser: true } }) { totalItems items { id needsAdviser } } }';
const REASSIGN = `mutation($id: ID!, $input: ReassignMediationCaseInput!) { reassignMediationCase(id: $id, input: $input) {
  id version advisers { id } events { kind reason actorName endedAdviserNames addedAdviserName at } } }`;
const roster = (action: string) => `mutation($id: ID!) { ${action}(id: $id, input: { effectiveOn: "2026-11-20", reason: "测试" }) { id status } }`;

describe('advisers who leave stop reading, and their open cases are reassigned', () => {
  let app: TestApp;
  beforeAll(async () => {
    app = await startTestApp();
  });
  afterAll(() => app.close());

  const signIn = (username: string) => app.gql(LOGIN, { u: username, p: DEMO_PASSWORD });
  const needing = async (username: string) => {
    const items = (await app.gql(NEEDS, {}, await app.login(username))).data.mediationCases.items as Array<{ id: string; needsAdviser: boolean }>;
    expect(items.every((c) => c.needsAdviser)).toBe(true);
    return items.map((c) => c.id);
  };

  it('a suspended adviser’s token and a fresh sign-in both stop at once; reinstatement lets new sign-ins in, not old tokens', async () => {
    expect(openOf1.length).toBeGreaterThan(1);
    const { data } = await signIn('adviser.1');
    const old = data.login.token as string;
    expect((await app.gql(SUMMARY, { id: readable.id }, old)).data.mediationCase.summary).toBe(readable.summary);
    expect(await needing('bureau')).toEqual([]);
    const bureau = await app.login('bureau');
    expect((await app.gql(SUMMARY, { id: readable.id }, bureau)).data.mediationCase.needsAdviser).toBe(false);

    expect((await app.gql(roster('suspendLegalAdviser'), { id: adviser1.adviserId }, bureau)).data.suspendLegalAdviser.status).toBe('SUSPENDED');

    const refused = await app.gql(SUMMARY, { id: readable.id }, old);
    expect(refused.status).toBe(401);
    expect(refused.errors?.[0]?.extensions?.code).toBe('UNAUTHENTICATED');
    expect(JSON.stringify(refused)).not.toContain(readable.summary);
    expect((await rest(app, 'GET', `/api/mediation-cases/${readable.id}/case-file.pdf`, { token: old })).status).toBe(401);
    expect((await signIn('adviser.1')).errors?.[0]?.extensions?.code).toBe('UNAUTHENTICATED');

    // The bureau and the township office see which open cases now wait for another adviser.
    expect((await needing('bureau')).sort()).toEqual(openOf1.map((c) => c.id).sort());
    expect((await needing('office.tianning')).sort()).toEqual(openOf1.map((c) => c.id).sort());
    expect((await app.gql(SUMMARY, { id: readable.id }, bureau)).data.mediationCase.needsAdviser).toBe(true);
    expect((await app.gql(SUMMARY, { id: closedOf1.id }, bureau)).data.mediationCase.needsAdviser).toBe(false);

    await app.gql(roster('reinstateLegalAdviser'), { id: adviser1.adviserId }, bureau);
    expect((await app.gql(SUMMARY, { id: readable.id }, old)).errors?.[0]?.extensions?.code).toBe('UNAUTHENTICATED');
    const fresh = (await signIn('adviser.1')).data.login.token as string;
    expect((await app.gql(SUMMARY, { id: readable.id }, fresh)).data.mediationCase.summary).toBe(readable.summary);
    expect(await needing('bureau')).toEqual([]);
  });

  it('removal disables the account; the office reassigns an open case, recorded as an event, and the new adviser reads it', async () => {
    const old = (await signIn('adviser.1')).data.login.token as string;
    const bureau = await app.login('bureau');
    await app.gql(roster('removeLegalAdviser'), { id: adviser1.adviserId }, bureau);
    expect((await app.gql('{ me { id } }', {}, old)).errors?.[0]?.extensions?.code).toBe('UNAUTHENTICATED');
    const [user] = await app.orm.em.fork().getConnection().execute(`select disabled_at from app_user where id = ?`, [adviser1.id]);
    expect(user.disabled_at).not.toBeNull();

    const office = await app.login('office.tianning');
    const { data } = await app.gql(SUMMARY, { id: readable.id }, office);
    expect(data.mediationCase.summary).toBeNull();
    const res = await app.gql(
      REASSIGN,
      {
        id: readable.id,
        input: { adviserId: adviser2.adviserId, reason: '原法律顾问已被移出名册', version: data.mediationCase.version },
      },
      office,
    );
    expect(res.errors).toBeUndefined();
    expect(res.data.reassignMediationCase.advisers).toEqual([{ id: adviser2.adviserId }]);
    expect(res.data.reassignMediationCase.version).toBe(data.mediationCase.version + 1);
    expect(res.data.reassignMediationCase.events).toEqual([
      expect.objectContaining({
        kind: 'ADVISER_REASSIGNED',
        reason: '原法律顾问已被移出名册',
        actorName: demoAccount('office.tianning').displayName,
        endedAdviserNames: ['李明华'],
        addedAdviserName: '王秀兰',
      }),
    ]);
    // The new adviser reads it; the office still does not.
    const now = await app.gql(SUMMARY, { id: readable.id }, await app.login('adviser.2'));
    expect(now.data.mediationCase).toMatchObject({ summary: readable.summary, canReadConfidential: true });
    expect((await app.gql(SUMMARY, { id: readable.id }, office)).data.mediationCase.summary).toBeNull();
    expect(await needing('office.tianning')).not.toContain(readable.id);
    expect((await needing('office.tianning')).length).toBe(openOf1.length - 1);

    // Replaying the same request with the version it read is CONFLICT, and writes no second event.
    const stale = await app.gql(
      REASSIGN,
      {
        id: readable.id,
        input: { adviserId: adviser2.adviserId, reason: '重复', version: data.mediationCase.version },
      },
      office,
    );
    expect(stale.errors?.[0]?.extensions?.code).toBe('CONFLICT');
    const [{ n }] = await app.orm.em.fork().getConnection().execute(`select count(*)::int as n from case_event where case_id = ?`, [readable.id]);
    expect(n).toBe(1);
  });

  it('refuses a reassignment to an adviser who cannot take cases, of a closed case, or by an adviser', async () => {
    const office = await app.login('office.tianning');
    const target = openOf1[1]!;
    const version = (await app.gql(SUMMARY, { id: target.id }, office)).data.mediationCase.version;
    const removed = await app.gql(REASSIGN, { id: target.id, input: { adviserId: adviser1.adviserId, reason: 'x', version } }, office);
    expect(removed.errors?.[0]?.extensions).toMatchObject({ code: 'BAD_USER_INPUT', field: 'adviserId' });
    const unknown = await app.gql(REASSIGN, { id: target.id, input: { adviserId: randomUUID(), reason: 'x', version } }, office);
    expect(unknown.errors?.[0]?.extensions).toMatchObject({ code: 'BAD_USER_INPUT', field: 'adviserId' });
    const closedVersion = (await app.gql(SUMMARY, { id: closedOf1.id }, office)).data.mediationCase.version;
    const closed = await app.gql(
      REASSIGN,
      { id: closedOf1.id, input: { adviserId: adviser2.adviserId, reason: 'x', version: closedVersion } },
      office,
    );
    expect(closed.errors?.[0]?.extensions).toMatchObject({ code: 'BAD_USER_INPUT', field: 'status' });
    const byAdviser = await app.gql(
      REASSIGN,
      { id: target.id, input: { adviserId: adviser2.adviserId, reason: 'x', version } },
      await app.login('adviser.2'),
    );
    expect(byAdviser.errors?.[0]?.extensions?.code).toBe('FORBIDDEN');
    const [{ n }] = await app.orm.em.fork().getConnection().execute(`select count(*)::int as n from case_event where case_id = ?`, [target.id]);
    expect(n).toBe(0);
  });
  it('a page of cases reads their assignments once for both advisers and needsAdviser (the console’s list asks both)', async () => {
    const bureau = await app.login('bureau');
    const PAGE = '{ mediationCases(options: { take: 100 }) { items { id status needsAdviser advisers { id name status } } } }';
    const { statements } = await countQueries(async () => {
      const res = await app.gql(PAGE, {}, bureau);
      expect(res.errors).toBeUndefined();
      const items = res.data.mediationCases.items as Array<{ status: string; needsAdviser: boolean; advisers: Array<{ status: string }> }>;
      expect(items.length).toBeGreaterThan(10);
      // Derived from the same rows: open with no ACTIVE adviser among those assigned.
      for (const c of items) expect(c.needsAdviser).toBe(OPEN.includes(c.status) && !c.advisers.some((a) => a.status === 'ACTIVE'));
    });
    // One statement reads the assignments (on the list, the page's own statement, which reads them with the rows).
    expect(statements.filter((s) => /from "?case_adviser"?/.test(s))).toHaveLength(1);
  });
});
