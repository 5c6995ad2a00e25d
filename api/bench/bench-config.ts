import { loadConfig, type Config } from '../src/config.js';

/** The keys every bench server uses: the data it reads seals nothing a bench looks at, so fixed keys do. */
export const BENCH_FIELD_KEYS = [{ id: 'b1', key: Buffer.alloc(32, 3) }];
export const BENCH_LOOKUP_KEY = Buffer.alloc(32, 4);

/**
 * The server configuration of a benchmark: logging off, no console or data directory, and the per-user query budget
 * off, since one user sends hundreds of requests a minute on purpose and the budget would throttle the bench.
 */
export function benchConfig(databaseUrl: string, env: 'test' | 'production' = 'test'): Config {
  return loadConfig({
    env,
    databaseUrl,
    logLevel: 'silent',
    consoleDir: '/nonexistent',
    dataDir: '/nonexistent',
    jwtSecret: new TextEncoder().encode('bench-secret-bench-secret-bench-secret!!'),
    fieldKeys: BENCH_FIELD_KEYS,
    lookupKey: BENCH_LOOKUP_KEY,
    queryCostPerMinute: Number.POSITIVE_INFINITY,
  });
}
