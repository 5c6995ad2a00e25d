import { describe, expect, it } from 'vitest';
import { createI18nProvider } from '../../i18n';
import { canConfirm, markPreview, problemKey, problemMessage, type ImportPreview, type ImportProblem } from './importCells';

const problem = (p: Partial<ImportProblem>): ImportProblem => ({
  row: null,
  column: null,
  field: null,
  code: 'REQUIRED',
  message: 'server text',
  value: null,
  ...p,
});

const preview = (over: Partial<ImportPreview> = {}): ImportPreview => ({
  attachmentId: 'f1',
  canImport: false,
  rowCount: 2,
  validRowCount: 1,
  rows: [
    {
      row: 2,
      name: '张三',
      gender: 'MALE',
      phone: '13912345678',
      profession: 'LAWYER',
      licenceNo: 'A1',
      providerName: '卦山',
      providerId: 'p1',
      serviceScope: '',
      joinedOn: '2025-01-02',
      valid: true,
    },
    {
      row: 3,
      name: '李四',
      gender: null,
      phone: null,
      profession: 'LAWYER',
      licenceNo: 'A2',
      providerName: null,
      providerId: null,
      serviceScope: '',
      joinedOn: null,
      valid: false,
    },
  ],
  problems: [
    problem({ row: 3, field: 'gender', column: '性别', code: 'UNKNOWN_GENDER', value: '未知' }),
    problem({ row: 3, field: 'phone', column: '联系电话', code: 'BAD_PHONE', value: '12345' }),
    problem({ row: 3, field: 'providerName', column: '所属机构', code: 'UNKNOWN_PROVIDER', value: '不存在的所' }),
  ],
  ...over,
});

describe('markPreview', () => {
  it('marks every cell named in a problem, showing the cell as read', () => {
    const marked = markPreview(preview());
    expect(marked.badCellCount).toBe(3);
    expect(marked.fileProblems).toEqual([]);
    const [good, bad] = marked.rows;
    expect(good!.valid).toBe(true);
    expect(Object.values(good!.cells).every((c) => c.problems.length === 0)).toBe(true);
    expect(good!.cells.gender).toEqual({ value: 'MALE', isEnum: true, problems: [] });
    expect(bad!.valid).toBe(false);
    expect(bad!.cells.gender.value).toBe('未知');
    expect(bad!.cells.gender.isEnum).toBe(false);
    expect(bad!.cells.phone.problems.map((p) => p.code)).toEqual(['BAD_PHONE']);
    expect(bad!.cells.providerName.value).toBe('不存在的所');
    expect(bad!.cells.name.problems).toEqual([]);
    expect(bad!.cells.joinedOn.value).toBeNull();
  });

  it('keeps several problems of one cell together', () => {
    const marked = markPreview(
      preview({
        problems: [
          problem({ row: 2, field: 'licenceNo', code: 'DUPLICATE_IN_FILE', value: 'A1' }),
          problem({ row: 2, field: 'licenceNo', code: 'ALREADY_ON_ROSTER', value: 'A1' }),
        ],
      }),
    );
    expect(marked.rows[0]!.cells.licenceNo.problems.map((p) => p.code)).toEqual(['DUPLICATE_IN_FILE', 'ALREADY_ON_ROSTER']);
    expect(marked.rows[0]!.valid).toBe(false);
    expect(marked.badCellCount).toBe(1);
  });

  it('puts problems without a row, or on the header row, with the file; without a field, with the row', () => {
    const marked = markPreview(
      preview({
        rows: [preview().rows[0]!],
        problems: [
          problem({ code: 'UNREADABLE' }),
          problem({ row: 1, field: 'phone', column: '联系电话', code: 'MISSING_COLUMN' }),
          problem({ row: 2, code: 'TOO_LONG' }),
        ],
      }),
    );
    expect(marked.fileProblems.map((p) => p.code)).toEqual(['UNREADABLE', 'MISSING_COLUMN']);
    expect(marked.rows[0]!.rowProblems.map((p) => p.code)).toEqual(['TOO_LONG']);
    expect(marked.rows[0]!.valid).toBe(false);
  });
});

describe('problemKey', () => {
  it('tells apart the problems of one cell, of one row and of the file, and stays the same for the same problem', () => {
    const problems = [
      problem({ row: 2, field: 'licenceNo', column: '执业证号', code: 'DUPLICATE_IN_FILE', value: 'A1' }),
      problem({ row: 2, field: 'licenceNo', column: '执业证号', code: 'ALREADY_ON_ROSTER', value: 'A1' }),
      problem({ row: 3, field: 'licenceNo', column: '执业证号', code: 'DUPLICATE_IN_FILE', value: 'A1' }),
      problem({ row: 1, field: 'name', column: '姓名', code: 'MISSING_COLUMN' }),
      problem({ row: 1, field: 'licenceNo', column: '执业证号', code: 'MISSING_COLUMN' }),
      problem({ code: 'UNREADABLE' }),
      problem({ code: 'NO_ROWS' }),
    ];
    expect(new Set(problems.map(problemKey)).size).toBe(problems.length);
    expect(problemKey(problems[0]!)).toBe(problemKey({ ...problems[0]!, message: 'other words' }));
  });
});

describe('problemMessage', () => {
  it('says each problem in the console language, with the column and value', () => {
    const zh = createI18nProvider('zh-CN').translate;
    const en = createI18nProvider('en').translate;
    expect(problemMessage(zh, problem({ code: 'REQUIRED', column: '姓名' }))).toBe('姓名为必填项');
    expect(problemMessage(zh, problem({ code: 'UNKNOWN_PROVIDER', value: '不存在的所' }))).toContain('“不存在的所”');
    expect(problemMessage(en, problem({ code: 'BAD_DATE', column: '加入日期' }))).toBe('加入日期 is not a date; write YYYY-MM-DD');
    // A code this console does not know yet: the server's own words.
    expect(problemMessage(zh, problem({ code: 'SOMETHING_NEW' as ImportProblem['code'], message: 'Something new is wrong' }))).toBe(
      'Something new is wrong',
    );
  });
});

describe('canConfirm', () => {
  it('only when the API says so and nothing is marked', () => {
    expect(canConfirm(preview())).toBe(false);
    expect(canConfirm(preview({ canImport: true, problems: [] }))).toBe(true);
    expect(canConfirm(preview({ canImport: true }))).toBe(false);
    expect(canConfirm(preview({ canImport: true, problems: [], rowCount: 0 }))).toBe(false);
    expect(canConfirm(null)).toBe(false);
  });
});
