import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import { CITY_ID, COUNTY_ID, DEMO_PASSWORD, WENSHUI_ID, demoAccount, demoCases, demoRegions, wenshuiCases, wenshuiRegions } from '@fengqiao/seeds';
import { randomUUID } from 'node:crypto';
import { Role } from '../src/common/access/role.js';
import { hashPassword } from '../src/common/auth/password.js';
import { Gender, Profession } from '../src/modules/adviser/adviser.enums.js';
import { LegalAdviser } from '../src/modules/adviser/legal-adviser.entity.js';
import { Pairing } from '../src/modules/pairing/pairing.entity.js';
import { RegionLevel, Terrain, VillageKind } from '../src/modules/region/region.enums.js';
import { createRegion } from '../src/modules/region/region.service.js';
import { Training } from '../src/modules/training/training.entity.js';
import { TrainingKind, TrainingMode } from '../src/modules/training/training.enums.js';
import { User } from '../src/modules/user/user.entity.js';
import { ZeroReport } from '../src/modules/zero-report/zero-report.entity.js';
import { countQueries, startTestApp, type TestApp } from './app.js';
import { addSecondCounty, type SecondCounty } from './second-county.js';
import { GRID_SLICE_ROWS } from '../src/common/tasks/slices.js';

/*
 * The four aggregates (coverage, caseStatistics, trainingCompliance, villageMonthReports) are set-based: a township,
 * a county and a city cost the same number of SQL statements, and their figures come from SQL grouping. A second
 * county (交口县) gets four more townships of three villages each, with pairings, cases, trainings and a zero report of
 * its own, so that anything done per township or per village would show as more statements for the larger region.
 */

const AT = '2026-11-20T10:00:00+08:00'; // the fourth quarter of 2026: three quarters have ended

const COVERAGE = `query($r: ID, $u: Int, $l: Int) { coverage(regionId: $r) {
  region { id } villageCount coveredCount ratio uncoveredCount loadCap servingAdviserCount overloadedAdviserCount
  uncovered(limit: $u) { id name code township { id name } }
  townships { township { id name } villageCount coveredCount ratio }
  adviserLoads(limit: $l) { adviser { id name } villageCount overloaded }
  byCounty { county { id name } villageCount coveredCount uncoveredCount ratio } } }`;
const STATS = `query($r: ID) { caseStatistics(regionId: $r, from: "2026-01-01", to: "2026-12-31") { region { id } total amountFen
  byStatus { key count } byDisputeType { key count } bySource { key count } byLevel { key count }
  resolution { resolved village township county }
  byCounty { county { id } total amountFen resolved resolvedInVillage resolvedInTownship } } }`;
const GRID = `query($r: ID) { trainingCompliance(year: 2026, regionId: $r) {
  regionId villageCount quartersEnded required done missing quarterTotals { quarter done missing }
  rows { townshipId doneCount missingCount village { id name township { id name } currentAdviser { id name } } quarters { quarter status trainingCount } }
  byCounty { county { id } villageCount required done missing ratio } } }`;
const SUMMARY = `query { villageMonthSummary(month: "2026-10") { county { id } villageCount withCases zeroReported silent } }`;
const MONTH = `query($t: ID) { villageMonthReports(month: "2026-10", townshipId: $t) { village { id name township { id name } } caseCount zeroReport { id month } silent } }`;

interface Extra extends SecondCounty {
  /** The four added townships, each with three villages: the first two paired, the third not. */
  townships: Array<{ id: string; villages: string[] }>;
  busy: string;
  light: string;
}

const BIG = 1_500_000_000; // fen: four of them overflow 32 bits

