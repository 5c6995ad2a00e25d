import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import { demoCases, demoPairings, demoRegions, demoAccount, townshipId } from '@fengqiao/seeds';
import { countQueries, startTestApp, type TestApp } from '../../../test/app.js';
import { eventually, holdingTable } from '../../../test/locks.js';
import { ZeroReport } from '../zero-report/zero-report.entity.js';

const STATS = `query($r: ID, $from: Date, $to: Date) { caseStatistics(regionId: $r, from: $from, to: $to) { region { name } total amountFen
  byStatus { key count } byDisputeType { key count } bySource { key count } byLevel { key count }
  resolution { resolved village township county villageShare townshipShare countyShare } } }`;
const cases = demoCases();
const regions = demoRegions();

describe('CaseStatisticsService', () => {
  let app: TestApp;
  beforeAll(async () => {
    app = await startTestApp();
  });
  afterAll(() => app.close());

  it('counts the county’s cases by status, type, source and level, with the shares resolved at each level', async () => {
    const res = await app.gql(STATS, { from: '2026-01-01', to: '2026-12-31' }, await app.login('bureau'));
    expect(res.errors).toBeUndefined();
    const s = res.data.caseStatistics;
    expect(s.total).toBe(cases.length);
    expect(s.amountFen).toBe(cases.reduce((n, c) => n + c.amountFen, 0));
    const count = (list: any[], key: string) => list.find((x) => x.key === key)?.count ?? 0;
    expect(count(s.byStatus, 'AGREEMENT_REACHED')).toBe(cases.filter((c) => c.status === 'AGREEMENT_REACHED').length);
    expect(s.bySource.reduce((n: number, x: any) => n + x.count, 0)).toBe(cases.length);
    const resolved = cases.filter((c) => c.resolvedLevel);
    expect(s.resolution.resolved).toBe(resolved.length);
    expect(s.resolution.village).toBe(resolved.filter((c) => c.resolvedLevel === 'VILLAGE').length);
    expect(s.resolution.villageShare + s.resolution.townshipShare + s.resolution.countyShare).toBeCloseTo(1, 3);
    // Aggregates carry no names, phones or text.
    expect(JSON.stringify(res)).not.toMatch(/演示数据|1[3-9]\d{9}/);
  });

  it('restricts an office to its township and a period', async () => {
    const tianning = townshipId('tianning');
    const inTianning = cases.filter((c) => regions.find((r) => r.id === c.villageId)!.parentId === tianning && c.receivedOn <= '2026-06-30');
    const res = await app.gql(STATS, { to: '2026-06-30', from: '2026-01-01' }, await app.login('office.tianning'));
    expect(res.data.caseStatistics.region.name).toBe('天宁镇');
    expect(res.data.caseStatistics.total).toBe(inTianning.length);
    const other = await app.gql(STATS, { r: townshipId('xishe') }, await app.login('office.tianning'));
    expect(other.errors?.[0]?.extensions?.code).toBe('NOT_FOUND');
  });

  it('refuses an analyst any range of dates: they read caseCounts for a fixed period', async () => {
    const res = await app.gql(STATS, { from: '2026-03-05', to: '2026-03-06' }, await app.login('analyst'));
    expect(res.errors?.[0]?.extensions).toMatchObject({ code: 'FORBIDDEN', reason: 'FIXED_PERIODS_ONLY' });
    expect(res.data).toBeNull();
  });

  it.each(['adviser.1', 'party.1'])('refuses %s', async (username) => {
    const res = await app.gql(STATS, {}, await app.login(username));
    expect(res.errors?.[0]?.extensions?.code).toBe('FORBIDDEN');
  });

  it('answers in one statement whatever the region', async () => {
    const token = await app.login('bureau');
    await app.gql(STATS, {}, token);
    const { statements } = await countQueries(() => app.gql(STATS, {}, token));
    expect(statements.filter((s) => /mediation_case/.test(s))).toHaveLength(1);
    expect(statements.some((s) => /_sealed/.test(s))).toBe(false);
  });

  // Last: it changes amounts the tests above count.
  it('sums amounts beyond 32 bits exactly', async () => {
    const big = cases.slice(0, 3);
    expect(big.length).toBe(3);
    await app.orm.em.fork().execute(
      `update mediation_case set amount_fen = 1500000000 where id in (?, ?, ?)`,
      big.map((c) => c.id),
    );
    const expected = cases.reduce((n, c) => n + c.amountFen, 0) - big.reduce((n, c) => n + c.amountFen, 0) + 3 * 1_500_000_000;
    expect(expected).toBeGreaterThan(2 ** 31);
    const res = await app.gql(STATS, { from: '2026-01-01', to: '2026-12-31' }, await app.login('bureau'));
    expect(res.errors).toBeUndefined();
    expect(res.data.caseStatistics.amountFen).toBe(expected);
  });
});

