import pg from 'pg';
import { exportTable, listTables, prepareSession } from '../src/ops/tables.js';

/** Every table of a database, counted and hashed the way a backup does (one snapshot), to compare two databases. */
export async function digestDatabase(url: string): Promise<Map<string, { rows: number; sha256: string }>> {
  const client = new pg.Client({ connectionString: url });
  await client.connect();
  try {
    await prepareSession(client);
    await client.query('begin isolation level repeatable read read only');
    const out = new Map<string, { rows: number; sha256: string }>();
    for (const table of await listTables(client)) {
      const d = await exportTable(client, table);
      out.set(table.name, { rows: d.rows, sha256: d.sha256 });
    }
    await client.query('commit');
    return out;
  } finally {
    await client.end();
  }
}
