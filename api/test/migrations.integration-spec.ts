import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import { MikroORM } from '@mikro-orm/postgresql';
import { readdirSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { migrate } from '../src/db/database.js';
import { MIGRATIONS } from '../src/db/migrations/index.js';
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

  it('are idempotent: a second run applies nothing', async () => {
    expect(await migrate(orm)).toEqual([]);
  });
});
