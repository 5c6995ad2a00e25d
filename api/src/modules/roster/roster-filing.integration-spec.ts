import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import { DEMO_PROVIDERS, demoAccount, demoPairings, demoRegions, demoRoster } from '@fengqiao/seeds';
import ExcelJS from 'exceljs';
import { rest } from '../../../test/rest.js';
import { startTestApp, type TestApp } from '../../../test/app.js';
import { today } from '../../common/graphql/dates.js';
import { RosterFiling } from './roster-filing.entity.js';
import { CHANGE_HEADERS, FILING_HEADERS } from './roster-filing.xlsx.js';

const FILE = `mutation($d: Date!) { fileRoster(asOf: $d) {
  id number asOf filedAt filedByName entryCount
  entries { adviserId name gender phone profession licenceNo provider serviceScope joinedOn villages { id name township } }
  diff { previousNumber added { adviserId name } removed { adviserId name } changed { adviserId name licenceNo changes { field from to } } }
} }`;
const LIST = `query($o: RosterFilingListOptions) { rosterFilings(options: $o) { totalItems items { id number asOf } } }`;
const ONE = `query($id: ID!) { rosterFiling(id: $id) { id number entryCount } }`;

const roster = demoRoster();
const joinedBy = (date: string) => roster.filter((a) => a.joinedOn <= date);
const adviser1 = roster.find((a) => a.id === demoAccount('adviser.1').adviserId)!;
const villageName = new Map(demoRegions().map((r) => [r.id, r.name]));

