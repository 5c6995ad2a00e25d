import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import { randomUUID } from 'node:crypto';
import { countQueries, startTestApp, type TestApp } from '../../../test/app.js';
import type { SecondCounty } from '../../../test/second-county.js';
import { addSubsidyCounty } from '../../../test/subsidy-fixture.js';
import { AuditEvent } from '../audit/audit-event.entity.js';
import { SubsidyClaim, SubsidyStatement } from './subsidy.entities.js';

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
  let cases: Record<string, string>;
  beforeAll(async () => {
    app = await startTestApp({}, { at: '2026-08-10T10:00:00+08:00' });
    ({ county, bureau, second, cases } = await addSubsidyCounty(app));
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
