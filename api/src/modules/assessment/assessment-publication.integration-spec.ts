import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import { DEMO_PASSWORD } from '@fengqiao/seeds';
import { randomUUID } from 'node:crypto';
import { startTestApp, type TestApp } from '../../../test/app.js';
import { addSecondCounty, type SecondCounty } from '../../../test/second-county.js';
import { Role } from '../../common/access/role.js';
import { hashPassword } from '../../common/auth/password.js';
import { AuditEvent } from '../audit/audit-event.entity.js';
import { Gender, Profession } from '../adviser/adviser.enums.js';
import { LegalAdviser } from '../adviser/legal-adviser.entity.js';
import { RegionLevel, VillageKind } from '../region/region.enums.js';
import { createRegion } from '../region/region.service.js';
import { User } from '../user/user.entity.js';
import { defaultIndicators } from './assessment.service.js';
import { ASSESSMENT_OBJECTION_DECIDED, ASSESSMENT_PUBLISHED } from './assessment-publication.service.js';

const RESULTS = `results { id adviser { id name } total computedTotal adjustmentPoints grade cappedFromExcellent exemptFromCap
  objection { id status version } indicators { code numerator denominator } }`;
const ASSESSMENT = `query($year: Int!) { assessment(year: $year) { status publishedAt objectionsUntil closedEarlyReason excellentAllowed capBites
  gradeCounts { grade count } ${RESULTS} } }`;
const PUBLISH = `mutation($year: Int!, $reason: String) { publishAssessment(year: $year, closeEarlyReason: $reason) { status objectionsUntil ${RESULTS} } }`;
const SAVE = `mutation($input: SaveAssessmentSchemeInput!) { saveAssessmentScheme(input: $input) { version } }`;
const OBJECT = `mutation($id: ID!, $reason: String!) { raiseAssessmentObjection(resultId: $id, reason: $reason) { id status version } }`;
const DECIDE = `mutation($id: ID!, $input: DecideObjectionInput!) { decideAssessmentObjection(id: $id, input: $input) {
  id status decisionReason adjustmentPoints version } }`;

interface Result {
  id: string;
  adviser: { id: string; name: string };
  total: number;
  computedTotal: number;
  adjustmentPoints: number;
  grade: string;
  cappedFromExcellent: boolean;
  exemptFromCap: boolean;
  objection: { id: string; status: string; version: number } | null;
}

/**
 * A small county whose 2025 differs only in village trainings held (4, 4, 4, 2 of 4 quarters, and the county's own
 * adviser none), assessed with low thresholds and a 40% cap so that the cap bites: the scheme's other applicable
 * indicators (work logs, zero reports, counts) score 0 for all, so totals are 36.36, 18.18 and 0.
 */
