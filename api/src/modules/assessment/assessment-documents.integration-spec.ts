import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import { demoAccount, demoCasePersons, demoCases } from '@fengqiao/seeds';
import type ExcelJS from 'exceljs';
import { startTestApp, type TestApp } from '../../../test/app.js';
import { rest } from '../../../test/rest.js';
import { pdfText } from '../../../test/work-log-fixtures.js';
import { workbookRows } from '../../../test/workbook.js';

const partyCase = demoCases()[0]!;
const party1 = demoCasePersons()[0]!;
const tianning = demoAccount('office.tianning').scopeRegionId;
const RESULTS = `query { assessment(year: 2026) { status results { adviser { name } townships { id name } total grade } } }`;

/** The demo county's 2026, first as a live draft, then published early (the clock stands in December). */
describe('assessment table documents', () => {
  let app: TestApp;
  let bureau: string;
  beforeAll(async () => {
    app = await startTestApp({}, { at: '2026-12-20T10:00:00+08:00' });
    bureau = await app.login('bureau');
  });
  afterAll(() => app.close());

  it('marks a draft 草稿 in its title and its file name', async () => {
    const res = await rest(app, 'GET', '/api/exports/assessment.xlsx?year=2026', { token: bureau });
    expect(res.status).toBe(200);
    expect(res.headers.get('content-disposition')).toContain('assessment-2026-draft.xlsx');
    const rows = await workbookRows(res.bytes);
    expect(String(rows[0]![0])).toContain('（草稿）');
    expect(String(rows[1]![0])).toContain('草稿，未公示');
  });

  describe('once published', () => {
    beforeAll(async () => {
      const published = await app.gql(`mutation { publishAssessment(year: 2026, closeEarlyReason: "年终提前考核") { status } }`, {}, bureau);
      expect(published.errors).toBeUndefined();
    });

    it('gives the bureau every adviser, ranked within each township, with the grade words and no 草稿', async () => {
      const res = await rest(app, 'GET', '/api/exports/assessment.xlsx?year=2026', { token: bureau });
      expect(res.status).toBe(200);
      const rows = await workbookRows(res.bytes);
      expect(String(rows[0]![0])).not.toContain('草稿');
      expect(String(rows[1]![0])).toContain('已公示');
      const header = rows[2]!.map(String);
      expect(header.slice(0, 3)).toEqual(['乡镇', '排名', '法律顾问']);
      expect(header.slice(-4)).toEqual(['调整分', '总分', '等次', '备注']);
      expect(header.some((h) => /^调解成功率（\d+分）$/.test(h))).toBe(true);
      const body = rows.slice(3);
      const { data } = await app.gql(RESULTS, {}, bureau);
      expect(data.assessment.status).toBe('PUBLISHED');
      expect(body.length).toBe(data.assessment.results.length);
      const total = header.indexOf('总分');
      const grade = header.indexOf('等次');
      // Within a township the totals fall and the ranks count up from 1.
      const byTownship = new Map<string, ExcelJS.CellValue[][]>();
      for (const r of body) byTownship.set(String(r[0]), [...(byTownship.get(String(r[0])) ?? []), r]);
      for (const group of byTownship.values()) {
        const totals = group.map((r) => r[total]).filter((t): t is number => typeof t === 'number');
        expect(totals).toEqual([...totals].sort((a, b) => b - a));
        if (typeof group[0]![total] === 'number') expect(group[0]![1]).toBe(1);
      }
      expect(new Set(body.map((r) => r[grade]).filter(Boolean))).toEqual(
        new Set(
          data.assessment.results
            .filter((r: { grade: string | null }) => r.grade)
            .map((r: { grade: string }) => ({ EXCELLENT: '优秀', PASS: '合格', BASIC_PASS: '基本合格', FAIL: '不合格' })[r.grade]),
        ),
      );
      const all = rows.flat().map(String).join('\n');
      expect(all).not.toContain(party1.name);
      expect(all).not.toContain(partyCase.summary);
    });

    it('gives an office its own township only', async () => {
      const office = await app.login('office.tianning');
      const res = await rest(app, 'GET', '/api/exports/assessment.xlsx?year=2026', { token: office });
      expect(res.status).toBe(200);
      const body = (await workbookRows(res.bytes)).slice(3);
      const { data } = await app.gql(RESULTS, {}, office);
      expect(body.length).toBe(data.assessment.results.length);
      expect(body.length).toBeGreaterThan(0);
      const name = data.assessment.results[0].townships.find((t: { id: string }) => t.id === tianning).name;
      expect(new Set(body.map((r) => r[0]))).toEqual(new Set([name]));
    });

    it('prints the same table as a PDF, with no party and no case text', async () => {
      const res = await rest(app, 'GET', '/api/exports/assessment.pdf?year=2026', { token: bureau });
      expect(res.status).toBe(200);
      expect(res.headers.get('content-type')).toContain('application/pdf');
      const text = (await pdfText(res.bytes)).replace(/\s+/g, '');
      expect(text).toContain('2026年度村（社区）法律顾问考核结果表');
      expect(text).toContain('已公示');
      expect(text).not.toContain('草稿');
      expect(text).not.toContain(party1.name);
    });

    it('refuses advisers, analysts, parties and strangers', async () => {
      for (const format of ['xlsx', 'pdf']) {
        for (const user of ['adviser.1', 'analyst', 'party.1']) {
          expect((await rest(app, 'GET', `/api/exports/assessment.${format}?year=2026`, { token: await app.login(user) })).status).toBe(403);
        }
        expect((await rest(app, 'GET', `/api/exports/assessment.${format}?year=2026`)).status).toBe(401);
      }
    });
  });
});
