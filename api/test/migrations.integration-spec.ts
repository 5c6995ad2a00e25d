import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import { MikroORM } from '@mikro-orm/postgresql';
import pg from 'pg';
import { readdirSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { migrate } from '../src/db/database.js';
import { MIGRATIONS } from '../src/db/migrations/index.js';
import { ensurePartitions } from '../src/db/partitions.js';
import { ormConfig } from '../src/db/mikro-orm.config.js';
import { createBlankDatabase } from './database.js';

const migrationsDir = join(dirname(fileURLToPath(import.meta.url)), '../src/db/migrations');

describe('migrations', () => {
  let db: Awaited<ReturnType<typeof createBlankDatabase>>;
  let orm: MikroORM;
  beforeAll(async () => {
    db = await createBlankDatabase();
    orm = await MikroORM.init(ormConfig(db.url, { preferTs: true }));
  });
  afterAll(async () => {
    await orm.close(true);
    await db.drop();
  });

  it('lists every migration file in the folder, in order', () => {
    const files = readdirSync(migrationsDir)
      .filter((f) => /^Migration\d+.*\.ts$/.test(f))
      .map((f) => f.replace(/\.ts$/, ''))
      .sort();
    expect(MIGRATIONS.map((m) => m.name)).toEqual(files);
  });

  it('apply to an empty database and then agree with the entities (no schema difference is left)', async () => {
    const applied = await migrate(orm);
    expect(applied).toEqual(MIGRATIONS.map((m) => m.name));
    const diff = await orm.schema.getUpdateSchemaSQL({ wrap: false });
    // When this fails, an entity changed without a migration: run `npm run migration:create -- <name>`.
    expect(diff.trim()).toBe('');
  });

  it('agree with the entities whatever partitions the growth tables have (a partition belongs to its parent)', async () => {
    const sql = new pg.Client({ connectionString: db.url });
    await sql.connect();
    try {
      // Months a long way off, and one of them moved to the audit archive as retention does.
      await sql.query(`insert into audit_event (id, at, action, entity_type, entity_id, request_id, ip)
                       values (gen_random_uuid(), '2031-05-05T00:00:00Z', 'TEST', 'X', gen_random_uuid(), 'r', 'i')`);
      for (const table of ['audit_event', 'work_log_entry']) await ensurePartitions(sql, table, new Date('2031-01-15T00:00:00Z'));
      const bound = (await sql.query(`select pg_get_expr(relpartbound, oid) as b from pg_class where relname = 'audit_event_2031_05'`)).rows[0].b;
      await sql.query('alter table audit_event detach partition audit_event_2031_05');
      await sql.query(`alter table audit_event_archived attach partition audit_event_2031_05 ${bound}`);
    } finally {
      await sql.end();
    }
    expect((await orm.schema.getUpdateSchemaSQL({ wrap: false })).trim()).toBe('');
  });

  it('are idempotent: a second run applies nothing', async () => {
    expect(await migrate(orm)).toEqual([]);
  });
});
