import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import { demoAccount, demoCases } from '@fengqiao/seeds';
import { countQueries, startTestApp, type TestApp } from '../../../test/app.js';
import { Role } from '../../common/access/role.js';
import { User } from '../user/user.entity.js';

const partyCase = demoCases()[0]!;
const party1 = demoAccount('party.1');
const respondent = partyCase.parties.find((p) => p.role === 'RESPONDENT')!.person;

const READ = `query($id: ID!) { mediationCase(id: $id) { summary agreement { content } } }`;
const LOG = `query($id: ID!) { mediationCase(id: $id) { id accessLog { at readerRole readerName organisation fields you } } }`;

describe('who read my case (MediationCase.accessLog)', () => {
  let app: TestApp;
  let respondentToken: string;

  beforeAll(async () => {
    app = await startTestApp();
    // The respondent gets a party account of their own (as signing in by code would leave it).
    const em = app.orm.em.fork();
    const id = crypto.randomUUID();
    em.create(User, {
      id,
      username: 'party.respondent',
      passwordHash: '!',
      role: Role.PARTY,
      displayName: respondent.name,
      verifiedPhone: respondent.phone,
    });
    await em.flush();
    respondentToken = await app.server.services.tokens.sign(id, Role.PARTY, 0);
    for (const token of [await app.login('party.1'), respondentToken, await app.login('adviser.1')]) {
      const res = await app.gql(READ, { id: partyCase.id }, token);
      expect(res.errors).toBeUndefined();
      expect(res.data.mediationCase.summary).toBe(partyCase.summary);
    }
  });
  afterAll(() => app.close());

  async function logAs(token: string) {
    const res = await app.gql(LOG, { id: partyCase.id }, token);
    expect(res.errors).toBeUndefined();
    return res.data.mediationCase.accessLog as Array<{
      readerRole: string;
      readerName: string;
      organisation: string | null;
      fields: string[];
      you: boolean;
    }>;
  }

  it('shows a party who read the case: themself by name, the other party masked, the adviser by role, name and organisation', async () => {
    const log = await logAs(await app.login('party.1'));
    const mine = log.filter((r) => r.you);
    expect(mine.length).toBeGreaterThanOrEqual(1);
    expect(mine[0]).toMatchObject({ readerRole: 'PARTY', readerName: party1.displayName, organisation: null });
    expect(mine.some((r) => r.fields.includes('summary') && r.fields.includes('agreement.content'))).toBe(true);
    const other = log.find((r) => r.readerRole === 'PARTY' && !r.you)!;
    expect(other.readerName).toBe(`${[...respondent.name][0]}*${[...respondent.name].slice(-1)[0]}`);
    expect(JSON.stringify(log)).not.toContain(respondent.name);
    const adviser = log.find((r) => r.readerRole === 'ADVISER')!;
    expect(adviser.readerName).toBe('李明华');
    expect(adviser.organisation).toBeTruthy();
    expect(adviser.fields).toEqual(['agreement.content', 'summary']);
  });

  it('masks the first party for the respondent, who sees themself in full', async () => {
    const log = await logAs(respondentToken);
    expect(log.find((r) => r.you)!.readerName).toBe(respondent.name);
    expect(JSON.stringify(log)).not.toContain(party1.displayName);
  });

  it('shows the assigned adviser every reader in full', async () => {
    const log = await logAs(await app.login('adviser.1'));
    const names = log.map((r) => r.readerName);
    expect(names).toEqual(expect.arrayContaining([party1.displayName, respondent.name, '李明华']));
    expect(log.find((r) => r.readerRole === 'ADVISER')!.you).toBe(true);
  });

  it('shows the bureau the reads of a case in its jurisdiction, parties masked', async () => {
    const log = await logAs(await app.login('bureau'));
    expect(log.map((r) => r.readerRole).sort()).toEqual(expect.arrayContaining(['ADVISER', 'PARTY', 'PARTY']));
    expect(log.filter((r) => r.readerRole === 'PARTY').length).toBeGreaterThanOrEqual(2);
    expect(JSON.stringify(log)).not.toContain(party1.displayName);
    expect(JSON.stringify(log)).not.toContain(respondent.name);
    expect(log.every((r) => !r.you)).toBe(true);
  });

  it('answers null to the township office, and another county’s bureau does not reach the case', async () => {
    const office = await app.gql(LOG, { id: partyCase.id }, await app.login('office.tianning'));
    expect(office.errors).toBeUndefined();
    expect(office.data.mediationCase.id).toBe(partyCase.id);
    expect(office.data.mediationCase.accessLog).toBeNull();
    const wenshui = await app.gql(LOG, { id: partyCase.id }, await app.login('bureau.wenshui'));
    expect(wenshui.data.mediationCase).toBeNull();
  });

  it('gives another adviser nothing and refuses the analyst', async () => {
    const other = await app.gql(LOG, { id: partyCase.id }, await app.login('adviser.2'));
    expect(other.data?.mediationCase ?? null).toBeNull();
    const analyst = await app.gql(LOG, { id: partyCase.id }, await app.login('analyst'));
    expect(analyst.errors?.[0]?.extensions?.code).toBe('FORBIDDEN');
    expect(JSON.stringify(analyst)).not.toContain('李明华');
  });

  it('lists a page of cases with their logs in a fixed number of statements', async () => {
    const token = await app.login('bureau');
    const page = (take: number) =>
      countQueries(() =>
        app.gql(`query($t: Int!) { mediationCases(options: { take: $t }) { items { id accessLog { readerName fields } } } }`, { t: take }, token),
      );
    await page(2); // warm-up: the viewer's scope is cached per request anyway, but the schema is built once
    const small = await page(2);
    const large = await page(40);
    expect(large.count).toBe(small.count);
  });
});
