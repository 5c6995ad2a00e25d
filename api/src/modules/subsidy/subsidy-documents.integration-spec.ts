import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import { demoAccount, demoCasePersons, demoCases, demoPairings, demoRegions } from '@fengqiao/seeds';
import type ExcelJS from 'exceljs';
import { randomUUID } from 'node:crypto';
import { startTestApp, type TestApp } from '../../../test/app.js';
import { rest } from '../../../test/rest.js';
import { pdfText } from '../../../test/work-log-fixtures.js';
import { workbookRows } from '../../../test/workbook.js';
import { PAYMENT_AMOUNT_COLUMNS, PAYMENT_HEADERS } from './subsidy-payments.xlsx.js';

const adviser1 = demoAccount('adviser.1');
const adviser2 = demoAccount('adviser.2');
const tianning = demoAccount('office.tianning').scopeRegionId;
const regions = demoRegions();
const townshipOf = (villageId: string) => regions.find((r) => r.id === villageId)!.parentId;
const outsider = demoPairings().find(
  (p) => !demoPairings().some((q) => q.adviserId === p.adviserId && townshipOf(q.villageId) === tianning),
)!.adviserId;
const partyCase = demoCases()[0]!;
const party1 = demoCasePersons()[0]!;

// Text no seed produces, in every confidential or personal field of the cases the statements list.
const CANARY = { summary: 'QZXSUBSIDYSUMMARY91', applicant: '甲QZXSUBSIDYNAME92乙', phone: '13991357299', respondent: '丙QZXSUBSIDYNAME93丁' };
const leaks = (text: string) =>
  [...Object.values(CANARY), party1.name, partyCase.summary, partyCase.agreement?.content ?? 'none'].filter((c) => text.includes(c));

const STATEMENT = '/api/exports/subsidy-statement.pdf';
const PAYMENTS = '/api/exports/subsidy-payments.xlsx';

/**
 * August 2026 in the demo county (July is the demo's own paid month), the clock in September: adviser.1 has a complete case and a failed one whose parties and
 * summary carry canaries; the bureau confirms adviser.1's and adviser.2's statements.
 */
