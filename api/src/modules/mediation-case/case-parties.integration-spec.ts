import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import { demoAccount, demoCasePersons, demoCases, demoPairings } from '@fengqiao/seeds';
import { startTestApp, type TestApp } from '../../../test/app.js';
import { AuditEvent } from '../audit/audit-event.entity.js';

// 张建国: applicant of the first demo case, whose account is party.1 (verified phone = the phone recorded for him).
const party1Person = demoCasePersons()[0]!;
const party1Case = demoCases()[0]!;
const adviser2 = demoAccount('adviser.2');
const adviser1 = demoAccount('adviser.1');

const CREATE = `mutation($input: CreateMediationCaseInput!) { createMediationCase(input: $input) {
  id caseNo canReadConfidential parties { role name phone idNumber address } } }`;
const PARTIES = `query($id: ID!) { mediationCase(id: $id) { id parties { role name phone idNumber address } } }`;
const MY_CASES = '{ mediationCases(options: { take: 100 }) { items { id } } }';

function input(adviserId: string, parties: Array<Record<string, unknown>>) {
  return {
    villageId: demoPairings().find((p) => p.adviserId === adviserId)!.villageId,
    source: 'APPLICATION',
    disputeType: 'NEIGHBOUR',
    amountFen: 0,
    tier: 'ORDINARY',
    receivedOn: '2026-11-02',
    summary: '登记测试',
    adviserIds: [],
    parties,
  };
}

