import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import { demoAccount, demoCasePersons, demoCases, demoPairings } from '@fengqiao/seeds';
import ExcelJS from 'exceljs';
import { randomBytes } from 'node:crypto';
import { startTestApp, type TestApp } from '../../../test/app.js';
import { rest } from '../../../test/rest.js';
import { LEDGER_HEADERS } from './case-ledger.xlsx.js';

const adviser1 = demoAccount('adviser.1');
const partyCase = demoCases()[0]!;
const party1 = demoCasePersons()[0]!;

async function sheetText(bytes: Buffer): Promise<{ rows: string[][]; all: string }> {
  const wb = new ExcelJS.Workbook();
  await wb.xlsx.load(bytes as never);
  const ws = wb.worksheets[0]!;
  const rows: string[][] = [];
  ws.eachRow((row) => rows.push((row.values as unknown[]).slice(1).map((v) => (v === null || v === undefined ? '' : String(v)))));
  return { rows, all: rows.flat().join('\n') };
}

describe('GET /api/exports/mediation-cases.xlsx', () => {
  let app: TestApp;
  const canary = `LEDGER-CANARY-${randomBytes(6).toString('hex')}`;
  beforeAll(async () => {
    app = await startTestApp();
    const village = demoPairings().find((p) => p.adviserId === adviser1.adviserId)!.villageId;
    const created = await app.gql(
      `mutation($input: CreateMediationCaseInput!) { createMediationCase(input: $input) { id } }`,
      {
        input: {
          villageId: village,
          source: 'APPLICATION',
          disputeType: 'NEIGHBOUR',
          amountFen: 50000,
          tier: 'ORDINARY',
          receivedOn: '2026-11-03',
          summary: `院墙 ${canary}`,
          adviserIds: [],
          parties: [{ role: 'APPLICANT', name: '台账甲乙', phone: '13600000009' }],
        },
      },
      await app.login('adviser.1'),
    );
    expect(created.errors).toBeUndefined();
  });
  afterAll(() => app.close());

  it('gives the bureau every case of the period, metadata only, with Chinese headers and the parties masked', async () => {
    const token = await app.login('bureau');
    const res = await rest(app, 'GET', '/api/exports/mediation-cases.xlsx?from=2026-01-01&to=2026-12-31', { token });
    expect(res.status).toBe(200);
    expect(res.headers.get('content-length')).toBe(String(res.bytes.length));
    const { rows, all } = await sheetText(res.bytes);
    expect(rows[2]).toEqual(LEDGER_HEADERS);
    const listed = await app.gql(
      `{ mediationCases(options: { filter: { receivedFrom: "2026-01-01", receivedTo: "2026-12-31" } }) { totalItems } }`,
      {},
      token,
    );
    expect(rows.length - 3).toBe(listed.data.mediationCases.totalItems);
    expect(rows.length).toBeGreaterThan(3);
    expect(rows.slice(3).filter((r) => !/^（2026）交调字第\d+号$/.test(r[1]!))).toEqual([]);
    expect(all).not.toContain(canary);
    expect(all).not.toContain(partyCase.summary);
    expect(all).not.toContain(partyCase.agreement!.content);
    expect(all).not.toContain(party1.name);
    expect(all).not.toContain('台账甲乙');
    expect(all).toContain('台**乙');
  });

  it('keeps confidential text and full names out even for the assigned adviser: a ledger travels', async () => {
    const res = await rest(app, 'GET', '/api/exports/mediation-cases.xlsx?from=2026-01-01', { token: await app.login('adviser.1') });
    expect(res.status).toBe(200);
    const { rows, all } = await sheetText(res.bytes);
    expect(rows.length - 3).toBeGreaterThan(0);
    expect(all).not.toContain(canary);
    expect(all).not.toContain(partyCase.agreement!.content);
    expect(all).not.toContain(party1.name);
  });

  it('limits an office to its township', async () => {
    const res = await rest(app, 'GET', '/api/exports/mediation-cases.xlsx?from=2026-01-01', { token: await app.login('office.tianning') });
    const { rows } = await sheetText(res.bytes);
    const townships = new Set(rows.slice(3).map((r) => r[2]));
    expect([...townships]).toEqual(['天宁镇']);
  });

  it('refuses the analyst, the anonymous and a malformed date', async () => {
    expect((await rest(app, 'GET', '/api/exports/mediation-cases.xlsx', { token: await app.login('analyst') })).status).toBe(403);
    expect((await rest(app, 'GET', '/api/exports/mediation-cases.xlsx')).status).toBe(401);
    const bad = await rest(app, 'GET', '/api/exports/mediation-cases.xlsx?from=2026-13-45', { token: await app.login('bureau') });
    expect(bad.status).toBe(400);
    expect(bad.json.errors[0].extensions).toMatchObject({ code: 'BAD_USER_INPUT', field: 'from' });
    const status = await rest(app, 'GET', '/api/exports/mediation-cases.xlsx?status=OPEN', { token: await app.login('bureau') });
    expect(status.json.errors[0].extensions).toMatchObject({ code: 'BAD_USER_INPUT', field: 'status' });
  });
});
