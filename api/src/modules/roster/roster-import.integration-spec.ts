import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import { DEMO_PROVIDERS, demoAccount, demoRoster } from '@fengqiao/seeds';
import ExcelJS from 'exceljs';
import { countQueries, type TestApp } from '../../../test/app.js';
import { makePng, rest, startAppWithUploads, upload } from '../../../test/rest.js';
import { LegalAdviser } from '../adviser/legal-adviser.entity.js';
import { RosterEvent } from '../adviser/roster-event.entity.js';
import { Attachment } from '../attachment/attachment.entity.js';
import { XLSX_MIME } from '../../common/documents/xlsx.js';

const PREVIEW = `mutation($f: ID!) { previewRosterImport(attachmentId: $f) {
  attachmentId rowCount validRowCount canImport
  rows { row name gender phone profession licenceNo providerName providerId serviceScope joinedOn valid }
  problems { row column field code message value }
} }`;
const CONFIRM = `mutation($f: ID!) { confirmRosterImport(attachmentId: $f) { importedCount adviserIds } }`;
const HEADERS = ['姓名', '性别', '联系电话', '职业类别', '执业证号', '所属机构', '服务范围', '加入日期'];
const FIRM = DEMO_PROVIDERS[0]!.name;
const AID = DEMO_PROVIDERS.find((p) => p.kind === 'LEGAL_AID_CENTRE')!.name;

async function workbook(rows: unknown[][], headers = HEADERS): Promise<Buffer> {
  const wb = new ExcelJS.Workbook();
  const ws = wb.addWorksheet('名册');
  ws.addRow(headers);
  for (const r of rows) ws.addRow(r);
  return Buffer.from(await wb.xlsx.writeBuffer());
}

const validRow = (i: number, patch: Partial<Record<string, unknown>> = {}): unknown[] => {
  const row: Record<string, unknown> = {
    姓名: `导入顾问${i}`,
    性别: i % 2 ? '女' : '男',
    联系电话: `139${String(i).padStart(8, '0')}`,
    职业类别: '律师',
    执业证号: `IMP${String(i).padStart(8, '0')}`,
    所属机构: FIRM,
    服务范围: '法律咨询、人民调解',
    加入日期: '2025-03-01',
    ...patch,
  };
  return HEADERS.map((h) => row[h]);
};

