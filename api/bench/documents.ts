// `npm run bench:documents`: renders the largest realistic documents and reports, for each, how long it took and the
// longest time the event loop was held meanwhile (perf_hooks.monitorEventLoopDelay, and a 1 ms setInterval probe).
// No database: the data is built in memory (bench/document-fixtures.ts). Timing belongs here, never in unit tests.
import 'reflect-metadata';
import { monitorEventLoopDelay } from 'node:perf_hooks';
import { caseLedgerWorkbook } from '../src/modules/mediation-case/case-ledger.xlsx.js';
import { renderCaseFile } from '../src/modules/mediation-case/case-file.pdf.js';
import type { TrainingExport } from '../src/modules/training/training.service.js';
import { renderNoticeBoard } from '../src/modules/notice-board/notice-board.pdf.js';
import { trainingWorkbook } from '../src/modules/training/training.xlsx.js';
import { renderMonthlyLog } from '../src/modules/work-log/monthly-log.pdf.js';
import { workLogWorkbook } from '../src/modules/work-log/work-log.xlsx.js';
import { bigLedger, longCaseFile, longMonthlyLog, logRows, noticeBoard, regionTrainings } from './document-fixtures.js';

export interface Blocking {
  name: string;
  bytes: number;
  totalMs: number;
  /** The longest event-loop delay monitorEventLoopDelay saw. */
  histogramMaxMs: number;
  /** The longest gap between two ticks of a 1 ms interval: how long the loop was held at once. */
  longestGapMs: number;
}

/** Runs `render` while watching the event loop; the loop is otherwise idle. */
export async function measure(name: string, render: () => Promise<Buffer>): Promise<Blocking> {
  const histogram = monitorEventLoopDelay({ resolution: 1 });
  let last = performance.now();
  let longestGap = 0;
  const probe = setInterval(() => {
    const t = performance.now();
    longestGap = Math.max(longestGap, t - last);
    last = t;
  }, 1);
  histogram.enable();
  // The histogram's timer counts from its first tick: let it tick before the work starts.
  await new Promise((resolve) => setTimeout(resolve, 20));
  const started = performance.now();
  const bytes = await render();
  const ended = performance.now();
  // One more turn of the loop, so that both watchers see the last stretch too.
  await new Promise((resolve) => setTimeout(resolve, 5));
  clearInterval(probe);
  histogram.disable();
  return { name, bytes: bytes.length, totalMs: ended - started, histogramMaxMs: histogram.max / 1e6, longestGapMs: longestGap };
}

const round = (ms: number) => Math.round(ms);

if (import.meta.url === `file://${process.argv[1]}`) {
  const ledger = bigLedger();
  const caseFile = longCaseFile();
  const trainings = regionTrainings() as unknown as TrainingExport;
  const monthlyLog = longMonthlyLog();
  const workLog = logRows(5000);
  const jobs: Array<[string, () => Promise<Buffer>]> = [
    [`case ledger, ${ledger.length} rows (xlsx)`, () => caseLedgerWorkbook(ledger, '某县人民调解案件登记台账', '2026-01-01 至 2026-12-31')],
    [`trainings of a city, ${trainings.compliance.rows.length} villages, ${trainings.villageTrainings.length} trainings (xlsx)`, () => trainingWorkbook(trainings, '某市')],
    [`work log of a county's month, ${workLog.length} rows (xlsx)`, () => workLogWorkbook('2026-05', workLog, '全部法律顾问')],
    [`case file, ${caseFile.sessions.length} sessions (pdf)`, () => renderCaseFile(caseFile)],
    [`monthly log, ${monthlyLog.rows.length} entries (pdf)`, () => renderMonthlyLog(monthlyLog)],
    ['a notice board, one page (pdf)', () => renderNoticeBoard(noticeBoard())],
  ];
  // One warm-up render of something small loads the fonts and the libraries, as a server that has printed once has.
  await renderCaseFile(longCaseFile(1));
  const rounds = Number(process.env.BENCH_ROUNDS ?? 3);
  const byDocument = new Map<string, Blocking[]>();
  for (let round = 0; round < rounds; round++) {
    for (const [name, render] of jobs) byDocument.set(name, [...(byDocument.get(name) ?? []), await measure(name, render)]);
  }
  const median = (xs: number[]) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)]!;
  console.log(`${rounds} rounds; the median and the worst of each`);
  console.table([...byDocument.values()].map((runs) => ({
    document: runs[0]!.name, 'size (KB)': Math.round(runs[0]!.bytes / 1024), 'total (ms)': round(median(runs.map((r) => r.totalMs))),
    'longest block (ms)': round(median(runs.map((r) => r.longestGapMs))), 'worst block (ms)': round(Math.max(...runs.map((r) => r.longestGapMs))),
    'loop delay max (ms)': round(Math.max(...runs.map((r) => r.histogramMaxMs))),
  })));
}
