import 'reflect-metadata';
import cluster, { type Worker } from 'node:cluster';
import { ConfigError, loadConfig, type Config } from './config.js';
import { createLogger, type Logger } from './common/logging/logger.js';
import { describeInternal } from './common/errors/format-error.js';
import { MikroORM } from '@mikro-orm/postgresql';
import { openDatabase, prepareServerDatabase } from './db/database.js';
import { ormConfig } from './db/mikro-orm.config.js';
import { startDailyBackups } from './ops/daily-backup.js';
import { issueSetupTokenOnStart } from './modules/setup/setup.service.js';
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
const log = createLogger(config.logLevel);

/** Set by the cluster's primary on its workers: the database is started and migrated, serve it. */
const PREPARED_ENV = 'FENGQIAO_DATABASE_PREPARED';

/** Logs the first run's setup token, issued once for every process serving the database. */
async function announceSetupToken(orm: MikroORM): Promise<void> {
  const { token, issuedElsewhere } = await issueSetupTokenOnStart(orm.em.fork());
  if (token) {
    log.warn(
      { event: 'setup_token', setupToken: token },
      `First run: open http://localhost:${config.port}/ and enter the one-time setup token ${token} to create the first bureau administrator`,
    );
  } else if (issuedElsewhere) {
    log.warn(
      { event: 'setup_token_elsewhere' },
      'First run: another process starting on this database issued the setup token; it is in that process’s log',
    );
  }
}

/** One API process: WORKERS=1 (all of it here), or a cluster worker (serving only; its primary does the rest). */
async function serve() {
  const worker = cluster.isWorker && process.env[PREPARED_ENV] === '1';
  const db = await openDatabase(config, log, { prepared: worker });
  const server = await createFengqiaoServer(config, db.orm, log);
  await new Promise<void>((resolve) => server.http.listen(config.port, config.host, resolve));
  const dailyBackups = worker ? { stop: () => undefined } : startDailyBackups(config, db.url, log);
  if (worker) log.info({ port: config.port, worker: cluster.worker?.id }, 'worker serving');
  else {
    log.info({ port: config.port }, `Fengqiao is serving on http://localhost:${config.port}/ (GraphQL /graphql, GraphiQL /graphiql)`);
    // A real installation's first run: no account exists, so none can sign in; whoever can read this log sets it up.
    await announceSetupToken(db.orm);
  }

  let stopping = false;
  const stop = async (signal: string) => {
    if (stopping) return;
    stopping = true;
    log.info({ signal }, 'stopping');
    dailyBackups.stop();
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
  const db = await prepareServerDatabase(config, log);
  const env = { DATABASE_URL: db.url, [PREPARED_ENV]: '1' };
  let stopping = false;
  const started = new Map<Worker, number>();
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
    await announceSetupToken(orm);
  } finally {
    await orm.close(true);
  }
  const dailyBackups = startDailyBackups(config, db.url, log);

  const stop = async (signal: string) => {
    if (stopping) return;
    stopping = true;
    log.info({ signal }, 'stopping the workers');
    dailyBackups.stop();
    const workers = [...started.keys()];
    await Promise.all(
      workers.map(
        (worker) =>
          new Promise<void>((resolve) => {
            if (worker.isDead()) return resolve();
            const kill = setTimeout(() => worker.process.kill('SIGKILL'), 15_000);
            worker.once('exit', () => {
              clearTimeout(kill);
              resolve();
            });
            worker.process.kill('SIGTERM');
          }),
      ),
    );
    await db.close().catch(() => undefined);
    log.info('stopped');
    process.exit(0);
  };
  process.on('SIGINT', () => void stop('SIGINT'));
  process.on('SIGTERM', () => void stop('SIGTERM'));
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
