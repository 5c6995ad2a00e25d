import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import ExcelJS from 'exceljs';
import { setTimeout as sleep } from 'node:timers/promises';
import { bigLedger, noticeBoard, regionTrainings } from '../bench/document-fixtures.js';
import { DocumentWorkerError } from '../src/common/documents/pool.js';
import { startTestApp, type TestApp } from './app.js';

// Issue 11: no request holds the event loop for more than 50 ms. The largest documents render in the server's worker
// pool while the test ticks a 5 ms interval on the loop and keeps asking the same server for /healthz. Rendered in the
// loop's own thread, the same documents hold it for one to several seconds (npm run bench:documents).
//
// What holds the loop is work on its thread, so that is measured as CPU time: between two ticks of the interval the
// main thread spends at most what any one task in between held it for (an upper bound). Wall-clock gaps also include
// time the thread was not scheduled at all, which on a shared two-core machine (the worker thread takes one core,
// PostgreSQL and other test files the rest) says more about the machine than about the code; wall-clock answers are
// therefore held to the 50 ms at the median and, at worst, far below what rendering in the loop's thread costs.
const LIMIT_MS = 50;

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
    return { bytes, held, answers, median: answers[Math.floor(answers.length / 2)]!, slowest: answers.at(-1)! };
  } finally {
    clearInterval(probe);
  }
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

  it(`answers within ${LIMIT_MS} ms while a ${5000}-row case ledger renders`, async () => {
    const rows = bigLedger();
    const { bytes, held, answers, median, slowest } = await whileRendering(app, () =>
      app.server.services.documents.render('caseLedger', rows, '某县人民调解案件登记台账', '2026-01-01 至 2026-12-31'),
    );
    // Title, subtitle, header, then every case.
    expect(await rowCount(bytes, '调解案件台账')).toBe(3 + rows.length);
    expect(held).toBeLessThan(LIMIT_MS);
    expect(answers.length).toBeGreaterThan(3);
    expect(median).toBeLessThan(LIMIT_MS);
    expect(slowest).toBeLessThan(10 * LIMIT_MS);
  });

  it(`answers within ${LIMIT_MS} ms while the trainings workbook of a city renders`, async () => {
    const data = regionTrainings();
    const { bytes, held, answers, median, slowest } = await whileRendering(app, () =>
      app.server.services.documents.render('trainings', data, '某市'),
    );
    expect(await rowCount(bytes, '培训达标情况')).toBe(3 + data.compliance.rows.length);
    expect(held).toBeLessThan(LIMIT_MS);
    expect(answers.length).toBeGreaterThan(3);
    expect(median).toBeLessThan(LIMIT_MS);
    expect(slowest).toBeLessThan(10 * LIMIT_MS);
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
