import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import { CITY_ID, COUNTY_ID, PROVINCE_ID, demoRegions, townshipId } from '@fengqiao/seeds';
import { MikroORM } from '@mikro-orm/postgresql';
import { randomUUID } from 'node:crypto';
import { FieldCipher } from '../src/common/crypto/field-cipher.js';
import { migrate } from '../src/db/database.js';
import { ormConfig } from '../src/db/mikro-orm.config.js';
import { createBlankDatabase } from './database.js';
import { TEST_FIELD_KEYS, TEST_LOOKUP_KEY } from './secrets.js';

const BEFORE = 'Migration20261201050322_case_no_per_county';
const MIGRATION = 'Migration20261201063706_province_and_region_codes';
const secrets = { cipher: new FieldCipher(TEST_FIELD_KEYS), lookupKey: TEST_LOOKUP_KEY };

/**
 * The demo regions as the previous release seeded them: 吕梁市 the root, 6-digit codes for the city and the county,
 * 9 digits for townships, 12 for villages, and no province.
 */
function previousDemoRegions() {
  const paths = new Map<string, string>();
  return demoRegions()
    .filter((r) => r.level !== 'PROVINCE')
    .map((r) => {
      const parentId = r.id === CITY_ID ? null : r.parentId;
      const path = `${parentId ? paths.get(parentId)! : '/'}${r.id}/`;
      paths.set(r.id, path);
      const code = r.level === 'TOWNSHIP' ? r.code.slice(0, 9) : r.level === 'VILLAGE' ? r.code : r.code.slice(0, 6);
      return { ...r, parentId, path, code };
    });
}

async function databaseBefore() {
  const db = await createBlankDatabase();
  const orm = await MikroORM.init(ormConfig(db.url, { preferTs: true }));
  await orm.migrator.up({ to: BEFORE });
  const sql = (q: string, p: unknown[] = []) => orm.em.fork().getConnection().execute(q, p);
  const insert = async (rows: ReturnType<typeof previousDemoRegions>) => {
    for (const r of rows) {
      await sql(`insert into region (id, parent_id, level, name, code, path, terrain, kind, demo) values (?, ?, ?, ?, ?, ?, ?, ?, ?)`, [
        r.id,
        r.parentId,
        r.level,
        r.name,
        r.code,
        r.path,
        r.terrain,
        r.kind,
        r.demo,
      ]);
    }
  };
  return {
    db,
    orm,
    sql,
    insert,
    async close() {
      await orm.close(true);
      await db.drop();
    },
  };
}

describe('migration: a province above the cities, 12-digit region codes', () => {
  let before: Awaited<ReturnType<typeof databaseBefore>>;
  let applied: string[];
  const old = previousDemoRegions();
  beforeAll(async () => {
    before = await databaseBefore();
    await before.insert(old);
    expect((await before.sql(`select code from region where id = ?`, [COUNTY_ID]))[0]!.code).toBe('141122');
    applied = await migrate(before.orm, secrets);
  });
  afterAll(() => before?.close());

  it('applies to the previous release’s demo regions and gives each the 12-digit code the seeds now write', async () => {
    expect(applied).toContain(MIGRATION);
    const rows = await before.sql(`select id, code from region`);
    const now = new Map(demoRegions().map((r) => [r.id, r.code]));
    expect(rows).toHaveLength(old.length);
    expect(rows.filter((r) => r.code !== now.get(r.id))).toEqual([]);
    expect(now.get(townshipId('tianning'))).toBe('141122100000');
  });

  it('leaves the city-rooted tree as it was: no province is added, 吕梁市 stays the root', async () => {
    expect(await before.sql(`select id, level from region where parent_id is null`)).toEqual([{ id: CITY_ID, level: 'CITY' }]);
  });

  it('lets a province go above the city, and refuses a province below a root, a county at the root and a short code', async () => {
    const { sql } = before;
    await sql(`insert into region (id, level, name, code, path) values (?, 'PROVINCE', '山西省', '140000000000', ?)`, [
      PROVINCE_ID,
      `/${PROVINCE_ID}/`,
    ]);
    await sql(`update region set parent_id = ? where id = ?`, [PROVINCE_ID, CITY_ID]);
    const refused = async (q: string, p: unknown[], constraint: string) =>
      expect(sql(q, p)).rejects.toMatchObject({ message: expect.stringContaining(constraint) });
    await refused(
      `insert into region (id, parent_id, level, name, code, path) values (?, ?, 'PROVINCE', '内蒙古', '150000000000', '/x/y/')`,
      [randomUUID(), CITY_ID],
      'region_province_is_root',
    );
    await refused(
      `insert into region (id, level, name, code, path) values (?, 'COUNTY', '交口县', '141130000000', '/z/')`,
      [randomUUID()],
      'region_root_is_province_or_city',
    );
    await refused(
      `insert into region (id, parent_id, level, name, code, path) values (?, ?, 'COUNTY', '交口县', '141130', '/x/c/')`,
      [randomUUID(), CITY_ID],
      'region_code_12_digits',
    );
    await refused(
      `insert into region (id, parent_id, level, name, code, path) values (?, ?, 'COUNTY', '交口县', '141130100000', '/x/c/')`,
      [randomUUID(), CITY_ID],
      'region_code_matches_level',
    );
    await refused(
      `insert into region (id, level, name, code, path) values (?, 'CITY', '某市', '150000000000', '/w/')`,
      [randomUUID()],
      'region_code_matches_level',
    );
  });
});

describe('migration: region codes that break the rules stop it, naming the regions, and nothing is written', () => {
  const firstOfTianning = demoRegions().find((r) => r.parentId === townshipId('tianning'))!.id;
  it.each([
    [
      'a village coded under another township',
      (r: { id: string; code: string }) => (r.id === firstOfTianning ? '141122101299' : r.code),
      /the code does not start with the digits of the parent region: \S+ \(VILLAGE 141122101299\)\. Correct/,
    ],
    [
      'a code that is not digits',
      (r: { id: string; code: string }) => (r.id === COUNTY_ID ? '14112X' : r.code),
      /not a 6-, 9- or 12-digit division code: 交城县 \(COUNTY 14112X\)/,
    ],
    [
      'a village coded as its township',
      (r: { id: string; code: string }) => (r.id === firstOfTianning ? '141122100000' : r.code),
      /two regions would share one 12-digit code: 天宁镇 \(TOWNSHIP 141122100\), .+ \(VILLAGE 141122100000\)/,
    ],
  ])('%s', async (_name, recode, message) => {
    const before = await databaseBefore();
    try {
      const rows = previousDemoRegions().map((r) => ({ ...r, code: recode(r) }));
      await before.insert(rows);
      await expect(migrate(before.orm, secrets)).rejects.toThrow(message);
      // Rolled back: the codes as they were, the old root check in place, the migration not recorded.
      const codes = await before.sql(`select id, code from region`);
      expect(new Map(codes.map((c) => [c.id, c.code]))).toEqual(new Map(rows.map((r) => [r.id, r.code])));
      expect(await before.sql(`select conname from pg_constraint where conname like 'region_root%'`)).toEqual([{ conname: 'region_root_is_city' }]);
      expect(await before.sql(`select 1 from mikro_orm_migrations where name = ?`, [MIGRATION])).toEqual([]);
    } finally {
      await before.close();
    }
  });
});
