import { enumLabel } from '@fengqiao/labels';
import type ExcelJS from 'exceljs';
import { printedTime as when } from '../../common/documents/format.js';
import { addBodyRow, newWorkbook, styledSheet, toBuffer } from '../../common/documents/xlsx.js';
import type { ActionItem, ConsultationMeeting } from './consultation-meeting.entity.js';

export const MEETING_HEADERS = [
  '序号',
  '会商时间',
  '会商地点',
  '会议名称',
  '参加单位',
  '议程',
  '会议纪要',
  '议定事项',
  '工作事项（项）',
  '逾期未完成（项）',
];
export const ITEM_HEADERS = ['序号', '会议名称', '会商时间', '工作事项', '责任单位', '完成时限', '状态', '是否逾期', '完成时间', '进展说明'];
const OVERDUE_FILL: ExcelJS.Fill = { type: 'pattern', pattern: 'solid', fgColor: { argb: 'FFFADBD8' } };

/**
 * What the meetings workbook prints, as plain data (meeting.routes.ts projects `meetingExport` onto it), with each
 * item's `overdue` already decided on the date `on`: the workbook is rendered in a document worker thread, which
 * neither holds entities nor reads the server's clock.
 */
export interface MeetingWorkbookData {
  /** The day the workbook speaks of (today, Asia/Shanghai). */
  on: string;
  meetings: Array<{
    meeting: Pick<ConsultationMeeting, 'title' | 'at' | 'venue' | 'agenda' | 'minutes' | 'decisions'>;
    participants: Array<{ name: string }>;
    items: Array<Pick<ActionItem, 'title' | 'ownerName' | 'dueOn' | 'status' | 'doneAt' | 'note'> & { overdue: boolean }>;
  }>;
}

/** A year's consultation meetings and their action items, overdue ones marked. */
export async function meetingWorkbook(data: MeetingWorkbookData, heading: string, year: number): Promise<Buffer> {
  const wb = newWorkbook(heading);
  const on = data.on;
  const items = data.meetings.flatMap((m) => m.items.map((item) => ({ meeting: m.meeting, item })));
  const overdue = items.filter((x) => x.item.overdue).length;

  const meetings = styledSheet(wb, {
    name: '会商会议',
    title: `${heading}${year}年村（社区）法律顾问工作会商情况`,
    subtitle: `会商${data.meetings.length}次，工作事项${items.length}项，逾期未完成${overdue}项`,
    headers: MEETING_HEADERS,
    widths: [6, 17, 20, 26, 36, 36, 40, 36, 10, 10],
  });
  data.meetings.forEach((m, i) => {
    addBodyRow(
      meetings,
      [
        i + 1,
        when(m.meeting.at),
        m.meeting.venue,
        m.meeting.title,
        m.participants.map((p) => p.name).join('、'),
        m.meeting.agenda,
        m.meeting.minutes ?? '',
        m.meeting.decisions ?? '',
        m.items.length,
        m.items.filter((x) => x.overdue).length,
      ],
      [4, 5, 6, 7, 8],
    );
  });

  const list = styledSheet(wb, {
    name: '工作事项',
    title: `${heading}${year}年会商工作事项落实情况`,
    subtitle: `截至${on}`,
    headers: ITEM_HEADERS,
    widths: [6, 26, 17, 36, 20, 12, 8, 8, 17, 36],
  });
  items.forEach(({ meeting, item }, i) => {
    const late = item.overdue;
    const r = addBodyRow(
      list,
      [
        i + 1,
        meeting.title,
        when(meeting.at),
        item.title,
        item.ownerName,
        item.dueOn,
        enumLabel('ActionItemStatus', item.status),
        late ? '是' : '否',
        item.doneAt ? when(item.doneAt) : '',
        item.note ?? '',
      ],
      [2, 4, 10],
    );
    if (late) list.getCell(r, 8).fill = OVERDUE_FILL;
  });
  return toBuffer(wb);
}
