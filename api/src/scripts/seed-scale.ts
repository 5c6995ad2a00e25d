// `npm run seed:scale [-- --small | --cases N …]`: a province-sized, deterministic data set for measuring the API,
// written into the database `npm start` uses (DATABASE_URL, or the embedded one under DATA_DIR), which must be empty.
// See README, "Tests and benchmarks".
import 'reflect-metadata';
import { DEMO_PASSWORD } from '@fengqiao/seeds';
import pg from 'pg';
import { createLogger } from '../common/logging/logger.js';
import { loadConfig } from '../config.js';
import { openToolDatabase } from '../db/database.js';
import { progressBar } from '../ops/progress-bar.js';
import { PROVINCE_SIZES, SMALL_SIZES, scalePasswordHash, seedScale, validateSizes, type ScaleSizes } from '../ops/seed-scale.js';
import { fail, say } from './ops-cli.js';

const OPTIONS: Record<string, keyof ScaleSizes> = {
  '--cities': 'cities',
  '--counties': 'counties',
  '--townships': 'townships',
  '--villages': 'villages',
  '--advisers': 'advisers',
  '--cases': 'cases',
  '--work-logs': 'workLogs',
};

const described = (sizes: ScaleSizes) =>
  Object.entries(OPTIONS)
    .map(([flag, key]) => `${flag.slice(2)} ${sizes[key]}`)
    .join(', ');

function usage(): string {
  return [
    'usage: npm run seed:scale [-- --small] [--cities N] [--counties N] [--townships N] [--villages N] [--advisers N] [--cases N] [--work-logs N]',
    `  defaults (a province): ${described(PROVINCE_SIZES)}`,
    `  --small: ${described(SMALL_SIZES)} (sizes given after it still apply)`,
    '  Writes into the database npm start uses (DATABASE_URL, or the embedded one under DATA_DIR), which must be empty:',
    '  e.g. DATA_DIR=.data-scale npm run seed:scale, then DATA_DIR=.data-scale npm start.',
    `  Accounts (password ${DEMO_PASSWORD}): city.1…, bureau.1… (one per county), adviser.1…`,
  ].join('\n');
}

function parseArgs(args: string[]): ScaleSizes {
  const sizes = { ...PROVINCE_SIZES };
  for (let i = 0; i < args.length; i++) {
    const arg = args[i]!;
    if (arg === '--small') Object.assign(sizes, SMALL_SIZES);
    else if (OPTIONS[arg]) {
      const value = args[++i];
      if (value === undefined || !/^\d+$/.test(value)) throw new Error(`${arg} needs a whole number`);
      sizes[OPTIONS[arg]] = Number(value);
    } else throw new Error(`unknown option ${arg}\n${usage()}`);
  }
  validateSizes(sizes);
  return sizes;
}

const args = process.argv.slice(2);
if (args.some((a) => a === '-h' || a === '--help')) {
  say(usage());
  process.exit(0);
}

try {
  const sizes = parseArgs(args);
  const config = loadConfig();
  const db = await openToolDatabase(config, createLogger(process.env.LOG_LEVEL ?? 'warn'));
  const client = new pg.Client({ connectionString: db.url, application_name: 'fengqiao seed:scale' });
  try {
    await client.connect();
    say(`seeding ${described(sizes)}`);
    const bar = progressBar();
    const report = await seedScale(client, {
      sizes,
      passwordHash: await scalePasswordHash(),
      onProgress: (p) => {
        bar.update(p.step.padEnd(28), p.done, p.total);
      },
      onStep: (t) => {
        bar.end();
        say(`  ${t.step}: ${t.rows} rows in ${(t.ms / 1000).toFixed(1)} s`);
      },
    });
    const {
      rows: [size],
    } = await client.query<{ size: string }>('select pg_size_pretty(pg_database_size(current_database())) as size');
    say(`done in ${(report.ms / 1000).toFixed(1)} s; database size ${size!.size}`);
    process.stdout.write(`${JSON.stringify({ ms: report.ms, rows: report.rows })}\n`);
  } finally {
    await client.end().catch(() => undefined);
    await db.close();
  }
} catch (error) {
  fail(error);
}
