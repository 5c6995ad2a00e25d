import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import {
  CITY_ID,
  COUNTY_ID,
  WENSHUI_FILING,
  WENSHUI_ID,
  demoCases,
  demoRegions,
  wenshuiCases,
  wenshuiPairings,
  wenshuiRegions,
} from '@fengqiao/seeds';
import { startTestApp, type TestApp } from './app.js';

/*
 * The city tier (issue 12, step 5): 吕梁市's bureau over the demo's two counties, 交城县 and 文水县. It sees both
 * counties' filings and decides on them once; each county sees where its own filings stand.
 */

const FILINGS = `query { rosterFilings(options: { sort: [{ field: FILED_AT, order: ASC }] }) { totalItems items {
  id number county { id name } status reviewedAt reviewerName reviewComment } } }`;
const ONE = `query($id: ID!) { rosterFiling(id: $id) { id status reviewedAt reviewerName reviewComment } }`;
const FILE = `mutation($d: Date!) { fileRoster(asOf: $d) { id number status } }`;
const ACK = `mutation($id: ID!) { acknowledgeRosterFiling(id: $id) { id status reviewedAt reviewerName reviewComment } }`;
const RETURN = `mutation($id: ID!, $c: String!) { returnRosterFiling(id: $id, comment: $c) { id status reviewedAt reviewerName reviewComment } }`;
const AUDIT = `query($a: String) { auditEvents(options: { filter: { action: $a } }) { items { action entityId details actorUsername } } }`;

