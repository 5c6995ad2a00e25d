// `npm run bench:documents`: renders the largest realistic documents and reports, for each, how long it took and the
// longest time the event loop was held meanwhile (perf_hooks.monitorEventLoopDelay, and a 1 ms setInterval probe):
// first in the measuring thread itself (as every route rendered before issue 11), then through the document worker
// pool the server uses. No database: the data is built in memory (bench/document-fixtures.ts). BENCH_ROUNDS (3) sets
// the rounds; the table shows the median and the worst. Timing belongs here, never in unit tests.
import 'reflect-metadata';
import { availableParallelism } from 'node:os';
import { monitorEventLoopDelay } from 'node:perf_hooks';
import { DocumentPool } from '../src/common/documents/pool.js';
import { DOCUMENTS, type Documents } from '../src/documents.js';
import { DOCUMENTS_MODULE } from '../src/documents-module.js';
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
export async function measure(name: string, render: () => Promise<Uint8Array>): Promise<Blocking> {
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

type Render = <K extends keyof Documents>(kind: K, ...args: Parameters<Documents[K]>) => Promise<Uint8Array>;

/** The documents, each rendered by `render`: the functions themselves, or the pool. */
function jobs(render: Render): Array<[string, () => Promise<Uint8Array>]> {
  const ledger = bigLedger();
  const caseFile = longCaseFile();
  const trainings = regionTrainings();
  const monthlyLog = longMonthlyLog();
  const workLog = logRows(5000);
  return [
    [`case ledger, ${ledger.length} rows (xlsx)`, () => render('caseLedger', ledger, '某县人民调解案件登记台账', '2026-01-01 至 2026-12-31')],
    [
      `trainings of a city, ${trainings.compliance.rows.length} villages, ${trainings.villageTrainings.length} trainings (xlsx)`,
      () => render('trainings', trainings, '某市'),
    ],
    [`work log of a county's month, ${workLog.length} rows (xlsx)`, () => render('workLog', '2026-05', workLog, '全部法律顾问')],
    [`case file, ${caseFile.sessions.length} sessions (pdf)`, () => render('caseFile', caseFile)],
    [`monthly log, ${monthlyLog.rows.length} entries (pdf)`, () => render('monthlyLog', monthlyLog)],
    ['a notice board, one page (pdf)', () => render('noticeBoard', noticeBoard())],
  ];
}

const round = (ms: number) => Math.round(ms);
const median = (xs: number[]) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)]!;

async function table(title: string, render: Render, rounds: number): Promise<void> {
  // One small render first loads the fonts and the libraries (and starts the worker), as in a server that has printed once.
  await render('caseFile', longCaseFile(1));
  const byDocument = new Map<string, Blocking[]>();
  for (let i = 0; i < rounds; i++) {
    for (const [name, job] of jobs(render)) byDocument.set(name, [...(byDocument.get(name) ?? []), await measure(name, job)]);
  }
  console.log(`\n${title}: ${rounds} rounds, the median and the worst of each`);
  console.table(
    [...byDocument.values()].map((runs) => ({
      document: runs[0]!.name,
      'size (KB)': Math.round(runs[0]!.bytes / 1024),
      'total (ms)': round(median(runs.map((r) => r.totalMs))),
      'longest block (ms)': round(median(runs.map((r) => r.longestGapMs))),
      'worst block (ms)': round(Math.max(...runs.map((r) => r.longestGapMs))),
      'loop delay max (ms)': round(Math.max(...runs.map((r) => r.histogramMaxMs))),
    })),
  );
}

if (import.meta.url === `file://${process.argv[1]}`) {
  const rounds = Number(process.env.BENCH_ROUNDS ?? 3);
  const inThread: Render = (kind, ...args) => (DOCUMENTS[kind] as (...a: unknown[]) => Promise<Uint8Array>)(...args);
  await table("Rendered in the event loop's own thread", inThread, rounds);
  const pool = new DocumentPool<Documents>({ module: DOCUMENTS_MODULE, size: Math.max(1, availableParallelism() - 1) });
  try {
    await table(
      `Rendered by the document pool (${pool.size} worker thread${pool.size > 1 ? 's' : ''})`,
      (kind, ...args) => pool.render(kind, ...args),
      rounds,
    );
  } finally {
    await pool.close();
  }
}
