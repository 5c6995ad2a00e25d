// `npm run bench`: the API on a throwaway database (embedded, or DATABASE_URL), driven over loopback by a bounded
// number of concurrent clients. Prints latency percentiles and throughput per scenario and checks them against the
// targets below (exit 1 when one is missed), with the SQL statements one request costs and the size of its answer.
// Timing belongs here, never in unit tests.
import 'reflect-metadata';
import { BENCH_FIELD_KEYS, BENCH_LOOKUP_KEY, benchConfig } from './bench-config.js';
import type { AddressInfo } from 'node:net';
import { DEMO_PASSWORD } from '@fengqiao/seeds';
import { MikroORM } from '@mikro-orm/postgresql';
import { FieldCipher } from '../src/common/crypto/field-cipher.js';
import { createLogger } from '../src/common/logging/logger.js';
import { ensureDatabase, migrate } from '../src/db/database.js';
import { freePort, startEmbeddedPostgres, throwawayClusterDir } from '../src/db/embedded.js';
import { onQuery, ormConfig } from '../src/db/mikro-orm.config.js';
import { seedDemoCounty } from '../src/db/seed.js';
import { createFengqiaoServer } from '../src/server.js';
import { postGraphQL, scenarios } from './scenarios.js';

// `npm run bench -- --scale`: the province-sized benchmark on a database seeded by `npm run seed:scale` (bench/scale).
if (process.argv.includes('--scale')) {
  const { runScale } = await import('./scale/main.js');
  process.exit(await runScale(process.argv.slice(2)));
}

// `npm run bench -- --console [--url <base>]`: the console in Chromium throttled like a village phone (e2e/console-bench.ts,
// beside the end-to-end tests and their Playwright); times to the sign-in form and to the adviser's first page.
if (process.argv.includes('--console')) {
  const { spawnSync } = await import('node:child_process');
  const script = new URL('../../../e2e/console-bench.ts', import.meta.url).pathname;
  const run = spawnSync(process.execPath, [script, ...process.argv.slice(2).filter((a) => a !== '--console')], { stdio: 'inherit' });
  process.exit(run.status ?? 1);
}

// `npm run bench -- --nginx`: throughput of a list query from one API process, then from two behind nginx (bench/nginx-bench.ts).
if (process.argv.includes('--nginx')) {
  const { runNginxBench } = await import('./nginx-bench.js');
  process.exit(await runNginxBench());
}

const CONCURRENCY = Number(process.env.BENCH_CONCURRENCY ?? 8);
const REQUESTS = Number(process.env.BENCH_REQUESTS ?? 400);

function percentile(sorted: number[], p: number): number {
  return sorted[Math.min(sorted.length - 1, Math.floor((p / 100) * sorted.length))]!;
}

const embedded = process.env.DATABASE_URL
  ? undefined
  : await startEmbeddedPostgres({ dir: throwawayClusterDir('fq-bench-'), port: await freePort(), persistent: false });
const url = await ensureDatabase(process.env.DATABASE_URL ?? embedded!.url, `fq_bench_${Date.now()}`);
const orm = await MikroORM.init(ormConfig(url));
await migrate(orm);
await seedDemoCounty(orm.em.fork(), { cipher: new FieldCipher(BENCH_FIELD_KEYS), lookupKey: BENCH_LOOKUP_KEY });
const config = benchConfig(url);
const server = await createFengqiaoServer(config, orm, createLogger('silent'));
await new Promise<void>((resolve) => server.http.listen(0, '127.0.0.1', resolve));
const base = `http://127.0.0.1:${(server.http.address() as AddressInfo).port}/graphql`;

const post = (query: string, variables?: Record<string, unknown>, token?: string) => postGraphQL(base, query, variables, token);

const tokens = new Map<string, string>();
for (const s of scenarios) {
  if (s.as && !tokens.has(s.as)) {
    const data = await post('mutation($u:String!,$p:String!){login(username:$u,password:$p){token}}', { u: s.as, p: DEMO_PASSWORD });
    tokens.set(s.as, data.login.token);
  }
}

let missed = 0;
console.log(`concurrency ${CONCURRENCY}, ${REQUESTS} requests per scenario\n`);
for (const s of scenarios) {
  const token = s.as ? tokens.get(s.as) : undefined;
  for (let i = 0; i < 20; i += 1) await post(s.query, s.variables, token); // warm-up
  // One request alone: its SQL statements (the server runs in this process) and the size of its answer.
  let statements = 0;
  const off = onQuery(() => {
    statements += 1;
  });
  const answer = await post(s.query, s.variables, token).finally(off);
  const kB = Buffer.byteLength(JSON.stringify(answer)) / 1024;
  const latencies: number[] = [];
  let next = 0;
  const started = performance.now();
  await Promise.all(
    Array.from({ length: CONCURRENCY }, async () => {
      while (next < REQUESTS) {
        next += 1;
        const t = performance.now();
        await post(s.query, s.variables, token);
        latencies.push(performance.now() - t);
      }
    }),
  );
  const seconds = (performance.now() - started) / 1000;
  latencies.sort((a, b) => a - b);
  const p95 = percentile(latencies, 95);
  const ok = p95 <= s.p95TargetMs;
  if (!ok) missed += 1;
  console.log(
    `${ok ? 'ok  ' : 'MISS'} ${s.name}\n     p50 ${percentile(latencies, 50).toFixed(1)} ms  p95 ${p95.toFixed(1)} ms (target ${s.p95TargetMs})  ` +
      `p99 ${percentile(latencies, 99).toFixed(1)} ms  ${(latencies.length / seconds).toFixed(0)} req/s  ${statements} SQL/req  ${kB.toFixed(1)} kB`,
  );
}

await server.stop();
await orm.close(true);
await embedded?.stop();
process.exit(missed ? 1 : 0);
