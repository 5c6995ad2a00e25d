import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import { demoAccount, demoCasePersons, demoCases, demoCommittees, demoPairings } from '@fengqiao/seeds';
import { randomBytes } from 'node:crypto';
import { countQueries, startTestApp, type TestApp } from '../../../test/app.js';
import { AuditEvent } from '../audit/audit-event.entity.js';

const partyCase = demoCases()[0]!;
const party1 = demoAccount('party.1');
const adviser1 = demoAccount('adviser.1');

const CASE = `query($id: ID!) { mediationCase(id: $id) {
  id caseNo status level village { id name } advisers { id } summary canReadConfidential
  agreement { id form signedAt content } sessions { id record } parties { role name phone idNumber address } } }`;

/** Every way a query can reach the confidential fields of a case. */
const PATHS: Array<[string, string, (data: any) => any[]]> = [
  ['the case', CASE, (d) => [d.mediationCase]],
  [
    'the case list',
    `query($id: ID!) { mediationCases(options: { filter: { ids: [$id] } }) { items { summary canReadConfidential agreement { content } sessions { record } } } }`,
    (d) => d.mediationCases.items,
  ],
  [
    'aliases',
    `query($id: ID!) { a: mediationCase(id: $id) { s1: summary s2: summary canReadConfidential agreement { c: content } } }`,
    (d) => (d.a ? [{ summary: d.a.s1 ?? d.a.s2, canReadConfidential: d.a.canReadConfidential, agreement: { content: d.a.agreement?.c } }] : []),
  ],
  [
    'fragments',
    `query($id: ID!) { mediationCase(id: $id) { ...F } } fragment F on MediationCase { summary canReadConfidential agreement { ...A } }
    fragment A on Agreement { content }`,
    (d) => [d.mediationCase],
  ],
];

