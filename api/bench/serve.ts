// One bench API process for `npm run bench -- --nginx`: the server on DATABASE_URL (already migrated and seeded by
// the bench) at PORT of loopback, configured as every bench server is (bench-config.ts); "ready" on stdout once
// listening, stopped by SIGTERM.
import 'reflect-metadata';
import { MikroORM } from '@mikro-orm/postgresql';
import { createLogger } from '../src/common/logging/logger.js';
import { ormConfig } from '../src/db/mikro-orm.config.js';
import { createFengqiaoServer } from '../src/server.js';
import { benchConfig } from './bench-config.js';

const url = process.env.DATABASE_URL!;
const config = benchConfig(url);
const orm = await MikroORM.init(ormConfig(url, {}, config.db));
const server = await createFengqiaoServer(config, orm, createLogger('silent'));
await new Promise<void>((resolve) => server.http.listen(Number(process.env.PORT), '127.0.0.1', resolve));
process.stdout.write('ready\n');
process.on('SIGTERM', async () => {
  await server.stop().catch(() => undefined);
  await orm.close(true).catch(() => undefined);
  process.exit(0);
});
