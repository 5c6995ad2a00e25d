import ExcelJS from 'exceljs';
import { today } from '../../common/graphql/dates.js';
import { toShanghaiIso } from '../../common/graphql/scalars.js';
import { bodyRow, headerRow, printSetup, titleRow, toBuffer } from '../roster/xlsx-style.js';
import { ActionItemStatus } from './meeting.enums.js';
import { isOverdue, type MeetingExport } from './meeting.service.js';

export const MEETING_HEADERS = ['序号', '会商时间', '会商地点', '会议名称', '参加单位', '议程', '会议纪要', '议定事项', '工作事项（项）', '逾期未完成（项）'];
export const ITEM_HEADERS = ['序号', '会议名称', '会商时间', '工作事项', '责任单位', '完成时限', '状态', '是否逾期', '完成时间', '进展说明'];
const OVERDUE_FILL: ExcelJS.Fill = { type: 'pattern', pattern: 'solid', fgColor: { argb: 'FFFADBD8' } };

function when(at: Date): string {
  return toShanghaiIso(at).slice(0, 16).replace('T', ' ');
}

function sheet(wb: ExcelJS.Workbook, name: string, title: string, subtitle: string, headers: string[], widths: number[]) {
  const ws = wb.addWorksheet(name, { views: [{ state: 'frozen', ySplit: 3 }] });
  widths.forEach((w, i) => (ws.getColumn(i + 1).width = w));
  titleRow(ws, 1, headers.length, title);
  titleRow(ws, 2, headers.length, subtitle, 11);
  headerRow(ws, 3, headers);
  printSetup(ws, 3);
  return ws;
}

/** A year's consultation meetings and their action items, overdue ones marked. */
export async function meetingWorkbook(data: MeetingExport, heading: string, year: number): Promise<Buffer> {
  const wb = new ExcelJS.Workbook();
  wb.creator = heading;
  const on = today();
  const items = data.meetings.flatMap((m) => m.items.map((item) => ({ meeting: m.meeting, item })));
  const overdue = items.filter((x) => isOverdue(x.item, on)).length;

  const meetings = sheet(wb, '会商会议', `${heading}${year}年村（社区）法律顾问工作会商情况`, `会商${data.meetings.length}次，工作事项${items.length}项，逾期未完成${overdue}项`,
    MEETING_HEADERS, [6, 17, 20, 26, 36, 36, 40, 36, 10, 10]);
  data.meetings.forEach((m, i) => {
    bodyRow(meetings, 4 + i, [
      i + 1, when(m.meeting.at), m.meeting.venue, m.meeting.title, m.participants.map((p) => p.name).join('、'), m.meeting.agenda,
      m.meeting.minutes ?? '', m.meeting.decisions ?? '', m.items.length, m.items.filter((x) => isOverdue(x, on)).length,
    ], [4, 5, 6, 7, 8]);
  });

  const list = sheet(wb, '工作事项', `${heading}${year}年会商工作事项落实情况`, `截至${on}`, ITEM_HEADERS, [6, 26, 17, 36, 20, 12, 8, 8, 17, 36]);
  items.forEach(({ meeting, item }, i) => {
    const late = isOverdue(item, on);
    bodyRow(list, 4 + i, [
      i + 1, meeting.title, when(meeting.at), item.title, item.ownerName, item.dueOn, item.status === ActionItemStatus.DONE ? '已完成' : '未完成',
      late ? '是' : '否', item.doneAt ? when(item.doneAt) : '', item.note ?? '',
    ], [2, 4, 10]);
    if (late) list.getCell(4 + i, 8).fill = OVERDUE_FILL;
  });
  return toBuffer(wb);
}
