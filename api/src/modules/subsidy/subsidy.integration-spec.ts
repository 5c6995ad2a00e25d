import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import { randomUUID } from 'node:crypto';
import { countQueries, startTestApp, type TestApp } from '../../../test/app.js';
import { addSecondCounty, type SecondCounty } from '../../../test/second-county.js';
import { Gender, Profession } from '../adviser/adviser.enums.js';
import { LegalAdviser } from '../adviser/legal-adviser.entity.js';
import { AuditEvent } from '../audit/audit-event.entity.js';
import { RegionLevel, VillageKind } from '../region/region.enums.js';
import { createRegion } from '../region/region.service.js';
import { SubsidyClaim, SubsidyStatement } from './subsidy.entities.js';

const RATE = `mutation($input: SubsidyRateInput!) { saveSubsidyRate(input: $input) { id effectiveFrom ordinaryFen version } }`;
const LINES = 'lines { kind caseId caseNo tier closedOn month count amountFen reason }';
const STATEMENTS = `query($period: String!) { subsidyStatements(period: $period) { id status totalFen version adviser { id } ${LINES} } }`;
const CONFIRM = `mutation($adviserId: ID!, $period: String!) { confirmSubsidyStatement(adviserId: $adviserId, period: $period) {
  id status totalFen version ${LINES} } }`;
const PAID = `mutation($id: ID!, $input: MarkPaidInput!) { markSubsidyStatementPaid(id: $id, input: $input) { id status paidOn voucherNo version } }`;

type Line = { caseNo: string | null; month: string | null; amountFen: number; reason: string | null; count: number; kind: string };

/**
 * July 2026 in a county of its own: rates change on the 16th; cases whose files are complete, incomplete in each way,
 * shared between two advisers, or settled by an oral agreement; consultations in an approved month (capped) and in
 * one that is not. The clock stands in August, so July can be confirmed.
 */
