import { enumLabel } from '@fengqiao/labels';
import type ExcelJS from 'exceljs';
import { printedTime as when } from '../../common/documents/format.js';
import { addBodyRow, newWorkbook, styledSheet, toBuffer } from '../../common/documents/xlsx.js';
import { QuarterStatus } from './training.enums.js';
import type { Training } from './training.entity.js';
import type { TrainingCompliance, TrainingComplianceRow, TrainingQuarterCell } from './training.types.js';

/** A training as the workbook prints it. */
export type PrintedTraining = Pick<
  Training,
  'id' | 'title' | 'at' | 'venue' | 'mode' | 'cadres' | 'gridWorkers' | 'mediators' | 'legalUnderstanding' | 'others' | 'topics'
>;

/**
 * What the trainings workbook prints, as plain data (training.routes.ts projects `trainingExport` onto it): it is sent
 * to a document worker thread, so it holds no entity.
 */
export interface TrainingWorkbookData {
  compliance: Pick<TrainingCompliance, 'year' | 'regionName' | 'villageCount' | 'quartersEnded' | 'required' | 'done' | 'missing'> & {
    rows: Array<
      Pick<TrainingComplianceRow, 'townshipId' | 'doneCount' | 'missingCount'> & {
        village: { id: string; name: string };
        quarters: Array<Pick<TrainingQuarterCell, 'quarter' | 'status' | 'trainingCount'>>;
      }
    >;
  };
  villageTrainings: Array<{ training: PrintedTraining; township: string; village: string; adviser: string; photoCount: number }>;
  annual: PrintedTraining[];
  attendance: Array<{ adviser: { name: string; profession: string }; attended: boolean; trainings: Array<Pick<Training, 'id' | 'title' | 'at'>> }>;
  townshipNames: Map<string, string>;
  /** Village id → the name of the adviser serving it today. */
  adviserNames: Map<string, string>;
}

export const GRID_HEADERS = [
  '序号',
  '乡镇',
  '村（社区）',
  '法律顾问',
  '第一季度',
  '第二季度',
  '第三季度',
  '第四季度',
  '已开展（季度）',
  '未开展（季度）',
];
export const VILLAGE_TRAINING_HEADERS = [
  '序号',
  '乡镇',
  '村（社区）',
  '法律顾问',
  '培训主题',
  '培训时间',
  '培训地点',
  '方式',
  '两委干部',
  '网格员',
  '人民调解员',
  '法律明白人',
  '其他',
  '合计',
  '图片佐证（张）',
];
export const ANNUAL_HEADERS = ['序号', '培训名称', '培训时间', '培训地点', '方式', '培训内容', '参训法律顾问（人）'];
export const ATTENDANCE_HEADERS = ['序号', '姓名', '职业类别', '是否参训', '参加的培训'];

const MISSING_FILL: ExcelJS.Fill = { type: 'pattern', pattern: 'solid', fgColor: { argb: 'FFFADBD8' } };

/** The year's trainings of a region as the bureau prints them: the compliance grid, village trainings, the annual training. */
export async function trainingWorkbook(data: TrainingWorkbookData, countyName: string): Promise<Buffer> {
  const { compliance: c } = data;
  const wb = newWorkbook(`${countyName}司法局`);

  const grid = styledSheet(wb, {
    name: '培训达标情况',
    title: `${c.regionName}${c.year}年村（社区）法律顾问季度法治培训开展情况`,
    subtitle: `村（社区）${c.villageCount}个，已结束季度${c.quartersEnded}个，应开展${c.required}村次，已开展${c.done}村次，未开展${c.missing}村次`,
    headers: GRID_HEADERS,
    widths: [6, 14, 18, 12, 14, 14, 14, 14, 14, 14],
  });
  c.rows.forEach((row, i) => {
    const r = addBodyRow(grid, [
      i + 1,
      data.townshipNames.get(row.townshipId) ?? '',
      row.village.name,
      data.adviserNames.get(row.village.id) ?? '（未结对）',
      ...row.quarters.map((q) => {
        const status = enumLabel('QuarterStatus', q.status);
        return q.status === QuarterStatus.DONE && q.trainingCount > 1 ? `${status}（${q.trainingCount}次）` : status;
      }),
      row.doneCount,
      row.missingCount,
    ]);
    row.quarters.forEach((q) => {
      if (q.status === QuarterStatus.MISSING) grid.getCell(r, 5 + q.quarter - 1).fill = MISSING_FILL;
    });
  });

  const village = styledSheet(wb, {
    name: '村居季度培训',
    title: `${c.regionName}${c.year}年村（社区）法治培训登记表`,
    subtitle: `共${data.villageTrainings.length}场`,
    headers: VILLAGE_TRAINING_HEADERS,
    widths: [6, 12, 16, 10, 28, 17, 22, 6, 9, 8, 10, 10, 6, 6, 10],
  });
  data.villageTrainings.forEach((t, i) => {
    const x = t.training;
    addBodyRow(
      village,
      [
        i + 1,
        t.township,
        t.village,
        t.adviser,
        x.title,
        when(x.at),
        x.venue,
        enumLabel('TrainingMode', x.mode),
        x.cadres,
        x.gridWorkers,
        x.mediators,
        x.legalUnderstanding,
        x.others,
        x.cadres + x.gridWorkers + x.mediators + x.legalUnderstanding + x.others,
        t.photoCount,
      ],
      [5, 7],
    );
  });

  const annual = styledSheet(wb, {
    name: '年度培训',
    title: `${countyName}司法局${c.year}年村（社区）法律顾问培训`,
    subtitle: `共${data.annual.length}场`,
    headers: ANNUAL_HEADERS,
    widths: [6, 30, 17, 22, 6, 40, 12],
  });
  const attendeesOf = new Map<string, number>();
  for (const a of data.attendance) for (const t of a.trainings) attendeesOf.set(t.id, (attendeesOf.get(t.id) ?? 0) + 1);
  data.annual.forEach((t, i) => {
    addBodyRow(
      annual,
      [
        i + 1,
        t.title,
        when(t.at),
        t.venue,
        enumLabel('TrainingMode', t.mode),
        t.topics.map((k) => enumLabel('TrainingTopic', k)).join('、'),
        attendeesOf.get(t.id) ?? 0,
      ],
      [2, 6],
    );
  });

  const attended = data.attendance.filter((a) => a.attended).length;
  const people = styledSheet(wb, {
    name: '参训情况',
    title: `${c.year}年法律顾问参加年度培训情况`,
    subtitle: `法律顾问${data.attendance.length}人，已参训${attended}人，未参训${data.attendance.length - attended}人`,
    headers: ATTENDANCE_HEADERS,
    widths: [6, 12, 20, 10, 50],
  });
  data.attendance.forEach((a, i) => {
    const r = addBodyRow(
      people,
      [
        i + 1,
        a.adviser.name,
        enumLabel('Profession', a.adviser.profession),
        a.attended ? '是' : '否',
        a.trainings.map((t) => `${t.title}（${when(t.at).slice(0, 10)}）`).join('；'),
      ],
      [5],
    );
    if (!a.attended) people.getCell(r, 4).fill = MISSING_FILL;
  });

  return toBuffer(wb);
}