const CELL = '{ value suppressed display }';
const COUNTS = `query($p: StatisticsPeriodInput!, $r: ID) { caseCounts(period: $p, regionId: $r) {
  region { name } period { kind year number from to } total ${CELL} amountFen
  byStatus { key count ${CELL} } byDisputeType { key count ${CELL} } bySource { key count ${CELL} } byLevel { key count ${CELL} }
  byRegion { region { id name } count ${CELL} }
  resolution { resolved ${CELL} village ${CELL} township ${CELL} county ${CELL} villageShare townshipShare countyShare } } }`;
type Cell = { value: number | null; suppressed: string | null; display: string };

/** Each published list with its total: the parts must add up to it. */
function lines(c: any): { name: string; parts: Cell[]; total: Cell }[] {
  return [
    ...['byStatus', 'byDisputeType', 'bySource', 'byLevel'].map((name) => ({ name, parts: c[name].map((x: any) => x.count), total: c.total })),
    { name: 'byRegion', parts: c.byRegion.map((x: any) => x.count), total: c.total },
    { name: 'resolution', parts: [c.resolution.village, c.resolution.township, c.resolution.county], total: c.resolution.resolved },
  ];
}

describe('CaseStatisticsService.counts (caseCounts)', () => {
  let app: TestApp;
  beforeAll(async () => {
    app = await startTestApp();
  });
  afterAll(() => app.close());
  const YEAR = { kind: 'YEAR', year: 2026 };

  it('gives the bureau exact counts for a fixed period, every township listed', async () => {
    const res = await app.gql(COUNTS, { p: YEAR }, await app.login('bureau'));
    expect(res.errors).toBeUndefined();
    const c = res.data.caseCounts;
    const inYear = cases.filter((x) => x.receivedOn.startsWith('2026'));
    expect(c.period).toEqual({ kind: 'YEAR', year: 2026, number: null, from: '2026-01-01', to: '2026-12-31' });
    expect(c.total).toEqual({ value: inYear.length, suppressed: null, display: String(inYear.length) });
    expect(c.byRegion).toHaveLength(regions.filter((r) => r.level === 'TOWNSHIP').length);
    for (const line of lines(c)) {
      expect(line.parts.every((p) => p.suppressed === null)).toBe(true);
      expect(line.parts.reduce((n, p) => n + p.value!, 0)).toBe(line.total.value);
    }
    const tianning = c.byRegion.find((r: any) => r.region.id === townshipId('tianning'));
    expect(tianning.count.value).toBe(inYear.filter((x) => regions.find((r) => r.id === x.villageId)!.parentId === townshipId('tianning')).length);
  });

  it.each([
    ['the county by township', {}],
    ['a township by village', { r: townshipId('tianning') }],
    ['a quarter', { p: { kind: 'QUARTER', year: 2026, number: 2 } }],
  ])('hides the analyst’s small counts of %s as "<3", and no total gives one away', async (_, vars) => {
    const variables = { p: YEAR, ...vars };
    const exact = (await app.gql(COUNTS, variables, await app.login('bureau'))).data.caseCounts;
    const res = await app.gql(COUNTS, variables, await app.login('analyst'));
    expect(res.errors).toBeUndefined();
    const shown = res.data.caseCounts;
    const exactLines = lines(exact);
    let small = 0;
    for (const [n, line] of lines(shown).entries()) {
      const truth = exactLines[n]!;
      for (const [i, cell] of [...line.parts, line.total].entries()) {
        const value = [...truth.parts, truth.total][i]!.value!;
        if (value === 1 || value === 2) {
          small++;
          expect(cell).toEqual({ value: null, suppressed: 'SMALL', display: '<3' });
        } else if (cell.suppressed === null) {
          expect(cell.value).toBe(value);
        } else if (value === 0 && cell.suppressed === 'SMALL') {
          // A zero withheld where nothing else protects a small count reads "<3" too.
          expect(cell).toEqual({ value: null, suppressed: 'SMALL', display: '<3' });
        } else {
          expect(cell).toEqual({ value: null, suppressed: 'COMPLEMENTARY', display: 'x' });
        }
      }
      // The subtraction attack: a line with exactly one withheld figure gives it away (total − the rest).
      const withheld = [...line.parts, line.total].filter((c) => c.suppressed !== null);
      expect(`${line.name}: ${withheld.length}`).not.toBe(`${line.name}: 1`);
      // Only SMALL withheld (each 0–2, as a "<3" may hide none): recoverable when they add up to 0 or to 2 each.
      if (withheld.length && withheld.every((c) => c.suppressed === 'SMALL') && line.total.suppressed === null) {
        const rest = line.total.value! - line.parts.reduce((m, p) => m + (p.value ?? 0), 0);
        expect(rest > 0 && rest < 2 * withheld.length).toBe(true);
      }
    }
    expect(small).toBeGreaterThan(0);
    // Shares and amounts reveal what they are computed from.
    if (shown.total.suppressed) expect(shown.amountFen).toBeNull();
    if (shown.resolution.village.suppressed) expect(shown.resolution.villageShare).toBeNull();
    expect(JSON.stringify(res)).not.toMatch(/演示数据|1[3-9]\d{9}/);
  });

  it('takes only whole months, quarters and years', async () => {
    const analyst = await app.login('analyst');
    const month = await app.gql(COUNTS, { p: { kind: 'MONTH', year: 2026, number: 2 } }, analyst);
    expect(month.data.caseCounts.period).toMatchObject({ from: '2026-02-01', to: '2026-02-28' });
    for (const [p, field] of [
      [{ kind: 'MONTH', year: 2026, number: 13 }, 'period.number'],
      [{ kind: 'QUARTER', year: 2026 }, 'period.number'],
      [{ kind: 'YEAR', year: 2026, number: 1 }, 'period.number'],
      [{ kind: 'YEAR', year: 20260 }, 'period.year'],
    ] as const) {
      expect((await app.gql(COUNTS, { p }, analyst)).errors?.[0]?.extensions).toMatchObject({ code: 'BAD_USER_INPUT', field });
    }
  });

  it.each(['adviser.1', 'party.1'])('refuses %s', async (username) => {
    expect((await app.gql(COUNTS, { p: YEAR }, await app.login(username))).errors?.[0]?.extensions?.code).toBe('FORBIDDEN');
  });

  it('costs the same two statements for the bureau and the analyst, and reads no sealed column', async () => {
    for (const who of ['bureau', 'analyst']) {
      const token = await app.login(who);
      await app.gql(COUNTS, { p: YEAR }, token);
      const { statements } = await countQueries(() => app.gql(COUNTS, { p: YEAR }, token));
      expect(statements.filter((s) => /mediation_case|from region/.test(s))).toHaveLength(2);
      expect(statements.some((s) => /_sealed/.test(s))).toBe(false);
    }
  });
});