describe('RosterFilingService', () => {
  let app: TestApp;
  let bureau: string;
  let first: any;
  let second: any;
  beforeAll(async () => {
    app = await startTestApp();
    bureau = await app.login('bureau');
  });
  afterAll(() => app.close());

  describe('fileRoster', () => {
    it('files the county’s first snapshot as no. 1: the advisers active that day, their provider and villages', async () => {
      const res = await app.gql(FILE, { d: '2024-12-31' }, bureau);
      expect(res.errors).toBeUndefined();
      first = res.data.fileRoster;
      expect(first).toMatchObject({ number: 1, asOf: '2024-12-31', filedByName: '交城县司法局', entryCount: joinedBy('2024-12-31').length });
      const entry = first.entries.find((e: any) => e.adviserId === adviser1.id);
      expect(entry).toMatchObject({
        name: adviser1.name,
        gender: adviser1.gender,
        phone: adviser1.phone,
        profession: adviser1.profession,
        licenceNo: adviser1.licenceNo,
        provider: DEMO_PROVIDERS.find((p) => p.id === adviser1.providerId)!.name,
        joinedOn: adviser1.joinedOn,
      });
      const served = demoPairings()
        .filter((p) => p.adviserId === adviser1.id)
        .map((p) => villageName.get(p.villageId))
        .sort();
      expect(entry.villages.map((v: any) => v.name).sort()).toEqual(served);
      expect(served.length).toBeGreaterThan(0);
      expect(entry.villages.filter((v: any) => v.township !== '天宁镇')).toEqual([]);
      // Nothing to compare with: everyone is added.
      expect(first.diff).toMatchObject({ previousNumber: null, removed: [], changed: [] });
      expect(first.diff.added).toHaveLength(first.entryCount);
    });

    it('numbers the next filing 2 and names who joined, who left and what changed since no. 1', async () => {
      const suspended = roster[5]!;
      const changed = roster[6]!;
      const s = await app.gql(
        `mutation($id: ID!) { suspendLegalAdviser(id: $id, input: { effectiveOn: "2025-10-01", reason: "停业整顿" }) { status } }`,
        { id: suspended.id },
        bureau,
      );
      expect(s.errors).toBeUndefined();
      const version = (await app.gql(`query($id: ID!) { legalAdviser(id: $id) { version } }`, { id: changed.id }, bureau)).data.legalAdviser.version;
      const u = await app.gql(
        `mutation($id: ID!, $v: Int!) { updateLegalAdviser(id: $id, input: { version: $v, phone: "13900001111", effectiveOn: "2025-10-01", reason: "更换号码" }) { phone } }`,
        { id: changed.id, v: version },
        bureau,
      );
      expect(u.errors).toBeUndefined();

      const res = await app.gql(FILE, { d: today() }, bureau);
      expect(res.errors).toBeUndefined();
      second = res.data.fileRoster;
      expect(second.number).toBe(2);
      expect(second.entryCount).toBe(roster.length - 1);
      expect(second.entries.map((e: any) => e.adviserId)).not.toContain(suspended.id);
      expect(second.diff.previousNumber).toBe(1);
      expect(second.diff.added.map((e: any) => e.adviserId).sort()).toEqual(
        roster
          .filter((a) => a.joinedOn > '2024-12-31')
          .map((a) => a.id)
          .sort(),
      );
      expect(second.diff.removed).toEqual([{ adviserId: suspended.id, name: suspended.name }]);
      expect(second.diff.changed).toEqual([
        {
          adviserId: changed.id,
          name: changed.name,
          licenceNo: changed.licenceNo,
          changes: [{ field: 'phone', from: changed.phone, to: '13900001111' }],
        },
      ]);
    });

    it.each([
      ['2099-01-01', /future/],
      ['2024-06-30', /on or after/],
    ])('refuses asOf %s naming asOf', async (asOf, message) => {
      const res = await app.gql(FILE, { d: asOf }, bureau);
      expect(res.errors?.[0]?.extensions).toMatchObject({ code: 'BAD_USER_INPUT', field: 'asOf' });
      expect(res.errors?.[0]?.message).toMatch(message);
    });

    it('gives each of several racing filings its own number or CONFLICT, never a duplicate', async () => {
      const results = await Promise.all(
        Array.from({ length: 5 }, () => app.gql(`mutation($d: Date!) { fileRoster(asOf: $d) { number } }`, { d: today() }, bureau)),
      );
      const numbers = results
        .filter((r) => r.data?.fileRoster)
        .map((r) => r.data.fileRoster.number)
        .sort();
      const conflicts = results.filter((r) => r.errors?.[0]?.extensions?.code === 'CONFLICT');
      expect(numbers.length).toBeGreaterThanOrEqual(1);
      expect(numbers.length + conflicts.length).toBe(5);
      expect(numbers).toEqual(numbers.map((_, i) => 3 + i));
    });

    it('keeps filings immutable in the database itself', async () => {
      const conn = app.orm.em.fork().getConnection();
      await expect(conn.execute(`update roster_filing set as_of = '2020-01-01' where id = ?`, [first.id])).rejects.toThrow(/immutable/);
      await expect(conn.execute(`delete from roster_filing where id = ?`, [first.id])).rejects.toThrow(/immutable/);
      expect((await app.orm.em.fork().findOneOrFail(RosterFiling, { id: first.id })).asOf).toBe('2024-12-31');
    });
  });

  describe('rosterFilings and rosterFiling', () => {
    it('lists the county’s filings newest first, and sorts and filters on request', async () => {
      const all = (await app.gql(LIST, {}, bureau)).data.rosterFilings;
      expect(all.items[0].number).toBe(all.totalItems);
      expect(all.items.at(-1).number).toBe(1);
      const asc = (await app.gql(LIST, { o: { sort: [{ field: 'NUMBER', order: 'ASC' }], take: 2 } }, bureau)).data.rosterFilings;
      expect(asc.items.map((f: any) => f.number)).toEqual([1, 2]);
      const recent = (await app.gql(LIST, { o: { filter: { asOfFrom: '2025-01-01' } } }, bureau)).data.rosterFilings;
      expect(recent.totalItems).toBe(all.totalItems - 1);
    });

    it('reads one filing, and null for an unknown id', async () => {
      expect((await app.gql(ONE, { id: second.id }, bureau)).data.rosterFiling).toMatchObject({ number: 2 });
      expect((await app.gql(ONE, { id: '00000000-0000-4000-8000-000000000000' }, bureau)).data.rosterFiling).toBeNull();
    });

    it.each(['office.tianning', 'adviser.1', 'analyst', 'party.1'])('refuses filings to %s', async (username) => {
      const token = await app.login(username);
      for (const [query, variables] of [
        [FILE, { d: today() }],
        [LIST, {}],
        [ONE, { id: first.id }],
      ] as const) {
        const res = await app.gql(query, variables, token);
        expect(res.errors?.[0]?.extensions?.code).toBe('FORBIDDEN');
      }
    });
  });

  describe('GET /api/roster-filings/:id.xlsx', () => {
    it('downloads a workbook a clerk can print: titled, Chinese headers, frozen, bordered, with the changes on a second sheet', async () => {
      const res = await rest(app, 'GET', `/api/roster-filings/${second.id}.xlsx`, { token: bureau });
      expect(res.status).toBe(200);
      expect(res.headers.get('content-type')).toBe('application/vnd.openxmlformats-officedocument.spreadsheetml.sheet');
      expect(res.headers.get('content-disposition')).toMatch(/^attachment; filename="roster-filing-2.xlsx"; filename\*=UTF-8''/);
      const wb = new ExcelJS.Workbook();
      await wb.xlsx.load(res.bytes as unknown as ExcelJS.Buffer);
      expect(wb.worksheets.map((w) => w.name)).toEqual(['备案名册', '变动情况']);

      const sheet = wb.getWorksheet('备案名册')!;
      expect(String(sheet.getCell('A1').value)).toBe('交城县村（社区）法律顾问名册');
      expect(String(sheet.getCell('A2').value)).toContain(`第2次备案`);
      expect((sheet.getRow(3).values as unknown[]).slice(1)).toEqual(FILING_HEADERS);
      expect(sheet.views[0]).toMatchObject({ state: 'frozen', ySplit: 3 });
      expect(sheet.getColumn(6).width).toBeGreaterThan(20);
      const rows = second.entries.length;
      expect(sheet.rowCount).toBe(3 + rows);
      const row = sheet.getRow(4 + second.entries.findIndex((e: any) => e.adviserId === adviser1.id));
      expect(row.getCell(2).value).toBe(adviser1.name);
      expect(row.getCell(3).value).toBe('男');
      expect(row.getCell(4).value).toBe('律师');
      // Licence numbers stay text: 17 digits would lose precision as numbers.
      expect(row.getCell(5).value).toBe(adviser1.licenceNo);
      expect(String(row.getCell(9).value)).toContain('天宁镇');
      expect(row.getCell(5).border).toMatchObject({ top: { style: 'thin' }, bottom: { style: 'thin' } });
      expect(sheet.pageSetup).toMatchObject({ orientation: 'landscape', fitToWidth: 1 });

      const changes = wb.getWorksheet('变动情况')!;
      expect(String(changes.getCell('A1').value)).toContain('与第1次备案相比');
      expect((changes.getRow(3).values as unknown[]).slice(1)).toEqual(CHANGE_HEADERS);
      const lines = changes.getRows(4, changes.rowCount - 3)!.map((r) => (r.values as unknown[]).slice(2, 7));
      expect(lines.filter((l) => l[0] === '新增')).toHaveLength(second.diff.added.length);
      expect(lines).toContainEqual(['移出', roster[5]!.name, roster[5]!.licenceNo, '移出名册', expect.any(String)]);
      expect(lines).toContainEqual(['信息变更', roster[6]!.name, roster[6]!.licenceNo, '联系电话', roster[6]!.phone]);
    });

    it('answers an unknown filing with 404, other roles with 403 and the anonymous with 401', async () => {
      expect((await rest(app, 'GET', '/api/roster-filings/00000000-0000-4000-8000-000000000000.xlsx', { token: bureau })).status).toBe(404);
      expect((await rest(app, 'GET', `/api/roster-filings/${first.id}.xlsx`, { token: await app.login('office.tianning') })).status).toBe(403);
      expect((await rest(app, 'GET', `/api/roster-filings/${first.id}.xlsx`, { token: await app.login('analyst') })).status).toBe(403);
      expect((await rest(app, 'GET', `/api/roster-filings/${first.id}.xlsx`)).status).toBe(401);
    });
  });
});
