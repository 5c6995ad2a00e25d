import { expect } from '@jest/globals';
import { randomUUID } from 'node:crypto';
import { Gender, Profession } from '../src/modules/adviser/adviser.enums.js';
import { LegalAdviser } from '../src/modules/adviser/legal-adviser.entity.js';
import { RegionLevel, VillageKind } from '../src/modules/region/region.enums.js';
import { createRegion } from '../src/modules/region/region.service.js';
import type { TestApp } from './app.js';
import { addSecondCounty, type SecondCounty } from './second-county.js';

const RATE = `mutation($input: SubsidyRateInput!) { saveSubsidyRate(input: $input) { id effectiveFrom ordinaryFen version } }`;

export interface SubsidyCounty {
  county: SecondCounty;
  /** The bureau's token. */
  bureau: string;
  /** A second adviser of the county, paired with a second village of the township and sharing one case. */
  second: string;
  /** Case numbers by name: before16, shared, oral, noSession, notReviewed, noVisit, notPerformed, failed, june. */
  cases: Record<string, string>;
  caseIds: Record<string, string>;
}

/**
 * July 2026 in a county of its own (交口县): rates change on the 16th (ordinary cases 30,000 fen before, then
 * `lateOrdinaryFen`); cases whose files are complete, incomplete in each way, shared between two advisers, or settled
 * by an oral agreement; 12 consultations in an approved month (capped at 20,000 fen) and the second adviser's 3 in a
 * month not approved.
 */
