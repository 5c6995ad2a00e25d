import { describe, expect, it } from 'vitest';
import {
  absenteesFirst,
  attendeeSum,
  cellLook,
  daysUntil,
  filterRows,
  itemState,
  localToIso,
  meetingsExportUrl,
  previousMonth,
  quarterBars,
  quarterOf,
  rowsWithGapsFirst,
  sortActionItems,
  townshipCompliance,
  trainingsExportUrl,
  type ComplianceRow,
} from './supervision';
import { participantIds } from '../resources/consultationMeetings/meetingTypes';

const row = (name: string, missingCount: number, township = 't1', adviser?: string): ComplianceRow => ({
  doneCount: 3 - missingCount,
  missingCount,
  townshipId: township,
  village: { id: name, name, township: { id: township, name: `${township}镇` }, currentAdviser: adviser ? { id: adviser, name: adviser } : null },
  quarters: [],
});

describe('compliance grid', () => {
  it('marks each quarter status with a tone, a label and a symbol that reads without colour', () => {
    expect(cellLook({ status: 'DONE', trainingCount: 2 })).toEqual({ tone: 'success', labelKey: 'fq.enum.QuarterStatus.DONE', symbol: '✓' });
    expect(cellLook({ status: 'MISSING', trainingCount: 0 })).toMatchObject({ tone: 'error', symbol: '✗' });
    expect(cellLook({ status: 'DUE', trainingCount: 0 })).toMatchObject({ tone: 'warning', labelKey: 'fq.enum.QuarterStatus.DUE' });
    expect(cellLook({ status: 'UPCOMING', trainingCount: 0 })).toMatchObject({ tone: 'default' });
  });

  it('puts villages with gaps first, keeping the API order otherwise', () => {
    const rows = [row('甲', 0), row('乙', 1), row('丙', 0), row('丁', 2)];
    expect(rowsWithGapsFirst(rows).map((r) => r.village.name)).toEqual(['丁', '乙', '甲', '丙']);
  });

  it('filters by gaps and by village or adviser name', () => {
    const rows = [row('城西社区', 0, 't1', '李明华'), row('文苑社区', 1, 't1', '王秀兰'), row('东关村', 1)];
    expect(filterRows(rows, { gapsOnly: true, text: '' }).map((r) => r.village.name)).toEqual(['文苑社区', '东关村']);
    expect(filterRows(rows, { gapsOnly: false, text: '李明' }).map((r) => r.village.name)).toEqual(['城西社区']);
    expect(filterRows(rows, { gapsOnly: true, text: ' 文苑 ' })).toHaveLength(1);
  });

  it('makes quarter bars that add up to every village', () => {
    const bars = quarterBars({
      villageCount: 17,
      quarterTotals: [
        { quarter: 1, done: 16, missing: 1 },
        { quarter: 4, done: 2, missing: 0 },
      ],
    });
    expect(bars).toEqual([
      { quarter: 1, done: 16, missing: 1, pending: 0 },
      { quarter: 2, done: 0, missing: 0, pending: 17 },
      { quarter: 3, done: 0, missing: 0, pending: 17 },
      { quarter: 4, done: 2, missing: 0, pending: 15 },
    ]);
  });

  it('sums village-quarters per township with the ratio of those required', () => {
    const towns = townshipCompliance([row('a', 1, 't1'), row('b', 0, 't1'), row('c', 3, 't2')]);
    expect(towns).toEqual([
      { id: 't1', name: 't1镇', done: 5, missing: 1, ratio: 5 / 6 },
      { id: 't2', name: 't2镇', done: 0, missing: 3, ratio: 0 },
    ]);
    expect(townshipCompliance([{ ...row('d', 0, 't3'), doneCount: 0 }])[0]!.ratio).toBe(1);
  });

  it('lists the advisers who missed the annual training first', () => {
    const a = (name: string, attended: boolean) => ({ adviser: { id: name, name, phone: '', provider: null }, attended, trainings: [] });
    expect(absenteesFirst([a('王', true), a('李', false), a('张', true), a('赵', false)]).map((x) => x.adviser.name)).toEqual([
      '李',
      '赵',
      '王',
      '张',
    ]);
  });
});

