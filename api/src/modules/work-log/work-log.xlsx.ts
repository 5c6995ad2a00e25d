import { addBodyRow, newWorkbook, styledSheet, toBuffer } from '../../common/documents/xlsx.js';
import type { CheckRow, LogRow } from './work-log.export.js';
import { chineseMonth } from './month.js';

export const LOG_HEADERS = [
  '序号',
  '法律顾问',
  '服务时间',
  '村（社区）',
  '服务类别',
  '服务方式',
  '服务对象',
  '联系电话',
  '服务事项',
  '服务内容',
  '时长（分钟）',
  '关联案件',
  '讲座地点',
  '参加人数',
];
const LOG_WIDTHS = [6, 10, 17, 14, 10, 8, 10, 14, 24, 40, 8, 22, 16, 8];
export const CHECK_HEADERS = [
  '序号',
  '月份',
  '法律顾问',
  '乡镇',
  '日志完整',
  '季度培训按计划',
  '公示牌已张贴',
  '案件跟进到位',
  '评定等次',
  '核查意见',
  '工作亮点',
  '核查人',
  '核查时间',
];
const CHECK_WIDTHS = [6, 9, 10, 10, 9, 9, 9, 9, 8, 30, 40, 12, 17];

const yes = (b: boolean) => (b ? '是' : '否');

export async function workLogWorkbook(month: string, rows: LogRow[], scope: string): Promise<Buffer> {
  const wb = newWorkbook('枫桥');
  const minutes = rows.reduce((sum, r) => sum + r.durationMin, 0);
  const ws = styledSheet(wb, {
    name: '工作日志',
    title: `村（社区）法律顾问工作日志（${chineseMonth(month)}）`,
    subtitle: `${scope}　共${rows.length}条　合计${minutes}分钟`,
    headers: LOG_HEADERS,
    widths: LOG_WIDTHS,
    textColumns: [8],
  });
  rows.forEach((r, i) => {
    addBodyRow(
      ws,
      [
        i + 1,
        r.adviser,
        r.at,
        r.village,
        r.category,
        r.mode,
        r.personServed,
        r.phone,
        r.matter,
        r.content,
        r.durationMin,
        r.caseNo,
        r.venue,
        r.attendeeCount,
      ],
      [9, 10],
    );
  });
  return toBuffer(wb);
}

export async function checksWorkbook(month: string | null, rows: CheckRow[]): Promise<Buffer> {
  const wb = newWorkbook('枫桥');
  const ws = styledSheet(wb, {
    name: '每月核查',
    title: `法律顾问每月核查情况${month ? `（${chineseMonth(month)}）` : ''}`,
    headers: CHECK_HEADERS,
    widths: CHECK_WIDTHS,
  });
  rows.forEach((r, i) => {
    addBodyRow(
      ws,
      [
        i + 1,
        r.month,
        r.adviser,
        r.township,
        yes(r.logComplete),
        yes(r.trainingOnTrack),
        yes(r.noticeBoardPosted),
        yes(r.casesFollowedUp),
        r.rating,
        r.notes,
        r.highlights,
        r.checkedBy,
        r.checkedAt,
      ],
      [10, 11],
    );
  });
  return toBuffer(wb);
}