describe('the city tier', () => {
  let app: TestApp;
  let city: string;
  let jiaocheng: string;
  let wenshui: string;
  beforeAll(async () => {
    app = await startTestApp();
    [city, jiaocheng, wenshui] = await Promise.all(['city', 'bureau', 'bureau.wenshui'].map((u) => app.login(u)));
  });
  afterAll(() => app.close());

  const ok = async (query: string, variables: Record<string, unknown>, token: string) => {
    const res = await app.gql(query, variables, token);
    expect(res.errors).toBeUndefined();
    return res.data;
  };

  describe('roster filings', () => {
    let jiaochengFiling: string;

    it('shows the city every county’s filings and each county only its own, all of them filed and undecided', async () => {
      jiaochengFiling = (await ok(FILE, { d: '2026-06-30' }, jiaocheng)).fileRoster.id;
      const all = (await ok(FILINGS, {}, city)).rosterFilings;
      expect(all.items.map((f: any) => [f.county.name, f.number, f.status])).toEqual([
        ['文水县', 1, 'FILED'],
        ['交城县', 1, 'FILED'],
      ]);
      expect(all.items[0]).toMatchObject({ id: WENSHUI_FILING.id, reviewedAt: null, reviewerName: null, reviewComment: null });
      expect((await ok(FILINGS, {}, wenshui)).rosterFilings.items.map((f: any) => f.id)).toEqual([WENSHUI_FILING.id]);
      expect((await ok(FILINGS, {}, jiaocheng)).rosterFilings.items.map((f: any) => f.id)).toEqual([jiaochengFiling]);
    });

    it('refuses a county’s bureau: it files, the city decides', async () => {
      for (const [token, id] of [
        [wenshui, WENSHUI_FILING.id],
        [jiaocheng, jiaochengFiling],
      ] as const) {
        const res = await app.gql(ACK, { id }, token);
        expect(res.errors?.[0]?.extensions?.code).toBe('FORBIDDEN');
        expect((await app.gql(RETURN, { id, c: '请补充' }, token)).errors?.[0]?.extensions?.code).toBe('FORBIDDEN');
      }
      expect((await ok(ONE, { id: WENSHUI_FILING.id }, wenshui)).rosterFiling.status).toBe('FILED');
    });

    it('refuses the city a filing of its own: it has no roster to file', async () => {
      const res = await app.gql(FILE, { d: '2026-06-30' }, city);
      expect(res.errors?.[0]?.extensions?.code).toBe('FORBIDDEN');
      expect((await ok(FILINGS, {}, city)).rosterFilings.totalItems).toBe(2);
    });

    it('requires a comment to return a filing, naming it, and writes nothing without one', async () => {
      for (const c of ['', '   ', 'x'.repeat(501)]) {
        const res = await app.gql(RETURN, { id: WENSHUI_FILING.id, c }, city);
        expect(res.errors?.[0]?.extensions).toMatchObject({ code: 'BAD_USER_INPUT', field: 'comment' });
      }
      expect((await ok(ONE, { id: WENSHUI_FILING.id }, city)).rosterFiling.status).toBe('FILED');
    });

    it('lets the city acknowledge a filing (签收), and the county sees it acknowledged, by whom and when', async () => {
      const acked = (await ok(ACK, { id: WENSHUI_FILING.id }, city)).acknowledgeRosterFiling;
      expect(acked).toMatchObject({ status: 'ACKNOWLEDGED', reviewerName: '吕梁市司法局', reviewComment: null });
      expect(Date.parse(acked.reviewedAt)).not.toBeNaN();
      expect((await ok(ONE, { id: WENSHUI_FILING.id }, wenshui)).rosterFiling).toEqual(acked);
    });

    it('takes one decision per filing: a second is CONFLICT and changes nothing', async () => {
      const again = await app.gql(ACK, { id: WENSHUI_FILING.id }, city);
      expect(again.errors?.[0]?.extensions).toMatchObject({ code: 'CONFLICT', reason: 'FILING_DECIDED' });
      const other = await app.gql(RETURN, { id: WENSHUI_FILING.id, c: '改主意了' }, city);
      expect(other.errors?.[0]?.extensions?.code).toBe('CONFLICT');
      expect((await ok(ONE, { id: WENSHUI_FILING.id }, wenshui)).rosterFiling.status).toBe('ACKNOWLEDGED');
    });

    it('lets the city return a filing with a comment, which the county reads', async () => {
      const returned = (await ok(RETURN, { id: jiaochengFiling, c: '  请补充西社镇法律顾问的执业证号。 ' }, city)).returnRosterFiling;
      expect(returned).toMatchObject({ status: 'RETURNED', reviewerName: '吕梁市司法局', reviewComment: '请补充西社镇法律顾问的执业证号。' });
      expect((await ok(ONE, { id: jiaochengFiling }, jiaocheng)).rosterFiling).toEqual(returned);
    });

    it('decides once when two decisions arrive at the same moment', async () => {
      const id = (await ok(FILE, { d: '2026-07-31' }, jiaocheng)).fileRoster.id;
      const results = await Promise.all([app.gql(ACK, { id }, city), app.gql(RETURN, { id, c: '请核对' }, city)]);
      const codes = results.map((r) => r.errors?.[0]?.extensions?.code ?? 'OK').sort();
      expect(codes).toEqual(['CONFLICT', 'OK']);
    });

    it('answers NOT_FOUND for a filing that does not exist', async () => {
      const res = await app.gql(ACK, { id: '00000000-0000-4000-8000-000000000000' }, city);
      expect(res.errors?.[0]?.extensions?.code).toBe('NOT_FOUND');
    });

    it('records each decision in the audit trail, which the city and the county read', async () => {
      const acks = (await ok(AUDIT, { a: 'ROSTER_FILING_ACKNOWLEDGED' }, city)).auditEvents.items;
      expect(acks.find((e: any) => e.entityId === WENSHUI_FILING.id)).toMatchObject({ actorUsername: 'city', details: { number: 1 } });
      const returns = (await ok(AUDIT, { a: 'ROSTER_FILING_RETURNED' }, jiaocheng)).auditEvents.items;
      expect(returns.find((e: any) => e.entityId === jiaochengFiling)).toMatchObject({ details: { comment: '请补充西社镇法律顾问的执业证号。' } });
    });
  });

  describe('figures', () => {
    const villagesOf = (regions: ReturnType<typeof demoRegions>) => regions.filter((r) => r.level === 'VILLAGE').length;

    it('shows the city coverage of both counties, and per county', async () => {
      const { coverage } = await ok(
        `query { coverage(asOf: "2026-11-20") { region { id } villageCount coveredCount byCounty { county { id name } villageCount coveredCount uncoveredCount } } }`,
        {},
        city,
      );
      const wenshuiVillages = villagesOf(wenshuiRegions());
      expect(coverage.region.id).toBe(CITY_ID);
      expect(coverage.villageCount).toBe(villagesOf(demoRegions()) + wenshuiVillages);
      expect(coverage.byCounty.map((c: any) => c.county.name)).toEqual(['文水县', '交城县']);
      expect(coverage.byCounty[0]).toMatchObject({ villageCount: wenshuiVillages, coveredCount: wenshuiPairings().length, uncoveredCount: 1 });
      expect(coverage.byCounty[0].coveredCount + coverage.byCounty[1].coveredCount).toBe(coverage.coveredCount);
    });

    it('shows the city case statistics of both counties, and per county', async () => {
      const { caseStatistics: s } = await ok(
        `query { caseStatistics(from: "2026-01-01", to: "2026-12-31") { total byCounty { county { id } total amountFen } } }`,
        {},
        city,
      );
      const of2026 = (cases: ReturnType<typeof demoCases>) => cases.filter((c) => c.year === 2026);
      expect(s.byCounty).toEqual([
        { county: { id: WENSHUI_ID }, total: of2026(wenshuiCases()).length, amountFen: of2026(wenshuiCases()).reduce((n, c) => n + c.amountFen, 0) },
        { county: { id: COUNTY_ID }, total: of2026(demoCases()).length, amountFen: of2026(demoCases()).reduce((n, c) => n + c.amountFen, 0) },
      ]);
      expect(s.total).toBe(s.byCounty[0].total + s.byCounty[1].total);
    });

    it('shows the city training compliance and the month’s villages per county', async () => {
      const { trainingCompliance: g } = await ok(
        `query { trainingCompliance(year: 2026) { villageCount byCounty { county { id } villageCount } } }`,
        {},
        city,
      );
      expect(g.byCounty.map((c: any) => [c.county.id, c.villageCount])).toEqual([
        [WENSHUI_ID, villagesOf(wenshuiRegions())],
        [COUNTY_ID, villagesOf(demoRegions())],
      ]);
      const { villageMonthSummary } = await ok(`query { villageMonthSummary(month: "2026-05") { county { id } villageCount withCases } }`, {}, city);
      // 文水县's third case was received in May 2026.
      expect(villageMonthSummary[0]).toMatchObject({ county: { id: WENSHUI_ID }, withCases: 1 });
      // A county's bureau sees only its own county.
      const own = await ok(`query { coverage { byCounty { county { id } } } }`, {}, wenshui);
      expect(own.coverage.byCounty).toEqual([{ county: { id: WENSHUI_ID } }]);
    });

    it('reads no confidential text and no party’s unmasked data of either county', async () => {
      const cases = [wenshuiCases()[0]!, demoCases()[0]!];
      for (const c of cases) {
        const res = await ok(
          `query($id: ID!) { mediationCase(id: $id) { id canReadConfidential summary agreement { content } parties { name phone } } }`,
          { id: c.id },
          city,
        );
        expect(res.mediationCase).toMatchObject({ id: c.id, canReadConfidential: false, summary: null, agreement: { content: null } });
        for (const [i, p] of res.mediationCase.parties.entries()) {
          const person = c.parties[i]!.person;
          expect(p.name).not.toBe(person.name);
          expect(p.phone).not.toBe(person.phone);
          expect(p.phone).toMatch(/\*{4}/);
        }
      }
    });
  });

  describe('a county’s own books', () => {
    it('lets the city read a county’s assessment and subsidies, and keeps their writing to the county’s bureau', async () => {
      const READ = `query($c: ID) { assessment(year: 2026, countyId: $c) { county { id } } subsidyRates(countyId: $c) { effectiveFrom } }`;
      expect((await ok(READ, { c: COUNTY_ID }, city)).assessment.county.id).toBe(COUNTY_ID);
      const adviserId = demoCases()[0]!.adviserIds[0]!;
      const writes: Array<[string, Record<string, unknown>]> = [
        ['mutation($c: ID) { publishAssessment(year: 2025, countyId: $c) { year } }', { c: COUNTY_ID }],
        [
          'mutation($c: ID) { saveSubsidyRate(input: { countyId: $c, effectiveFrom: "2026-01-01", ordinaryFen: 1, difficultFen: 1, majorFen: 1, consultationFen: 1, version: 0 }) { effectiveFrom } }',
          { c: COUNTY_ID },
        ],
        [
          'mutation($c: ID, $a: ID!) { confirmSubsidyStatement(adviserId: $a, period: "2026-07", countyId: $c) { id } }',
          { c: COUNTY_ID, a: adviserId },
        ],
        ['mutation($c: ID) { settleSubsidyYear(year: 2025, countyId: $c) { id } }', { c: COUNTY_ID }],
      ];
      for (const [mutation, variables] of writes) {
        const res = await app.gql(mutation, variables, city);
        expect([mutation.slice(11, 40), res.errors?.[0]?.extensions?.code]).toEqual([mutation.slice(11, 40), 'FORBIDDEN']);
      }
      // The county's bureau still writes its own (here: a rate), and cannot write another county's.
      const own = await app.gql(writes[1]![0], { c: COUNTY_ID }, jiaocheng);
      expect(own.errors).toBeUndefined();
      const other = await app.gql(writes[1]![0], { c: WENSHUI_ID }, jiaocheng);
      expect(other.errors?.[0]?.extensions).toMatchObject({ code: 'BAD_USER_INPUT', field: 'countyId' });
    });
  });

  describe('settings', () => {
    const READ = `query($r: ID) { settings(regionId: $r) { region { id } adviserLoadCap setHere version } }`;
    it('gives both counties the city’s default until a county sets its own', async () => {
      const version = (await ok(READ, {}, city)).settings.version;
      await ok(`mutation($v: Int!) { updateSettings(input: { adviserLoadCap: 4, version: $v }) { adviserLoadCap } }`, { v: version }, city);
      expect((await ok(READ, {}, jiaocheng)).settings).toMatchObject({ region: { id: COUNTY_ID }, adviserLoadCap: 4, setHere: [] });
      const own = (await ok(READ, {}, wenshui)).settings;
      await ok(`mutation($v: Int!) { updateSettings(input: { adviserLoadCap: 6, version: $v }) { adviserLoadCap } }`, { v: own.version }, wenshui);
      expect((await ok(READ, {}, wenshui)).settings).toMatchObject({ adviserLoadCap: 6, setHere: ['adviserLoadCap'] });
      expect((await ok(READ, {}, jiaocheng)).settings.adviserLoadCap).toBe(4);
      expect((await ok(READ, { r: WENSHUI_ID }, city)).settings.adviserLoadCap).toBe(6);
    });
  });
});
