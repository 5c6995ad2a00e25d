import { enumLabel } from '@fengqiao/labels';
import { chineseDate, printedTime } from '../../common/documents/format.js';
import { addBodyRow, newWorkbook, styledSheet, toBuffer } from '../../common/documents/xlsx.js';
import { villagesText } from './filing-diff.js';
import type { FiledAdviserRecord, RosterFiling } from './roster-filing.entity.js';

/** A filing as the workbook prints it: its plain columns (the snapshot and the diff are JSON), no entity. */
export type PrintedFiling = Pick<RosterFiling, 'number' | 'asOf' | 'filedAt' | 'snapshot' | 'diff'>;

export const FILING_HEADERS = ['序号', '姓名', '性别', '职业类别', '执业证号', '所属机构', '联系电话', '服务范围', '结对村（社区）'];
const FILING_WIDTHS = [6, 10, 6, 18, 22, 28, 15, 36, 36];
export const CHANGE_HEADERS = ['序号', '变动类型', '姓名', '执业证号', '变动事项', '变动前', '变动后'];
const CHANGE_WIDTHS = [6, 10, 10, 22, 14, 40, 40];

const FIELD_LABELS: Record<string, string> = {
  name: '姓名',
  gender: '性别',
  phone: '联系电话',
  profession: '职业类别',
  licenceNo: '执业证号',
  provider: '所属机构',
  serviceScope: '服务范围',
  villages: '结对村（社区）',
};

function shown(field: string, value: string | null): string {
  if (value === null || value === '') return '—';
  if (field === 'gender') return enumLabel('Gender', value);
  if (field === 'profession') return enumLabel('Profession', value);
  return value;
}

function summary(e: FiledAdviserRecord): string {
  return [enumLabel('Profession', e.profession), e.provider, e.phone].filter(Boolean).join('，');
}

/** The filing as a workbook a clerk prints and sends to the city bureau: the roster, then what changed. */
export async function filingWorkbook(filing: PrintedFiling, county: string): Promise<Buffer> {
  const wb = newWorkbook(`${county}司法局`);
  wb.created = filing.filedAt;

  const roster = styledSheet(wb, {
    name: '备案名册',
    title: `${county}村（社区）法律顾问名册`,
    subtitle: `第${filing.number}次备案　截至${chineseDate(filing.asOf)}　共${filing.snapshot.length}人　备案时间：${printedTime(filing.filedAt)}`,
    headers: FILING_HEADERS,
    widths: FILING_WIDTHS,
    textColumns: [5, 7],
  });
  filing.snapshot.forEach((e, i) => {
    addBodyRow(
      roster,
      [
        i + 1,
        e.name,
        enumLabel('Gender', e.gender),
        enumLabel('Profession', e.profession),
        e.licenceNo,
        e.provider ?? '',
        e.phone,
        e.serviceScope,
        villagesText(e),
      ],
      [6, 8, 9],
    );
  });

  const { diff } = filing;
  const changes = styledSheet(wb, {
    name: '变动情况',
    title: diff.previousNumber
      ? `第${filing.number}次备案与第${diff.previousNumber}次备案相比的变动情况`
      : `第${filing.number}次备案变动情况（首次备案，名册中人员均列为新增）`,
    titleSize: 14,
    subtitle: `新增${diff.added.length}人，移出${diff.removed.length}人，信息变更${diff.changed.length}人`,
    headers: CHANGE_HEADERS,
    widths: CHANGE_WIDTHS,
    textColumns: [4],
  });
  const rows: string[][] = [
    ...diff.added.map((e) => ['新增', e.name, e.licenceNo, enumLabel('RosterEventKind', 'JOINED'), '—', summary(e)]),
    ...diff.removed.map((e) => ['移出', e.name, e.licenceNo, enumLabel('RosterEventKind', 'REMOVED'), summary(e), '—']),
    ...diff.changed.flatMap((c) =>
      c.changes.map((ch) => [
        enumLabel('RosterEventKind', 'CHANGED'),
        c.name,
        c.licenceNo,
        FIELD_LABELS[ch.field] ?? ch.field,
        shown(ch.field, ch.from),
        shown(ch.field, ch.to),
      ]),
    ),
  ];
  if (!rows.length) rows.push(['无变动', '—', '—', '—', '—', '—']);
  rows.forEach((r, i) => {
    addBodyRow(changes, [i + 1, ...r], [6, 7]);
  });

  return toBuffer(wb);
}