describe('RosterImportService', () => {
  let app: TestApp;
  let bureau: string;
  const advisers = () => app.orm.em.fork().count(LegalAdviser, {});
  const uploadBook = async (bytes: Buffer) => {
    const res = await upload(app, bureau, bytes, XLSX_MIME);
    expect(res.status).toBe(201);
    return res.json.id as string;
  };
  beforeAll(async () => {
    app = await startAppWithUploads();
    bureau = await app.login('bureau');
  });
  afterAll(() => app.close());

  describe('GET /api/roster-import/template.xlsx', () => {
    it('gives the bureau a template with the headers, an example row, drop-down lists and its providers', async () => {
      const res = await rest(app, 'GET', '/api/roster-import/template.xlsx', { token: bureau });
      expect(res.status).toBe(200);
      expect(res.headers.get('content-type')).toBe(XLSX_MIME);
      const wb = new ExcelJS.Workbook();
      await wb.xlsx.load(res.bytes as unknown as ExcelJS.Buffer);
      const ws = wb.getWorksheet('名册')!;
      expect((ws.getRow(1).values as unknown[]).slice(1)).toEqual(HEADERS);
      expect(String(ws.getCell('A2').value)).toMatch(/^示例/);
      const validations = Object.entries(
        (ws as unknown as { dataValidations: { model: Record<string, ExcelJS.DataValidation> } }).dataValidations.model,
      );
      const byColumn = (c: string) => validations.find(([address]) => address.startsWith(`${c}2`))?.[1];
      expect(byColumn('B')).toMatchObject({ type: 'list', formulae: ['"男,女"'] });
      expect(byColumn('D')?.formulae[0]).toContain('基层法律服务工作者');
      expect(byColumn('F')?.formulae[0]).toContain('机构');
      expect(byColumn('H')).toMatchObject({ type: 'date' });
      const providers = wb.getWorksheet('机构')!;
      expect(providers.state).toBe('hidden');
      expect(providers.getColumn(1).values.slice(1).sort()).toEqual(DEMO_PROVIDERS.map((p) => p.name).sort());
      expect(wb.getWorksheet('填写说明')).toBeDefined();
    });

    it('refuses other roles and the anonymous', async () => {
      expect((await rest(app, 'GET', '/api/roster-import/template.xlsx', { token: await app.login('office.tianning') })).status).toBe(403);
      expect((await rest(app, 'GET', '/api/roster-import/template.xlsx')).status).toBe(401);
    });

    it('reads back the filled-in template itself, skipping its example row', async () => {
      const res = await rest(app, 'GET', '/api/roster-import/template.xlsx', { token: bureau });
      const wb = new ExcelJS.Workbook();
      await wb.xlsx.load(res.bytes as unknown as ExcelJS.Buffer);
      const ws = wb.getWorksheet('名册')!;
      ws.getRow(3).values = validRow(9001, { 加入日期: new Date(Date.UTC(2025, 1, 14)) }) as ExcelJS.CellValue[];
      const id = await uploadBook(Buffer.from(await wb.xlsx.writeBuffer()));
      const preview = (await app.gql(PREVIEW, { f: id }, bureau)).data.previewRosterImport;
      expect(preview).toMatchObject({ rowCount: 1, validRowCount: 1, canImport: true, problems: [] });
      expect(preview.rows[0]).toMatchObject({ row: 3, name: '导入顾问9001', joinedOn: '2025-02-14', providerId: DEMO_PROVIDERS[0]!.id });
    });
  });

  describe('previewRosterImport', () => {
    it('parses every row and writes nothing', async () => {
      const before = await advisers();
      const id = await uploadBook(
        await workbook([validRow(1), validRow(2, { 职业类别: '法律援助人员', 所属机构: AID, 加入日期: new Date(Date.UTC(2024, 8, 1)) })]),
      );
      const res = await app.gql(PREVIEW, { f: id }, bureau);
      expect(res.errors).toBeUndefined();
      const preview = res.data.previewRosterImport;
      expect(preview).toMatchObject({ attachmentId: id, rowCount: 2, validRowCount: 2, canImport: true, problems: [] });
      expect(preview.rows[1]).toEqual({
        row: 3,
        name: '导入顾问2',
        gender: 'MALE',
        phone: '13900000002',
        profession: 'LEGAL_AID',
        licenceNo: 'IMP00000002',
        providerName: AID,
        providerId: DEMO_PROVIDERS.find((p) => p.name === AID)!.id,
        serviceScope: '法律咨询、人民调解',
        joinedOn: '2024-09-01',
        valid: true,
      });
      expect(await advisers()).toBe(before);
    });

    it('names every problem by row, column and code', async () => {
      const taken = demoRoster()[0]!.licenceNo;
      const id = await uploadBook(
        await workbook([
          validRow(10),
          validRow(11, { 联系电话: '12345' }),
          validRow(12, { 执业证号: 'IMP00000013' }),
          validRow(13),
          validRow(14, { 执业证号: taken }),
          validRow(15, { 所属机构: '不存在的律师事务所' }),
          validRow(16, { 加入日期: '2024-13-45' }),
          validRow(17, { 加入日期: '2099-01-01' }),
          validRow(18, { 姓名: '' }),
          validRow(19, { 性别: '未知' }),
          validRow(20, { 职业类别: '法官' }),
          // The 17-digit licence 11411202010000001 typed into a number cell: Excel keeps the nearest double, this one.
          validRow(21, { 执业证号: 11411202010000000 }),
          [],
          validRow(22),
        ]),
      );
      const preview = (await app.gql(PREVIEW, { f: id }, bureau)).data.previewRosterImport;
      expect(preview.canImport).toBe(false);
      expect(preview.rowCount).toBe(13);
      expect(preview.validRowCount).toBe(2);
      const found = preview.problems.map((p: any) => [p.row, p.column, p.code]);
      expect(found).toEqual([
        [3, '联系电话', 'BAD_PHONE'],
        [4, '执业证号', 'DUPLICATE_IN_FILE'],
        [5, '执业证号', 'DUPLICATE_IN_FILE'],
        [6, '执业证号', 'ALREADY_ON_ROSTER'],
        [7, '所属机构', 'UNKNOWN_PROVIDER'],
        [8, '加入日期', 'BAD_DATE'],
        [9, '加入日期', 'FUTURE_DATE'],
        [10, '姓名', 'REQUIRED'],
        [11, '性别', 'UNKNOWN_GENDER'],
        [12, '职业类别', 'UNKNOWN_PROFESSION'],
        [13, '执业证号', 'DIGITS_LOST'],
      ]);
      expect(preview.problems[1]).toMatchObject({ field: 'licenceNo', value: 'IMP00000013', message: expect.stringContaining('row 5') });
      expect(preview.rows.map((r: any) => r.valid)).toEqual([
        true,
        false,
        false,
        false,
        false,
        false,
        false,
        false,
        false,
        false,
        false,
        false,
        true,
      ]);
    });

    it('refuses cells with control characters (Excel’s _x0000_ escapes included) and imports nothing', async () => {
      const before = await advisers();
      const id = await uploadBook(
        await workbook([
          validRow(40, { 姓名: '导入顾问_x0000_40' }),
          validRow(41, { 联系电话: '1390000_x0007_0041' }),
          validRow(42, { 姓名: '导入\n顾问42' }),
          validRow(43, { 服务范围: '法律咨询\n人民调解' }),
          validRow(44, { 服务范围: '法律咨询_x001B_[31m' }),
        ]),
      );
      const preview = (await app.gql(PREVIEW, { f: id }, bureau)).data.previewRosterImport;
      expect(preview.problems.map((p: any) => [p.row, p.column, p.code])).toEqual([
        [2, '姓名', 'BAD_CHARACTERS'],
        [3, '联系电话', 'BAD_CHARACTERS'],
        [4, '姓名', 'BAD_CHARACTERS'],
        [6, '服务范围', 'BAD_CHARACTERS'],
      ]);
      // Echoed so that a person can see where: the control character shown as a replacement mark.
      expect(preview.problems[0].value).toBe('导入顾问\uFFFD40');
      expect(preview.rows.map((r: any) => r.valid)).toEqual([false, false, false, true, false]);
      const res = await app.gql(CONFIRM, { f: id }, bureau);
      expect(res.errors?.[0]?.extensions?.code).toBe('BAD_USER_INPUT');
      expect(await advisers()).toBe(before);
    });

    it('names a missing column on the header row', async () => {
      const id = await uploadBook(
        await workbook(
          [validRow(30).filter((_, i) => i !== 2)],
          HEADERS.filter((h) => h !== '联系电话'),
        ),
      );
      const preview = (await app.gql(PREVIEW, { f: id }, bureau)).data.previewRosterImport;
      expect(preview.problems).toEqual([expect.objectContaining({ row: 1, column: '联系电话', code: 'MISSING_COLUMN' })]);
      expect(preview.canImport).toBe(false);
    });

    it('refuses an attachment that is not a workbook of yours, naming attachmentId', async () => {
      const photo = (
        await upload(
          app,
          bureau,
          makePng(2, 2, () => [0, 0, 0]),
          'image/png',
        )
      ).json.id;
      for (const f of [photo, '00000000-0000-4000-8000-000000000000']) {
        const res = await app.gql(PREVIEW, { f }, bureau);
        expect(res.errors?.[0]?.extensions).toMatchObject({ code: 'BAD_USER_INPUT', field: 'attachmentId' });
      }
    });
  });

  describe('confirmRosterImport', () => {
    it('refuses a workbook with any invalid row with BAD_USER_INPUT listing the problems, and writes nothing', async () => {
      const before = await advisers();
      const id = await uploadBook(await workbook([validRow(40), validRow(41, { 联系电话: 'abc' })]));
      const res = await app.gql(CONFIRM, { f: id }, bureau);
      expect(res.errors?.[0]?.extensions).toMatchObject({
        code: 'BAD_USER_INPUT',
        field: 'attachmentId',
        problemCount: 1,
        problems: [expect.objectContaining({ row: 3, column: '联系电话', code: 'BAD_PHONE' })],
      });
      expect(await advisers()).toBe(before);
    });

    it('writes every adviser with a JOINED event in one go, once', async () => {
      const before = await advisers();
      const id = await uploadBook(await workbook([validRow(50), validRow(51, { 加入日期: '2024/7/1' })]));
      const res = await app.gql(CONFIRM, { f: id }, bureau);
      expect(res.errors).toBeUndefined();
      expect(res.data.confirmRosterImport.importedCount).toBe(2);
      expect(await advisers()).toBe(before + 2);
      const em = app.orm.em.fork();
      const [a, b] = await Promise.all(
        res.data.confirmRosterImport.adviserIds.map((adviserId: string) => em.findOneOrFail(LegalAdviser, { id: adviserId })),
      );
      expect(a).toMatchObject({ name: '导入顾问50', licenceNo: 'IMP00000050', phone: '13900000050', status: 'ACTIVE' });
      const event = await em.findOneOrFail(RosterEvent, { adviser: b!.id });
      expect(event).toMatchObject({ kind: 'JOINED', effectiveOn: '2024-07-01', reason: '名册导入' });
      expect(event.actor?.id).toBe(demoAccount('bureau').id);
      expect(event.changes).toMatchObject({ name: '导入顾问51', providerId: DEMO_PROVIDERS[0]!.id });
      // The roster query sees them, with their history.
      const listed = await app.gql(`query($id: ID!) { legalAdviser(id: $id) { name provider { name } history { kind } } }`, { id: b!.id }, bureau);
      expect(listed.data.legalAdviser).toEqual({ name: '导入顾问51', provider: { name: FIRM }, history: [{ kind: 'JOINED' }] });

      const again = await app.gql(CONFIRM, { f: id }, bureau);
      expect(again.errors?.[0]?.extensions?.code).toBe('CONFLICT');
      expect(await advisers()).toBe(before + 2);
    });

    it('checks again at confirmation: a licence put on the roster since the preview stops the whole import', async () => {
      const id = await uploadBook(await workbook([validRow(60), validRow(61)]));
      expect((await app.gql(PREVIEW, { f: id }, bureau)).data.previewRosterImport.canImport).toBe(true);
      const created = await app.gql(
        `mutation($i: CreateLegalAdviserInput!) { createLegalAdviser(input: $i) { id } }`,
        {
          i: {
            name: '抢先',
            gender: 'MALE',
            phone: '13900009999',
            profession: 'LAWYER',
            licenceNo: 'IMP00000061',
            providerId: DEMO_PROVIDERS[0]!.id,
            joinedOn: '2025-01-01',
          },
        },
        bureau,
      );
      expect(created.errors).toBeUndefined();
      const before = await advisers();
      const res = await app.gql(CONFIRM, { f: id }, bureau);
      expect(res.errors?.[0]?.extensions).toMatchObject({
        code: 'BAD_USER_INPUT',
        problems: [expect.objectContaining({ row: 3, code: 'ALREADY_ON_ROSTER' })],
      });
      expect(await advisers()).toBe(before);
    });

    it('writes nothing when the database refuses a row midway through the transaction', async () => {
      const rows = Array.from({ length: 1500 }, (_, i) => validRow(1000 + i));
      rows[1400] = validRow(2400, { 姓名: '写入故障' });
      const id = await uploadBook(await workbook(rows));
      const conn = app.orm.em.fork().getConnection();
      // A trigger refuses the JOINED event of one row: by then every adviser row has been inserted.
      await conn.execute(`create function fq_test_refuse() returns trigger language plpgsql as $$
        begin if new.changes->>'name' = '写入故障' then raise exception 'refused by test'; end if; return new; end $$`);
      await conn.execute(`create trigger fq_test_refuse before insert on roster_event for each row execute function fq_test_refuse()`);
      try {
        const before = await advisers();
        const events = await app.orm.em.fork().count(RosterEvent, {});
        const res = await app.gql(CONFIRM, { f: id }, bureau);
        expect(res.errors?.[0]?.extensions?.code).toBe('INTERNAL_SERVER_ERROR');
        expect(await advisers()).toBe(before);
        expect(await app.orm.em.fork().count(RosterEvent, {})).toBe(events);
        // The claim on the file rolled back too: once the fault is gone, the same workbook imports.
        expect((await app.orm.em.fork().findOneOrFail(Attachment, { id })).ownerType).toBeNull();
      } finally {
        await conn.execute('drop trigger fq_test_refuse on roster_event');
        await conn.execute('drop function fq_test_refuse()');
      }
      const retry = await app.gql(CONFIRM, { f: id }, bureau);
      expect(retry.data.confirmRosterImport.importedCount).toBe(1500);
    });

    it('imports 2,000 rows with a handful of SQL statements', async () => {
      const rows = Array.from({ length: 2000 }, (_, i) => validRow(5000 + i));
      const id = await uploadBook(await workbook(rows));
      const started = Date.now();
      const preview = await app.gql(PREVIEW, { f: id }, bureau);
      expect(preview.data.previewRosterImport).toMatchObject({ rowCount: 2000, validRowCount: 2000, canImport: true });
      let res: any;
      const { count } = await countQueries(async () => {
        res = await app.gql(CONFIRM, { f: id }, bureau);
      });
      expect(res.data.confirmRosterImport.importedCount).toBe(2000);
      // Viewer, attachment, providers, licences (2 chunks), begin, claim, 2+2 inserts, commit.
      expect(count).toBeLessThanOrEqual(15);
      expect(Date.now() - started).toBeLessThan(30_000);
    });

    it.each(['office.tianning', 'adviser.1', 'analyst', 'party.1'])('refuses both mutations to %s', async (username) => {
      const token = await app.login(username);
      const id = '00000000-0000-4000-8000-000000000000';
      expect((await app.gql(PREVIEW, { f: id }, token)).errors?.[0]?.extensions?.code).toBe('FORBIDDEN');
      expect((await app.gql(CONFIRM, { f: id }, token)).errors?.[0]?.extensions?.code).toBe('FORBIDDEN');
    });
  });
});
