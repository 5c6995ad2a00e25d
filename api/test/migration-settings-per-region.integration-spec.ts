import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import { PROVINCE_ID, demoRegions } from '@fengqiao/seeds';
import { MikroORM } from '@mikro-orm/postgresql';
import { FieldCipher } from '../src/common/crypto/field-cipher.js';
import { migrate } from '../src/db/database.js';
import { ormConfig } from '../src/db/mikro-orm.config.js';
import { createBlankDatabase } from './database.js';
import { TEST_FIELD_KEYS, TEST_LOOKUP_KEY } from './secrets.js';

const BEFORE = 'Migration20261201222708_subsidies';
const MIGRATION = 'Migration20261202022925_settings_per_region';

// Settings become per region (issue 12, the city tier). Those an installation set before were installation-wide:
// they become the root region's, the default of every county under it, so nothing changes for anyone.
describe('migration: settings per region', () => {
  const db = createBlankDatabase();
  let orm: MikroORM;
  let sql: (q: string, p?: unknown[]) => Promise<Array<Record<string, any>>>;

  beforeAll(async () => {
    const blank = await db;
    orm = await MikroORM.init(ormConfig(blank.url, { preferTs: true }));
    await orm.migrator.up({ to: BEFORE });
    sql = (q, p = []) => orm.em.fork().getConnection().execute(q, p);
    const paths = new Map<string, string>();
    for (const r of demoRegions().filter((r) => r.level !== 'VILLAGE' && r.level !== 'TOWNSHIP')) {
      const path = `${r.parentId ? paths.get(r.parentId)! : '/'}${r.id}/`;
      paths.set(r.id, path);
      await sql(`insert into region (id, parent_id, level, name, code, path, demo) values (?, ?, ?, ?, ?, ?, false)`, [
        r.id,
        r.parentId,
        r.level,
        r.name,
        r.code,
        path,
      ]);
    }
    await sql(`insert into setting (key, value, version) values ('adviserLoadCap', '7', 3), ('monthlyReportDeadlineDay', '8', 1)`);
    expect(await migrate(orm, { cipher: new FieldCipher(TEST_FIELD_KEYS), lookupKey: TEST_LOOKUP_KEY })).toContain(MIGRATION);
  });
  afterAll(async () => {
    await orm?.close(true);
    await (await db).drop();
  });

  it('gives the settings set before to the root region, keeping their values and versions', async () => {
    expect(await sql(`select region_id, key, value, version from setting order by key`)).toEqual([
      { region_id: PROVINCE_ID, key: 'adviserLoadCap', value: 7, version: 3 },
      { region_id: PROVINCE_ID, key: 'monthlyReportDeadlineDay', value: 8, version: 1 },
    ]);
  });

  it('keys a setting by region and key', async () => {
    await expect(sql(`insert into setting (region_id, key, value) values (?, 'adviserLoadCap', '2')`, [PROVINCE_ID])).rejects.toMatchObject({
      message: expect.stringContaining('setting_pkey'),
    });
  });
});
