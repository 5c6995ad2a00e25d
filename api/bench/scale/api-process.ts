// The API under measurement, in a process of its own (forked by main.ts), so that its event loop and memory are its
// own: the clients, the floor's pg pool and PostGraphile run elsewhere. It serves DATABASE_URL as `npm start` would
// (pending migrations applied, nothing seeded), counts SQL statements through the ORM's onQuery hook, and watches its
// event loop with perf_hooks.monitorEventLoopDelay. The parent asks over IPC: { id, type: 'reset' | 'read' }.
import 'reflect-metadata';
import { benchConfig } from '../bench-config.js';
import { readFileSync } from 'node:fs';
import type { AddressInfo } from 'node:net';
import { monitorEventLoopDelay, performance } from 'node:perf_hooks';
import { MikroORM } from '@mikro-orm/postgresql';
import { createLogger } from '../../src/common/logging/logger.js';
import { migrate } from '../../src/db/database.js';
import { onQuery, ormConfig } from '../../src/db/mikro-orm.config.js';
import { createFengqiaoServer } from '../../src/server.js';

export interface ApiStats {
  /** SQL statements since the process started. */
  statements: number;
  /** Event-loop delay since the last reset, ms. */
  eventLoop: { max: number; p99: number; mean: number };
  /** Event-loop utilisation since the last reset, 0–1. */
  utilisation: number;
  rssMb: number;
  /** The process's peak resident set (VmHWM), MB. */
  peakRssMb: number;
  /** Resident set once the server listened, before any request, MB. */
  startRssMb: number;
}

const url = process.env.DATABASE_URL;
if (!url || !process.send) throw new Error('api-process: run by main.ts with DATABASE_URL');

// The scale data set seals nothing (its confidential columns are NULL): any field key opens what there is.
const config = benchConfig(url, 'production');

const batch = await MikroORM.init(ormConfig(url));
try {
  await migrate(batch);
} finally {
  await batch.close(true);
}
const orm = await MikroORM.init(ormConfig(url, {}, config.db));
const server = await createFengqiaoServer(config, orm, createLogger('silent'));

let statements = 0;
onQuery(() => {
  statements += 1;
});
const delay = monitorEventLoopDelay({ resolution: 10 });
delay.enable();
let utilisationFrom = performance.eventLoopUtilization();
let startRssMb = Number.NaN;

function peakRssMb(): number {
  const m = /^VmHWM:\s+(\d+) kB$/m.exec(readFileSync('/proc/self/status', 'utf8'));
  return m ? Number(m[1]) / 1024 : Number.NaN;
}

function stats(): ApiStats {
  const ns = (x: number) => (Number.isFinite(x) ? x / 1e6 : 0);
  return {
    statements,
    eventLoop: { max: ns(delay.max), p99: ns(delay.percentile(99)), mean: ns(delay.mean) },
    utilisation: performance.eventLoopUtilization(utilisationFrom).utilization,
    rssMb: process.memoryUsage().rss / 1024 / 1024,
    peakRssMb: peakRssMb(),
    startRssMb,
  };
}

// Orphaned (the bench stopped without asking): leave with it.
process.on('disconnect', () => process.exit(0));

process.on('message', (message: { id: number; type: 'reset' | 'read' | 'stop' }) => {
  if (message.type === 'reset') {
    delay.reset();
    utilisationFrom = performance.eventLoopUtilization();
  }
  if (message.type === 'stop') {
    void server
      .stop()
      .then(() => orm.close(true))
      .finally(() => {
        process.send!({ id: message.id, stats: stats() });
        process.exit(0);
      });
    return;
  }
  process.send!({ id: message.id, stats: stats() });
});

server.http.listen(0, '127.0.0.1', () => {
  startRssMb = process.memoryUsage().rss / 1024 / 1024;
  process.send!({ ready: true, port: (server.http.address() as AddressInfo).port });
});
