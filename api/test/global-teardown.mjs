import { rmSync } from 'node:fs';
import pg from 'pg';

export default async function globalTeardown() {
  const embedded = globalThis.__FQ_EMBEDDED_PG__;
  if (embedded) {
    await embedded.pg.stop();
    rmSync(embedded.parent, { recursive: true, force: true });
    return;
  }
  // On a shared server, drop what this run created.
  const client = new pg.Client({ connectionString: process.env.FQ_TEST_SERVER_URL });
  await client.connect();
  try {
    const { rows } = await client.query('select datname from pg_database where datname like $1', [`fq_%${process.env.FQ_TEST_RUN}%`]);
    for (const { datname } of rows) await client.query(`drop database if exists "${datname}" with (force)`);
  } finally {
    await client.end();
  }
}
