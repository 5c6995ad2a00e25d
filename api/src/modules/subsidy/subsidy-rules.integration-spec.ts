import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import { randomUUID } from 'node:crypto';
import { countQueries, startTestApp, type TestApp } from '../../../test/app.js';
import { addSubsidyCounty, type SubsidyCounty } from '../../../test/subsidy-fixture.js';
import { AuditEvent } from '../audit/audit-event.entity.js';
import { applyFactor } from './money.js';
import { SubsidyClaim, SubsidyLine, SubsidyStatement } from './subsidy.entities.js';

const LINES = 'lines { kind caseId caseNo tier closedOn month count amountFen reason note }';
const VIEW = `id period status totalFen version adviser { id } ${LINES}`;
const DRAFT = `query($period: String!, $regionId: ID) { draftSubsidyStatement(period: $period, regionId: $regionId) { ${VIEW} } }`;
const STATEMENTS = `query($period: String!) { subsidyStatements(period: $period) { ${VIEW} } }`;
const CONFIRM = `mutation($adviserId: ID!, $period: String!) { confirmSubsidyStatement(adviserId: $adviserId, period: $period) { ${VIEW} } }`;
const LEAD = `mutation($caseId: ID!, $adviserId: ID) { setCaseLeadAdviser(caseId: $caseId, adviserId: $adviserId) }`;
const SETTINGS = `query { subsidySettings { countyId caseSplit version } }`;
const SAVE_SETTINGS = `mutation($input: SubsidySettingsInput!) { saveSubsidySettings(input: $input) { caseSplit version } }`;
const ADJUST = `mutation($statementId: ID!, $input: SubsidyAdjustmentInput!) { addSubsidyAdjustment(statementId: $statementId, input: $input) { ${VIEW} } }`;
const PAID = `mutation($id: ID!, $input: MarkPaidInput!) { markSubsidyStatementPaid(id: $id, input: $input) { id status version } }`;
const RATE = `mutation($input: SubsidyRateInput!) { saveSubsidyRate(input: $input) { effectiveFrom gradeFactors { grade factor } } }`;
const PUBLISH = `mutation($year: Int!, $reason: String) { publishAssessment(year: $year, closeEarlyReason: $reason) { status } }`;
const SETTLE = `mutation($year: Int!) { settleSubsidyYear(year: $year) { ${VIEW} } }`;

type Line = { kind: string; caseNo: string | null; month: string | null; amountFen: number; reason: string | null; note: string | null };
type Statement = { id: string | null; period: string; status: string; totalFen: number; version: number; adviser: { id: string }; lines: Line[] };

const code = (r: { errors?: readonly { extensions?: Record<string, unknown> }[] }) => r.errors?.[0]?.extensions?.code ?? 'OK';
const byCase = (lines: Line[]) => Object.fromEntries(lines.filter((l) => l.caseNo && l.kind !== 'ADJUSTMENT').map((l) => [l.caseNo, l]));

/**
 * The rules after drafting: the issue's `draftSubsidyStatement`, the lead adviser and the county's split setting, a
 * case qualifying after its period was confirmed, corrections as adjustment lines, and the year-end settlement by the
 * published assessment grades. The late-July ordinary rate is 40,001 fen so that the shared case leaves a fen over.
 */