describe('case parties: what a case shows is what was recorded for it', () => {
  let app: TestApp;
  beforeAll(async () => {
    app = await startTestApp();
  });
  afterAll(() => app.close());

  it('registering a case with another case’s ID number reveals nothing that case recorded', async () => {
    const res = await app.gql(
      CREATE,
      {
        input: input(adviser2.adviserId!, [
          { role: 'APPLICANT', name: '冒名者', phone: '13600000009', idNumber: party1Person.idNumber },
          { role: 'RESPONDENT', name: '测试乙' },
        ]),
      },
      await app.login('adviser.2'),
    );
    expect(res.errors).toBeUndefined();
    const applicant = res.data.createMediationCase.parties.find((p: any) => p.role === 'APPLICANT');
    // Exactly what adviser.2 typed, nothing from 交调字第1号.
    expect(applicant).toEqual({ role: 'APPLICANT', name: '冒名者', phone: '13600000009', idNumber: party1Person.idNumber, address: null });
    const text = JSON.stringify(res);
    for (const leaked of [party1Person.name, party1Person.phone, party1Person.address]) expect(text).not.toContain(leaked);

    // Read again later, and through the case itself: the same.
    const again = await app.gql(PARTIES, { id: res.data.createMediationCase.id }, await app.login('adviser.2'));
    expect(JSON.stringify(again)).not.toContain(party1Person.name);

    // The fake case does not join party.1's list, whose phone it does not carry; party.1's own case is unchanged.
    const mine = await app.gql(MY_CASES, {}, await app.login('party.1'));
    const ids = mine.data.mediationCases.items.map((c: any) => c.id);
    expect(ids).toContain(party1Case.id);
    expect(ids).not.toContain(res.data.createMediationCase.id);
    const original = await app.gql(PARTIES, { id: party1Case.id }, await app.login('party.1'));
    expect(original.data.mediationCase.parties.find((p: any) => p.role === 'APPLICANT')).toMatchObject({
      name: party1Person.name,
      phone: party1Person.phone,
      address: party1Person.address,
    });
  });

  it('a case joins a party account’s list only when it records the account’s verified phone', async () => {
    const token = await app.login('adviser.1');
    const byPhone = await app.gql(
      CREATE,
      { input: input(adviser1.adviserId!, [{ role: 'APPLICANT', name: party1Person.name, phone: party1Person.phone }]) },
      token,
    );
    const byIdOnly = await app.gql(
      CREATE,
      {
        input: input(adviser1.adviserId!, [{ role: 'APPLICANT', name: party1Person.name, phone: '13600000010', idNumber: party1Person.idNumber }]),
      },
      token,
    );
    expect(byPhone.errors).toBeUndefined();
    expect(byIdOnly.errors).toBeUndefined();
    const partyToken = await app.login('party.1');
    const ids = (await app.gql(MY_CASES, {}, partyToken)).data.mediationCases.items.map((c: any) => c.id);
    expect(ids).toContain(byPhone.data.createMediationCase.id);
    expect(ids).not.toContain(byIdOnly.data.createMediationCase.id);
    // Not in the list, and not readable by id either.
    const direct = await app.gql(PARTIES, { id: byIdOnly.data.createMediationCase.id }, partyToken);
    expect(direct.data.mediationCase).toBeNull();
  });

  it('masks an ID number to at most its first six and last characters for viewers outside the case', async () => {
    const res = await app.gql(PARTIES, { id: party1Case.id }, await app.login('office.tianning'));
    const masked = res.data.mediationCase.parties.find((p: any) => p.role === 'APPLICANT').idNumber as string;
    expect(masked).toBe(`${party1Person.idNumber.slice(0, 6)}${'*'.repeat(11)}${party1Person.idNumber.slice(-1)}`);
    expect(JSON.stringify(res)).not.toContain(party1Person.idNumber.slice(6, 14));
  });

  it('shows a party account its own ID number in full and the other parties’ masked, as recorded', async () => {
    const before = await app.orm.em.fork().count(AuditEvent, { field: 'party.idNumber' });
    const res = await app.gql(PARTIES, { id: party1Case.id }, await app.login('party.1'));
    expect(res.errors).toBeUndefined();
    const parties = res.data.mediationCase.parties as Array<{ role: string; idNumber: string | null }>;
    const others = party1Case.parties
      .slice(1)
      .map((p) => p.person)
      .filter((p) => p.idNumber);
    expect(others.length).toBeGreaterThan(0);
    expect(parties.find((p) => p.role === 'APPLICANT')!.idNumber).toBe(party1Person.idNumber);
    const text = JSON.stringify(res);
    for (const other of others) {
      expect(text).not.toContain(other.idNumber);
      expect(parties.map((p) => p.idNumber)).toContain(
        `${other.idNumber!.slice(0, 6)}${'*'.repeat(other.idNumber!.length - 7)}${other.idNumber!.slice(-1)}`,
      );
    }
    // Only the party's own number was unsealed, and that read is audited.
    expect(await app.orm.em.fork().count(AuditEvent, { field: 'party.idNumber' })).toBe(before + 1);

    // The case's adviser still reads every party's number in full.
    const adviser = await app.gql(PARTIES, { id: party1Case.id }, await app.login('adviser.1'));
    for (const other of others) expect(JSON.stringify(adviser)).toContain(other.idNumber);
  });

  it('keeps a party’s address sealed at rest and audits each read of it', async () => {
    const conn = app.orm.em.fork().getConnection();
    const rows = await conn.execute<{ row: string }[]>(`select row_to_json(p)::text as row from person p where id = ?`, [party1Person.id]);
    expect(rows).toHaveLength(1);
    expect(rows[0]!.row).not.toContain(party1Person.address);
    expect(rows[0]!.row).not.toContain(party1Person.idNumber);

    const em = app.orm.em.fork();
    const before = await em.count(AuditEvent, { field: 'party.address' });
    const res = await app.gql(PARTIES, { id: party1Case.id }, await app.login('party.1'));
    expect(res.data.mediationCase.parties.find((p: any) => p.role === 'APPLICANT').address).toBe(party1Person.address);
    expect(await em.count(AuditEvent, { field: 'party.address' })).toBe(before + 1);
    const outside = await app.gql(PARTIES, { id: party1Case.id }, await app.login('bureau'));
    expect(outside.data.mediationCase.parties.every((p: any) => p.address === null)).toBe(true);
    expect(await em.count(AuditEvent, { field: 'party.address' })).toBe(before + 1);
  });

  it('lists for the bureau the registrations that reused an ID number before the fix, and no one else', async () => {
    // The migration that split shared persons records each such registration; here one is recorded by hand.
    const later = demoCases()[5]!;
    const conn = app.orm.em.fork().getConnection();
    await conn.execute(`insert into id_number_reuse (id, case_id, earlier_case_id) values (gen_random_uuid(), ?, ?)`, [later.id, party1Case.id]);
    const REPORT = '{ idNumberReuseReport { caseId caseNo earlierCaseNo registeredBy registrantEntitled } }';
    const res = await app.gql(REPORT, {}, await app.login('bureau'));
    expect(res.errors).toBeUndefined();
    expect(res.data.idNumberReuseReport).toEqual([
      {
        caseId: later.id,
        caseNo: expect.stringContaining(`第${later.seq}号`),
        earlierCaseNo: expect.stringContaining('第1号'),
        registeredBy: 'bureau',
        registrantEntitled: false,
      },
    ]);
    for (const username of ['office.tianning', 'adviser.1', 'analyst', 'party.1']) {
      expect((await app.gql(REPORT, {}, await app.login(username))).errors?.[0]?.extensions?.code).toBe('FORBIDDEN');
    }
  });
});