describe('dates', () => {
  it('knows the quarter and the month before', () => {
    expect(quarterOf('2026-11-28')).toEqual({ year: 2026, quarter: 4 });
    expect(quarterOf('2026-03-31')).toEqual({ year: 2026, quarter: 1 });
    expect(previousMonth('2026-11-28')).toBe('2026-10');
    expect(previousMonth('2027-01-05')).toBe('2026-12');
  });

  it('turns a local date-time or a Date into an instant, and nothing else', () => {
    expect(localToIso(new Date('2026-11-27T01:00:00Z'))).toBe('2026-11-27T01:00:00.000Z');
    expect(localToIso('2026-07-10T09:30:00.000+08:00')).toBe('2026-07-10T01:30:00.000Z');
    expect(localToIso('')).toBeUndefined();
    expect(localToIso('nonsense')).toBeUndefined();
  });
});

describe('action items', () => {
  const today = '2026-11-28';
  it('reads done, overdue (as the API says), due within a week, or open', () => {
    expect(itemState({ status: 'DONE', overdue: false, dueOn: '2026-09-15' }, today)).toBe('done');
    expect(itemState({ status: 'OPEN', overdue: true, dueOn: '2026-09-30' }, today)).toBe('overdue');
    expect(itemState({ status: 'OPEN', overdue: false, dueOn: '2026-12-05' }, today)).toBe('due_soon');
    expect(itemState({ status: 'OPEN', overdue: false, dueOn: '2026-12-15' }, today)).toBe('open');
    expect(daysUntil('2026-12-15', today)).toBe(17);
    expect(daysUntil('2026-11-27', today)).toBe(-1);
  });

  it('sorts overdue first, then open by due date, done last', () => {
    const items = [
      { id: 'done', status: 'DONE' as const, overdue: false, dueOn: '2026-01-01' },
      { id: 'late', status: 'OPEN' as const, overdue: true, dueOn: '2026-09-30' },
      { id: 'later', status: 'OPEN' as const, overdue: false, dueOn: '2026-12-15' },
      { id: 'soon', status: 'OPEN' as const, overdue: false, dueOn: '2026-12-01' },
    ];
    expect(sortActionItems(items).map((i) => i.id)).toEqual(['late', 'soon', 'later', 'done']);
  });

  it('starts an edit from the recorded participants', () => {
    expect(
      participantIds({
        participants: [
          { id: '1', kind: 'OFFICE', name: '天宁司法所', office: { id: 'o1', name: '天宁司法所' }, provider: null, village: null },
          { id: '2', kind: 'PROVIDER', name: '律所', office: null, provider: { id: 'p1', name: '律所' }, village: null },
          { id: '3', kind: 'VILLAGE', name: '城西社区', office: null, provider: null, village: { id: 'v1', name: '城西社区' } },
          { id: '4', kind: 'OFFICE', name: '夏家营司法所', office: { id: 'o2', name: '夏家营司法所' }, provider: null, village: null },
        ],
      }),
    ).toEqual({ officeIds: ['o1', 'o2'], providerIds: ['p1'], villageIds: ['v1'] });
  });
});

describe('forms and exports', () => {
  it('counts attendees, ignoring blanks and negatives', () => {
    expect(attendeeSum({ cadres: 5, gridWorkers: '3', mediators: '', legalUnderstanding: -2, others: 12.7 })).toBe(20);
  });

  it('builds the export links', () => {
    expect(trainingsExportUrl(2026)).toBe('/api/exports/trainings.xlsx?year=2026');
    expect(trainingsExportUrl(2026, 'r1')).toBe('/api/exports/trainings.xlsx?year=2026&regionId=r1');
    expect(meetingsExportUrl(2026)).toBe('/api/exports/consultation-meetings.xlsx?year=2026');
  });
});

describe('downloads with progress', () => {
  it('reports progress from Content-Length and keeps every byte', async () => {
    const { readWithProgress } = await import('./files');
    const bytes = new Uint8Array(10_000).map((_, i) => i % 251);
    const body = new ReadableStream<Uint8Array>({
      start(controller) {
        controller.enqueue(bytes.slice(0, 4_000));
        controller.enqueue(bytes.slice(4_000));
        controller.close();
      },
    });
    const response = new Response(body, { headers: { 'content-length': '10000', 'content-type': 'application/octet-stream' } });
    const seen: number[] = [];
    const blob = await readWithProgress(response, (f) => seen.push(f));
    expect(seen).toEqual([0, 0.4, 1]);
    expect(new Uint8Array(await blob.arrayBuffer())).toEqual(bytes);
  });

  it('reads the body plainly when the length is unknown', async () => {
    const { readWithProgress } = await import('./files');
    const seen: number[] = [];
    const blob = await readWithProgress(new Response('abc'), (f) => seen.push(f));
    expect(await blob.text()).toBe('abc');
    expect(seen).toEqual([]);
  });
});
