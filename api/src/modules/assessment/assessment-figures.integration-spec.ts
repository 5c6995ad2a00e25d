import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import { randomUUID } from 'node:crypto';
import { countQueries, startTestApp, type TestApp } from '../../../test/app.js';
import { addSecondCounty, type SecondCounty } from '../../../test/second-county.js';
import { Role } from '../../common/access/role.js';
import { Region } from '../region/region.entity.js';
import { RegionLevel, Terrain, VillageKind } from '../region/region.enums.js';
import { User } from '../user/user.entity.js';
import { createRegion } from '../region/region.service.js';
import { yearProgress } from './assessment.figures.js';

const ASSESSMENT = `query($year: Int!, $countyId: ID) { assessment(year: $year, countyId: $countyId) {
  through excellentAllowed capBites gradeCounts { grade count }
  results { adviser { id name } townships { id } total grade cappedFromExcellent
    indicators { code numerator denominator target applicable score } } } }`;

/** The console's selection (console/src/providers/assessment.ts), which `npm run bench` also sends. */
const CONSOLE_ASSESSMENT = `query($year: Int!, $countyId: ID) { assessment(year: $year, countyId: $countyId) {
  year status publishedAt objectionsUntil closedEarlyReason through excellentAllowed capBites county { id name } gradeCounts { grade count }
  results { id total computedTotal adjustmentPoints adjustmentReason grade cappedFromExcellent exemptFromCap adviser { id name } townships { id name }
    objection { id reason status decisionReason adjustmentPoints raisedAt decidedAt version }
    indicators { code kind weight target numerator denominator applicable score effectiveWeight points } } } }`;
const RECORDS = `query($year: Int!, $adviserId: ID!, $indicator: AssessmentIndicator!, $countyId: ID) {
  assessmentIndicatorRecords(year: $year, adviserId: $adviserId, indicator: $indicator, countyId: $countyId) {
    kind recordId on period label inNumerator inDenominator points openable } }`;

/** Text that must never reach the records behind an indicator: what a consultation's person and matter say. */
const CANARY = 'QZXCANARYINDICATOR91';

interface IndicatorRecord {
  kind: string;
  recordId: string | null;
  on: string | null;
  period: string | null;
  label: string;
  inNumerator: boolean;
  inDenominator: boolean;
  points: number | null;
  openable: boolean;
}

/** What a list of records adds up to: a figure's numerator (for ratings the sum of their points) and denominator. */
function tally(code: string, list: IndicatorRecord[]): [string, number, number] {
  const inNumerator = list.filter((r) => r.inNumerator);
  const numerator = code === 'CHECK_RATINGS' ? inNumerator.reduce((sum, r) => sum + (r.points ?? 0), 0) : inNumerator.length;
  return [code, numerator, list.filter((r) => r.inDenominator).length];
}

/**
 * One adviser's 2025 built by hand in a county of their own (交口县), with the figures each indicator must count
 * written out beside the records. The clock stands in March 2026, so the whole of 2025 has fallen due.
 */