describe('subsidy documents', () => {
  let app: TestApp;
  let bureau: string;
  const caseNos: string[] = [];
  beforeAll(async () => {
    app = await startTestApp({}, { at: '2026-09-10T10:00:00+08:00' });
    bureau = await app.login('bureau');
    const adviser = await app.login('adviser.1');
    const rate = await app.gql(
      `mutation($input: SubsidyRateInput!) { saveSubsidyRate(input: $input) { id } }`,
      {
        input: {
          effectiveFrom: '2026-01-01',
          ordinaryFen: 30_001,
          difficultFen: 50_000,
          majorFen: 80_000,
          consultationFen: 2_000,
          consultationMonthlyCapFen: null,
          version: 0,
        },
      },
      bureau,
    );
    expect(rate.errors).toBeUndefined();
    const village = demoPairings().find((p) => p.adviserId === adviser1.adviserId)!.villageId;
    const em = app.orm.em.fork();
    for (const complete of [true, false]) {
      const created = await app.gql(
        `mutation($input: CreateMediationCaseInput!) { createMediationCase(input: $input) { id caseNo } }`,
        {
          input: {
            villageId: village,
            source: 'APPLICATION',
            disputeType: 'NEIGHBOUR',
            amountFen: 50000,
            tier: 'ORDINARY',
            receivedOn: '2026-08-01',
            summary: `院墙 ${CANARY.summary}`,
            adviserIds: [],
            parties: [
              { role: 'APPLICANT', name: CANARY.applicant, phone: CANARY.phone },
              { role: 'RESPONDENT', name: CANARY.respondent, phone: '13600000008' },
            ],
          },
        },
        adviser,
      );
      expect(created.errors).toBeUndefined();
      const { id, caseNo } = created.data.createMediationCase;
      caseNos.push(caseNo);
      await em.execute(`update mediation_case set status = ?, closed_on = '2026-08-15', closure_reason = ? where id = ?`, [
        complete ? 'AGREEMENT_REACHED' : 'FAILED',
        complete ? 'AGREEMENT_SIGNED' : 'FAILED',
        id,
      ]);
      if (!complete) continue;
      await em.execute(
        `insert into mediation_session (id, case_id, at, place, mode, participants) values (?, ?, '2026-08-10T10:00:00+08:00', '调解室', 'OFFLINE', '双方')`,
        [randomUUID(), id],
      );
      await em.execute(
        `insert into agreement (id, case_id, form, signed_at, review_status, performance) values (?, ?, 'ORAL', '2026-08-15', 'APPROVED', 'PERFORMED')`,
        [randomUUID(), id],
      );
      await em.execute(
        `insert into return_visit (id, case_id, visited_on, carried_out, performance, recorded_by_id) values (?, ?, '2026-08-20', true, 'PERFORMED', ?)`,
        [randomUUID(), id, adviser1.id],
      );
    }
    for (const a of [adviser1, adviser2]) {
      const confirmed = await app.gql(
        `mutation($adviserId: ID!) { confirmSubsidyStatement(adviserId: $adviserId, period: "2026-08") { id } }`,
        { adviserId: a.adviserId },
        bureau,
      );
      // adviser.2 may have nothing to confirm in the demo data's August; adviser.1 always has the complete case.
      if (a === adviser1) expect(confirmed.errors).toBeUndefined();
    }
  });
  afterAll(() => app.close());

  describe(STATEMENT, () => {
    it('prints an adviser’s own statement: case numbers, amounts in yuan, the reasons, the signature lines, no party and no confidential text', async () => {
      const res = await rest(app, 'GET', `${STATEMENT}?period=2026-08&adviserId=${adviser1.adviserId}`, { token: await app.login('adviser.1') });
      expect(res.status).toBe(200);
      expect(res.headers.get('content-type')).toContain('application/pdf');
      const text = (await pdfText(res.bytes)).replace(/\s+/g, '');
      for (const words of ['补贴发放清单', '领款人', '经办人', '审核人', '2026年8月', '已确认', '未达成调解协议', caseNos[0]!, caseNos[1]!]) {
        expect(text).toContain(words);
      }
      expect(leaks(text)).toEqual([]);
    });

    it('lets the bureau and the adviser’s office print it, and answers another adviser as if it did not exist', async () => {
      const path = `${STATEMENT}?period=2026-08&adviserId=${adviser1.adviserId}`;
      expect((await rest(app, 'GET', path, { token: bureau })).status).toBe(200);
      expect((await rest(app, 'GET', path, { token: await app.login('office.tianning') })).status).toBe(200);
      expect((await rest(app, 'GET', path, { token: await app.login('adviser.2') })).status).toBe(404);
    });

    it('keeps an office to its own township’s advisers, and refuses analysts, parties and strangers', async () => {
      const office = await app.login('office.tianning');
      expect((await rest(app, 'GET', `${STATEMENT}?period=2026-08&adviserId=${outsider}`, { token: office })).status).toBe(404);
      const path = `${STATEMENT}?period=2026-08&adviserId=${adviser1.adviserId}`;
      expect((await rest(app, 'GET', path, { token: await app.login('analyst') })).status).toBe(403);
      expect((await rest(app, 'GET', path, { token: await app.login('party.1') })).status).toBe(403);
      expect((await rest(app, 'GET', path)).status).toBe(401);
    });

    it('names the parameter that is wrong', async () => {
      const res = await rest(app, 'GET', `${STATEMENT}?period=2026-13&adviserId=${adviser1.adviserId}`, { token: bureau });
      expect(res.status).toBe(400);
      expect(JSON.stringify(res.json)).toContain('period');
    });
  });

  describe(PAYMENTS, () => {
    it('sums to the fen: the total row equals the sum of the rows equals the database’s sum of the lines', async () => {
      const res = await rest(app, 'GET', `${PAYMENTS}?period=2026-08`, { token: bureau });
      expect(res.status).toBe(200);
      const rows = await workbookRows(res.bytes);
      expect(rows[2]).toEqual(PAYMENT_HEADERS);
      const body = rows.slice(3).filter((r) => typeof r[0] === 'number');
      const total = rows.find((r) => r[0] === '合计')!;
      expect(body.length).toBeGreaterThan(0);
      const em = app.orm.em.fork();
      const [db] = await em.execute<{ lines: string; statements: string }[]>(
        `select (select coalesce(sum(l.amount_fen), 0) from subsidy_line l join subsidy_statement s on s.id = l.statement_id
                  where s.period = '2026-08' and s.county_id = ?) as lines,
                (select coalesce(sum(total_fen), 0) from subsidy_statement where period = '2026-08' and county_id = ?) as statements`,
        [demoAccount('bureau').scopeRegionId, demoAccount('bureau').scopeRegionId],
      );
      const fen = (v: ExcelJS.CellValue) => Math.round(Number(v) * 100);
      for (const [i, column] of PAYMENT_AMOUNT_COLUMNS.entries()) {
        const sum = body.reduce((s, r) => s + fen(r[column - 1]!), 0);
        expect(fen(total[column - 1]!)).toBe(sum);
        if (i === 3) {
          expect(sum).toBe(Number(db!.lines));
          expect(sum).toBe(Number(db!.statements));
        }
      }
      // Each row's total is its parts.
      for (const r of body) expect(fen(r[6]!)).toBe(fen(r[3]!) + fen(r[4]!) + fen(r[5]!));
      // adviser.1's row carries the case subsidies of their confirmed lines (the fixture's case and the demo's).
      const [mine] = await em.execute<{ case_fen: string }[]>(
        `select coalesce(sum(l.amount_fen) filter (where l.kind = 'CASE'), 0) as case_fen
           from subsidy_line l join subsidy_statement s on s.id = l.statement_id
          where s.period = '2026-08' and s.adviser_id = ?`,
        [adviser1.adviserId],
      );
      expect(Number(mine!.case_fen)).toBeGreaterThan(0);
      expect(body.find((r) => r[2] === '天宁镇' && fen(r[3]!) === Number(mine!.case_fen))).toBeDefined();
      expect(
        leaks(
          rows
            .flat()
            .map((v) => JSON.stringify(v))
            .join('\n'),
        ),
      ).toEqual([]);
    });

    it('is the bureau’s: offices, advisers, analysts and parties are refused', async () => {
      for (const user of ['office.tianning', 'adviser.1', 'analyst', 'party.1']) {
        expect((await rest(app, 'GET', `${PAYMENTS}?period=2026-08`, { token: await app.login(user) })).status).toBe(403);
      }
    });
  });
});