describe('subsidy rules', () => {
  let app: TestApp;
  let fx: SubsidyCounty;
  let mine: string;
  let first: string;
  const audits = (action: string) => app.orm.em.fork().count(AuditEvent, { action });
  const draftOf = async (period: string, adviserId: string, regionId: string | null = null) => {
    const result = await app.gql(DRAFT, { period, regionId }, fx.bureau);
    expect(result.errors).toBeUndefined();
    return (result.data.draftSubsidyStatement as Statement[]).find((s) => s.adviser.id === adviserId)!;
  };
  beforeAll(async () => {
    app = await startTestApp({}, { at: '2026-08-10T10:00:00+08:00' });
    fx = await addSubsidyCounty(app, { lateOrdinaryFen: 40_001 });
    mine = fx.county.adviserId;
    first = [mine, fx.second].sort()[0]!;
  });
  afterAll(() => app.close());

  it('drafts a county’s or a township’s period: a line per qualifying case or month, and each non-qualifying case with its reason', async () => {
    const county = (await app.gql(DRAFT, { period: '2026-07' }, fx.bureau)).data.draftSubsidyStatement as Statement[];
    const township = (await app.gql(DRAFT, { period: '2026-07', regionId: fx.county.townshipId }, fx.bureau)).data.draftSubsidyStatement;
    expect(county.map((s) => s.adviser.id).sort()).toEqual([mine, fx.second].sort());
    expect(township).toEqual(county);
    const lines = byCase(county.find((s) => s.adviser.id === mine)!.lines);
    // The rate on the closing date: 30,000 before the 16th, 40,001 after; an oral agreement qualifies like a written one.
    expect(lines[fx.cases.before16!]).toMatchObject({ amountFen: 30_000, reason: null });
    expect(lines[fx.cases.oral!]).toMatchObject({ amountFen: 50_000, reason: null });
    expect(lines[fx.cases.june!]).toMatchObject({ amountFen: 30_000, reason: null });
    for (const [name, reason] of [
      ['failed', 'NO_AGREEMENT'],
      ['noSession', 'NO_SESSION_RECORD'],
      ['notReviewed', 'NOT_REVIEWED'],
      ['noVisit', 'NO_RETURN_VISIT'],
      ['notPerformed', 'NOT_PERFORMED'],
    ] as const) {
      expect(lines[fx.cases[name]!]).toMatchObject({ amountFen: 0, reason });
    }
    // No lead named: split equally, the fen left over to the first adviser by id.
    for (const s of county) expect(byCase(s.lines)[fx.cases.shared!]!.amountFen).toBe(s.adviser.id === first ? 20_001 : 20_000);
    for (const s of county) expect(s.status).toBe('DRAFT');

    for (const regionId of [fx.county.villageId, randomUUID(), 'x']) {
      expect((await app.gql(DRAFT, { period: '2026-07', regionId }, fx.bureau)).errors?.[0]?.extensions).toMatchObject({
        code: 'BAD_USER_INPUT',
        field: 'regionId',
      });
    }
    expect((await app.gql(DRAFT, { period: '2026-Y' }, fx.bureau)).errors?.[0]?.extensions).toMatchObject({
      code: 'BAD_USER_INPUT',
      field: 'period',
    });
    const adviser = await app.login(fx.county.adviser);
    const own = (await app.gql(DRAFT, { period: '2026-07' }, adviser)).data.draftSubsidyStatement as Statement[];
    expect(own.map((s) => s.adviser.id)).toEqual([mine]);
    expect(code(await app.gql(DRAFT, { period: '2026-07' }, await app.login('party.1')))).toBe('FORBIDDEN');
  });

  it('costs the same number of statements whatever the number of advisers drafted, for the county and for a township', async () => {
    for (const regionId of [null, fx.county.townshipId]) {
      const june = await countQueries(() => app.gql(DRAFT, { period: '2026-06', regionId }, fx.bureau));
      const july = await countQueries(() => app.gql(DRAFT, { period: '2026-07', regionId }, fx.bureau));
      expect((await app.gql(DRAFT, { period: '2026-06', regionId }, fx.bureau)).data.draftSubsidyStatement).toHaveLength(1);
      expect((await app.gql(DRAFT, { period: '2026-07', regionId }, fx.bureau)).data.draftSubsidyStatement).toHaveLength(2);
      expect(june.count).toBeGreaterThan(0);
      expect(july.count).toBe(june.count);
    }
  });

  it('lets the bureau name an assigned adviser as lead (audited), who takes the remainder, or the whole case when the county says so', async () => {
    const shared = fx.caseIds.shared!;
    const other = first === mine ? fx.second : mine;
    const before = await audits('CASE_LEAD_ADVISER_SET');
    const stranger = await app.gql(LEAD, { caseId: shared, adviserId: randomUUID() }, fx.bureau);
    expect(stranger.errors?.[0]?.extensions).toMatchObject({ code: 'BAD_USER_INPUT', field: 'adviserId' });
    // An adviser of the county who is not assigned to the case is no lead either.
    const [{ id: unassigned }] = await app.orm.em
      .fork()
      .execute<{ id: string }[]>('select id from legal_adviser where county_id = ? and id not in (?, ?) limit 1', [
        fx.county.countyId,
        mine,
        fx.second,
      ])
      .then((rows) => (rows.length ? rows : [{ id: randomUUID() }]));
    expect(code(await app.gql(LEAD, { caseId: shared, adviserId: unassigned }, fx.bureau))).toBe('BAD_USER_INPUT');
    expect(code(await app.gql(LEAD, { caseId: shared, adviserId: other }, await app.login(fx.county.adviser)))).toBe('FORBIDDEN');
    expect(code(await app.gql(LEAD, { caseId: randomUUID(), adviserId: other }, fx.bureau))).toBe('NOT_FOUND');
    expect(await audits('CASE_LEAD_ADVISER_SET')).toBe(before);

    const leadOf = async () =>
      (await app.gql(`query($id: ID!) { mediationCase(id: $id) { leadAdviserId } }`, { id: shared }, fx.bureau)).data.mediationCase.leadAdviserId;
    expect(await leadOf()).toBeNull();
    const named = await app.gql(LEAD, { caseId: shared, adviserId: other }, fx.bureau);
    expect(named.data.setCaseLeadAdviser).toBe(other);
    expect(await audits('CASE_LEAD_ADVISER_SET')).toBe(before + 1);
    // The case names its lead to whoever reads it (the console shows 主办 beside that adviser).
    expect(await leadOf()).toBe(other);
    // Split equally (the default), the remainder fen now go to the lead.
    expect((await app.gql(SETTINGS, {}, fx.bureau)).data.subsidySettings).toMatchObject({
      countyId: fx.county.countyId,
      caseSplit: 'EQUAL',
      version: 0,
    });
    expect(byCase((await draftOf('2026-07', other)).lines)[fx.cases.shared!]).toMatchObject({ amountFen: 20_001, reason: null });
    expect(byCase((await draftOf('2026-07', first)).lines)[fx.cases.shared!]).toMatchObject({ amountFen: 20_000, reason: null });

    // The county pays the lead: the whole case to the lead, the other adviser's line says why it pays nothing.
    const saved = await app.gql(SAVE_SETTINGS, { input: { caseSplit: 'LEAD', version: 0 } }, fx.bureau);
    expect(saved.data.saveSubsidySettings).toMatchObject({ caseSplit: 'LEAD', version: 1 });
    expect(code(await app.gql(SAVE_SETTINGS, { input: { caseSplit: 'EQUAL', version: 0 } }, fx.bureau))).toBe('CONFLICT');
    expect(byCase((await draftOf('2026-07', other)).lines)[fx.cases.shared!]).toMatchObject({ amountFen: 40_001, reason: null });
    expect(byCase((await draftOf('2026-07', first)).lines)[fx.cases.shared!]).toMatchObject({ amountFen: 0, reason: 'NOT_LEAD' });

    // Once paid, the lead can no longer change (that could pay the case twice).
    for (const adviserId of [mine, fx.second]) expect(code(await app.gql(CONFIRM, { adviserId, period: '2026-07' }, fx.bureau))).toBe('OK');
    const em = app.orm.em.fork();
    expect(await em.count(SubsidyClaim, { claimKey: { $like: `CASE:%:${shared}` } })).toBe(1);
    expect((await app.gql(LEAD, { caseId: shared, adviserId: first }, fx.bureau)).errors?.[0]?.extensions).toMatchObject({
      code: 'CONFLICT',
      reason: 'CASE_PAID',
    });
  });

  it('puts a case that qualifies only after its period was confirmed into the next period’s draft', async () => {
    const em = app.orm.em.fork();
    const [{ id: clerk }] = await em.execute<{ id: string }[]>('select id from app_user where username = ?', [fx.county.adviser]);
    await em.execute(
      `insert into return_visit (id, case_id, visited_on, carried_out, performance, recorded_by_id) values (?, ?, '2026-08-05', true, 'PERFORMED', ?)`,
      [randomUUID(), fx.caseIds.noVisit, clerk],
    );
    // July stays as confirmed: the case is listed there with the reason it did not qualify then.
    const july = (await app.gql(STATEMENTS, { period: '2026-07' }, fx.bureau)).data.subsidyStatements.find((s: Statement) => s.adviser.id === mine);
    expect(byCase(july.lines)[fx.cases.noVisit!]).toMatchObject({ amountFen: 0, reason: 'NO_RETURN_VISIT' });
    const august = await draftOf('2026-08', mine);
    expect(august.lines.map((l) => [l.caseNo, l.amountFen, l.reason])).toEqual([[fx.cases.noVisit, 30_000, null]]);
  });

  it('corrects a confirmed statement with an adjustment line and its reason, never an edit, and outside the paid-once key', async () => {
    const em = app.orm.em.fork();
    const statement = (await app.gql(STATEMENTS, { period: '2026-07' }, fx.bureau)).data.subsidyStatements.find(
      (s: Statement) => s.adviser.id === mine,
    ) as Statement;
    const claims = await em.count(SubsidyClaim, {});
    const input = (patch: object) => ({ amountFen: -5_000, reason: '咨询记录重复，核减', version: statement.version, ...patch });
    for (const [patch, field] of [
      [{ amountFen: 0 }, 'amountFen'],
      [{ reason: '   ' }, 'reason'],
    ] as const) {
      expect((await app.gql(ADJUST, { statementId: statement.id, input: input(patch) }, fx.bureau)).errors?.[0]?.extensions).toMatchObject({
        code: 'BAD_USER_INPUT',
        field,
      });
    }
    expect(code(await app.gql(ADJUST, { statementId: statement.id, input: input({ version: statement.version + 5 }) }, fx.bureau))).toBe('CONFLICT');
    expect(code(await app.gql(ADJUST, { statementId: statement.id, input: input({}) }, await app.login(fx.county.adviser)))).toBe('FORBIDDEN');
    expect(await audits('SUBSIDY_ADJUSTMENT_ADDED')).toBe(0);

    const adjusted = (await app.gql(ADJUST, { statementId: statement.id, input: input({}) }, fx.bureau)).data.addSubsidyAdjustment as Statement;
    expect(adjusted.totalFen).toBe(statement.totalFen - 5_000);
    expect(adjusted.lines.slice(0, -1)).toEqual(statement.lines);
    expect(adjusted.lines.at(-1)).toMatchObject({ kind: 'ADJUSTMENT', amountFen: -5_000, reason: null, note: '咨询记录重复，核减' });
    expect(adjusted.version).toBeGreaterThan(statement.version);
    expect(await em.count(SubsidyClaim, {})).toBe(claims);
    expect(await audits('SUBSIDY_ADJUSTMENT_ADDED')).toBe(1);
    const [{ sum }] = await em.execute<{ sum: string }[]>('select sum(amount_fen)::text as sum from subsidy_line where statement_id = ?', [
      statement.id,
    ]);
    expect(Number(sum)).toBe(adjusted.totalFen);

    // Paid: the statement no longer changes.
    const paid = await app.gql(
      PAID,
      { id: statement.id, input: { paidOn: '2026-08-09', voucherNo: '记-0901', version: adjusted.version } },
      fx.bureau,
    );
    expect(paid.data.markSubsidyStatementPaid.status).toBe('PAID');
    const late = await app.gql(
      ADJUST,
      { statementId: statement.id, input: input({ version: paid.data.markSubsidyStatementPaid.version }) },
      fx.bureau,
    );
    expect(late.errors?.[0]?.extensions).toMatchObject({ code: 'CONFLICT', reason: 'STATEMENT_PAID' });
  });

  it('settles the year by the published grades with adjustment lines, never changing paid statements, once however often it runs', async () => {
    const em = app.orm.em.fork();
    expect((await app.gql(SETTLE, { year: 2026 }, fx.bureau)).errors?.[0]?.extensions).toMatchObject({ code: 'BAD_USER_INPUT', field: 'year' });
    const rate = (gradeFactors: { grade: string; factor: string }[]) => ({
      effectiveFrom: '2026-12-01',
      ordinaryFen: 40_001,
      difficultFen: 50_000,
      majorFen: 80_000,
      consultationFen: 2_000,
      gradeFactors,
      version: 0,
    });
    expect((await app.gql(RATE, { input: rate([{ grade: 'FAIL', factor: '0.8x' }]) }, fx.bureau)).errors?.[0]?.extensions).toMatchObject({
      code: 'BAD_USER_INPUT',
      field: 'gradeFactors',
    });
    const factors = { EXCELLENT: '1.5', PASS: '0.9', BASIC_PASS: '0.75', FAIL: '0' } as Record<string, string>;
    const saved = await app.gql(RATE, { input: rate(Object.entries(factors).map(([grade, factor]) => ({ grade, factor }))) }, fx.bureau);
    expect(saved.data.saveSubsidyRate.gradeFactors).toHaveLength(4);
    expect(code(await app.gql(PUBLISH, { year: 2026, reason: '年度考核提前结束' }, fx.bureau))).toBe('OK');

    const grades = new Map(
      (
        await em.execute<{ adviser_id: string; grade: string | null }[]>(
          'select r.adviser_id, r.grade from assessment_result r join assessment_publication p on p.id = r.publication_id where p.county_id = ?',
          [fx.county.countyId],
        )
      ).map((r) => [r.adviser_id, r.grade]),
    );
    const paying = await em.execute<{ id: string; adviser_id: string; amount_fen: number }[]>(
      `select l.id, s.adviser_id, l.amount_fen from subsidy_line l join subsidy_statement s on s.id = l.statement_id
        where s.county_id = ? and l.kind <> 'ADJUSTMENT' and l.reason is null and l.amount_fen > 0`,
      [fx.county.countyId],
    );
    const expected = new Map(
      paying
        .map((l) => {
          const grade = grades.get(l.adviser_id);
          return [l.id, grade ? applyFactor(l.amount_fen, factors[grade]!) - l.amount_fen : 0] as const;
        })
        .filter(([, delta]) => delta !== 0),
    );
    expect(expected.size).toBeGreaterThan(0);
    const paidBefore = await em.find(SubsidyStatement, { county: fx.county.countyId, status: 'PAID' as never });
    const paidLinesBefore = await em.count(SubsidyLine, { statement: { $in: paidBefore.map((s) => s.id) } });

    // Two racing runs: one settles, the other loses (CONFLICT) or finds nothing left; each line is settled once.
    const runs = await Promise.all([app.gql(SETTLE, { year: 2026 }, fx.bureau), app.gql(SETTLE, { year: 2026 }, fx.bureau)]);
    expect(runs.map(code)).toContain('OK');
    for (const run of runs) expect(['OK', 'CONFLICT']).toContain(code(run));
    const settled = await em.execute<{ settles_id: string; amount_fen: number; note: string }[]>(
      `select l.settles_id, l.amount_fen, l.note from subsidy_line l where l.settles_id is not null`,
    );
    expect(new Map(settled.map((l) => [l.settles_id, l.amount_fen]))).toEqual(expected);
    expect(settled).toHaveLength(expected.size);

    const statements = runs.find((r) => code(r) === 'OK')!.data.settleSubsidyYear as Statement[];
    for (const s of statements) {
      expect(s).toMatchObject({ period: '2026-Y', status: 'CONFIRMED' });
      expect(s.lines.every((l) => l.kind === 'ADJUSTMENT' && l.note)).toBe(true);
      expect(s.totalFen).toBe(s.lines.reduce((sum, l) => sum + l.amountFen, 0));
    }
    // Paid statements are untouched, and running again adds nothing.
    const paidAfter = await em.fork().find(SubsidyStatement, { id: { $in: paidBefore.map((s) => s.id) } });
    expect(paidAfter.map((s) => [s.id, Number(s.totalFen), s.version])).toEqual(paidBefore.map((s) => [s.id, Number(s.totalFen), s.version]));
    expect(await em.count(SubsidyLine, { statement: { $in: paidBefore.map((s) => s.id) } })).toBe(paidLinesBefore);
    const again = await app.gql(SETTLE, { year: 2026 }, fx.bureau);
    expect(code(again)).toBe('OK');
    expect(again.data.settleSubsidyYear).toEqual(statements);
    const [{ n }] = await em.execute<{ n: number }[]>('select count(*)::int as n from subsidy_line where settles_id is not null');
    expect(n).toBe(expected.size);
    // The settlement statements are listed under their period, and cannot be confirmed as a period of cases.
    expect((await app.gql(STATEMENTS, { period: '2026-Y' }, fx.bureau)).data.subsidyStatements).toEqual(statements);
    expect((await app.gql(CONFIRM, { adviserId: mine, period: '2026-Y' }, fx.bureau)).errors?.[0]?.extensions).toMatchObject({
      code: 'BAD_USER_INPUT',
      field: 'period',
    });
  });
});
