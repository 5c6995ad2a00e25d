import 'reflect-metadata';
import { loadConfig } from './config.js';
import { createLogger } from './common/logging/logger.js';
import { openDatabase } from './db/database.js';
import { createFengqiaoServer } from './server.js';

const config = loadConfig();
const log = createLogger(config.logLevel);

async function main() {
  const db = await openDatabase(config, log);
  const server = await createFengqiaoServer(config, db.orm, log);
  await new Promise<void>((resolve) => server.http.listen(config.port, config.host, resolve));
  log.info({ port: config.port }, `Fengqiao is serving on http://localhost:${config.port}/ (GraphQL /graphql, GraphiQL /graphiql)`);

  let stopping = false;
  const stop = async (signal: string) => {
    if (stopping) return;
    stopping = true;
    log.info({ signal }, 'stopping');
    await server.stop().catch(() => undefined);
    await db.close().catch(() => undefined);
    process.exit(0);
  };
  process.on('SIGINT', () => void stop('SIGINT'));
  process.on('SIGTERM', () => void stop('SIGTERM'));
}

main().catch((error) => {
  log.fatal({ err: { name: error?.name, message: String(error?.message ?? error).slice(0, 500) } }, 'could not start');
  process.exit(1);
});
