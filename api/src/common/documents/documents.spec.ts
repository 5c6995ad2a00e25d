import { describe, expect, it } from '@jest/globals';
import ExcelJS from 'exceljs';
import { chinesePeriod, printedTime, yuanNumber, yuanText } from './format.js';
import { addBodyRow, newWorkbook, styledSheet, toBuffer } from './xlsx.js';

describe('styledSheet', () => {
  it('lays out title, subtitle and a header frozen and repeated on every page, then numbered body rows', async () => {
    const wb = newWorkbook('枫桥');
    const ws = styledSheet(wb, {
      name: '表',
      title: '标题',
      subtitle: '副标题',
      headers: ['序号', '姓名'],
      widths: [6, 12],
      textColumns: [2],
      frozenColumns: 1,
    });
    expect([addBodyRow(ws, [1, '张三']), addBodyRow(ws, [2, '李四'], [2])]).toEqual([4, 5]);
    const read = new ExcelJS.Workbook();
    await read.xlsx.load((await toBuffer(wb)) as never);
    const sheet = read.getWorksheet('表')!;
    expect(read.creator).toBe('枫桥');
    expect([sheet.getCell(1, 1).value, sheet.getCell(2, 1).value, sheet.getRow(3).values]).toEqual(['标题', '副标题', [undefined, '序号', '姓名']]);
    expect(sheet.getRow(5).values).toEqual([undefined, 2, '李四']);
    expect(sheet.views[0]).toMatchObject({ state: 'frozen', ySplit: 3, xSplit: 1 });
    expect(sheet.pageSetup.printTitlesRow).toBe('3:3');
    expect(sheet.getColumn(2).numFmt).toBe('@');
  });

  it('puts the header on the second row when there is no subtitle', () => {
    const ws = styledSheet(newWorkbook('枫桥'), { name: '表', title: '标题', headers: ['序号'], widths: [6] });
    expect(ws.getCell(2, 1).value).toBe('序号');
    expect(addBodyRow(ws, [1])).toBe(3);
    expect(ws.pageSetup.printTitlesRow).toBe('2:2');
  });
});

describe('printedTime', () => {
  it('prints an instant to the minute in Asia/Shanghai', () => {
    expect(printedTime(new Date('2026-05-20T16:30:59Z'))).toBe('2026-05-21 00:30');
  });
});

describe('money and periods on documents', () => {
  it('prints fen as yuan with two decimals and thousands separators, from integers only', () => {
    expect(yuanText(0)).toBe('0.00');
    expect(yuanText(5)).toBe('0.05');
    expect(yuanText(30_001)).toBe('300.01');
    expect(yuanText(123_456_789)).toBe('1,234,567.89');
    expect(yuanText(-1_005)).toBe('-10.05');
    expect(() => yuanText(1.5)).toThrow(RangeError);
  });

  it('gives the fen back from a yuan cell', () => {
    for (const fen of [1, 29, 1_005, 30_001, 9_007_199_254_740]) expect(Math.round(yuanNumber(fen) * 100)).toBe(fen);
  });

  it('names months and quarters in Chinese', () => {
    expect(chinesePeriod('2026-07')).toBe('2026年7月');
    expect(chinesePeriod('2026-Q3')).toBe('2026年第三季度');
    expect(chinesePeriod('2026-Y')).toBe('2026年度结算');
  });
});
