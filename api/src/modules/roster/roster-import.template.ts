import { ENUM_LABELS } from '@fengqiao/labels';
import type ExcelJS from 'exceljs';
import { EXAMPLE_MARK, GENDER_WORDS, IMPORT_COLUMNS, MAX_IMPORT_ROWS, PROFESSION_WORDS } from './roster-import.parse.js';
import { excel, FONT, headerRow, textColumns, toBuffer } from '../../common/documents/xlsx.js';

type ValidationSheet = { dataValidations: { add(range: string, validation: ExcelJS.DataValidation): void } };

const NOTES: Record<string, string> = {
  姓名: '必填。以“示例”开头的行不会导入。',
  性别: `必填：${GENDER_WORDS.join(' 或 ')}`,
  联系电话: '必填：手机号（11位）或座机（如 0358-3520001）',
  职业类别: `必填：${PROFESSION_WORDS.join('、')}`,
  执业证号: '必填，不得与名册或本表其他行重复；请按文本填写，勿转为数字',
  所属机构: '必填：须与系统中“法律服务机构”的名称一致，可从下拉列表选择',
  服务范围: '选填，500字以内',
  加入日期: '必填：YYYY-MM-DD，如 2024-05-20，不得晚于今天',
};

const indexOf = (field: string) => IMPORT_COLUMNS.findIndex((c) => c.field === field) + 1;
const column = (field: string) => String.fromCharCode(64 + indexOf(field));

/** The workbook the bureau fills in: header, an example row, drop-down lists and a sheet of instructions. */
export async function importTemplate(providerNames: string[]): Promise<Buffer> {
  const wb = new (excel().Workbook)();
  const ws = wb.addWorksheet('名册', { views: [{ state: 'frozen', ySplit: 1 }] });
  IMPORT_COLUMNS.forEach((c, i) => {
    ws.getColumn(i + 1).width = c.width;
  });
  textColumns(ws, [indexOf('phone'), indexOf('licenceNo')]);
  ws.getColumn(indexOf('joinedOn')).numFmt = 'yyyy-mm-dd';
  headerRow(
    ws,
    1,
    IMPORT_COLUMNS.map((c) => c.header),
  );
  IMPORT_COLUMNS.forEach((c, i) => {
    const cell = ws.getCell(1, i + 1);
    cell.note = NOTES[c.header] ?? '';
    if (c.required) cell.font = { name: FONT, size: 11, bold: true, color: { argb: 'FFB3261E' } };
  });

  const example = ws.getRow(2);
  example.values = [
    `${EXAMPLE_MARK}：张三`,
    ENUM_LABELS.Gender['zh-CN'].MALE,
    '13900000000',
    ENUM_LABELS.Profession['zh-CN'].LAWYER,
    '14112020100000990',
    providerNames[0] ?? '山西某某律师事务所',
    '法律咨询、矛盾纠纷排查与调解、调解协议把关、法治宣传',
    new Date(Date.UTC(2024, 4, 20)),
  ];
  example.eachCell((cell) => (cell.font = { name: FONT, size: 10.5, italic: true, color: { argb: 'FF808080' } }));

  // Drop-down lists where Excel has them; the import checks every value again anyway.
  const last = MAX_IMPORT_ROWS + 1;
  const dv = (ws as unknown as ValidationSheet).dataValidations;
  const list = (field: string, formula: string, error: string) =>
    dv.add(`${column(field)}2:${column(field)}${last}`, {
      type: 'list',
      allowBlank: true,
      formulae: [formula],
      showErrorMessage: true,
      errorStyle: 'error',
      errorTitle: '请从列表中选择',
      error,
    });
  list('gender', `"${GENDER_WORDS.join(',')}"`, `性别只能填写${GENDER_WORDS.map((w) => `“${w}”`).join('或')}`);
  list('profession', `"${PROFESSION_WORDS.join(',')}"`, '请从下拉列表中选择职业类别');
  if (providerNames.length) {
    const providers = wb.addWorksheet('机构', { state: 'hidden' });
    providerNames.forEach((name, i) => {
      providers.getCell(i + 1, 1).value = name;
    });
    list('providerName', `'机构'!$A$1:$A$${providerNames.length}`, '所属机构须与系统中的法律服务机构名称一致');
  }
  dv.add(`${column('joinedOn')}2:${column('joinedOn')}${last}`, {
    type: 'date',
    operator: 'between',
    allowBlank: true,
    formulae: [new Date(Date.UTC(1980, 0, 1)), new Date(Date.UTC(2099, 11, 31))],
    showErrorMessage: true,
    errorTitle: '日期格式不正确',
    error: '请填写日期，如 2024-05-20',
  });

  const help = wb.addWorksheet('填写说明');
  help.getColumn(1).width = 100;
  [
    '村（社区）法律顾问名册导入说明',
    '1. 在“名册”工作表中每行填写一名法律顾问，第一行为表头，请勿修改表头文字。',
    `2. 第二行为示例（姓名以“${EXAMPLE_MARK}”开头），导入时自动跳过，可删除。`,
    ...IMPORT_COLUMNS.map((c, i) => `${i + 3}. ${c.header}：${NOTES[c.header]}`),
    `${IMPORT_COLUMNS.length + 3}. 上传后系统逐行检查并列出全部问题；只有全部行都正确时才能确认导入，导入在同一事务中完成，不会只导入一部分。`,
    `${IMPORT_COLUMNS.length + 4}. 每个文件最多 ${MAX_IMPORT_ROWS} 行。`,
  ].forEach((line, i) => {
    const cell = help.getCell(i + 1, 1);
    cell.value = line;
    cell.font = { name: FONT, size: i === 0 ? 14 : 11, bold: i === 0 };
    cell.alignment = { wrapText: true, vertical: 'middle' };
  });
  return toBuffer(wb);
}