describe('mediation case confidentiality', () => {
  let app: TestApp;
  beforeAll(async () => {
    app = await startTestApp();
  });
  afterAll(() => app.close());

  describe.each(PATHS)('through %s', (_label, query, pick) => {
    it.each(['party.1', 'adviser.1'])('%s (in the case) reads the summary and the agreement', async (username) => {
      const res = await app.gql(query, { id: partyCase.id }, await app.login(username));
      expect(res.errors).toBeUndefined();
      const [kase] = pick(res.data);
      expect(kase.summary).toBe(partyCase.summary);
      expect(kase.canReadConfidential).toBe(true);
      expect(kase.agreement.content).toBe(partyCase.agreement!.content);
    });

    it.each(['bureau', 'office.tianning'])('%s sees the case with the confidential fields null', async (username) => {
      const res = await app.gql(query, { id: partyCase.id }, await app.login(username));
      expect(res.errors).toBeUndefined();
      const [kase] = pick(res.data);
      expect(kase.summary).toBeNull();
      expect(kase.canReadConfidential).toBe(false);
      expect(kase.agreement.content).toBeNull();
      expect(JSON.stringify(res)).not.toContain('演示数据】');
    });

    it('adviser.2 (not assigned, not their village) does not get the case at all', async () => {
      const res = await app.gql(query, { id: partyCase.id }, await app.login('adviser.2'));
      expect(pick(res.data).filter(Boolean)).toEqual([]);
    });

    it('the analyst is refused case reads', async () => {
      const res = await app.gql(query, { id: partyCase.id }, await app.login('analyst'));
      expect(res.errors?.[0]?.extensions?.code).toBe('FORBIDDEN');
      expect(JSON.stringify(res)).not.toContain('演示数据】');
    });
  });

  it('shows parties in full to those in the case and masked to everyone else', async () => {
    const applicant = demoCasePersons()[0]!;
    const inCase = await app.gql(CASE, { id: partyCase.id }, await app.login('party.1'));
    const mine = inCase.data.mediationCase.parties.find((p: any) => p.role === 'APPLICANT');
    expect(mine).toMatchObject({ name: applicant.name, phone: applicant.phone, idNumber: applicant.idNumber, address: applicant.address });
    const outside = await app.gql(CASE, { id: partyCase.id }, await app.login('office.tianning'));
    const masked = outside.data.mediationCase.parties.find((p: any) => p.role === 'APPLICANT');
    expect(masked.name).toBe(`${[...applicant.name][0]}*${[...applicant.name].slice(-1)[0]}`);
    expect(masked.phone).toBe(`${applicant.phone.slice(0, 3)}****${applicant.phone.slice(7)}`);
    expect(masked.idNumber).toBe(`${applicant.idNumber.slice(0, 6)}***********${applicant.idNumber.slice(-1)}`);
    expect(masked.address).toBeNull();
    expect(JSON.stringify(outside)).not.toContain(applicant.phone);
  });

  it('lets a party see only their own cases', async () => {
    const res = await app.gql('{ mediationCases(options: { take: 100 }) { totalItems items { id } } }', {}, await app.login('party.1'));
    const own = demoCases()
      .filter((c) => c.parties.some((p) => p.person.phone === party1.verifiedPhone))
      .map((c) => c.id);
    expect(own.length).toBeGreaterThan(1);
    expect(res.data.mediationCases.items.map((c: any) => c.id).sort()).toEqual(own.sort());
  });

  it('never lets confidential text be filtered, sorted or searched on', async () => {
    const token = await app.login('bureau');
    const q = await app.gql('{ mediationCases(options: { filter: { q: "宅基地" } }) { totalItems } }', {}, token);
    expect(q.data.mediationCases.totalItems).toBe(0);
    const sort = await app.gql('{ mediationCases(options: { sort: [{ field: SUMMARY }] }) { totalItems } }', {}, token);
    expect(sort.errors?.[0]?.extensions?.code).toMatch(/GRAPHQL_VALIDATION_FAILED|BAD_USER_INPUT/);
  });

  describe('audit', () => {
    it('writes one audit event per allowed read, and none for a denied one', async () => {
      const em = app.orm.em.fork();
      const before = await em.count(AuditEvent, {});
      await app.gql('query($id: ID!) { mediationCase(id: $id) { summary agreement { content } } }', { id: partyCase.id }, await app.login('party.1'));
      const after = await em.count(AuditEvent, {});
      expect(after - before).toBe(2);
      const events = await em.find(AuditEvent, {}, { orderBy: { at: 'desc' }, limit: 2 });
      expect(events.map((e) => e.field).sort()).toEqual(['agreement.content', 'summary']);
      expect(events.filter((e) => !(e.actor?.id === party1.id && e.entityId === partyCase.id && e.action === 'READ_CONFIDENTIAL'))).toEqual([]);
      await app.gql('query($id: ID!) { mediationCase(id: $id) { summary agreement { content } } }', { id: partyCase.id }, await app.login('bureau'));
      expect(await em.count(AuditEvent, {})).toBe(after);
    });

    it('audits each entitled case of a list once, and the bureau can list the trail', async () => {
      const em = app.orm.em.fork();
      const before = await em.count(AuditEvent, { actor: adviser1.id });
      const res = await app.gql(
        '{ mediationCases(options: { take: 100 }) { items { id summary canReadConfidential } } }',
        {},
        await app.login('adviser.1'),
      );
      const readable = res.data.mediationCases.items.filter((c: any) => c.summary !== null);
      expect(readable.length).toBeGreaterThan(1);
      expect(readable.filter((c: any) => !c.canReadConfidential)).toEqual([]);
      expect((await em.count(AuditEvent, { actor: adviser1.id })) - before).toBe(readable.length);
      const trail = await app.gql(
        `query($a: ID!) { auditEvents(options: { filter: { actorId: $a, field: "summary" }, take: 100 }) { totalItems items { actorUsername field entityId at } } }`,
        { a: adviser1.id },
        await app.login('bureau'),
      );
      expect(trail.data.auditEvents.totalItems).toBeGreaterThanOrEqual(readable.length);
      expect(trail.data.auditEvents.items[0].actorUsername).toBe('adviser.1');
      const office = await app.gql('{ auditEvents { totalItems } }', {}, await app.login('office.tianning'));
      expect(office.errors?.[0]?.extensions?.code).toBe('FORBIDDEN');
    });

    it('refuses to change or delete an audit event, in the database itself', async () => {
      const conn = app.orm.em.fork().getConnection();
      await expect(conn.execute('delete from audit_event')).rejects.toThrow(/insert-only/);
      await expect(conn.execute(`update audit_event set field = 'x'`)).rejects.toThrow(/insert-only/);
    });
  });

  describe('registration and the canary', () => {
    const canary = `CANARY-${randomBytes(6).toString('hex')}`;
    const village = demoPairings().find((p) => p.adviserId === adviser1.adviserId)!.villageId;
    const CREATE = `mutation($input: CreateMediationCaseInput!) { createMediationCase(input: $input) { id caseNo status summary advisers { id } } }`;
    const input = (patch: Record<string, unknown> = {}) => ({
      villageId: village,
      source: 'APPLICATION',
      disputeType: 'NEIGHBOUR',
      amountFen: 120000,
      tier: 'ORDINARY',
      receivedOn: '2026-11-02',
      summary: `邻里因院墙滴水发生争执 ${canary}`,
      adviserIds: [],
      parties: [
        { role: 'APPLICANT', name: '测试甲', phone: '13600000001', idNumber: '11010519491231002X' },
        { role: 'RESPONDENT', name: '测试乙' },
      ],
      ...patch,
    });

    it('registers a case with a number per county and year; the registering adviser is assigned and reads it', async () => {
      const res = await app.gql(CREATE, { input: input() }, await app.login('adviser.1'));
      expect(res.errors).toBeUndefined();
      expect(res.data.createMediationCase).toMatchObject({
        status: 'REGISTERED',
        summary: expect.stringContaining(canary),
        advisers: [{ id: adviser1.adviserId }],
      });
      expect(res.data.createMediationCase.caseNo).toMatch(/^（2026）交调字第\d+号$/);
    });

    it('names committee mediators of the case’s own village, who get no confidential text', async () => {
      const members = demoCommittees().find((c) => c.villageId === village)!.members;
      const elsewhere = demoCommittees().find((c) => c.villageId !== village)!.members[0]!;
      const token = await app.login('adviser.1');
      const MED = `mutation($input: CreateMediationCaseInput!) { createMediationCase(input: $input) { id mediators { id name role } } }`;
      const ok = await app.gql(MED, { input: input({ mediatorIds: [members[0]!.id, members[1]!.id] }) }, token);
      expect(ok.errors).toBeUndefined();
      expect(ok.data.createMediationCase.mediators.map((m: { id: string }) => m.id).sort()).toEqual([members[0]!.id, members[1]!.id].sort());

      const before = await app.orm.em.fork().getConnection().execute('select count(*)::int as n from mediation_case');
      const bad = await app.gql(MED, { input: input({ mediatorIds: [elsewhere.id] }) }, token);
      expect(bad.errors?.[0]?.extensions).toMatchObject({ code: 'BAD_USER_INPUT', field: 'mediatorIds' });
      const after = await app.orm.em.fork().getConnection().execute('select count(*)::int as n from mediation_case');
      expect(after[0].n).toBe(before[0].n);

      // The committee keeps a mediator who is named on a case.
      const removed = await app.gql(
        `mutation($id: ID!) { removeCommitteeMember(id: $id) }`,
        { id: members[0]!.id },
        await app.login('office.tianning'),
      );
      expect(removed.errors?.[0]?.extensions?.code).toBe('CONFLICT');
    });

    it('gives concurrent registrations distinct numbers', async () => {
      const token = await app.login('adviser.1');
      const results = await Promise.all(Array.from({ length: 8 }, () => app.gql(CREATE, { input: input({ summary: '并发登记' }) }, token)));
      const numbers = results.map((r) => r.data.createMediationCase.caseNo);
      expect(new Set(numbers).size).toBe(8);
    });

    it.each([
      [{ parties: [{ role: 'APPLICANT', name: '甲', idNumber: '110105194912310021' }] }, 'idNumber'],
      [{ parties: [{ role: 'APPLICANT', name: '甲', phone: '123' }] }, 'phone'],
      [{ parties: [{ role: 'RESPONDENT', name: '乙' }] }, 'parties'],
      [{ villageId: demoPairings().find((p) => p.adviserId !== adviser1.adviserId)!.villageId }, 'villageId'],
      [{ receivedOn: '2999-01-01' }, 'receivedOn'],
      [{ source: 'REFERRAL' }, 'referrerKind'],
      [{ amountFen: -1 }, 'amountFen'],
    ])('names the bad field of %j and writes nothing', async (patch, field) => {
      const em = app.orm.em.fork();
      const before = await em.getConnection().execute('select count(*)::int as n from mediation_case');
      const res = await app.gql(CREATE, { input: input(patch) }, await app.login('adviser.1'));
      expect(res.errors?.[0]?.extensions?.code).toBe('BAD_USER_INPUT');
      expect(JSON.stringify(res.errors?.[0]?.extensions)).toContain(field);
      const after = await em.getConnection().execute('select count(*)::int as n from mediation_case');
      expect(after[0].n).toBe(before[0].n);
    });

    it('keeps the canary out of every response to the non-entitled, out of the logs and out of the stored data', async () => {
      for (const username of ['bureau', 'office.tianning', 'adviser.2', 'party.1', 'analyst']) {
        const token = await app.login(username);
        const list = await app.gql(
          '{ mediationCases(options: { take: 100, sort: [{ field: CREATED_AT, order: DESC }] }) { items { summary agreement { content } sessions { record } parties { name } } } }',
          {},
          token,
        );
        expect(JSON.stringify(list)).not.toContain(canary);
        const search = await app.gql(`{ mediationCases(options: { filter: { q: "${canary}" } }) { totalItems } }`, {}, token);
        expect(JSON.stringify(search)).not.toMatch(/"totalItems":[1-9]/);
      }
      expect(app.logs.join('\n')).not.toContain(canary);
      // A logical dump of every row of every table, as pg_dump would write the data.
      const conn = app.orm.em.fork().getConnection();
      const tables = await conn.execute<{ t: string }[]>(`select quote_ident(tablename) as t from pg_tables where schemaname = 'public'`);
      let dump = '';
      for (const { t } of tables) {
        const rows = await conn.execute<{ r: string }[]>(`select t::text as r from ${t} t`);
        dump += rows.map((r) => r.r).join('\n');
      }
      expect(dump.length).toBeGreaterThan(10_000);
      expect(dump).toContain('fq1.t1.');
      expect(dump).not.toContain(canary);
      expect(dump).not.toContain('11010519491231002X');
    });
  });

  describe('statement count', () => {
    it('lists cases with village, advisers, masked parties and agreement metadata, audit writes included, in the same number of statements for 10 and 100', async () => {
      const token = await app.login('adviser.1');
      const CREATE = `mutation($input: CreateMediationCaseInput!) { createMediationCase(input: $input) { id } }`;
      const village = demoPairings().find((p) => p.adviserId === adviser1.adviserId)!.villageId;
      for (let i = 0; i < 100; i += 1) {
        await app.gql(
          CREATE,
          {
            input: {
              villageId: village,
              source: 'SCREENING',
              disputeType: 'CONTRACT',
              amountFen: 0,
              tier: 'ORDINARY',
              receivedOn: '2026-10-01',
              summary: `批量 ${i}`,
              adviserIds: [],
              parties: [{ role: 'APPLICANT', name: `批量${i}` }],
            },
          },
          token,
        );
      }
      const LIST = `query($take: Int) { mediationCases(options: { take: $take }) { items { id caseNo status village { name } advisers { id name }
        parties { name phone } mediators { name } agreement { form signedAt reviewStatus } summary canReadConfidential } } }`;
      const ten = await countQueries(() => app.gql(LIST, { take: 10 }, token));
      const hundred = await countQueries(async () => {
        const res = await app.gql(LIST, { take: 100 }, token);
        expect(res.data.mediationCases.items).toHaveLength(100);
        expect(res.data.mediationCases.items.filter((c: any) => c.summary).length).toBeGreaterThan(90);
      });
      expect(hundred.count).toBe(ten.count);
      expect(hundred.statements.filter((s) => /insert into "audit_event"/.test(s))).toHaveLength(1);
    });
  });
});
