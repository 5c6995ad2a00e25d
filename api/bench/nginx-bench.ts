// `npm run bench -- --nginx`: what a second API process behind nginx adds. A typical list query (the county's case
// list, bench/scenarios.ts) at 8 concurrent clients against one API process, against that process through nginx,
// then against two processes behind nginx (bench/nginx.ts: the committed docs/nginx/fengqiao.conf's proxying).
// Numbers only: on a machine of two cores, two processes share the cores with PostgreSQL and nginx.
import { DEMO_PASSWORD } from '@fengqiao/seeds';
import { MikroORM } from '@mikro-orm/postgresql';
import { type ChildProcess, spawn } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import pg from 'pg';
import { FieldCipher } from '../src/common/crypto/field-cipher.js';
import { ensureDatabase, migrate } from '../src/db/database.js';
import { freePort, startEmbeddedPostgres, throwawayClusterDir } from '../src/db/embedded.js';
import { ormConfig } from '../src/db/mikro-orm.config.js';
import { seedDemoCounty } from '../src/db/seed.js';
import { BENCH_FIELD_KEYS, BENCH_LOOKUP_KEY } from './bench-config.js';
import { nginxBinary, startLocalNginx } from './nginx.js';
import { postGraphQL, scenarios } from './scenarios.js';

const CONCURRENCY = Number(process.env.BENCH_CONCURRENCY ?? 8);
const REQUESTS = Number(process.env.BENCH_REQUESTS ?? 400);
const SCENARIO = scenarios.find((s) => s.name.startsWith('mediationCases'))!;

interface BenchProcess {
  port: number;
  stop(): Promise<void>;
}

async function startBenchProcess(url: string): Promise<BenchProcess> {
  const port = await freePort();
  const child: ChildProcess = spawn(process.execPath, [new URL('./serve.js', import.meta.url).pathname], {
    env: { ...process.env, DATABASE_URL: url, PORT: String(port), DOCUMENT_WORKERS: '1' },
    stdio: ['ignore', 'pipe', 'inherit'],
  });
  await new Promise<void>((resolve, reject) => {
    child.stdout!.on('data', (d) => String(d).includes('ready') && resolve());
    child.once('exit', (code) => reject(new Error(`bench process exited with ${code}`)));
  });
  const exited = new Promise<void>((r) => child.once('exit', () => r()));
  return {
    port,
    async stop() {
      if (child.exitCode === null) child.kill('SIGTERM');
      await exited;
    },
  };
}

const post = (base: string, query: string, variables?: Record<string, unknown>, token?: string) =>
  postGraphQL(`${base}/graphql`, query, variables, token);

/** Requests a second at CONCURRENCY clients, after a warm-up. */
async function throughput(base: string, token: string): Promise<number> {
  for (let i = 0; i < 40; i += 1) await post(base, SCENARIO.query, SCENARIO.variables, token);
  let next = 0;
  const started = performance.now();
  await Promise.all(
    Array.from({ length: CONCURRENCY }, async () => {
      while (next < REQUESTS) {
        next += 1;
        await post(base, SCENARIO.query, SCENARIO.variables, token);
      }
    }),
  );
  return REQUESTS / ((performance.now() - started) / 1000);
}

export async function runNginxBench(): Promise<number> {
  const nginx = nginxBinary();
  if (!nginx) {
    console.error('nginx is not installed (apt-get install nginx)');
    return 1;
  }
  const embedded = process.env.DATABASE_URL
    ? undefined
    : await startEmbeddedPostgres({ dir: throwawayClusterDir('fq-bench-'), port: await freePort(), persistent: false });
  const url = await ensureDatabase(process.env.DATABASE_URL ?? embedded!.url, `fq_bench_${Date.now()}`);
  const orm = await MikroORM.init(ormConfig(url));
  await migrate(orm);
  await seedDemoCounty(orm.em.fork(), { cipher: new FieldCipher(BENCH_FIELD_KEYS), lookupKey: BENCH_LOOKUP_KEY });
  await orm.close(true);

  const dir = mkdtempSync(join(tmpdir(), 'fq-bench-nginx-'));
  const procs: BenchProcess[] = [];
  try {
    procs.push(await startBenchProcess(url));
    const direct = `http://127.0.0.1:${procs[0]!.port}`;
    const token = (await post(direct, 'mutation($u:String!,$p:String!){login(username:$u,password:$p){token}}', { u: SCENARIO.as, p: DEMO_PASSWORD }))
      .login.token as string;
    console.log(`${SCENARIO.name}\nconcurrency ${CONCURRENCY}, ${REQUESTS} requests each\n`);

    const one = await throughput(direct, token);
    console.log(`one process:                ${one.toFixed(0)} req/s`);
    const nginxOne = await startLocalNginx(nginx, join(dir, 'one'), [procs[0]!.port]);
    const oneBehind = await throughput(nginxOne.url, token).finally(() => nginxOne.stop());
    console.log(`one process behind nginx:   ${oneBehind.toFixed(0)} req/s`);

    procs.push(await startBenchProcess(url));
    const nginxTwo = await startLocalNginx(
      nginx,
      join(dir, 'two'),
      procs.map((p) => p.port),
    );
    const twoBehind = await throughput(nginxTwo.url, token).finally(() => nginxTwo.stop());
    console.log(`two processes behind nginx: ${twoBehind.toFixed(0)} req/s`);
    console.log(`\nratio two behind nginx / one process: ${(twoBehind / one).toFixed(2)}`);
    console.log(`ratio two behind nginx / one behind nginx: ${(twoBehind / oneBehind).toFixed(2)}`);
    return 0;
  } finally {
    await Promise.all(procs.map((p) => p.stop()));
    rmSync(dir, { recursive: true, force: true });
    if (embedded) await embedded.stop();
    else {
      const admin = new pg.Client({ connectionString: process.env.DATABASE_URL });
      await admin.connect();
      await admin.query(`drop database if exists "${new URL(url).pathname.slice(1)}" with (force)`).finally(() => admin.end());
    }
  }
}