describe('assessment figures from the records', () => {
  let app: TestApp;
  let county: SecondCounty;
  let secondVillageId: string;
  beforeAll(async () => {
    app = await startTestApp({}, { at: '2026-03-10T10:00:00+08:00' });
    county = await addSecondCounty(app);
    const em = app.orm.em.fork();
    const village2 = await createRegion(em, {
      parentId: county.townshipId,
      level: RegionLevel.VILLAGE,
      name: '石口村',
      code: '141130100202',
      kind: VillageKind.VILLAGE,
    });
    secondVillageId = village2.id;
    const [{ id: adviserUser }] = await em.execute<{ id: string }[]>('select id from app_user where username = ?', [county.adviser]);
    const [{ id: bureauUser }] = await em.execute<{ id: string }[]>('select id from app_user where username = ?', [county.bureau]);
    const sql = (text: string, params: unknown[]) => em.execute(text, params);
    const { adviserId, countyId, townshipId, villageId } = county;

    // Village 1 is paired since 2020 (4 quarters due); village 2 from July 2025 (Q3 and Q4): 6 trainings due.
    await sql(`insert into pairing (id, adviser_id, village_id, valid_from) values (?, ?, ?, '2025-07-01')`, [
      randomUUID(),
      adviserId,
      secondVillageId,
    ]);
    // Held: village 1 in Q1, Q2 (twice: still one quarter) and Q4, village 2 in Q3 → 4 of 6.
    const training = (kind: string, village: string | null, quarter: number, at: string) =>
      sql(
        `insert into training (id, kind, county_id, township_id, village_id, adviser_id, title, topics, at, year, quarter, venue, mode, created_by_id)
         values (?, ?, ?, ?, ?, ?, '培训', '["ETHICS"]', ?, 2025, ?, '村委会', 'OFFLINE', ?)`,
        [
          randomUUID(),
          kind,
          countyId,
          village ? townshipId : null,
          village,
          village ? adviserId : null,
          at,
          quarter,
          village ? adviserUser : bureauUser,
        ],
      );
    await training('VILLAGE_QUARTERLY', villageId, 1, '2025-02-10T10:00:00+08:00');
    await training('VILLAGE_QUARTERLY', villageId, 2, '2025-04-10T10:00:00+08:00');
    await training('VILLAGE_QUARTERLY', villageId, 2, '2025-05-10T10:00:00+08:00');
    await training('VILLAGE_QUARTERLY', villageId, 4, '2025-11-10T10:00:00+08:00');
    await training('VILLAGE_QUARTERLY', secondVillageId, 3, '2025-08-10T10:00:00+08:00');
    // The bureau's annual training, which the adviser attended: 1 of 1.
    const annualId = randomUUID();
    await sql(
      `insert into training (id, kind, county_id, title, topics, at, year, quarter, venue, mode, created_by_id)
       values (?, 'BUREAU_ANNUAL', ?, '年度培训', '["ETHICS"]', '2025-03-20T09:00:00+08:00', 2025, 1, '县司法局', 'OFFLINE', ?)`,
      [annualId, countyId, bureauUser],
    );
    await sql('insert into training_attendance (id, training_id, adviser_id) values (?, ?, ?)', [randomUUID(), annualId, adviserId]);

    // Work logs: 10 of the 12 months submitted, 2 of them late, one returned twice → on time 8/12, not returned 9/10.
    for (let month = 1; month <= 10; month++) {
      const ym = `2025-${String(month).padStart(2, '0')}`;
      await sql(
        `insert into monthly_report (id, adviser_id, month, township_id, status, deadline, submitted_at, late, submitted_by_id, times_returned)
         values (?, ?, ?, ?, 'APPROVED', ?, ?, ?, ?, ?)`,
        [randomUUID(), adviserId, ym, townshipId, `${ym}-28`, `${ym}-28T10:00:00+08:00`, month >= 9, adviserUser, month === 3 ? 2 : 0],
      );
    }
    // Monthly checks rated EXCELLENT, GOOD, POOR → (100 + 85 + 50) / 3 = 78.33; one highlight → 1 of 2.
    const checkIds: string[] = [];
    for (const [month, rating] of [
      ['2025-02', 'EXCELLENT'],
      ['2025-05', 'GOOD'],
      ['2025-08', 'POOR'],
    ] as const) {
      const id = randomUUID();
      checkIds.push(id);
      await sql(
        `insert into monthly_check (id, adviser_id, month, township_id, log_complete, training_on_track, notice_board_posted, cases_followed_up, rating, checked_by_id)
         values (?, ?, ?, ?, true, true, true, true, ?, ?)`,
        [id, adviserId, month, townshipId, rating, bureauUser],
      );
    }
    await sql(`insert into highlight (id, check_id, township_id, title, text) values (?, ?, ?, '亮点', '化解邻里纠纷')`, [
      randomUUID(),
      checkIds[0],
      townshipId,
    ]);

    // Cases in village 1: A (received May, closed June with a written agreement the adviser reviewed, confirmation
    // applied, a return visit made), B (received August, closed without agreement), C (received December, open).
    // Mediated 3 of 5, agreement share 1 of 2, reviewed 1/1, confirmations 1/1, return visits 1/1.
    const kase = async (seq: number, receivedOn: string, closedOn: string | null, status: string, closure: string | null) => {
      const id = randomUUID();
      await sql(
        `insert into mediation_case (id, county_id, township_id, village_id, year, seq, case_no, source, dispute_type, tier, status, received_on, closed_on, closure_reason)
         values (?, ?, ?, ?, 2025, ?, ?, 'APPLICATION', 'NEIGHBOUR', 'ORDINARY', ?, ?, ?, ?)`,
        [id, countyId, townshipId, villageId, seq, `（2025）交口调字第${seq}号`, status, receivedOn, closedOn, closure],
      );
      await sql('insert into case_adviser (id, case_id, adviser_id) values (?, ?, ?)', [randomUUID(), id, adviserId]);
      return id;
    };
    const a = await kase(1, '2025-05-06', '2025-06-01', 'AGREEMENT_REACHED', 'AGREEMENT_SIGNED');
    await kase(2, '2025-08-06', '2025-09-01', 'FAILED', 'FAILED');
    await kase(3, '2025-12-06', null, 'IN_MEDIATION', null);
    await sql(
      `insert into agreement (id, case_id, form, signed_at, review_status, reviewed_by_id, reviewed_at, confirmation_applied_on)
       values (?, ?, 'WRITTEN', '2025-06-01', 'APPROVED', ?, '2025-06-01T12:00:00+08:00', '2025-06-10')`,
      [randomUUID(), a, adviserUser],
    );
    await sql(
      `insert into return_visit (id, case_id, visited_on, carried_out, performance, recorded_by_id) values (?, ?, '2025-07-01', true, 'PERFORMED', ?)`,
      [randomUUID(), a, adviserUser],
    );

    // Consultations: 12 in the year (one in 2024 does not count) → 12 of 24.
    for (let n = 0; n <= 12; n++) {
      const month = n === 12 ? '2024-12' : `2025-${String(n + 1).padStart(2, '0')}`;
      await sql(
        `insert into work_log_entry (id, adviser_id, village_id, township_id, county_id, at, month, category, mode, person_served, matter, content, duration_min, created_by_id)
         values (?, ?, ?, ?, ?, ?, ?, 'CONSULTATION', 'OFFLINE', ?, ?, ?, 30, ?)`,
        [
          randomUUID(),
          adviserId,
          villageId,
          townshipId,
          countyId,
          `${month}-15T10:00:00+08:00`,
          month,
          `村民${CANARY}`,
          `咨询${CANARY}`,
          `解答${CANARY}`,
          adviserUser,
        ],
      );
    }

    // Zero reports: months without a case in a paired village: village 1 has 12 − 3 = 9, village 2 (Jul–Dec) 6 → 15.
    // Five made on time (by the 5th of the next month, Shanghai), one late (the 6th), one for a month with a case
    // (not due, not counted) → 5 of 15.
    const zero = (village: string, month: string, reportedAt: string) =>
      sql('insert into zero_report (id, village_id, month, reported_by_id, reported_at) values (?, ?, ?, ?, ?)', [
        randomUUID(),
        village,
        month,
        adviserUser,
        reportedAt,
      ]);
    await zero(villageId, '2025-01', '2025-02-05T23:30:00+08:00');
    await zero(villageId, '2025-02', '2025-03-01T10:00:00+08:00');
    await zero(villageId, '2025-03', '2025-04-06T00:10:00+08:00');
    await zero(villageId, '2025-05', '2025-06-02T10:00:00+08:00');
    await zero(secondVillageId, '2025-07', '2025-08-01T10:00:00+08:00');
    await zero(secondVillageId, '2025-08', '2025-09-03T10:00:00+08:00');
    await zero(secondVillageId, '2025-12', '2026-01-05T20:00:00+08:00');
  });
  afterAll(() => app.close());

  it('knows what of a year has fallen due', () => {
    expect(yearProgress(2025, '2026-03-10', 5)).toEqual({ year: 2025, quartersEnded: 4, monthsDue: 12, through: '2025-12-31' });
    expect(yearProgress(2026, '2026-03-10', 5)).toEqual({ year: 2026, quartersEnded: 0, monthsDue: 2, through: '2026-03-09' });
    expect(yearProgress(2026, '2026-04-01', 5)).toMatchObject({ quartersEnded: 1, monthsDue: 2 });
    expect(yearProgress(2026, '2026-04-06', 5)).toMatchObject({ quartersEnded: 1, monthsDue: 3 });
    expect(yearProgress(2027, '2026-04-06', 5)).toMatchObject({ quartersEnded: 0, monthsDue: 0 });
  });

  it('counts every indicator from the records, scores, totals and grades', async () => {
    const token = await app.login(county.bureau);
    const { data, errors } = await app.gql(ASSESSMENT, { year: 2025 }, token);
    expect(errors).toBeUndefined();
    const [result, ...others] = data.assessment.results;
    expect(others).toHaveLength(0);
    const figures = Object.fromEntries(
      result.indicators.map((i: { code: string; numerator: number; denominator: number; score: number | null }) => [
        i.code,
        [i.numerator, i.denominator, i.score],
      ]),
    );
    expect(figures).toEqual({
      TRAININGS_HELD: [4, 6, 66.67],
      REPORTS_ON_TIME: [8, 12, 66.67],
      REPORTS_NOT_RETURNED: [9, 10, 90],
      CHECK_RATINGS: [235, 3, 78.33],
      HIGHLIGHTS: [1, 0, 50],
      CASES_MEDIATED: [3, 0, 60],
      AGREEMENT_SHARE: [1, 2, 50],
      AGREEMENTS_REVIEWED: [1, 1, 100],
      CONFIRMATIONS: [1, 1, 100],
      RETURN_VISITS: [1, 1, 100],
      CONSULTATIONS: [12, 0, 50],
      ANNUAL_TRAINING: [1, 1, 100],
      ZERO_REPORTS_ON_TIME: [5, 15, 33.33],
    });
    // 66.67×.20 + 66.67×.15 + 90×.05 + 78.33×.15 + 50×.05 + 60×.05 + 50×.05 + 100×.05×4 + 50×.05 + 33.33×.05 = 71.75
    expect(result.total).toBe(71.75);
    expect(result.grade).toBe('BASIC_PASS');
    expect(result.townships).toEqual([{ id: county.townshipId }]);
    expect(data.assessment.gradeCounts).toEqual([
      { grade: 'EXCELLENT', count: 0 },
      { grade: 'PASS', count: 0 },
      { grade: 'BASIC_PASS', count: 1 },
      { grade: 'FAIL', count: 0 },
    ]);
    expect(data.assessment.through).toBe('2025-12-31');
  });

  it('marks an indicator with nothing to measure 不适用 and spreads its weight', async () => {
    const token = await app.login(county.bureau);
    const { data } = await app.gql(ASSESSMENT, { year: 2024 }, token);
    const [result] = data.assessment.results;
    const confirmations = result.indicators.find((i: { code: string }) => i.code === 'CONFIRMATIONS');
    expect(confirmations).toMatchObject({ applicable: false, score: null, numerator: 0, denominator: 0 });
  });

  it('costs the same number of statements for a county of one adviser and one of thirty', async () => {
    const small = await app.login(county.bureau);
    const large = await app.login('bureau');
    // The narrow selection and the console's (objection, townships' names, the county): each adviser of the demo
    // county has townships, villages and cases of their own, so a lookup per adviser would show as more statements.
    for (const query of [ASSESSMENT, CONSOLE_ASSESSMENT]) {
      await app.gql(query, { year: 2025 }, small);
      const one = await countQueries(() => app.gql(query, { year: 2025 }, small));
      const many = await countQueries(() => app.gql(query, { year: 2025 }, large));
      const results = (await app.gql(query, { year: 2025 }, large)).data.assessment.results as Array<{ townships: { id: string }[] }>;
      expect(results.length).toBeGreaterThan(10);
      expect(new Set(results.flatMap((r) => r.townships.map((t) => t.id))).size).toBeGreaterThan(1);
      expect(one.count).toBeGreaterThan(0);
      expect(many.count).toBe(one.count);
    }
  });

  it('shows the bureau every adviser, an office its township’s, an adviser their own, and nothing to others', async () => {
    const bureau = (await app.gql(ASSESSMENT, { year: 2025 }, await app.login('bureau'))).data.assessment.results;
    const office = (await app.gql(ASSESSMENT, { year: 2025 }, await app.login('office.tianning'))).data.assessment;
    const adviser = (await app.gql(ASSESSMENT, { year: 2025 }, await app.login('adviser.1'))).data.assessment;
    expect(office.results.length).toBeGreaterThan(0);
    expect(office.results.length).toBeLessThan(bureau.length);
    const tianning = office.results[0].townships.map((t: { id: string }) => t.id);
    for (const r of office.results) expect(r.townships.some((t: { id: string }) => tianning.includes(t.id))).toBe(true);
    expect(adviser.results).toHaveLength(1);
    // Grades are counted across the county whoever asks, so an office's view cannot be added up into a different total.
    expect(office.gradeCounts).toEqual(adviser.gradeCounts);
    for (const name of ['party.1', 'analyst']) {
      expect((await app.gql(ASSESSMENT, { year: 2025 }, await app.login(name))).errors?.[0]?.extensions?.code).toBe('FORBIDDEN');
    }
    const otherCounty = await app.gql(ASSESSMENT, { year: 2025, countyId: county.countyId }, await app.login('bureau'));
    expect(otherCounty.errors?.[0]?.extensions).toMatchObject({ code: 'BAD_USER_INPUT', field: 'countyId' });
  });
  describe('the records behind each indicator', () => {
    const records = async (indicator: string, token: string, vars: Record<string, unknown> = {}) =>
      app.gql(RECORDS, { year: 2025, adviserId: county.adviserId, indicator, ...vars }, token);

    it('lists, for every indicator, entries whose numerator and denominator counts are the figures', async () => {
      const token = await app.login(county.bureau);
      const { data } = await app.gql(ASSESSMENT, { year: 2025 }, token);
      for (const figure of data.assessment.results[0].indicators as { code: string; numerator: number; denominator: number }[]) {
        const answer = await records(figure.code, token);
        expect(answer.errors).toBeUndefined();
        expect(tally(figure.code, answer.data.assessmentIndicatorRecords)).toEqual([figure.code, figure.numerator, figure.denominator]);
        expect(JSON.stringify(answer)).not.toContain(CANARY);
      }
    });

    it('agrees with the figures of the demo county’s advisers too, whose records are many and varied', async () => {
      const token = await app.login('bureau');
      const { data } = await app.gql(ASSESSMENT, { year: 2025 }, token);
      type Figure = { code: string; numerator: number; denominator: number };
      for (const result of (data.assessment.results as { adviser: { id: string }; indicators: Figure[] }[]).slice(0, 4)) {
        for (const figure of result.indicators) {
          const answer = await app.gql(RECORDS, { year: 2025, adviserId: result.adviser.id, indicator: figure.code }, token);
          expect(tally(figure.code, answer.data.assessmentIndicatorRecords)).toEqual([figure.code, figure.numerator, figure.denominator]);
        }
      }
    });

    it('shows a missed training as a denominator-only slot without a record, and a case by its number', async () => {
      const token = await app.login(county.adviser);
      const trainings = (await records('TRAININGS_HELD', token)).data.assessmentIndicatorRecords as IndicatorRecord[];
      const missed = trainings.filter((r) => !r.inNumerator);
      expect(missed.map((r) => [r.period, r.label, r.recordId, r.inDenominator])).toEqual([
        ['2025-Q3', '水头村', null, true],
        ['2025-Q4', '石口村', null, true],
      ]);
      expect(trainings.filter((r) => r.inNumerator).every((r) => r.kind === 'VILLAGE_TRAINING' && r.recordId)).toBe(true);
      const share = (await records('AGREEMENT_SHARE', token)).data.assessmentIndicatorRecords as IndicatorRecord[];
      expect(share.map((r) => [r.kind, r.label, r.on, r.inNumerator])).toEqual([
        ['MEDIATION_CASE', '（2025）交口调字第1号', '2025-06-01', true],
        ['MEDIATION_CASE', '（2025）交口调字第2号', '2025-09-01', false],
      ]);
      const checks = (await records('CHECK_RATINGS', token)).data.assessmentIndicatorRecords as IndicatorRecord[];
      expect(checks.map((r) => [r.period, r.points])).toEqual([
        ['2025-02', 100],
        ['2025-05', 85],
        ['2025-08', 50],
      ]);
    });

    it('lets the county’s bureau and the adviser themselves in, and answers NOT_FOUND or FORBIDDEN to everyone else', async () => {
      expect((await records('CONSULTATIONS', await app.login(county.adviser))).errors).toBeUndefined();
      const otherBureau = await app.login('bureau');
      expect((await records('CONSULTATIONS', otherBureau)).errors?.[0]?.extensions?.code).toBe('NOT_FOUND');
      expect((await records('CONSULTATIONS', otherBureau, { countyId: county.countyId })).errors?.[0]?.extensions).toMatchObject({
        code: 'BAD_USER_INPUT',
        field: 'countyId',
      });
      for (const name of ['adviser.1', 'office.tianning']) {
        const answer = await records('CONSULTATIONS', await app.login(name));
        expect(answer.errors?.[0]?.extensions?.code).toBe('NOT_FOUND');
        expect(answer.data).toBeNull();
      }
      for (const name of ['party.1', 'analyst']) {
        expect((await records('CONSULTATIONS', await app.login(name))).errors?.[0]?.extensions?.code).toBe('FORBIDDEN');
      }
      const nonsense = await records('CONSULTATIONS', await app.login(county.bureau), { adviserId: 'not-an-id' });
      expect(nonsense.errors?.[0]?.extensions?.code).toBe('NOT_FOUND');
    });

    it('shows an office the records of its township’s advisers only, and an adviser only their own', async () => {
      const bureau = (await app.gql(ASSESSMENT, { year: 2025 }, await app.login('bureau'))).data.assessment.results as { adviser: { id: string } }[];
      const officeToken = await app.login('office.tianning');
      const office = (await app.gql(ASSESSMENT, { year: 2025 }, officeToken)).data.assessment.results as { adviser: { id: string } }[];
      const inside = office[0]!.adviser.id;
      const outside = bureau.find((r) => !office.some((o) => o.adviser.id === r.adviser.id))!.adviser.id;
      expect((await records('TRAININGS_HELD', officeToken, { adviserId: inside })).errors).toBeUndefined();
      expect((await records('TRAININGS_HELD', officeToken, { adviserId: outside })).errors?.[0]?.extensions?.code).toBe('NOT_FOUND');
      const adviserToken = await app.login('adviser.1');
      const own = (await app.gql(ASSESSMENT, { year: 2025 }, adviserToken)).data.assessment.results[0].adviser.id;
      expect((await records('TRAININGS_HELD', adviserToken, { adviserId: own })).errors).toBeUndefined();
      const someoneElse = bureau.find((r) => r.adviser.id !== own)!.adviser.id;
      expect((await records('TRAININGS_HELD', adviserToken, { adviserId: someoneElse })).errors?.[0]?.extensions?.code).toBe('NOT_FOUND');
    });

    it('marks a record openable only where the viewer reaches it: an office its own township’s', async () => {
      // 2024: the December consultation in 水头镇, and one given in another township of the county.
      const em = app.orm.em.fork();
      const other = await createRegion(em, {
        parentId: county.countyId,
        level: RegionLevel.TOWNSHIP,
        name: '石口镇',
        code: '141130101000',
        terrain: Terrain.MOUNTAIN,
      });
      const otherVillage = await createRegion(em, {
        parentId: other.id,
        level: RegionLevel.VILLAGE,
        name: '石口镇东村',
        code: '141130101201',
        kind: VillageKind.VILLAGE,
      });
      const [{ id: adviserUser }] = await em.execute<{ id: string }[]>('select id from app_user where username = ?', [county.adviser]);
      await em.execute(
        `insert into work_log_entry (id, adviser_id, village_id, township_id, county_id, at, month, category, mode, person_served, matter, content, duration_min, created_by_id)
         values (?, ?, ?, ?, ?, '2024-06-15T10:00:00+08:00', '2024-06', 'CONSULTATION', 'OFFLINE', '村民', '咨询', '解答', 30, ?)`,
        [randomUUID(), county.adviserId, otherVillage.id, other.id, county.countyId, adviserUser],
      );
      const office = em.create(User, {
        id: randomUUID(),
        username: 'office.shuitou',
        passwordHash: '!',
        role: Role.OFFICE_STAFF,
        displayName: '水头镇司法所',
        scopeRegion: em.getReference(Region, county.townshipId),
      } as unknown as User);
      await em.flush();
      const officeToken = await app.server.services.tokens.sign(office.id, office.role, 0);
      const openable = async (token: string) =>
        ((await records('CONSULTATIONS', token, { year: 2024 })).data.assessmentIndicatorRecords as IndicatorRecord[]).map((r) => [
          r.period,
          r.label,
          r.openable,
        ]);
      expect(await openable(officeToken)).toEqual([
        ['2024-06', '石口镇东村', false],
        ['2024-12', '水头村', true],
      ]);
      expect(await openable(await app.login(county.bureau))).toEqual([
        ['2024-06', '石口镇东村', true],
        ['2024-12', '水头村', true],
      ]);
      const trainings = (await records('TRAININGS_HELD', officeToken)).data.assessmentIndicatorRecords as IndicatorRecord[];
      expect(trainings.map((r) => r.openable)).toEqual(trainings.map((r) => r.recordId !== null));
    });

    it('costs the same number of statements whatever the indicator and however many records', async () => {
      const small = await app.login(county.bureau);
      const large = await app.login('bureau');
      const bureau = (await app.gql(ASSESSMENT, { year: 2025 }, large)).data.assessment.results as { adviser: { id: string } }[];
      await records('TRAININGS_HELD', small);
      const counts = [
        (await countQueries(() => records('TRAININGS_HELD', small))).count,
        (await countQueries(() => records('CONSULTATIONS', small))).count,
        (await countQueries(() => records('ZERO_REPORTS_ON_TIME', large, { adviserId: bureau[0]!.adviser.id }))).count,
      ];
      expect(counts[0]).toBeGreaterThan(0);
      expect(new Set(counts).size).toBe(1);
    });

    // Last: it publishes the fixture's year.
    it('lists the records as they are now once the year is published, while the figures stay frozen', async () => {
      const token = await app.login(county.bureau);
      const published = await app.gql(`mutation { publishAssessment(year: 2025) { status } }`, {}, token);
      expect(published.errors).toBeUndefined();
      const [{ id: adviserUser }] = await app.orm.em.fork().execute<{ id: string }[]>('select id from app_user where username = ?', [county.adviser]);
      await app.orm.em.fork().execute(
        `insert into work_log_entry (id, adviser_id, village_id, township_id, county_id, at, month, category, mode, person_served, matter, content, duration_min, created_by_id)
         values (?, ?, ?, ?, ?, '2025-12-20T10:00:00+08:00', '2025-12', 'CONSULTATION', 'OFFLINE', '村民', '咨询', '解答', 30, ?)`,
        [randomUUID(), county.adviserId, county.villageId, county.townshipId, county.countyId, adviserUser],
      );
      const { data } = await app.gql(ASSESSMENT, { year: 2025 }, token);
      const frozen = data.assessment.results[0].indicators.find((i: { code: string }) => i.code === 'CONSULTATIONS');
      expect(frozen.numerator).toBe(12);
      const live = (await records('CONSULTATIONS', token)).data.assessmentIndicatorRecords as IndicatorRecord[];
      expect(live.filter((r) => r.inNumerator)).toHaveLength(13);
      // What had fallen due is judged at publication: the trainings and months the frozen figures counted.
      expect(((await records('TRAININGS_HELD', token)).data.assessmentIndicatorRecords as IndicatorRecord[]).length).toBe(6);
    });
  });
});
