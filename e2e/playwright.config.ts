import { defineConfig, devices } from '@playwright/test';
import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

// The whole product from its build, on a fresh embedded PostgreSQL seeded with the demo county.
// E2E_BASE_URL runs the tests against a server already running instead (while developing; it must be freshly seeded).
const port = Number(process.env.E2E_PORT ?? 4310);
const external = process.env.E2E_BASE_URL;
const dataDir = mkdtempSync(join(tmpdir(), 'fq-e2e-'));
const chromium = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';

export default defineConfig({
  testDir: './tests',
  outputDir: './test-results',
  timeout: 60_000,
  expect: { timeout: 10_000 },
  fullyParallel: false,
  workers: 1,
  // In CI a failing test runs once more, so that one bad run is told apart from a broken feature; a test that passes
  // only on the retry is listed by scripts/flaky-report.mjs at the end of .ci/run (reports/results.json).
  retries: process.env.CI ? 1 : 0,
  reporter: [['list'], ['html', { outputFolder: 'playwright-report', open: 'never' }], ['json', { outputFile: 'reports/results.json' }]],
  use: {
    baseURL: external ?? `http://127.0.0.1:${port}`,
    locale: 'zh-CN',
    timezoneId: 'Asia/Shanghai',
    screenshot: 'only-on-failure',
    // Recording a trace costs every test about a fifth of its time and CPU (screencast and DOM snapshots of every step).
    // In CI a failing test runs again with a trace; locally a failure keeps the trace of its only run.
    trace: process.env.CI ? 'on-first-retry' : 'retain-on-failure',
    launchOptions: {
      executablePath: chromium,
      args: [
        '--headless',
        '--no-sandbox',
        '--disable-gpu',
        '--disable-quic',
        '--no-first-run',
        '--disable-background-networking',
        '--disable-component-update',
        '--disable-sync',
      ],
    },
  },
  projects: [
    { name: 'desktop', use: { ...devices['Desktop Chrome'], viewport: { width: 1280, height: 800 } } },
    { name: 'phone', use: { ...devices['Pixel 7'], viewport: { width: 390, height: 844 } } },
  ],
  webServer: external
    ? undefined
    : {
        command: `node --max-semi-space-size=16 ../api/dist/src/main.js`,
        url: `http://127.0.0.1:${port}/healthz`,
        timeout: 120_000,
        reuseExistingServer: false,
        stdout: 'ignore',
        stderr: 'pipe',
        env: {
          PORT: String(port),
          HOST: '127.0.0.1',
          DATA_DIR: dataDir,
          DATABASE_URL: '',
          EMBEDDED_PG_PORT: String(port + 10_000),
          LOG_LEVEL: 'warn',
        },
      },
});