describe('publishing an assessment year, and objections', () => {
  let app: TestApp;
  let county: SecondCounty;
  let bureau: string;
  const advisers: Record<string, { id: string; username: string }> = {};
  beforeAll(async () => {
    app = await startTestApp({}, { at: '2026-03-10T10:00:00+08:00' });
    county = await addSecondCounty(app);
    const em = app.orm.em.fork();
    const [{ id: bureauUser }] = await em.execute<{ id: string }[]>('select id from app_user where username = ?', [county.bureau]);
    const passwordHash = await hashPassword(DEMO_PASSWORD);
    for (const [n, held] of [
      ['a', 4],
      ['b', 4],
      ['c', 4],
      ['d', 2],
    ] as const) {
      const village = await createRegion(em, {
        parentId: county.townshipId,
        level: RegionLevel.VILLAGE,
        name: `${n}村`,
        code: `14113010030${['a', 'b', 'c', 'd'].indexOf(n) + 1}`,
        kind: VillageKind.VILLAGE,
      });
      // Ids in the order a < b < c, so the cap's tie break (by id) is known.
      const id = `00000000-0000-4000-8000-00000000000${['a', 'b', 'c', 'd'].indexOf(n) + 1}`;
      await em.insert(LegalAdviser, {
        id,
        county: county.countyId,
        name: `顾问${n}`,
        gender: Gender.MALE,
        phone: `1390000114${['a', 'b', 'c', 'd'].indexOf(n)}`,
        profession: Profession.LAWYER,
        licenceNo: `1141130202600010${['a', 'b', 'c', 'd'].indexOf(n)}`,
        version: 1,
        createdAt: new Date(),
      });
      await em.execute(`insert into pairing (id, adviser_id, village_id, valid_from) values (?, ?, ?, '2020-01-01')`, [randomUUID(), id, village.id]);
      for (let quarter = 1; quarter <= held; quarter++) {
        await em.execute(
          `insert into training (id, kind, county_id, township_id, village_id, adviser_id, title, topics, at, year, quarter, venue, mode, created_by_id)
           values (?, 'VILLAGE_QUARTERLY', ?, ?, ?, ?, '培训', '["ETHICS"]', ?, 2025, ?, '村委会', 'OFFLINE', ?)`,
          [
            randomUUID(),
            county.countyId,
            county.townshipId,
            village.id,
            id,
            `2025-${String(quarter * 3 - 1).padStart(2, '0')}-10T10:00:00+08:00`,
            quarter,
            bureauUser,
          ],
        );
      }
      const username = `adviser.jiaokou.${n}`;
      await em.insert(User, {
        id: randomUUID(),
        username,
        passwordHash,
        role: Role.ADVISER,
        displayName: `顾问${n}`,
        adviser: id,
        createdAt: new Date(),
        updatedAt: new Date(),
      });
      advisers[n] = { id, username };
    }
    bureau = await app.login(county.bureau);
    const saved = await app.gql(
      SAVE,
      {
        input: {
          year: 2025,
          indicators: defaultIndicators(),
          thresholds: { excellent: 30, pass: 20, basicPass: 10 },
          excellentCapPercent: 40,
          ratingScores: { excellent: 100, good: 85, fair: 70, poor: 50 },
          objectionDays: 10,
          version: 0,
        },
      },
      bureau,
    );
    expect(saved.errors).toBeUndefined();
  });
  afterAll(() => app.close());

  const byAdviser = (results: Result[]) => Object.fromEntries(results.map((r) => [r.adviser.id, r]));

  it('computes the draft live, with the cap biting on ties by id', async () => {
    const { data, errors } = await app.gql(ASSESSMENT, { year: 2025 }, bureau);
    expect(errors).toBeUndefined();
    expect(data.assessment).toMatchObject({ status: 'DRAFT', publishedAt: null, excellentAllowed: 2, capBites: true });
    const r = byAdviser(data.assessment.results);
    expect([r[advisers.a!.id]!.grade, r[advisers.b!.id]!.grade, r[advisers.c!.id]!.grade]).toEqual(['EXCELLENT', 'EXCELLENT', 'PASS']);
    expect(r[advisers.c!.id]).toMatchObject({ total: 36.36, cappedFromExcellent: true });
    expect(r[advisers.d!.id]).toMatchObject({ total: 18.18, grade: 'BASIC_PASS' });
    expect(r[county.adviserId]).toMatchObject({ total: 0, grade: 'FAIL' });
  });

  it('refuses to publish a year that has not ended without a reason', async () => {
    const { errors } = await app.gql(PUBLISH, { year: 2026 }, bureau);
    expect(errors?.[0]?.extensions).toMatchObject({ code: 'BAD_USER_INPUT', field: 'closeEarlyReason' });
    expect(await app.orm.em.fork().count(AuditEvent, { action: ASSESSMENT_PUBLISHED })).toBe(0);
  });

  it('publishes once: the results are frozen, later records do not move them, and a second publication is CONFLICT', async () => {
    const published = await app.gql(PUBLISH, { year: 2025 }, bureau);
    expect(published.errors).toBeUndefined();
    expect(published.data.publishAssessment).toMatchObject({ status: 'PUBLISHED', objectionsUntil: '2026-03-20' });
    const before = byAdviser(published.data.publishAssessment.results);

    // A training recorded afterwards for adviser d's village: the draft would now give d 27.27; the snapshot stands.
    const em = app.orm.em.fork();
    const [{ village_id: villageD }] = await em.execute<{ village_id: string }[]>('select village_id from pairing where adviser_id = ?', [
      advisers.d!.id,
    ]);
    const [{ id: clerk }] = await em.execute<{ id: string }[]>('select id from app_user where username = ?', [county.bureau]);
    await em.execute(
      `insert into training (id, kind, county_id, township_id, village_id, adviser_id, title, topics, at, year, quarter, venue, mode, created_by_id)
       values (?, 'VILLAGE_QUARTERLY', ?, ?, ?, ?, '补录培训', '["ETHICS"]', '2025-08-10T10:00:00+08:00', 2025, 3, '村委会', 'OFFLINE', ?)`,
      [randomUUID(), county.countyId, county.townshipId, villageD, advisers.d!.id, clerk],
    );
    const [{ n }] = await em.execute<{ n: number }[]>('select count(*)::int as n from training where adviser_id = ?', [advisers.d!.id]);
    expect(n).toBe(3);
    const after = byAdviser((await app.gql(ASSESSMENT, { year: 2025 }, bureau)).data.assessment.results);
    expect(after[advisers.d!.id]).toMatchObject({ total: 18.18, grade: 'BASIC_PASS' });
    expect(after).toEqual(before);

    const again = await app.gql(PUBLISH, { year: 2025 }, bureau);
    expect(again.errors?.[0]?.extensions).toMatchObject({ code: 'CONFLICT', reason: 'ASSESSMENT_PUBLISHED' });
  });

  it('lets one of two racing publications of a year win', async () => {
    const reason = '县局统一提前考核';
    const results = await Promise.all([app.gql(PUBLISH, { year: 2026, reason }, bureau), app.gql(PUBLISH, { year: 2026, reason }, bureau)]);
    expect(results.map((r) => r.errors?.[0]?.extensions?.code ?? 'OK').sort()).toEqual(['CONFLICT', 'OK']);
    expect(await app.orm.em.fork().count(AuditEvent, { action: ASSESSMENT_PUBLISHED })).toBe(2);
  });

  it('takes one objection from an adviser about their own result, and an upheld one re-grades that adviser alone', async () => {
    const c = await app.login(advisers.c!.username);
    const own = (await app.gql(ASSESSMENT, { year: 2025 }, c)).data.assessment.results as Result[];
    expect(own.map((r) => r.adviser.id)).toEqual([advisers.c!.id]);
    const resultC = own[0]!;
    const others = byAdviser((await app.gql(ASSESSMENT, { year: 2025 }, bureau)).data.assessment.results);

    // Someone else's result is not found; one's own takes one objection.
    const a = await app.login(advisers.a!.username);
    expect((await app.gql(OBJECT, { id: resultC.id, reason: '不服' }, a)).errors?.[0]?.extensions?.code).toBe('NOT_FOUND');
    expect((await app.gql(OBJECT, { id: resultC.id, reason: '  ' }, c)).errors?.[0]?.extensions).toMatchObject({
      code: 'BAD_USER_INPUT',
      field: 'reason',
    });
    const raised = await app.gql(OBJECT, { id: resultC.id, reason: '与顾问a同分，应同为优秀' }, c);
    expect(raised.data.raiseAssessmentObjection).toMatchObject({ status: 'OPEN' });
    expect((await app.gql(OBJECT, { id: resultC.id, reason: '再次异议' }, c)).errors?.[0]?.extensions).toMatchObject({
      code: 'CONFLICT',
      reason: 'OBJECTION_EXISTS',
    });
    expect(
      (await app.gql(DECIDE, { id: raised.data.raiseAssessmentObjection.id, input: { uphold: true, reason: 'x', version: 1 } }, c)).errors?.[0]
        ?.extensions?.code,
    ).toBe('FORBIDDEN');

    const objectionId = raised.data.raiseAssessmentObjection.id;
    const rejectWithPoints = await app.gql(
      DECIDE,
      { id: objectionId, input: { uphold: false, reason: '不成立', adjustmentPoints: 2, version: 1 } },
      bureau,
    );
    expect(rejectWithPoints.errors?.[0]?.extensions).toMatchObject({ code: 'BAD_USER_INPUT', field: 'adjustmentPoints' });
    const upheld = await app.gql(DECIDE, { id: objectionId, input: { uphold: true, reason: '同分并列，维持优秀', version: 1 } }, bureau);
    expect(upheld.data.decideAssessmentObjection).toMatchObject({ status: 'UPHELD', decisionReason: '同分并列，维持优秀', adjustmentPoints: 0 });
    const twice = await app.gql(
      DECIDE,
      { id: objectionId, input: { uphold: false, reason: '改判', version: upheld.data.decideAssessmentObjection.version } },
      bureau,
    );
    expect(twice.errors?.[0]?.extensions).toMatchObject({ code: 'CONFLICT', reason: 'OBJECTION_DECIDED' });

    const now = byAdviser((await app.gql(ASSESSMENT, { year: 2025 }, bureau)).data.assessment.results);
    expect(now[advisers.c!.id]).toMatchObject({
      grade: 'EXCELLENT',
      exemptFromCap: true,
      cappedFromExcellent: false,
      objection: { status: 'UPHELD' },
    });
    for (const id of [advisers.a!.id, advisers.b!.id, advisers.d!.id, county.adviserId]) {
      expect({ ...now[id], objection: null }).toEqual({ ...others[id], objection: null });
    }
    const events = await app.orm.em.fork().find(AuditEvent, { action: ASSESSMENT_OBJECTION_DECIDED });
    expect(events.map((e) => e.details)).toEqual([{ year: 2025, upheld: true, adjustmentPoints: 0 }]);
  });

  it('adds points when upholding with an adjustment, and closes objections when the window ends', async () => {
    const d = await app.login(advisers.d!.username);
    const resultD = ((await app.gql(ASSESSMENT, { year: 2025 }, d)).data.assessment.results as Result[])[0]!;
    const raised = await app.gql(OBJECT, { id: resultD.id, reason: '第三季度培训漏录' }, d);
    const upheld = await app.gql(
      DECIDE,
      { id: raised.data.raiseAssessmentObjection.id, input: { uphold: true, reason: '补录后加分', adjustmentPoints: 9.09, version: 1 } },
      bureau,
    );
    expect(upheld.errors).toBeUndefined();
    const now = byAdviser((await app.gql(ASSESSMENT, { year: 2025 }, bureau)).data.assessment.results);
    expect(now[advisers.d!.id]).toMatchObject({ computedTotal: 18.18, adjustmentPoints: 9.09, total: 27.27, grade: 'PASS' });

    app.clock.advance(11 * 86_400_000);
    const b = await app.login(advisers.b!.username);
    const resultB = ((await app.gql(ASSESSMENT, { year: 2025 }, b)).data.assessment.results as Result[])[0]!;
    const late = await app.gql(OBJECT, { id: resultB.id, reason: '逾期异议' }, b);
    expect(late.errors?.[0]?.extensions).toMatchObject({ code: 'CONFLICT', reason: 'OBJECTION_WINDOW_CLOSED' });
  });
});
