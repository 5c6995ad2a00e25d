import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import { DEMO_PASSWORD, demoAccount, demoPairings, townshipId } from '@fengqiao/seeds';
import { SignJWT } from 'jose';
import { getNamedType, getNullableType, isInputObjectType, isListType } from 'graphql';
import { getSchema } from '../src/schema.js';
import { startTestApp, TEST_SECRET, type TestApp } from './app.js';
import { rest } from './rest.js';

// Bad input of every kind found in the outside attack report (issue 9): each is a clear BAD_USER_INPUT naming the
// field (or 401 for a token), never an internal error, and nothing is written.

const adviser1 = demoAccount('adviser.1');
const village = demoPairings().find((p) => p.adviserId === adviser1.adviserId)!.villageId;
const CREATE_CASE = `mutation($input: CreateMediationCaseInput!) { createMediationCase(input: $input) { id summary } }`;
const caseInput = (patch: Record<string, unknown> = {}) => ({
  villageId: village,
  source: 'APPLICATION',
  disputeType: 'NEIGHBOUR',
  amountFen: 0,
  tier: 'ORDINARY',
  receivedOn: '2026-11-02',
  summary: '邻里因院墙滴水发生争执',
  adviserIds: [],
  parties: [
    { role: 'APPLICANT', name: '测试甲', phone: '13600000001' },
    { role: 'RESPONDENT', name: '测试乙' },
  ],
  ...patch,
});

