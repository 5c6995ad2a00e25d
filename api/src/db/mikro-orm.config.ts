import { DataloaderType, type Logger, type LoggerNamespace, type Options } from '@mikro-orm/core';
import { ReflectMetadataProvider } from '@mikro-orm/decorators/legacy';
import { Migrator } from '@mikro-orm/migrations';
import { PostgreSqlDriver, defineConfig } from '@mikro-orm/postgresql';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { DbLimits } from '../config.js';
import { ENTITIES } from './entities.js';
import { FengqiaoEntityManager } from './replicas.js';
import { MIGRATIONS } from './migrations/index.js';
import { MonthPartition } from './partitions.js';

const here = dirname(fileURLToPath(import.meta.url));

/** Receives every SQL statement MikroORM runs; tests count them. Never sees parameters' values. */
/** A statement as run, with its parameters where the driver gave them (for counting, or for EXPLAIN in bench:explain). */
export type QueryListener = (sql: string, params?: readonly unknown[]) => void;
const queryListeners = new Set<QueryListener>();

export function onQuery(listener: QueryListener): () => void {
  queryListeners.add(listener);
  return () => queryListeners.delete(listener);
}

// MikroORM's default logger prints queries with their parameters inlined, which could put confidential text into
// the logs. This one only forwards the statement to listeners and never prints.
class QueryCountingLogger implements Logger {
  log(namespace: LoggerNamespace, message: string): void {
    if (namespace === 'query' && queryListeners.size) for (const l of queryListeners) l(message);
  }
  error(): void {}
  warn(): void {}
  logQuery(context: { query: string; params?: readonly unknown[] }): void {
    if (queryListeners.size) for (const l of queryListeners) l(context.query, context.params);
  }
  setDebugMode(): void {}
  isEnabled(namespace: LoggerNamespace): boolean {
    return namespace === 'query';
  }
}

/**
 * Pool options for serving requests: a bounded wait for a free connection (pg-pool's `connectionTimeoutMillis` bounds
 * both the wait in its queue and the connect itself), then an error the API answers as SERVICE_UNAVAILABLE rather
 * than a request that hangs; and server-side limits on a statement and on a transaction left idle, so that nothing a
 * request starts can hold a connection for ever.
 */
function requestPool(limits: DbLimits) {
  return {
    pool: { min: 0, max: limits.poolMax },
    driverOptions: {
      connectionTimeoutMillis: limits.acquireTimeoutMs,
      statement_timeout: limits.statementTimeoutMs,
      idle_in_transaction_session_timeout: limits.statementTimeoutMs,
    },
  };
}

/**
 * The ORM's options. With `limits` (the server) every connection carries the request limits; without (migrations,
 * seeding, scripts, test templates) statements run as long as they need. `readUrls` (DATABASE_READ_URLS) are read
 * replicas, with the primary's pool and limits: MikroORM sends reads outside transactions to them (db/replicas.ts).
 */
export function ormConfig(
  clientUrl: string,
  overrides: Partial<Options<PostgreSqlDriver>> = {},
  limits?: DbLimits,
  readUrls: readonly string[] = [],
) {
  return defineConfig({
    clientUrl,
    replicas: readUrls.map((url, i) => ({ name: `read-${i + 1}`, clientUrl: url })),
    preferReadReplicas: true,
    entityManager: FengqiaoEntityManager,
    entities: ENTITIES,
    // The stored functions the migrations create, so that the schema check knows them (db/partitions.ts).
    routines: [MonthPartition],
    metadataProvider: ReflectMetadataProvider,
    extensions: [Migrator],
    dataloader: DataloaderType.ALL,
    // No per-instance accessors on every loaded entity. With propagation on, MikroORM gives each property of each
    // hydrated entity its own getter and setter (two closures) so that assigning one side of a relation updates the
    // other: a case list of 25 rows with parties and advisers allocated 0.7 MB per request for them alone, and they
    // turned every entity into a dictionary-mode object. The code sets relations from the owning side and reads
    // collections through loaders, so nothing relies on the propagation.
    propagationOnPrototype: false,
    // One forked entity manager per request (context.ts); the global one must never be used for work.
    allowGlobalContext: false,
    debug: ['query'],
    loggerFactory: () => new QueryCountingLogger(),
    pool: { min: 0, max: 10 },
    ...(limits ? requestPool(limits) : {}),
    migrations: {
      path: join(here, 'migrations'),
      pathTs: join(here, 'migrations'),
      migrationsList: MIGRATIONS,
      snapshot: true,
      snapshotName: '.snapshot-fengqiao',
      // Running migrations must never rewrite the committed snapshot; only `migration:create` does.
      snapshotOnMigrate: false,
      transactional: true,
      allOrNothing: true,
      emit: 'ts',
    },
    ...overrides,
  });
}
