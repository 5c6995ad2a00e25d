import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import { MikroORM } from '@mikro-orm/postgresql';
import { randomUUID } from 'node:crypto';
import { FieldCipher } from '../src/common/crypto/field-cipher.js';
import { idNumberLookupHash } from '../src/common/validation/id-number.js';
import { migrate } from '../src/db/database.js';
import { ormConfig } from '../src/db/mikro-orm.config.js';
import { SEALED } from '../src/modules/mediation-case/case.service.js';
import { createBlankDatabase } from './database.js';
import { TEST_FIELD_KEYS, TEST_LOOKUP_KEY } from './secrets.js';

const BEFORE = 'Migration20261127195941_work_log';
const cipher = new FieldCipher(TEST_FIELD_KEYS);
const ID = '11010519491231002X';

/**
 * A database as the previous release left it: one person (张建国) shared by three cases because two later
 * registrations typed his ID number, one by an adviser of his first case and one by an outsider; a party account on
 * him; plain addresses and the old ID mask.
 */
describe('migration: parties kept per case, addresses sealed, shared persons split', () => {
  let db: Awaited<ReturnType<typeof createBlankDatabase>>;
  let orm: MikroORM;
  const ids = {
    city: randomUUID(),
    county: randomUUID(),
    township: randomUUID(),
    village: randomUUID(),
    adviserIn: randomUUID(),
    adviserOut: randomUUID(),
    userIn: randomUUID(),
    userOut: randomUUID(),
    party: randomUUID(),
    person: randomUUID(),
    other: randomUUID(),
    first: randomUUID(),
    byInsider: randomUUID(),
    byOutsider: randomUUID(),
  };
  const sql = (q: string, p: unknown[] = []) => orm.em.fork().getConnection().execute(q, p);

  beforeAll(async () => {
    db = await createBlankDatabase();
    orm = await MikroORM.init(ormConfig(db.url, { preferTs: true }));
    await orm.migrator.up({ to: BEFORE });
    await sql(
      `insert into region (id, parent_id, level, name, code, path, terrain, kind) values
      (?, null, 'CITY', '吕梁市', '141100000000', '/m/', null, null), (?, ?, 'COUNTY', '交城县', '141122000000', '/m/c/', null, null),
      (?, ?, 'TOWNSHIP', '天宁镇', '141122100000', '/m/c/t/', 'PLAIN', null), (?, ?, 'VILLAGE', '东关村', '141122100001', '/m/c/t/v/', null, 'VILLAGE')`,
      [ids.city, ids.county, ids.city, ids.township, ids.county, ids.village, ids.township],
    );
    for (const [adviser, user, name] of [
      [ids.adviserIn, ids.userIn, 'in'],
      [ids.adviserOut, ids.userOut, 'out'],
    ] as const) {
      await sql(
        `insert into legal_adviser (id, county_id, name, gender, phone, profession, licence_no) values (?, ?, ?, 'MALE', '13900000000', 'LAWYER', ?)`,
        [adviser, ids.county, `顾问${name}`, `L-${name}`],
      );
      await sql(`insert into app_user (id, username, password_hash, role, display_name, adviser_id) values (?, ?, 'x', 'ADVISER', ?, ?)`, [
        user,
        `adviser.${name}`,
        name,
        adviser,
      ]);
    }
    for (const person of [ids.person, ids.other]) {
      const sealedId = cipher.seal(ID, SEALED.idNumber(person));
      await sql(
        `insert into person (id, name, phone, address, id_number_sealed, id_number_hash, id_number_masked) values (?, ?, ?, ?, ?, ?, ?)`,
        person === ids.person
          ? [person, '张建国', '13835805678', '交城县天宁镇东关村1号', sealedId, idNumberLookupHash(ID, TEST_LOOKUP_KEY), '110105********002X']
          : [person, '李二虎', null, '东关村2号', null, null, null],
      );
    }
    await sql(`insert into app_user (id, username, password_hash, role, display_name, person_id) values (?, 'party.x', 'x', 'PARTY', '张建国', ?)`, [
      ids.party,
      ids.person,
    ]);
    const cases: Array<[string, number, string]> = [
      [ids.first, 1, ids.userIn],
      [ids.byInsider, 2, ids.userIn],
      [ids.byOutsider, 3, ids.userOut],
    ];
    for (const [id, seq, by] of cases) {
      await sql(
        `insert into mediation_case (id, county_id, township_id, village_id, year, seq, case_no, source, dispute_type, tier, received_on, created_by_id, created_at)
        values (?, ?, ?, ?, 2026, ?, ?, 'APPLICATION', 'NEIGHBOUR', 'ORDINARY', '2026-10-01', ?, now() + make_interval(secs => ?))`,
        [id, ids.county, ids.township, ids.village, seq, `（2026）交调字第${seq}号`, by, seq],
      );
      await sql(`insert into case_party (id, case_id, person_id, role) values (?, ?, ?, 'APPLICANT')`, [randomUUID(), id, ids.person]);
    }
    await sql(`insert into case_party (id, case_id, person_id, role) values (?, ?, ?, 'RESPONDENT')`, [randomUUID(), ids.first, ids.other]);
    await sql(`insert into case_adviser (id, case_id, adviser_id) values (?, ?, ?)`, [randomUUID(), ids.first, ids.adviserIn]);
    await migrate(orm, { cipher, lookupKey: TEST_LOOKUP_KEY });
  });

  afterAll(async () => {
    await orm.close(true);
    await db.drop();
  });

  const partyOf = async (caseId: string) =>
    (await sql(`select p.* from case_party cp join person p on p.id = cp.person_id where cp.case_id = ? and cp.role = 'APPLICANT'`, [caseId]))[0]!;

  it('keeps the earliest case on the original record and gives every later case its own', async () => {
    const [first, insider, outsider] = [await partyOf(ids.first), await partyOf(ids.byInsider), await partyOf(ids.byOutsider)];
    expect(first.id).toBe(ids.person);
    expect(new Set([first.id, insider.id, outsider.id]).size).toBe(3);
    const counts = await sql(`select person_id, count(*)::int as n from case_party group by person_id having count(*) > 1`);
    expect(counts).toEqual([]);
  });

  it('shows an outsider’s registration only what its registrant typed: the ID number, the name masked', async () => {
    const outsider = await partyOf(ids.byOutsider);
    expect(outsider).toMatchObject({ name: '张*国', phone: null, address_sealed: null });
    expect(cipher.open(outsider.id_number_sealed, SEALED.idNumber(outsider.id))).toBe(ID);
    expect(outsider.id_number_hash).toBe(idNumberLookupHash(ID, TEST_LOOKUP_KEY));
  });

  it('copies the record in full for a registrant who was an adviser of the earlier case', async () => {
    const insider = await partyOf(ids.byInsider);
    expect(insider).toMatchObject({ name: '张建国', phone: '13835805678' });
    expect(cipher.open(insider.address_sealed, SEALED.address(insider.id))).toBe('交城县天宁镇东关村1号');
    expect(cipher.open(insider.id_number_sealed, SEALED.idNumber(insider.id))).toBe(ID);
  });

  it('lists both later registrations for the bureau’s one-off review', async () => {
    const rows = await sql(`select case_id, earlier_case_id from id_number_reuse order by case_id`);
    expect(rows.map((r) => [r.case_id, r.earlier_case_id]).sort()).toEqual(
      [
        [ids.byInsider, ids.first],
        [ids.byOutsider, ids.first],
      ].sort(),
    );
  });

  it('seals every address and drops the plain column', async () => {
    const columns = await sql(`select column_name from information_schema.columns where table_name = 'person'`);
    expect(columns.map((c) => c.column_name)).not.toContain('address');
    const other = (await sql(`select * from person where id = ?`, [ids.other]))[0]!;
    expect(cipher.open(other.address_sealed, SEALED.address(ids.other))).toBe('东关村2号');
    const all = JSON.stringify(await sql(`select * from person`));
    expect(all).not.toContain('东关村1号');
    expect(all).not.toContain(ID);
  });

  it('masks stored ID numbers to region and check character', async () => {
    const masks = await sql(`select distinct id_number_masked from person where id_number_masked is not null`);
    expect(masks).toEqual([{ id_number_masked: '110105***********X' }]);
  });

  it('gives the party account its verified phone from the record it was created from', async () => {
    const [party] = await sql(`select verified_phone, token_version from app_user where id = ?`, [ids.party]);
    expect(party).toEqual({ verified_phone: '13835805678', token_version: 0 });
  });
});