describe('ZeroReportService', () => {
  let app: TestApp;
  beforeAll(async () => {
    app = await startTestApp();
  });
  afterAll(() => app.close());

  const adviser1 = demoAccount('adviser.1');
  const ownVillages = demoPairings()
    .filter((p) => p.adviserId === adviser1.adviserId)
    .map((p) => p.villageId);
  const quiet = ownVillages.find((v) => !cases.some((c) => c.villageId === v && c.receivedOn.startsWith('2026-10')))!;
  const busy = cases[0]!;

  it('records a zero report, refuses a second one and one for a month with disputes', async () => {
    const token = await app.login('adviser.1');
    const REPORT = 'mutation($v: ID!, $m: String!) { reportZeroDisputes(villageId: $v, month: $m) { id month reportedAt } }';
    const first = (await app.gql(REPORT, { v: quiet, m: '2026-10' }, token)).data.reportZeroDisputes;
    expect(first.month).toBe('2026-10');
    // Reported again (by the adviser or by the office): the month has its report, which is named, not replaced.
    for (const who of [token, await app.login('office.tianning')]) {
      const again = await app.gql(REPORT, { v: quiet, m: '2026-10' }, who);
      expect(again.errors?.[0]?.extensions).toMatchObject({ code: 'CONFLICT', reason: 'ZERO_REPORT_EXISTS', existingId: first.id });
    }
    const stored = await app.orm.em.fork().find(ZeroReport, { village: quiet, month: '2026-10' });
    expect(stored.map((r) => [r.id, r.reportedAt.toISOString()])).toEqual([[first.id, new Date(first.reportedAt).toISOString()]]);
    const withCase = await app.gql(REPORT, { v: busy.villageId, m: busy.receivedOn.slice(0, 7) }, token);
    expect(withCase.errors?.[0]?.extensions).toMatchObject({ code: 'BAD_USER_INPUT', field: 'month' });
    expect((await app.gql(REPORT, { v: quiet, m: '2026-13' }, token)).errors?.[0]?.extensions?.field).toBe('month');
  });

  it('lets one of two racing zero reports win and names it to the other', async () => {
    const REPORT = 'mutation($v: ID!, $m: String!) { reportZeroDisputes(villageId: $v, month: $m) { id } }';
    const month = '2026-09';
    expect(cases.some((c) => c.villageId === quiet && c.receivedOn.startsWith(month))).toBe(false);
    const [adviser, office] = [await app.login('adviser.1'), await app.login('office.tianning')];
    // Every insert into the zero reports waits until both requests have looked for the month's report and found none.
    const answers = await holdingTable(app, 'zero_report', 'exclusive', async (waiting) => {
      const sent = [adviser, office].map((token) => app.gql(REPORT, { v: quiet, m: month }, token));
      await eventually(async () => (await waiting()) >= 2);
      return sent;
    }).then((sent) => Promise.all(sent));
    const won = answers.filter((a) => !a.errors);
    const lost = answers.filter((a) => a.errors);
    expect([won.length, lost.length]).toEqual([1, 1]);
    expect(lost[0]!.errors?.[0]?.extensions).toMatchObject({
      code: 'CONFLICT',
      reason: 'ZERO_REPORT_EXISTS',
      existingId: won[0]!.data.reportZeroDisputes.id,
    });
    expect(await app.orm.em.fork().count(ZeroReport, { village: quiet, month })).toBe(1);
  });

  it('shows the office which villages had disputes, reported zero, or said nothing', async () => {
    const res = await app.gql(
      '{ villageMonthReports(month: "2026-10") { village { id } caseCount zeroReport { month } silent } }',
      {},
      await app.login('office.tianning'),
    );
    const rows = res.data.villageMonthReports;
    expect(rows).toHaveLength(regions.filter((r) => r.parentId === townshipId('tianning')).length);
    const q = rows.find((r: any) => r.village.id === quiet);
    expect(q).toMatchObject({ caseCount: 0, zeroReport: { month: '2026-10' }, silent: false });
    expect(rows.some((r: any) => r.silent)).toBe(true);
    expect(rows.filter((r: any) => r.silent !== (r.caseCount === 0 && !r.zeroReport))).toEqual([]);
  });

  it('lists at most `limit` villages, the first by division code, and refuses a limit out of range', async () => {
    const office = await app.login('office.tianning');
    const query = (limit: number) => `{ villageMonthReports(month: "2026-10", limit: ${limit}) { village { id code } caseCount silent } }`;
    const all = (await app.gql(query(1000), {}, office)).data.villageMonthReports;
    const first = await app.gql(query(3), {}, office);
    expect(first.errors).toBeUndefined();
    expect(first.data.villageMonthReports).toEqual(all.slice(0, 3));
    expect(all.length).toBeGreaterThan(3);
    for (const limit of [0, -1]) {
      expect((await app.gql(query(limit), {}, office)).errors?.[0]?.extensions).toMatchObject({ code: 'BAD_USER_INPUT', field: 'limit' });
    }
  });
});