describe('subsidy statements', () => {
  let app: TestApp;
  let county: SecondCounty;
  let bureau: string;
  let second: string;
  const cases: Record<string, string> = {};
  beforeAll(async () => {
    app = await startTestApp({}, { at: '2026-08-10T10:00:00+08:00' });
    county = await addSecondCounty(app);
    bureau = await app.login(county.bureau);
    const em = app.orm.em.fork();
    const [{ id: clerk }] = await em.execute<{ id: string }[]>('select id from app_user where username = ?', [county.adviser]);
    second = randomUUID();
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
    for (const input of [rate('2026-01-01', 30_000), rate('2026-07-16', 40_000)]) {
      const saved = await app.gql(RATE, { input }, bureau);
      expect(saved.errors).toBeUndefined();
    }
  });
  afterAll(() => app.close());

  const byCase = (lines: Line[]) => Object.fromEntries(lines.filter((l) => l.caseNo).map((l) => [l.caseNo, l]));

  it('drafts every adviser’s lines: the rate on the closing date, splits, oral agreements, and each reason a case does not qualify', async () => {
    const { data, errors } = await app.gql(STATEMENTS, { period: '2026-07' }, bureau);
    expect(errors).toBeUndefined();
    const mine = data.subsidyStatements.find((s: { adviser: { id: string } }) => s.adviser.id === county.adviserId);
    const lines = byCase(mine.lines);
    expect(lines[cases.before16!]).toMatchObject({ amountFen: 30_000, reason: null });
    expect(lines[cases.shared!]).toMatchObject({ amountFen: 20_000, reason: null });
    expect(lines[cases.oral!]).toMatchObject({ amountFen: 50_000, reason: null });
    expect(lines[cases.noSession!]).toMatchObject({ amountFen: 0, reason: 'NO_SESSION_RECORD' });
    expect(lines[cases.notReviewed!]).toMatchObject({ amountFen: 0, reason: 'NOT_REVIEWED' });
    expect(lines[cases.noVisit!]).toMatchObject({ amountFen: 0, reason: 'NO_RETURN_VISIT' });
    expect(lines[cases.notPerformed!]).toMatchObject({ amountFen: 0, reason: 'NOT_PERFORMED' });
    expect(lines[cases.failed!]).toMatchObject({ amountFen: 0, reason: 'NO_AGREEMENT' });
    // June's case was never paid and qualifies: it is carried into July's draft rather than lost.
    expect(lines[cases.june!]).toMatchObject({ amountFen: 30_000, reason: null });
    const consultation = mine.lines.find((l: Line) => l.kind === 'CONSULTATION');
    expect(consultation).toMatchObject({ month: '2026-07', count: 12, amountFen: 20_000, reason: null });
    const total = mine.lines.reduce((sum: number, l: Line) => sum + l.amountFen, 0);
    expect(mine).toMatchObject({ status: 'DRAFT', id: null, totalFen: total });

    const theirs = data.subsidyStatements.find((s: { adviser: { id: string } }) => s.adviser.id === second);
    expect(byCase(theirs.lines)[cases.shared!]).toMatchObject({ amountFen: 20_000 });
    expect(theirs.lines.find((l: Line) => l.kind === 'CONSULTATION')).toMatchObject({ count: 3, amountFen: 0, reason: 'MONTH_NOT_APPROVED' });
  });

  it('costs the same number of statements for a period with one adviser’s lines and one with two', async () => {
    const june = await countQueries(() => app.gql(STATEMENTS, { period: '2026-06' }, bureau));
    const july = await countQueries(() => app.gql(STATEMENTS, { period: '2026-07' }, bureau));
    expect((await app.gql(STATEMENTS, { period: '2026-06' }, bureau)).data.subsidyStatements).toHaveLength(1);
    expect((await app.gql(STATEMENTS, { period: '2026-07' }, bureau)).data.subsidyStatements).toHaveLength(2);
    expect(june.count).toBeGreaterThan(0);
    expect(july.count).toBe(june.count);
  });

  it('confirms once, freezing the lines and paying each line once, also when two confirmations race', async () => {
    const results = await Promise.all([
      app.gql(CONFIRM, { adviserId: county.adviserId, period: '2026-07' }, bureau),
      app.gql(CONFIRM, { adviserId: county.adviserId, period: '2026-07' }, bureau),
    ]);
    expect(results.map((r) => r.errors?.[0]?.extensions?.code ?? 'OK').sort()).toEqual(['CONFLICT', 'OK']);
    const confirmed = results.find((r) => !r.errors)!.data.confirmSubsidyStatement;
    expect(confirmed.status).toBe('CONFIRMED');
    const paying = confirmed.lines.filter((l: Line) => l.reason === null);
    const em = app.orm.em.fork();
    // The county's own (the demo county has a paid statement of its own).
    expect(await em.count(SubsidyStatement, { county: county.countyId })).toBe(1);
    expect(await em.count(SubsidyClaim, { statement: { county: county.countyId } })).toBe(paying.length);
    // Money is exact: the total is the sum of the lines is the database's sum.
    const [{ sum }] = await em.execute<{ sum: string }[]>(
      'select sum(l.amount_fen)::text as sum from subsidy_line l join subsidy_statement s on s.id = l.statement_id where s.county_id = ?',
      [county.countyId],
    );
    expect(confirmed.totalFen).toBe(paying.reduce((s: number, l: Line) => s + l.amountFen, 0));
    expect(Number(sum)).toBe(confirmed.totalFen);
    // 30,000 + 20,000 + 50,000 + June's carried-over 30,000 + 20,000 of consultations.
    expect(confirmed.totalFen).toBe(150_000);
    expect(byCase(confirmed.lines)[cases.june!]).toMatchObject({ amountFen: 30_000, closedOn: '2026-06-30' });
  });

  it('shows a paid case as paid in the next period, and lets a case that qualifies later into the next draft', async () => {
    // The missing return visit is made in August: the July case now qualifies, and is carried into August's draft.
    const em = app.orm.em.fork();
    const [{ id: caseId }] = await em.execute<{ id: string }[]>('select id from mediation_case where case_no = ?', [cases.noVisit]);
    const [{ id: clerk }] = await em.execute<{ id: string }[]>('select id from app_user where username = ?', [county.adviser]);
    await em.execute(
      `insert into return_visit (id, case_id, visited_on, carried_out, performance, recorded_by_id) values (?, ?, '2026-08-05', true, 'PERFORMED', ?)`,
      [randomUUID(), caseId, clerk],
    );
    const august = (await app.gql(STATEMENTS, { period: '2026-08' }, bureau)).data.subsidyStatements;
    const mine = august.find((s: { adviser: { id: string } }) => s.adviser.id === county.adviserId);
    expect(mine.lines.map((l: Line) => [l.caseNo, l.amountFen])).toEqual([[cases.noVisit, 30_000]]);
  });

  it('marks a confirmed statement paid once, with a voucher', async () => {
    const [statement] = (await app.gql(STATEMENTS, { period: '2026-07' }, bureau)).data.subsidyStatements.filter((s: { id: string | null }) => s.id);
    const bad = await app.gql(PAID, { id: statement.id, input: { paidOn: '2026-09-01', voucherNo: 'X1', version: statement.version } }, bureau);
    expect(bad.errors?.[0]?.extensions).toMatchObject({ code: 'BAD_USER_INPUT', field: 'paidOn' });
    const paid = await app.gql(PAID, { id: statement.id, input: { paidOn: '2026-08-09', voucherNo: '记-0815', version: statement.version } }, bureau);
    expect(paid.data.markSubsidyStatementPaid).toMatchObject({ status: 'PAID', paidOn: '2026-08-09', voucherNo: '记-0815' });
    const again = await app.gql(
      PAID,
      { id: statement.id, input: { paidOn: '2026-08-09', voucherNo: '记-0816', version: paid.data.markSubsidyStatementPaid.version } },
      bureau,
    );
    expect(again.errors?.[0]?.extensions).toMatchObject({ code: 'CONFLICT', reason: 'STATEMENT_PAID' });
    expect(await app.orm.em.fork().count(AuditEvent, { action: { $like: 'SUBSIDY_%' } })).toBe(4);
  });

  it('shows an adviser only their own statement, refuses parties and analysts, and keeps confirming to the bureau', async () => {
    const adviser = await app.login(county.adviser);
    const own = (await app.gql(STATEMENTS, { period: '2026-07' }, adviser)).data.subsidyStatements;
    expect(own.map((s: { adviser: { id: string } }) => s.adviser.id)).toEqual([county.adviserId]);
    expect((await app.gql(CONFIRM, { adviserId: second, period: '2026-07' }, adviser)).errors?.[0]?.extensions?.code).toBe('FORBIDDEN');
    for (const name of ['party.1', 'analyst']) {
      expect((await app.gql(STATEMENTS, { period: '2026-07' }, await app.login(name))).errors?.[0]?.extensions?.code).toBe('FORBIDDEN');
    }
    expect((await app.gql(STATEMENTS, { period: '2026-13' }, bureau)).errors?.[0]?.extensions).toMatchObject({
      code: 'BAD_USER_INPUT',
      field: 'period',
    });
    expect((await app.gql(CONFIRM, { adviserId: second, period: '2026-08' }, bureau)).errors?.[0]?.extensions).toMatchObject({
      code: 'BAD_USER_INPUT',
      field: 'period',
    });
  });
});
