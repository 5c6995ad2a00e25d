import 'reflect-metadata';
import { ConfigError, loadConfig, type Config } from './config.js';
import { createLogger } from './common/logging/logger.js';
import { describeInternal } from './common/errors/format-error.js';
import { openDatabase } from './db/database.js';
import { startDailyBackups } from './ops/daily-backup.js';
import { issueSetupToken } from './modules/setup/setup.service.js';
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

async function main() {
  const db = await openDatabase(config, log);
  const server = await createFengqiaoServer(config, db.orm, log);
  await new Promise<void>((resolve) => server.http.listen(config.port, config.host, resolve));
  const dailyBackups = startDailyBackups(config, db.url, log);
  log.info({ port: config.port }, `Fengqiao is serving on http://localhost:${config.port}/ (GraphQL /graphql, GraphiQL /graphiql)`);
  // A real installation's first run: no account exists, so none can sign in; whoever can read this log sets it up.
  const setupToken = await issueSetupToken(db.orm.em.fork());
  if (setupToken) {
    log.warn(
      { event: 'setup_token', setupToken },
      `First run: open http://localhost:${config.port}/ and enter the one-time setup token ${setupToken} to create the first bureau administrator`,
    );
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

main().catch((error) => {
  // The operator needs the reason (a port in use, a refused password), but a database error's text can quote rows
  // (a migration's failed constraint): those are logged by their code.
  const fromDatabase = /^[0-9A-Z]{5}$/.test(String(error?.code)) || String(error?.name).endsWith('Exception');
  log.fatal(
    { err: { ...describeInternal(error), ...(fromDatabase ? {} : { message: String(error?.message ?? error).slice(0, 500) }) } },
    'could not start',
  );
  process.exit(1);
});
