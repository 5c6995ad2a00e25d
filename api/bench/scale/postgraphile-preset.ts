import type pg from 'pg';
import { makePgService } from 'postgraphile/adaptors/pg';
import { PostGraphileAmberPreset } from 'postgraphile/presets/amber';

/**
 * PostGraphile 5 as the benchmark runs it (postgraphile-process.ts) and the tests check it: the Amber preset on schema
 * `public`, a pool of 10 like the API's, and one change: PgIndexBehaviorsPlugin off, so that every column may be
 * ordered and conditioned on (Amber allows only indexed ones; the console orders cases by received date, which has no
 * index of its own). A caller that passes its own pool ends it.
 */
export function postgraphilePreset(database: { connectionString: string } | { pool: pg.Pool }): GraphileConfig.Preset {
  const source = 'pool' in database ? { pool: database.pool } : { connectionString: database.connectionString, poolConfig: { max: 10 } };
  return {
    extends: [PostGraphileAmberPreset],
    disablePlugins: ['PgIndexBehaviorsPlugin'],
    pgServices: [makePgService({ ...source, schemas: ['public'] })],
    grafserv: { graphqlPath: '/graphql', graphiql: false, watch: false },
    grafast: { explain: false },
  };
}
