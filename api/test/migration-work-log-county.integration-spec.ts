import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import { COUNTY_ID, demoRegions, townshipId } from '@fengqiao/seeds';
import { MikroORM } from '@mikro-orm/postgresql';
import { randomUUID } from 'node:crypto';
import { FieldCipher } from '../src/common/crypto/field-cipher.js';
import { migrate } from '../src/db/database.js';
import { ormConfig } from '../src/db/mikro-orm.config.js';
import { createBlankDatabase } from './database.js';
import { TEST_FIELD_KEYS, TEST_LOOKUP_KEY } from './secrets.js';

const BEFORE = 'Migration20261201073141_list_indexes';
const MIGRATION = 'Migration20261201073326_work_log_county';

// Work-log entries record their county (issue 11: a county's list is one indexed predicate). Entries written before
// the column existed get their township's parent.
describe('migration: work-log entries record their county', () => {
  const db = createBlankDatabase();
  let orm: MikroORM;
  let sql: (q: string, p?: unknown[]) => Promise<Array<Record<string, any>>>;
  const entryIds = [randomUUID(), randomUUID()];

  beforeAll(async () => {
    const blank = await db;
    orm = await MikroORM.init(ormConfig(blank.url, { preferTs: true }));
    await orm.migrator.up({ to: BEFORE });
    sql = (q, p = []) => orm.em.fork().getConnection().execute(q, p);
    const paths = new Map<string, string>();
    for (const r of demoRegions()) {
      const path = `${r.parentId ? paths.get(r.parentId)! : '/'}${r.id}/`;
      paths.set(r.id, path);
      await sql(`insert into region (id, parent_id, level, name, code, path, terrain, kind, demo) values (?, ?, ?, ?, ?, ?, ?, ?, ?)`, [
        r.id,
        r.parentId,
        r.level,
        r.name,
        r.code,
        path,
        r.terrain,
        r.kind,
        r.demo,
      ]);
    }
    const adviser = randomUUID();
    const user = randomUUID();
    await sql(
      `insert into legal_adviser (id, county_id, name, gender, phone, profession, licence_no) values (?, ?, '张三', 'MALE', '13900000000', 'LAWYER', 'L-1')`,
      [adviser, COUNTY_ID],
    );
    await sql(`insert into app_user (id, username, password_hash, role, display_name, adviser_id) values (?, 'u', 'x', 'ADVISER', 'U', ?)`, [
      user,
      adviser,
    ]);
    const villages = demoRegions()
      .filter((r) => r.level === 'VILLAGE' && r.parentId === townshipId('tianning'))
      .slice(0, 2);
    for (const [i, v] of villages.entries()) {
      await sql(
        `insert into work_log_entry (id, adviser_id, village_id, township_id, at, month, category, mode, person_served, matter, content, duration_min, created_by_id)
        values (?, ?, ?, ?, now(), '2026-11', 'CONSULTATION', 'OFFLINE', '李四', '咨询', '内容', 10, ?)`,
        [entryIds[i], adviser, v.id, v.parentId, user],
      );
    }
    expect(await migrate(orm, { cipher: new FieldCipher(TEST_FIELD_KEYS), lookupKey: TEST_LOOKUP_KEY })).toContain(MIGRATION);
  });
  afterAll(async () => {
    await orm?.close(true);
    await (await db).drop();
  });

  it('gives every existing entry its township’s county, and then requires one', async () => {
    expect(await sql(`select id, county_id from work_log_entry order by id`)).toEqual(
      [...entryIds].sort().map((id) => ({ id, county_id: COUNTY_ID })),
    );
    await expect(sql(`update work_log_entry set county_id = null where id = ?`, [entryIds[0]])).rejects.toMatchObject({
      message: expect.stringContaining('county_id'),
    });
  });

  it('adds the index that serves a county’s newest entries', async () => {
    expect(await sql(`select indexdef from pg_indexes where indexname = 'work_log_entry_county_at_idx'`)).toEqual([
      { indexdef: expect.stringContaining('(county_id, at DESC, id)') },
    ]);
  });
});
