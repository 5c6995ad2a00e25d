import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import ExcelJS from 'exceljs';
import { setTimeout as sleep } from 'node:timers/promises';
import { bigLedger, noticeBoard, regionTrainings } from '../bench/document-fixtures.js';
import { DocumentWorkerError } from '../src/common/documents/pool.js';
import { DOCUMENTS, type Documents } from '../src/documents.js';
import { startTestApp, type TestApp } from './app.js';

// Issue 11: no request holds the event loop while a large document renders; the documents render in the server's worker
// pool. The test renders the largest documents through the pool while it ticks a 5 ms interval on the loop and keeps
// asking the same server for /healthz, and compares with the same document rendered on the loop's own thread.
//
// What holds the loop is work on its thread, so that is measured as CPU time: between two ticks of the interval the
// main thread spends at most what any one task in between held it for (an upper bound). The absolute target (50 ms at
// most) is a speed target and lives in `npm run bench:documents`; on a shared two-core CI machine a garbage collection
// or a descheduled thread alone can pass 50 ms. What this test holds is the behaviour: through the pool the loop is
// never held for more than a small fraction (HELD_SHARE) of what rendering on its own thread costs, and /healthz keeps
// answering meanwhile. Rendered in the loop's thread (before issue 11) the share is the whole render, one to several
// seconds of CPU.
const HELD_SHARE = 0.1;

const cpuMs = () => {
  const { user, system } = process.threadCpuUsage();
  return (user + system) / 1000;
};

/** Runs `render` and, until it settles, measures how long the loop was held at once and how fast /healthz answered. */
async function whileRendering(app: TestApp, render: () => Promise<Buffer>) {
  let lastCpu = cpuMs();
  let held = 0;
  const probe = setInterval(() => {
    const cpu = cpuMs();
    held = Math.max(held, cpu - lastCpu);
    lastCpu = cpu;
  }, 5);
  let done = false;
  const rendered = render().finally(() => {
    done = true;
  });
  const answers: number[] = [];
  try {
    while (!done) {
      const started = performance.now();
      const res = await fetch(`${app.url}/healthz`);
      expect(res.status).toBe(200);
      await res.arrayBuffer();
      answers.push(performance.now() - started);
      await sleep(20);
    }
    const bytes = await rendered;
    // The last stretch, up to the answer.
    held = Math.max(held, cpuMs() - lastCpu);
    answers.sort((a, b) => a - b);
    return { bytes, held, answers, median: answers[Math.floor(answers.length / 2)]! };
  } finally {
    clearInterval(probe);
  }
}

/** The CPU time the loop's own thread spends rendering the document itself (as every route did before issue 11). */
async function inThreadCpuMs<K extends keyof Documents>(kind: K, ...args: Parameters<Documents[K]>): Promise<number> {
  const before = cpuMs();
  await (DOCUMENTS[kind] as (...a: unknown[]) => Promise<Uint8Array>)(...args);
  return cpuMs() - before;
}

async function rowCount(bytes: Buffer, sheet: string): Promise<number> {
  const wb = new ExcelJS.Workbook();
  await wb.xlsx.load(bytes as never);
  return wb.getWorksheet(sheet)!.rowCount;
}

describe('documents render off the event loop', () => {
  let app: TestApp;
  beforeAll(async () => {
    app = await startTestApp();
    // The first render starts the worker and loads the libraries and fonts, as a server that has printed once has.
    await app.server.services.documents.render('noticeBoard', noticeBoard());
  });
  afterAll(async () => {
    await app?.close();
  });

  it('keeps answering while a 5000-row case ledger renders, the loop held for a small share of the render', async () => {
    const rows = bigLedger();
    const args = [rows, '某县人民调解案件登记台账', '2026-01-01 至 2026-12-31'] as const;
    const own = await inThreadCpuMs('caseLedger', ...args);
    const { bytes, held, answers, median } = await whileRendering(app, () => app.server.services.documents.render('caseLedger', ...args));
    // Title, subtitle, header, then every case.
    expect(await rowCount(bytes, '调解案件台账')).toBe(3 + rows.length);
    expect(held).toBeLessThan(HELD_SHARE * own);
    expect(answers.length).toBeGreaterThan(3);
    expect(median).toBeLessThan(HELD_SHARE * own);
  });

  it('keeps answering while the trainings workbook of a city renders, the loop held for a small share of the render', async () => {
    const data = regionTrainings();
    const own = await inThreadCpuMs('trainings', data, '某市');
    const { bytes, held, answers, median } = await whileRendering(app, () => app.server.services.documents.render('trainings', data, '某市'));
    expect(await rowCount(bytes, '培训达标情况')).toBe(3 + data.compliance.rows.length);
    expect(held).toBeLessThan(HELD_SHARE * own);
    expect(answers.length).toBeGreaterThan(3);
    expect(median).toBeLessThan(HELD_SHARE * own);
  });

  it('closes the pool when the server stops: a render still running fails, and no worker is left', async () => {
    const documents = app.server.services.documents;
    expect(documents.threads).toBeGreaterThan(0);
    const running = documents.render('caseLedger', bigLedger(), '台账', '2026').catch((e: unknown) => e);
    await app.close();
    app = undefined as unknown as TestApp;
    expect(await running).toBeInstanceOf(DocumentWorkerError);
    expect(documents.threads).toBe(0);
  });
});
