// Generates the next migration from the difference between the entities and the committed snapshot, against a
// throwaway embedded PostgreSQL with every existing migration applied (or DATABASE_URL when set).
import 'reflect-metadata';
import { MikroORM } from '@mikro-orm/postgresql';
import { ensureDatabase, migrate } from '../db/database.js';
import { freePort, startEmbeddedPostgres, throwawayClusterDir } from '../db/embedded.js';
import { ormConfig } from '../db/mikro-orm.config.js';

const name = process.argv[2];
const embedded = process.env.DATABASE_URL
  ? undefined
  : await startEmbeddedPostgres({ dir: throwawayClusterDir('fq-mig-'), port: await freePort(), persistent: false });
const serverUrl = process.env.DATABASE_URL ?? embedded!.url;
const url = await ensureDatabase(serverUrl, `fq_migration_${Date.now()}`);
const orm = await MikroORM.init(ormConfig(url));
try {
  await migrate(orm);
  const result = await orm.migrator.create(undefined, false, false, name);
  if (!result.fileName) console.log('Entities and migrations agree: nothing to generate.');
  else console.log(`Wrote ${result.fileName}. Add it to src/db/migrations/index.ts.\n${result.diff.up.join('\n')}`);
} finally {
  await orm.close(true);
  await embedded?.stop();
}