describe('bad input from the attack report', () => {
  let app: TestApp;
  let bureau: string;
  let adviser: string;
  const count = async (table: string) =>
    (await app.orm.em.fork().getConnection().execute(`select count(*)::int as n from "${table}"`))[0].n as number;

  beforeAll(async () => {
    app = await startTestApp();
    bureau = await app.login('bureau');
    adviser = await app.login('adviser.1');
  });
  afterAll(() => app.close());

  describe('control characters in text arguments', () => {
    it('refuses a NUL byte in the anonymous login, naming the field', async () => {
      const res = await app.gql('mutation($u: String!, $p: String!) { login(username: $u, password: $p) { token } }', {
        u: 'bureau\u0000',
        p: DEMO_PASSWORD,
      });
      expect(res.errors?.[0]?.extensions).toMatchObject({ code: 'BAD_USER_INPUT', field: 'username' });
      expect(res.data).toBeNull();
    });

    it('refuses a NUL byte written inline in the document too', async () => {
      const res = await app.gql(`mutation { login(username: "bureau\\u0000", password: "x") { token } }`);
      expect(res.errors?.[0]?.extensions).toMatchObject({ code: 'BAD_USER_INPUT', field: 'username' });
    });

    it('refuses a NUL byte in a party’s name (nested in a list of inputs) and writes nothing', async () => {
      const [cases, persons] = [await count('mediation_case'), await count('person')];
      const parties = [
        { role: 'APPLICANT', name: '测试甲' },
        { role: 'RESPONDENT', name: '测试\u0000乙' },
      ];
      const res = await app.gql(CREATE_CASE, { input: caseInput({ parties }) }, adviser);
      expect(res.errors?.[0]?.extensions).toMatchObject({ code: 'BAD_USER_INPUT', field: 'parties.1.name' });
      expect([await count('mediation_case'), await count('person')]).toEqual([cases, persons]);
    });

    it('refuses a NUL byte in a list filter', async () => {
      const res = await app.gql(
        'query($o: MediationCaseListOptions) { mediationCases(options: $o) { totalItems } }',
        { o: { filter: { q: 'a\u0000b' } } },
        bureau,
      );
      expect(res.errors?.[0]?.extensions).toMatchObject({ code: 'BAD_USER_INPUT', field: 'filter.q' });
    });

    it('keeps line breaks and tabs in a multi-line field and refuses other control characters there', async () => {
      const ok = await app.gql(CREATE_CASE, { input: caseInput({ summary: '第一行\r\n第二行\t（续）' }) }, adviser);
      expect(ok.errors).toBeUndefined();
      expect(ok.data.createMediationCase.summary).toBe('第一行\r\n第二行\t（续）');
      const before = await count('mediation_case');
      const bell = await app.gql(CREATE_CASE, { input: caseInput({ summary: '响铃\u0007' }) }, adviser);
      expect(bell.errors?.[0]?.extensions).toMatchObject({ code: 'BAD_USER_INPUT', field: 'summary' });
      expect(await count('mediation_case')).toBe(before);
    });

    it('refuses a line break in a single-line field such as a name', async () => {
      const before = await count('provider');
      const res = await app.gql(
        'mutation($i: ProviderInput!) { createProvider(input: $i) { id } }',
        { i: { name: '交城县\n新律师事务所', kind: 'LAW_FIRM' } },
        bureau,
      );
      expect(res.errors?.[0]?.extensions).toMatchObject({ code: 'BAD_USER_INPUT', field: 'name' });
      expect(await count('provider')).toBe(before);
    });

    it('refuses a NUL byte in a multi-line argument given beside an id', async () => {
      const res = await app.gql(
        'mutation($id: ID!, $c: String!, $v: Int!) { returnMonthlyReport(id: $id, comment: $c, version: $v) { id } }',
        { id: '00000000-0000-4000-8000-000000000000', c: '请补充\u0000', v: 1 },
        await app.login('office.tianning'),
      );
      expect(res.errors?.[0]?.extensions).toMatchObject({ code: 'BAD_USER_INPUT', field: 'comment' });
    });
  });

  describe('months and dates', () => {
    it.each(['0000-01', '1899-12', '2101-01'])('refuses villageMonthReports(month: "%s"), naming the field', async (month) => {
      const res = await app.gql('query($m: String!) { villageMonthReports(month: $m) { silent } }', { m: month }, bureau);
      expect(res.errors?.[0]?.extensions).toMatchObject({ code: 'BAD_USER_INPUT', field: 'month' });
    });

    it('refuses reportZeroDisputes for the month 0000-01 and writes nothing', async () => {
      const before = await count('zero_report');
      const res = await app.gql(
        'mutation($v: ID!, $m: String!) { reportZeroDisputes(villageId: $v, month: $m) { month } }',
        { v: village, m: '0000-01' },
        adviser,
      );
      expect(res.errors?.[0]?.extensions).toMatchObject({ code: 'BAD_USER_INPUT', field: 'month' });
      expect(await count('zero_report')).toBe(before);
    });

    it('refuses a Date outside the years 1900–2100, naming the argument it was given for', async () => {
      const res = await app.gql('query($d: Date!) { rosterOn(date: $d) { adviserId } }', { d: '0100-01-01' }, bureau);
      expect(res.errors?.[0]?.extensions).toMatchObject({ code: 'BAD_USER_INPUT', field: 'date' });
      const inline = await app.gql('{ rosterOn(date: "2026-02-31") { adviserId } }', {}, bureau);
      expect(inline.errors?.[0]?.extensions).toMatchObject({ code: 'BAD_USER_INPUT', field: 'date' });
    });

    it('names an impossible Date or DateTime deep inside an input, given as a variable or inline', async () => {
      const parties = [{ role: 'APPLICANT', name: '测试甲' }];
      const asVariable = await app.gql(CREATE_CASE, { input: caseInput({ receivedOn: '2026-02-31', parties }) }, adviser);
      expect(asVariable.errors?.[0]?.extensions).toMatchObject({ code: 'BAD_USER_INPUT', field: 'receivedOn' });
      const nested = await app.gql(
        'mutation($o: CreateMediationCaseInput!) { createMediationCase(input: $o) { id } }',
        { o: caseInput({ receivedOn: '0000-01-01', parties }) },
        adviser,
      );
      expect(nested.errors?.[0]?.extensions).toMatchObject({ code: 'BAD_USER_INPUT', field: 'receivedOn' });
      const inline = await app.gql(`query { mediationCases(options: { filter: { receivedFrom: "2026-04-31" } }) { totalItems } }`, {}, bureau);
      expect(inline.errors?.[0]?.extensions).toMatchObject({ code: 'BAD_USER_INPUT', field: 'filter.receivedFrom' });
      const instant = await app.gql(
        'mutation($c: ID!, $i: MediationSessionInput!) { recordMediationSession(caseId: $c, input: $i) { id } }',
        { c: '00000000-0000-4000-8000-000000000000', i: { at: '2026-02-30T10:00:00+08:00', mode: 'OFFLINE', record: '记录' } },
        adviser,
      );
      expect(instant.errors?.[0]?.extensions).toMatchObject({ code: 'BAD_USER_INPUT', field: 'at' });
    });

    it.each([
      ['/api/exports/mediation-cases.xlsx?from=2026-02-31', 'from'],
      ['/api/exports/mediation-cases.xlsx?from=0000-01-01&to=2026-01-01', 'from'],
      ['/api/exports/mediation-cases.xlsx?to=2026-02-30', 'to'],
      ['/api/exports/mediation-cases.xlsx?from=2026-01-01%00', 'from'],
      ['/api/exports/work-log.xlsx?month=0000-01', 'month'],
      ['/api/exports/work-log.xlsx?month=2026-13', 'month'],
      ['/api/exports/monthly-checks.xlsx?month=0000-01', 'month'],
      ['/api/exports/trainings.xlsx?year=0000', 'year'],
      ['/api/exports/consultation-meetings.xlsx?year=1800', 'year'],
      ['/api/exports/work-log.xlsx?month=2026-05&adviserId=%00', 'adviserId'],
      ['/api/exports/mediation-cases.xlsx?from=2026-01-01&from=2026-02-01', 'from'],
      ['/api/exports/subsidy-payments.xlsx?period=2026-13', 'period'],
      ['/api/exports/subsidy-payments.xlsx', 'period'],
      ['/api/exports/subsidy-statement.pdf?period=2026-Q5&adviserId=00000030-0000-4000-8000-000000000001', 'period'],
      ['/api/exports/subsidy-statement.pdf?period=2026-07&adviserId=x', 'adviserId'],
      ['/api/exports/assessment.xlsx?year=1800', 'year'],
      ['/api/exports/assessment.pdf?year=abc', 'year'],
    ])('answers GET %s with 400 naming %s', async (path, field) => {
      const res = await rest(app, 'GET', path, { token: bureau });
      expect(res.status).toBe(400);
      expect(res.json.errors[0].extensions).toMatchObject({ code: 'BAD_USER_INPUT', field });
    });
  });

  describe('two parties with one ID number', () => {
    it('is BAD_USER_INPUT naming the second party’s ID number, and writes nothing', async () => {
      const [cases, persons] = [await count('mediation_case'), await count('person')];
      const parties = [
        { role: 'APPLICANT', name: '测试甲', idNumber: '11010519491231002X' },
        { role: 'RESPONDENT', name: '测试乙', idNumber: '11010519491231002x' },
      ];
      const res = await app.gql(CREATE_CASE, { input: caseInput({ parties }) }, adviser);
      expect(res.errors?.[0]?.extensions).toMatchObject({ code: 'BAD_USER_INPUT', field: 'parties.1.idNumber' });
      expect([await count('mediation_case'), await count('person')]).toEqual([cases, persons]);
    });
  });

  describe('tokens', () => {
    const sign = (claims: { sub?: string; exp?: boolean }) => {
      let jwt = new SignJWT({ role: 'BUREAU_ADMIN', ver: 0 })
        .setProtectedHeader({ alg: 'HS256', typ: 'JWT' })
        .setIssuer('fengqiao')
        .setAudience('fengqiao-api')
        .setIssuedAt();
      if (claims.sub !== undefined) jwt = jwt.setSubject(claims.sub);
      if (claims.exp !== false) jwt = jwt.setExpirationTime('1h');
      return jwt.sign(TEST_SECRET);
    };

    it('refuses a token without exp (GraphQL and REST)', async () => {
      const token = await sign({ sub: demoAccount('bureau').id, exp: false });
      const res = await app.gql('{ me { id } }', {}, token);
      expect(res.errors?.[0]?.extensions?.code).toBe('UNAUTHENTICATED');
      expect(res.data?.me ?? null).toBeNull();
      expect((await rest(app, 'GET', '/api/exports/trainings.xlsx?year=2026', { token })).status).toBe(401);
    });

    it('still serves a well-formed token', async () => {
      const token = await sign({ sub: demoAccount('bureau').id });
      expect((await app.gql('{ me { id } }', {}, token)).data.me.id).toBe(demoAccount('bureau').id);
    });

    it.each(['not-a-uuid', '', '00000000-0000-4000-8000-00000000000\u0000'])('refuses a token whose sub is %j with 401', async (sub) => {
      const token = await sign({ sub });
      const res = await app.gql('{ me { id } }', {}, token);
      expect(res.errors?.[0]?.extensions?.code).toBe('UNAUTHENTICATED');
      const r = await rest(app, 'GET', `/api/exports/consultation-meetings.xlsx?year=2026`, { token });
      expect(r.status).toBe(401);
      expect(r.json.errors[0].extensions.code).toBe('UNAUTHENTICATED');
    });

    it('refuses a token without sub', async () => {
      const res = await app.gql('{ me { id } }', {}, await sign({}));
      expect(res.errors?.[0]?.extensions?.code).toBe('UNAUTHENTICATED');
    });
  });

  describe('ids that are no UUID, anywhere a query takes one', () => {
    it('never answers INTERNAL_SERVER_ERROR for a singular query or an id filter', async () => {
      const schema = await getSchema();
      const asked: string[] = [];
      for (const field of Object.values(schema.getQueryType()!.getFields())) {
        const idArgs = field.args.filter((a) => getNamedType(a.type).name === 'ID');
        if (idArgs.length) {
          const args = idArgs.map((a) => `${a.name}: ${isListType(getNullableType(a.type)) ? '["nope"]' : '"nope"'}`).join(', ');
          const required = field.args.filter((a) => !idArgs.includes(a) && a.type.toString().endsWith('!'));
          if (!required.length) asked.push(`{ ${field.name}(${args}) { __typename } }`);
        }
        const options = field.args.find((a) => a.name === 'options');
        const filter = options && getNamedType(options.type);
        const filterType = filter && isInputObjectType(filter) ? getNamedType(filter.getFields().filter?.type) : undefined;
        if (filterType && isInputObjectType(filterType)) {
          for (const f of Object.values(filterType.getFields())) {
            if (getNamedType(f.type).name !== 'ID') continue;
            const value = isListType(getNullableType(f.type)) ? '["nope"]' : '"nope"';
            asked.push(`{ ${field.name}(options: { filter: { ${f.name}: ${value} } }) { totalItems } }`);
          }
        }
      }
      expect(asked.length).toBeGreaterThan(30);
      for (const query of asked) {
        const res = await app.gql(query, {}, bureau);
        expect([query, res.errors?.find((e) => e.extensions?.code === 'INTERNAL_SERVER_ERROR')]).toEqual([query, undefined]);
      }
    });
  });

  it('writes nothing for a township id that is no id in the ledger export', async () => {
    const res = await rest(app, 'GET', `/api/exports/mediation-cases.xlsx?townshipId=${townshipId('tianning')}x`, { token: bureau });
    expect(res.status).toBe(400);
    expect(res.json.errors[0].extensions).toMatchObject({ code: 'BAD_USER_INPUT', field: 'townshipId' });
  });
});