/** 交口县 grown to five townships and thirteen villages, with its advisers, cases, trainings and a zero report. */
async function growSecondCounty(app: TestApp): Promise<Extra> {
  const second = await addSecondCounty(app);
  const em = app.orm.em.fork();
  const townships: Extra['townships'] = [];
  for (let t = 1; t <= 4; t++) {
    const code = `141130${String(100 + t)}`;
    const township = await createRegion(em, {
      parentId: second.countyId,
      level: RegionLevel.TOWNSHIP,
      name: `测试乡${t}`,
      code: `${code}000`,
      terrain: Terrain.PLAIN,
    });
    const villages: string[] = [];
    for (let v = 1; v <= 3; v++) {
      villages.push(
        (
          await createRegion(em, {
            parentId: township.id,
            level: RegionLevel.VILLAGE,
            name: `测试${t}村${v}`,
            code: `${code}20${v}`,
            kind: VillageKind.VILLAGE,
          })
        ).id,
      );
    }
    townships.push({ id: township.id, villages });
  }
  const createdAt = new Date(AT);
  const [busy, light] = [randomUUID(), randomUUID()];
  await em.insertMany(LegalAdviser, [
    {
      id: busy,
      county: second.countyId,
      name: '甲顾问',
      gender: Gender.MALE,
      phone: '13900001131',
      profession: Profession.LAWYER,
      licenceNo: '11411302026000002',
      version: 1,
      createdAt,
    },
    {
      id: light,
      county: second.countyId,
      name: '乙顾问',
      gender: Gender.FEMALE,
      phone: '13900001132',
      profession: Profession.LAWYER,
      licenceNo: '11411302026000003',
      version: 1,
      createdAt,
    },
  ]);
  // 甲 serves the first two villages of the first three townships (six: above the cap of five), 乙 those of the fourth.
  const paired = townships.flatMap((t, i) => t.villages.slice(0, 2).map((village) => ({ village, adviser: i < 3 ? busy : light })));
  await em.insertMany(
    Pairing,
    paired.map(({ village, adviser }) => ({ id: randomUUID(), adviser, village, validFrom: '2025-01-01', validTo: null, createdAt })),
  );
  // An ended pairing of a third village counts for nobody today.
  await em.insert(Pairing, {
    id: randomUUID(),
    adviser: light,
    village: townships[0]!.villages[2]!,
    validFrom: '2024-01-01',
    validTo: '2024-12-31',
    createdAt,
  });

  // Two cases in each village of the first township, October 2026; four of them with amounts that overflow 32 bits.
  let seq = 1;
  for (const [i, village] of townships[0]!.villages.entries()) {
    for (const status of ['AGREEMENT_REACHED', 'IN_MEDIATION']) {
      const resolved = status === 'AGREEMENT_REACHED' ? (i === 0 ? 'VILLAGE' : 'TOWNSHIP') : null;
      await em.execute(
        `insert into mediation_case (id, county_id, township_id, village_id, year, seq, case_no, source, dispute_type, amount_fen, tier, status, level, resolved_level, received_on)
         values (?, ?, ?, ?, 2026, ?, ?, 'APPLICATION', ?, ?, 'ORDINARY', ?, 'VILLAGE', ?, ?)`,
        [
          randomUUID(),
          second.countyId,
          townships[0]!.id,
          village,
          seq,
          `（2026）交调字第${seq}号`,
          i === 2 ? 'LABOUR' : 'NEIGHBOUR',
          seq <= 4 ? BIG : 100,
          status,
          resolved,
          `2026-10-${String(10 + seq).padStart(2, '0')}`,
        ],
      );
      seq += 1;
    }
  }
  // Trainings in the second township: its first village in Q1 and Q3 (twice), its second in Q3.
  const [v1, v2, v3] = townships[1]!.villages;
  const bureau = demoAccount('bureau').id;
  for (const [village, at] of [
    [v1, '2026-02-10T10:00:00+08:00'],
    [v1, '2026-08-10T10:00:00+08:00'],
    [v1, '2026-09-10T10:00:00+08:00'],
    [v2, '2026-07-10T10:00:00+08:00'],
  ] as const) {
    const quarter = Math.ceil(Number(at.slice(5, 7)) / 3);
    await em.insert(Training, {
      id: randomUUID(),
      kind: TrainingKind.VILLAGE_QUARTERLY,
      county: second.countyId,
      township: townships[1]!.id,
      village: village!,
      adviser: busy,
      title: '法治讲座',
      topics: [],
      at: new Date(at),
      year: 2026,
      quarter,
      venue: '村委会',
      mode: TrainingMode.OFFLINE,
      cadres: 3,
      createdBy: bureau,
      createdAt,
    });
  }
  await em.insert(ZeroReport, { id: randomUUID(), village: v3!, month: '2026-10', reportedBy: bureau, reportedAt: createdAt });

  // The city's bureau: its scope is 吕梁市, both counties.
  await em.insert(User, {
    id: randomUUID(),
    username: 'city.test',
    passwordHash: await hashPassword(DEMO_PASSWORD),
    role: Role.BUREAU_ADMIN,
    displayName: '吕梁市司法局',
    scopeRegion: CITY_ID,
    createdAt,
    updatedAt: createdAt,
  });
  return { ...second, townships, busy, light };
}

