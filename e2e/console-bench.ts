// `npm run bench -- --console`: the console on a village phone. Starts the built product (as playwright.config.ts does:
// a fresh embedded PostgreSQL seeded with the demo county) or uses `--url <base>` (a seeded server), opens it in
// Chromium throttled like a phone in a village (1.6 Mbps down, 750 kbps up, 150 ms round trip, a CPU 4 times slower),
// and prints how long the sign-in form takes to appear and how long the adviser's first page takes after signing in,
// first with an empty browser cache and again as a returning visitor. Prints numbers only; no pass or fail.
import { chromium, type BrowserContext, type Page } from '@playwright/test';
import { DEMO_PASSWORD } from '@fengqiao/seeds';
import { type ChildProcess, spawn } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

const here = dirname(fileURLToPath(import.meta.url));
const args = process.argv.slice(2);
const urlArg = args.indexOf('--url');
const ADVISER = process.env.BENCH_CONSOLE_USER ?? 'adviser.1';
const RUNS = Number(process.env.BENCH_CONSOLE_RUNS ?? 3);

/** The village phone, in Chrome DevTools Protocol units (bytes per second, milliseconds). */
const VILLAGE = { latency: 150, downloadThroughput: (1.6e6 / 8) | 0, uploadThroughput: (750e3 / 8) | 0, cpuSlowdown: 4 };

async function startProduct(): Promise<{ base: string; stop: () => void }> {
  const port = Number(process.env.BENCH_CONSOLE_PORT ?? 4390);
  const dataDir = mkdtempSync(join(tmpdir(), 'fq-console-bench-'));
  const server: ChildProcess = spawn(process.execPath, ['--max-semi-space-size=16', join(here, '../api/dist/src/main.js')], {
    env: {
      ...process.env,
      PORT: String(port),
      HOST: '127.0.0.1',
      DATA_DIR: dataDir,
      DATABASE_URL: '',
      EMBEDDED_PG_PORT: String(port + 10_000),
      LOG_LEVEL: 'warn',
    },
    stdio: ['ignore', 'ignore', 'inherit'],
  });
  const base = `http://127.0.0.1:${port}`;
  const deadline = Date.now() + 180_000;
  for (;;) {
    if (server.exitCode !== null) throw new Error(`the server exited (${server.exitCode}); build it first: npm run build`);
    const up = await fetch(`${base}/healthz`).then(
      (r) => r.ok,
      () => false,
    );
    if (up) break;
    if (Date.now() > deadline) throw new Error('the server did not start within 3 minutes');
    await new Promise((r) => setTimeout(r, 500));
  }
  return {
    base,
    stop: () => {
      server.kill('SIGTERM');
      server.once('exit', () => rmSync(dataDir, { recursive: true, force: true }));
    },
  };
}

/** Throttles a page like the village phone and counts the bytes it receives over the network. */
async function throttle(context: BrowserContext, page: Page): Promise<() => number> {
  const cdp = await context.newCDPSession(page);
  await cdp.send('Network.enable');
  await cdp.send('Network.emulateNetworkConditions', {
    offline: false,
    latency: VILLAGE.latency,
    downloadThroughput: VILLAGE.downloadThroughput,
    uploadThroughput: VILLAGE.uploadThroughput,
  });
  await cdp.send('Emulation.setCPUThrottlingRate', { rate: VILLAGE.cpuSlowdown });
  let bytes = 0;
  cdp.on('Network.loadingFinished', (event) => {
    bytes += event.encodedDataLength;
  });
  return () => {
    const received = bytes;
    bytes = 0;
    return received;
  };
}

interface Visit {
  formMs: number;
  formKB: number;
  firstPageMs: number;
  firstPageKB: number;
}

async function visit(page: Page, base: string, received: () => number): Promise<Visit> {
  received();
  let start = Date.now();
  await page.goto(`${base}/`, { waitUntil: 'commit' });
  await page.locator('input[name="username"]').waitFor({ state: 'visible', timeout: 120_000 });
  const formMs = Date.now() - start;
  const formKB = received() / 1024;
  await page.locator('input[name="username"]').fill(ADVISER);
  await page.locator('input[name="password"]').fill(DEMO_PASSWORD);
  start = Date.now();
  await page.locator('button[type="submit"]').click();
  await page.getByTestId('welcome-card').waitFor({ state: 'visible', timeout: 120_000 });
  const firstPageMs = Date.now() - start;
  return { formMs, formKB, firstPageMs, firstPageKB: received() / 1024 };
}

const median = (values: number[]) => [...values].sort((a, b) => a - b)[Math.floor(values.length / 2)]!;

const product = urlArg >= 0 ? { base: args[urlArg + 1]!.replace(/\/$/, ''), stop: () => {} } : await startProduct();
const browser = await chromium.launch({
  executablePath: process.env.CHROMIUM_PATH ?? '/usr/bin/chromium',
  args: ['--headless', '--no-sandbox', '--disable-gpu', '--disable-quic', '--no-first-run', '--disable-background-networking'],
});
try {
  const cold: Visit[] = [];
  const warm: Visit[] = [];
  for (let run = 0; run < RUNS; run++) {
    const context = await browser.newContext({ viewport: { width: 390, height: 844 }, locale: 'zh-CN', isMobile: true, hasTouch: true });
    const page = await context.newPage();
    const received = await throttle(context, page);
    cold.push(await visit(page, product.base, received));
    // A returning visitor: signed out, the browser's cache kept (the hashed assets are cached for a year).
    await page.evaluate(() => localStorage.clear());
    warm.push(await visit(page, product.base, received));
    await context.close();
  }
  const line = (name: string, visits: Visit[]) =>
    `${name.padEnd(16)} sign-in form ${(median(visits.map((v) => v.formMs)) / 1000).toFixed(1).padStart(5)} s (${median(visits.map((v) => v.formKB))
      .toFixed(0)
      .padStart(5)} KB)` +
    `   ${ADVISER}'s first page after signing in ${(median(visits.map((v) => v.firstPageMs)) / 1000).toFixed(1).padStart(5)} s (${median(
      visits.map((v) => v.firstPageKB),
    )
      .toFixed(0)
      .padStart(5)} KB)`;
  console.log(
    `Console on a village phone: ${((VILLAGE.downloadThroughput * 8) / 1e6).toFixed(1)} Mbps down, ${Math.round((VILLAGE.uploadThroughput * 8) / 1e3)} kbps up, ${VILLAGE.latency} ms latency, CPU ${VILLAGE.cpuSlowdown}x slower; median of ${RUNS} runs (KB received over the network)`,
  );
  console.log(line('first visit', cold));
  console.log(line('returning visit', warm));
} finally {
  await browser.close();
  product.stop();
}