export async function addSubsidyCounty(app: TestApp, { lateOrdinaryFen = 40_000 } = {}): Promise<SubsidyCounty> {
  const cases: Record<string, string> = {};
  const caseIds: Record<string, string> = {};
  const county = await addSecondCounty(app);
  const bureau = await app.login(county.bureau);
  const em = app.orm.em.fork();
  const [{ id: clerk }] = await em.execute<{ id: string }[]>('select id from app_user where username = ?', [county.adviser]);
  const second = randomUUID();
  await em.insert(LegalAdviser, {
    id: second,
    county: county.countyId,
    name: '交口顾问乙',
    gender: Gender.MALE,
    phone: '13900001131',
    profession: Profession.LAWYER,
    licenceNo: '11411302026000002',
    version: 1,
    createdAt: new Date(),
  });
  const village2 = await createRegion(em, {
    parentId: county.townshipId,
    level: RegionLevel.VILLAGE,
    name: '石口村',
    code: '141130100202',
    kind: VillageKind.VILLAGE,
  });
  await em.execute(`insert into pairing (id, adviser_id, village_id, valid_from) values (?, ?, ?, '2020-01-01')`, [
    randomUUID(),
    second,
    village2.id,
  ]);

  const sql = (text: string, params: unknown[]) => em.execute(text, params);
  let seq = 0;
  /** A case of the village closed on `closedOn`, with the parts of its file named in `file`. */
  const kase = async (
    name: string,
    closedOn: string,
    tier: string,
    file: { agreement?: 'WRITTEN' | 'ORAL'; session?: boolean; reviewed?: boolean; visit?: boolean; performed?: boolean; advisers?: string[] },
  ) => {
    const id = randomUUID();
    seq += 1;
    await sql(
      `insert into mediation_case (id, county_id, township_id, village_id, year, seq, case_no, source, dispute_type, tier, status, received_on, closed_on, closure_reason)
       values (?, ?, ?, ?, 2026, ?, ?, 'APPLICATION', 'NEIGHBOUR', ?, ?, '2026-06-01', ?, ?)`,
      [
        id,
        county.countyId,
        county.townshipId,
        county.villageId,
        seq,
        `（2026）交口调字第${seq}号`,
        tier,
        file.agreement ? 'AGREEMENT_REACHED' : 'FAILED',
        closedOn,
        file.agreement ? 'AGREEMENT_SIGNED' : 'FAILED',
      ],
    );
    for (const adviser of file.advisers ?? [county.adviserId]) {
      await sql('insert into case_adviser (id, case_id, adviser_id) values (?, ?, ?)', [randomUUID(), id, adviser]);
    }
    if (file.session) {
      await sql(
        `insert into mediation_session (id, case_id, at, place, mode, participants) values (?, ?, '2026-06-10T10:00:00+08:00', '调解室', 'OFFLINE', '双方')`,
        [randomUUID(), id],
      );
    }
    if (file.agreement) {
      await sql(`insert into agreement (id, case_id, form, signed_at, review_status, performance) values (?, ?, ?, ?, ?, ?)`, [
        randomUUID(),
        id,
        file.agreement,
        closedOn,
        file.reviewed ? 'APPROVED' : 'PENDING',
        file.performed ? 'PERFORMED' : 'PENDING',
      ]);
    }
    if (file.visit) {
      await sql(`insert into return_visit (id, case_id, visited_on, carried_out, performance, recorded_by_id) values (?, ?, ?, true, ?, ?)`, [
        randomUUID(),
        id,
        closedOn,
        file.performed ? 'PERFORMED' : 'NOT_PERFORMED',
        clerk,
      ]);
    }
    cases[name] = `（2026）交口调字第${seq}号`;
    caseIds[name] = id;
    return id;
  };
  const complete = { agreement: 'WRITTEN' as const, session: true, reviewed: true, visit: true, performed: true };
  await kase('before16', '2026-07-10', 'ORDINARY', complete);
  await kase('shared', '2026-07-20', 'ORDINARY', { ...complete, advisers: [county.adviserId, second] });
  await kase('oral', '2026-07-05', 'DIFFICULT', { ...complete, agreement: 'ORAL' });
  await kase('noSession', '2026-07-06', 'ORDINARY', { ...complete, session: false });
  await kase('notReviewed', '2026-07-07', 'ORDINARY', { ...complete, reviewed: false });
  await kase('noVisit', '2026-07-08', 'ORDINARY', { ...complete, visit: false });
  await kase('notPerformed', '2026-07-09', 'ORDINARY', { ...complete, performed: false });
  await kase('failed', '2026-07-11', 'ORDINARY', {});
  await kase('june', '2026-06-30', 'ORDINARY', complete);

  // Consultations: 12 in July in an approved work log (12 × 20 元 = 240 元, capped at 200 元); the second adviser's 3
  // in a month still submitted, not approved.
  const consult = async (adviser: string, n: number) => {
    const village = adviser === second ? village2.id : county.villageId;
    for (let i = 0; i < n; i++) {
      await sql(
        `insert into work_log_entry (id, adviser_id, village_id, township_id, county_id, at, month, category, mode, person_served, matter, content, duration_min, created_by_id)
         values (?, ?, ?, ?, ?, ?, '2026-07', 'CONSULTATION', 'OFFLINE', '村民', '咨询', '解答', 30, ?)`,
        [randomUUID(), adviser, village, county.townshipId, county.countyId, `2026-07-${String(i + 1).padStart(2, '0')}T10:00:00+08:00`, clerk],
      );
    }
  };
  await consult(county.adviserId, 12);
  await consult(second, 3);
  for (const [adviser, status] of [
    [county.adviserId, 'APPROVED'],
    [second, 'SUBMITTED'],
  ] as const) {
    await sql(
      `insert into monthly_report (id, adviser_id, month, township_id, status, deadline, submitted_at, submitted_by_id)
       values (?, ?, '2026-07', ?, ?, '2026-08-05', '2026-08-01T10:00:00+08:00', ?)`,
      [randomUUID(), adviser, county.townshipId, status, clerk],
    );
  }
  const rate = (effectiveFrom: string, ordinaryFen: number) => ({
    effectiveFrom,
    ordinaryFen,
    difficultFen: 50_000,
    majorFen: 80_000,
    consultationFen: 2_000,
    consultationMonthlyCapFen: 20_000,
    version: 0,
  });
  for (const input of [rate('2026-01-01', 30_000), rate('2026-07-16', lateOrdinaryFen)]) {
    const saved = await app.gql(RATE, { input }, bureau);
    expect(saved.errors).toBeUndefined();
  }
  return { county, bureau, second, cases, caseIds };
}
