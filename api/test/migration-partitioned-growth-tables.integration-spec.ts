import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import { COUNTY_ID, demoRegions, townshipId } from '@fengqiao/seeds';
import { MikroORM } from '@mikro-orm/postgresql';
import { randomUUID } from 'node:crypto';
import { FieldCipher } from '../src/common/crypto/field-cipher.js';
import { migrate } from '../src/db/database.js';
import { ormConfig } from '../src/db/mikro-orm.config.js';
import { createBlankDatabase } from './database.js';
import { TEST_FIELD_KEYS, TEST_LOOKUP_KEY } from './secrets.js';

const BEFORE = 'Migration20261202064600_agreement_scan';
const MIGRATION = 'Migration20261202184713_partitioned_growth_tables';

// Issue 15: audit_event and work_log_entry become range-partitioned by month of `at` (Asia/Shanghai). The rows written
// before are copied, each into its month's partition, with nothing lost or changed.
describe('migration: the growth tables become partitioned by month', () => {
  const db = createBlankDatabase();
  let orm: MikroORM;
  let sql: (q: string, p?: unknown[]) => Promise<Array<Record<string, any>>>;
  let auditBefore: Array<Record<string, any>>;
  let workLogBefore: Array<Record<string, any>>;
  // At 2026-01-31 16:30 UTC it is already 1 February in Shanghai: the month is China's.
  const times = ['2025-11-03T02:00:00Z', '2026-01-31T16:30:00Z', '2026-01-31T15:59:59Z'];

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
    const village = demoRegions().find((r) => r.level === 'VILLAGE' && r.parentId === townshipId('tianning'))!;
    for (const [i, at] of times.entries()) {
      await sql(
        `insert into work_log_entry (id, adviser_id, village_id, township_id, county_id, at, month, category, mode, person_served, matter, content, duration_min, created_by_id, client_key, client_payload)
        values (?, ?, ?, ?, ?, ?, to_char(?::timestamptz at time zone 'Asia/Shanghai', 'YYYY-MM'), 'CONSULTATION', 'OFFLINE', '李四', '咨询', ?, 10, ?, ?, 'p')`,
        [randomUUID(), adviser, village.id, village.parentId, COUNTY_ID, at, at, `内容 ${i}`, user, randomUUID()],
      );
      await sql(
        `insert into audit_event (id, at, actor_id, county_id, action, entity_type, entity_id, field, request_id, ip, details)
         values (?, ?, ?, ?, 'READ_CONFIDENTIAL', 'MediationCase', ?, 'summary', 'r', '10.0.0.1', ?)`,
        [randomUUID(), at, i === 0 ? null : user, i === 0 ? null : COUNTY_ID, randomUUID(), JSON.stringify({ n: i })],
      );
    }
    auditBefore = await sql(`select * from audit_event order by id`);
    workLogBefore = await sql(`select * from work_log_entry order by id`);
    expect(await migrate(orm, { cipher: new FieldCipher(TEST_FIELD_KEYS), lookupKey: TEST_LOOKUP_KEY })).toContain(MIGRATION);
  });
  afterAll(async () => {
    await orm?.close(true);
    await (await db).drop();
  });

  it('keeps every row as it was', async () => {
    expect(await sql(`select * from audit_event order by id`)).toEqual(auditBefore);
    expect(await sql(`select * from work_log_entry order by id`)).toEqual(workLogBefore);
    expect(await sql(`select to_regclass('audit_event_unpartitioned') as a, to_regclass('work_log_entry_unpartitioned') as w`)).toEqual([
      { a: null, w: null },
    ]);
  });

  it('puts each row into the partition of its month in Asia/Shanghai, none into the default one', async () => {
    for (const table of ['audit_event', 'work_log_entry']) {
      const rows = await sql(`select tableoid::regclass::text as partition, at from ${table} order by at`);
      expect(rows.map((r) => r.partition)).toEqual([`${table}_2025_11`, `${table}_2026_01`, `${table}_2026_02`]);
    }
  });

  it('keys the partitioned tables by (id, at) and the work log’s idempotency key by (adviser, key, at)', async () => {
    const keys = await sql(
      `select conrelid::regclass::text as t, conname as name, pg_get_constraintdef(oid) as def from pg_constraint
        where conrelid in ('audit_event'::regclass, 'work_log_entry'::regclass) and contype in ('p', 'u') order by 1, 2`,
    );
    expect(keys).toEqual([
      { t: 'audit_event', name: 'audit_event_pkey', def: 'PRIMARY KEY (id, at)' },
      { t: 'work_log_entry', name: 'work_log_entry_adviser_client_key_uniq', def: 'UNIQUE (adviser_id, client_key, at)' },
      { t: 'work_log_entry', name: 'work_log_entry_pkey', def: 'PRIMARY KEY (id, at)' },
    ]);
  });

  it('keeps the audit trail insert-only and the work log’s checks and foreign keys', async () => {
    await expect(sql(`update audit_event set ip = 'x'`)).rejects.toMatchObject({ message: expect.stringContaining('insert-only') });
    await expect(sql(`update work_log_entry set duration_min = 0`)).rejects.toMatchObject({
      message: expect.stringContaining('work_log_entry_duration_range'),
    });
    await expect(sql(`update work_log_entry set village_id = ?`, [randomUUID()])).rejects.toMatchObject({
      message: expect.stringContaining('work_log_entry_village_id_foreign'),
    });
  });

  it('goes back down to plain tables with every row', async () => {
    await orm.migrator.down({ to: BEFORE });
    expect(await sql(`select relkind from pg_class where relname in ('audit_event', 'work_log_entry') order by relname`)).toEqual([
      { relkind: 'r' },
      { relkind: 'r' },
    ]);
    expect(await sql(`select * from audit_event order by id`)).toEqual(auditBefore);
    expect(await sql(`select * from work_log_entry order by id`)).toEqual(workLogBefore);
    await orm.migrator.up();
    expect(await sql(`select count(*)::int as n from audit_event`)).toEqual([{ n: 3 }]);
  });
});