describe('aggregates', () => {
  let app: TestApp;
  let extra: Extra;
  let city: string;
  beforeAll(async () => {
    app = await startTestApp({ queryCostPerMinute: Number.MAX_SAFE_INTEGER }, { at: AT });
    extra = await growSecondCounty(app);
    city = await app.login('city.test');
  });
  afterAll(() => app.close());

  const ok = async (query: string, variables: Record<string, unknown>, token = city) => {
    const res = await app.gql(query, variables, token);
    expect(res.errors).toBeUndefined();
    return res.data;
  };
  /** Statements for the same query over a township, a county and the city (both counties): all the same. */
  async function statementsByRegion(query: string, variables: (regionId: string | null) => Record<string, unknown>) {
    const regions: Array<[string, string | null]> = [
      ['township', extra.townships[0]!.id],
      ['county', extra.countyId],
      ['city', CITY_ID],
    ];
    const counts: Record<string, number> = {};
    for (const [name, regionId] of regions) {
      await ok(query, variables(regionId)); // warm: sign-in state, settings
      counts[name] = (await countQueries(() => ok(query, variables(regionId)))).count;
    }
    return counts;
  }
  const same = (counts: Record<string, number>) => Object.fromEntries(Object.keys(counts).map((k) => [k, counts.township]));

  describe('coverage', () => {
    it('counts per township in SQL: the townships add up to the region, and uncovered villages are all counted', async () => {
      const { coverage } = await ok(COVERAGE, { r: extra.countyId });
      expect(coverage).toMatchObject({ region: { id: extra.countyId }, villageCount: 13, coveredCount: 9, uncoveredCount: 4, ratio: 0.6923 });
      expect(coverage.townships.map((t: any) => [t.villageCount, t.coveredCount])).toEqual([
        [1, 1],
        [3, 2],
        [3, 2],
        [3, 2],
        [3, 2],
      ]);
      expect(coverage.townships.reduce((n: number, t: any) => n + t.villageCount, 0)).toBe(coverage.villageCount);
      expect(coverage.townships.reduce((n: number, t: any) => n + t.coveredCount, 0)).toBe(coverage.coveredCount);
      // The third village of each added township, by code, with its township; the ended pairing covers nothing.
      expect(coverage.uncovered.map((v: any) => v.id)).toEqual(extra.townships.map((t) => t.villages[2]));
      expect(coverage.uncovered[0].township.id).toBe(extra.townships[0]!.id);
    });

    it('cuts the uncovered villages and the loads to their limit, and counts them all', async () => {
      const { coverage } = await ok(COVERAGE, { r: extra.countyId, u: 2, l: 1 });
      expect(coverage.uncovered.map((v: any) => v.id)).toEqual([extra.townships[0]!.villages[2], extra.townships[1]!.villages[2]]);
      expect(coverage.uncoveredCount).toBe(4);
      expect(coverage.adviserLoads).toEqual([{ adviser: { id: extra.busy, name: '甲顾问' }, villageCount: 6, overloaded: true }]);
      expect([coverage.servingAdviserCount, coverage.overloadedAdviserCount]).toEqual([3, 1]);
      const none = await ok(COVERAGE, { r: extra.countyId, u: 0, l: 0 });
      expect([none.coverage.uncovered, none.coverage.adviserLoads, none.coverage.uncoveredCount]).toEqual([[], [], 4]);
      for (const [u, l] of [
        [-1, 1],
        [1, 1001],
      ]) {
        const bad = await app.gql(COVERAGE, { r: extra.countyId, u, l }, city);
        expect(bad.errors?.[0]?.extensions).toMatchObject({ code: 'BAD_USER_INPUT', field: 'limit' });
      }
    });

    it('counts an adviser’s villages outside the region measured: the cap is per adviser', async () => {
      const { coverage } = await ok(COVERAGE, { r: extra.townships[0]!.id });
      expect(coverage.adviserLoads).toEqual([{ adviser: { id: extra.busy, name: '甲顾问' }, villageCount: 6, overloaded: true }]);
      expect([coverage.servingAdviserCount, coverage.overloadedAdviserCount]).toEqual([1, 1]);
    });

    it('measures the city as its counties together (交城县, 文水县 of the demo and 交口县)', async () => {
      const [jiaocheng, wenshui, jiaokou, whole] = await Promise.all(
        [COUNTY_ID, WENSHUI_ID, extra.countyId, null].map((r) => ok(COVERAGE, { r, u: 1000 })),
      );
      const sum = (k: string) => jiaocheng.coverage[k] + wenshui.coverage[k] + jiaokou.coverage[k];
      expect(whole.coverage).toMatchObject({
        region: { id: CITY_ID },
        villageCount: sum('villageCount'),
        coveredCount: sum('coveredCount'),
        uncoveredCount: sum('uncoveredCount'),
      });
      expect(whole.coverage.townships).toHaveLength(jiaocheng.coverage.townships.length + wenshui.coverage.townships.length + 5);
      expect(whole.coverage.uncovered).toHaveLength(sum('uncoveredCount'));
      expect(whole.coverage.servingAdviserCount).toBe(sum('servingAdviserCount'));
      // The city's roll-up: one row per county, by division code (文水 141121, 交城 141122, 交口 141130), each its county's figures.
      const row = (c: any) => ({ county: c.coverage.region.id, villageCount: c.coverage.villageCount, coveredCount: c.coverage.coveredCount });
      expect(whole.coverage.byCounty.map((r: any) => ({ county: r.county.id, villageCount: r.villageCount, coveredCount: r.coveredCount }))).toEqual(
        [wenshui, jiaocheng, jiaokou].map(row),
      );
      expect(jiaokou.coverage.byCounty).toEqual([
        { county: { id: extra.countyId, name: '交口县' }, villageCount: 13, coveredCount: 9, uncoveredCount: 4, ratio: 0.6923 },
      ]);
    });

    it('costs the same statements for a township, a county and the city', async () => {
      const counts = await statementsByRegion(COVERAGE, (r) => ({ r }));
      expect(counts).toEqual(same(counts));
    });
  });

  describe('caseStatistics', () => {
    it('groups in SQL: every grouping adds up to the total, and the amounts are summed past 32 bits', async () => {
      const { caseStatistics: s } = await ok(STATS, { r: extra.countyId });
      expect(s.total).toBe(6);
      expect(s.amountFen).toBe(4 * BIG + 2 * 100);
      expect(s.amountFen).toBeGreaterThan(2 ** 32);
      for (const list of [s.byStatus, s.byDisputeType, s.bySource, s.byLevel]) expect(list.reduce((n: number, x: any) => n + x.count, 0)).toBe(6);
      expect(s.byStatus).toEqual([
        { key: 'AGREEMENT_REACHED', count: 3 },
        { key: 'IN_MEDIATION', count: 3 },
      ]);
      expect(s.byDisputeType).toEqual([
        { key: 'NEIGHBOUR', count: 4 },
        { key: 'LABOUR', count: 2 },
      ]);
      expect(s.resolution).toEqual({ resolved: 3, village: 1, township: 2, county: 0 });
    });

    it('measures the city as its counties together, and a township as its own cases', async () => {
      const demo2026 = [...demoCases(), ...wenshuiCases()].filter((c) => c.receivedOn.startsWith('2026'));
      const whole = (await ok(STATS, { r: null })).caseStatistics;
      expect(whole.region.id).toBe(CITY_ID);
      expect(whole.total).toBe(demo2026.length + 6);
      expect(whole.amountFen).toBe(demo2026.reduce((n, c) => n + c.amountFen, 0) + 4 * BIG + 200);
      // Per county, every county of the city listed, the counts adding up to the city's.
      expect(whole.byCounty.map((c: any) => c.county.id)).toEqual([WENSHUI_ID, COUNTY_ID, extra.countyId]);
      expect(whole.byCounty.reduce((n: number, c: any) => n + c.total, 0)).toBe(whole.total);
      expect(whole.byCounty.reduce((n: number, c: any) => n + c.amountFen, 0)).toBe(whole.amountFen);
      expect(whole.byCounty.reduce((n: number, c: any) => n + c.resolved, 0)).toBe(whole.resolution.resolved);
      expect(whole.byCounty[2]).toMatchObject({ total: 6, amountFen: 4 * BIG + 200, resolved: 3, resolvedInVillage: 1, resolvedInTownship: 2 });
      expect(whole.byCounty[0].total).toBe(wenshuiCases().length);
      expect((await ok(STATS, { r: extra.townships[1]!.id })).caseStatistics).toMatchObject({
        total: 0,
        amountFen: 0,
        byStatus: [],
        resolution: { resolved: 0 },
      });
    });

    it('costs the same statements for a township, a county and the city: one reads the cases, and one more for byCounty', async () => {
      const counts = await statementsByRegion(STATS, (r) => ({ r }));
      expect(counts).toEqual(same(counts));
      const { statements } = await countQueries(() => ok(STATS, { r: null }));
      expect(statements.filter((s) => /mediation_case/.test(s))).toHaveLength(2);
      const plain = await countQueries(() => ok(STATS.replace(/byCounty \{ county \{ id \}[^}]*\}/, ''), { r: null }));
      expect(plain.statements.filter((s) => /mediation_case/.test(s))).toHaveLength(1);
      expect(statements.filter((s) => /grouping sets/i.test(s))).toHaveLength(1);
    });
  });

  describe('trainingCompliance', () => {
    it('counts per village and quarter in SQL, and the quarter totals add up', async () => {
      const { trainingCompliance: g } = await ok(GRID, { r: extra.countyId });
      expect(g).toMatchObject({ regionId: extra.countyId, villageCount: 13, quartersEnded: 3, required: 39 });
      expect(g.rows.map((r: any) => r.village.id)).toContain(extra.townships[1]!.villages[0]);
      const row = (id: string) => g.rows.find((r: any) => r.village.id === id);
      const [v1, v2] = extra.townships[1]!.villages;
      // Each row's township and adviser today, as loaded ahead for all rows: 甲 for the first two of the first three
      // townships, 乙 for those of the fourth, nobody for a third village (an ended pairing counts for nobody).
      expect(row(v1!).village.township).toEqual({ id: extra.townships[1]!.id, name: expect.any(String) });
      expect(row(v1!).village.currentAdviser).toEqual({ id: extra.busy, name: '甲顾问' });
      expect(row(extra.townships[3]!.villages[1]!).village.currentAdviser?.id).toBe(extra.light);
      expect(row(extra.townships[0]!.villages[2]!).village.currentAdviser).toBeNull();
      expect(row(v1!).quarters.map((q: any) => [q.status, q.trainingCount])).toEqual([
        ['DONE', 1],
        ['MISSING', 0],
        ['DONE', 2],
        ['DUE', 0],
      ]);
      expect(row(v2!).quarters.map((q: any) => q.status)).toEqual(['MISSING', 'MISSING', 'DONE', 'DUE']);
      expect(g.quarterTotals).toEqual([
        { quarter: 1, done: 1, missing: 12 },
        { quarter: 2, done: 0, missing: 13 },
        { quarter: 3, done: 2, missing: 11 },
        { quarter: 4, done: 0, missing: 0 },
      ]);
      expect([g.done, g.missing]).toEqual([3, 36]);
      expect(g.rows.reduce((n: number, r: any) => n + r.doneCount, 0)).toBe(g.done);
      expect(g.rows.reduce((n: number, r: any) => n + r.missingCount, 0)).toBe(g.missing);
      expect(row(v1!).village.currentAdviser).toEqual({ id: extra.busy, name: '甲顾问' });
      expect(g.byCounty).toEqual([{ county: { id: extra.countyId }, villageCount: 13, required: 39, done: 3, missing: 36, ratio: 3 / 39 }]);
    });

    it('rolls the city up per county, the counties adding up to the city', async () => {
      const { trainingCompliance: g } = await ok(GRID, { r: null });
      expect(g.byCounty.map((c: any) => c.county.id)).toEqual([WENSHUI_ID, COUNTY_ID, extra.countyId]);
      for (const k of ['villageCount', 'required', 'done', 'missing']) expect(g.byCounty.reduce((n: number, c: any) => n + c[k], 0)).toBe(g[k]);
    });

    it('costs the same statements for a township, a county and the city', async () => {
      const counts = await statementsByRegion(GRID, (r) => ({ r }));
      expect(counts).toEqual(same(counts));
    });

    it('reads the pairings and the advisers of all the city’s rows once each, ahead of the slices', async () => {
      const { statements } = await countQueries(() => ok(GRID, { r: null }));
      expect(statements.filter((s) => /from "pairing"/.test(s))).toHaveLength(1);
      expect(statements.filter((s) => /from "legal_adviser"/.test(s))).toHaveLength(1);
    });

    it('loads what it does not load ahead (a village’s committee) in one batch for all the city’s rows', async () => {
      // The city's rows are more than one slice: were they completed slice by slice, the committees would be read per slice.
      const query = GRID.replace('currentAdviser { id name }', 'currentAdviser { id name } committee { id }');
      const { statements } = await countQueries(() => ok(query, { r: null }));
      expect(statements.filter((s) => /from "mediation_committee"/.test(s))).toHaveLength(1);
      const { trainingCompliance: g } = await ok(query, { r: null });
      expect(g.rows.length).toBeGreaterThan(GRID_SLICE_ROWS);
      expect(g.rows.filter((r: any) => r.village.committee).length).toBeGreaterThan(0);
    });
  });

  describe('villageMonthReports', () => {
    it('shows every village of the jurisdiction with its cases of the month and its zero report, or silence', async () => {
      const rows = (await ok(MONTH, {})).villageMonthReports;
      const villages = [...demoRegions(), ...wenshuiRegions()].filter((r) => r.level === 'VILLAGE').length + 13;
      expect(rows).toHaveLength(villages);
      const row = (id: string) => rows.find((r: any) => r.village.id === id);
      const [t1, t2] = extra.townships;
      expect(t1!.villages.map((v) => row(v).caseCount)).toEqual([2, 2, 2]);
      expect(row(t2!.villages[2]!)).toMatchObject({ caseCount: 0, zeroReport: { month: '2026-10' }, silent: false });
      expect(row(t2!.villages[0]!)).toMatchObject({ caseCount: 0, zeroReport: null, silent: true });
      expect(rows.filter((r: any) => r.silent !== (r.caseCount === 0 && !r.zeroReport))).toEqual([]);
      // One township of the jurisdiction; one outside it has no village to show.
      expect((await ok(MONTH, { t: t1!.id })).villageMonthReports.map((r: any) => r.village.id)).toEqual(t1!.villages);
      const office = await app.login('office.tianning');
      expect((await ok(MONTH, { t: t1!.id }, office)).villageMonthReports).toEqual([]);
    });

    it('counts the month per county: with cases, zero-reported or silent, adding up to the villages listed', async () => {
      const rows = (await ok(MONTH, {})).villageMonthReports;
      const summary = (await ok(SUMMARY, {})).villageMonthSummary;
      expect(summary.map((c: any) => c.county.id)).toEqual([WENSHUI_ID, COUNTY_ID, extra.countyId]);
      const total = (k: string) => summary.reduce((n: number, c: any) => n + c[k], 0);
      expect(total('villageCount')).toBe(rows.length);
      expect(total('withCases')).toBe(rows.filter((r: any) => r.caseCount > 0).length);
      expect(total('zeroReported')).toBe(rows.filter((r: any) => r.caseCount === 0 && r.zeroReport).length);
      expect(total('silent')).toBe(rows.filter((r: any) => r.silent).length);
      expect(summary[2]).toMatchObject({ villageCount: 13, zeroReported: 1 });
      const office = await app.login('office.tianning');
      expect((await ok(SUMMARY, {}, office)).villageMonthSummary.map((c: any) => c.county.id)).toEqual([COUNTY_ID]);
    });

    it('costs the same statements for a township’s office, a county’s bureau and the city’s', async () => {
      const counts: Record<string, number> = {};
      for (const [name, username] of [
        ['township', 'office.tianning'],
        ['county', 'bureau'],
        ['city', 'city.test'],
      ] as const) {
        const token = await app.login(username);
        const rows = (await ok(MONTH, {}, token)).villageMonthReports;
        expect(rows.length).toBeGreaterThan(name === 'township' ? 5 : 100);
        counts[name] = (await countQueries(() => ok(MONTH, {}, token))).count;
        counts[`${name} summary`] = (await countQueries(() => ok(SUMMARY, {}, token))).count;
      }
      expect(counts).toEqual({
        ...same(counts),
        'township summary': counts['township summary'],
        'county summary': counts['township summary'],
        'city summary': counts['township summary'],
      });
    });
  });
});
