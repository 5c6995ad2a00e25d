import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import { demoAccount, demoCases } from '@fengqiao/seeds';
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import pg from 'pg';
import { FieldCipher, generateFieldKeySpec, parseFieldKeys, type FieldKey } from '../src/common/crypto/field-cipher.js';
import { lookupKeyId } from '../src/common/validation/id-number.js';
import { maskIdNumber } from '../src/common/validation/mask.js';
import { loadConfig } from '../src/config.js';
import { Person } from '../src/modules/person/person.entity.js';
import { withIdNumber } from '../src/modules/person/id-number-lookup.js';
import { addFieldKey, addLookupKey, KeyFileError, removeFieldKey, removeLookupKey } from '../src/ops/key-files.js';
import { fieldKeyUsage, lookupKeyUsage, rotateKeys, SEALED_COLUMNS, type RotationReport } from '../src/ops/rotate-keys.js';
import { startTestApp, type TestApp } from './app.js';
import { rest } from './rest.js';
import { TEST_FIELD_KEYS, TEST_LOOKUP_KEY } from './secrets.js';

const OLD_KEYS = TEST_FIELD_KEYS;
const NEW_KEY: FieldKey = { id: 't2', key: Buffer.alloc(32, 8) };
const OLD_LOOKUP = TEST_LOOKUP_KEY;
const NEW_LOOKUP = Buffer.alloc(32, 10);
const oldCipher = new FieldCipher(OLD_KEYS);
const bothCipher = new FieldCipher([NEW_KEY, ...OLD_KEYS]);
const newCipher = new FieldCipher([NEW_KEY]);

/** Every confidential value the API returns to the case's parties and advisers, by `table.column.rowId`. */
const EVERYTHING = `{ mediationCases(options: { take: 100 }) { items { id summary
  sessions { id record } agreement { id content reviewComment } parties { id idNumber address } } } }`;

type Plain = Map<string, string>;
const where = (table: string, column: string, rowId: string) => `${table}.${column}.${rowId}`;

async function sealedValues(sql: pg.Client): Promise<Array<{ table: string; column: string; id: string; value: string }>> {
  const all = [];
  for (const { table, column } of SEALED_COLUMNS) {
    const { rows } = await sql.query(`select id, "${column}" as value from "${table}" where "${column}" is not null order by id`);
    all.push(...rows.map((r) => ({ table, column, id: r.id as string, value: r.value as string })));
  }
  return all;
}

async function openAll(sql: pg.Client, cipher: FieldCipher): Promise<Plain> {
  const values = await sealedValues(sql);
  return new Map(values.map((v) => [where(v.table, v.column, v.id), cipher.open(v.value, { table: v.table, column: v.column, rowId: v.id })]));
}

/** Reads every case each entitled demo account can open through GraphQL, and checks each value against `plain`. */
async function readThroughApi(app: TestApp, plain: Plain): Promise<number> {
  const parties = await app.orm.em.getConnection().execute<{ id: string; person_id: string }[]>('select id, person_id from case_party');
  const personOf = new Map(parties.map((p) => [p.id, p.person_id]));
  let checked = 0;
  const expectValue = (got: unknown, key: string) => {
    expect(got).toBe(plain.get(key) ?? null);
    if (got !== null) checked++;
  };
  for (const username of ['party.1', 'adviser.1', 'adviser.2']) {
    const res = await app.gql(EVERYTHING, {}, await app.login(username));
    expect(res.errors).toBeUndefined();
    for (const c of res.data.mediationCases.items) {
      expectValue(c.summary, where('mediation_case', 'summary_sealed', c.id));
      for (const s of c.sessions) expectValue(s.record, where('mediation_session', 'record_sealed', s.id));
      if (c.agreement) {
        expectValue(c.agreement.content, where('agreement', 'content_sealed', c.agreement.id));
        expectValue(c.agreement.reviewComment, where('agreement', 'review_comment_sealed', c.agreement.id));
      }
      for (const p of c.parties) {
        const idKey = where('person', 'id_number_sealed', personOf.get(p.id)!);
        // A party reads its own ID number in full and the other parties' masked; the advisers read every one in full.
        if (username === 'party.1' && p.idNumber !== plain.get(idKey)) expect(p.idNumber).toBe(maskIdNumber(plain.get(idKey)!));
        else expectValue(p.idNumber, idKey);
        expectValue(p.address, where('person', 'address_sealed', personOf.get(p.id)!));
      }
    }
  }
  return checked;
}

async function versions(sql: pg.Client): Promise<unknown[]> {
  const cases = await sql.query('select id, version, updated_at from mediation_case order by id');
  const agreements = await sql.query('select id, version from agreement order by id');
  return [...cases.rows, ...agreements.rows];
}

async function personsWithIdNumber(app: TestApp, idNumber: string): Promise<number> {
  return app.orm.em.fork().count(Person, withIdNumber(app.config, idNumber));
}

describe('key rotation (npm run rotate-keys)', () => {
  let app: TestApp;
  let sql: pg.Client;
  let plain: Plain;
  let before: unknown[];
  let idNumbers: Map<string, number>;
  let first: RotationReport;

  beforeAll(async () => {
    app = await startTestApp();
    sql = new pg.Client({ connectionString: app.config.databaseUrl });
    await sql.connect();
    // The demo data has no review comment: give every agreement one, so that every sealed column holds values.
    const { rows } = await sql.query('select id from agreement');
    for (const { id } of rows) {
      await sql.query('update agreement set review_comment_sealed = $1 where id = $2', [
        oldCipher.seal(`请补充履行期限 ${id.slice(0, 4)}`, { table: 'agreement', column: 'review_comment_sealed', rowId: id }),
        id,
      ]);
    }
    // …and every written agreement a signed scan (sealed as the upload route seals it: the file's base64).
    const written = await sql.query(`select id from agreement where form = 'WRITTEN'`);
    for (const { id: agreementId } of written.rows) {
      const id = crypto.randomUUID();
      const file = Buffer.from(`%PDF-1.4\n% signed ${agreementId}\n%%EOF\n`);
      await sql.query(
        `insert into agreement_scan (id, agreement_id, mime, size, content_sealed, uploaded_by_id) values ($1, $2, 'application/pdf', $3, $4, $5)`,
        [
          id,
          agreementId,
          file.length,
          oldCipher.seal(file.toString('base64'), { table: 'agreement_scan', column: 'content_sealed', rowId: id }),
          demoAccount('adviser.1').id,
        ],
      );
    }
    plain = await openAll(sql, oldCipher);
    before = await versions(sql);
    idNumbers = new Map();
    for (const [key, value] of plain) if (key.startsWith('person.id_number_sealed.')) idNumbers.set(value, (idNumbers.get(value) ?? 0) + 1);
  });

  afterAll(async () => {
    await sql.end();
    await app.close();
  });

  it('knows every sealed column of the model', () => {
    const columns = [...app.orm.getMetadata().getAll().values()].flatMap((meta) =>
      Object.values(meta.properties)
        .filter((prop) => prop.name.endsWith('Sealed'))
        .map((prop) => `${meta.tableName}.${prop.fieldNames[0]}`),
    );
    expect(columns.sort()).toEqual(SEALED_COLUMNS.map((c) => `${c.table}.${c.column}`).sort());
  });

  it('starts from sealed values in every confidential column, all on the old key', async () => {
    const usage = await fieldKeyUsage(sql);
    expect([...usage.keys()]).toEqual(['t1']);
    expect(Object.keys(usage.get('t1')!).sort()).toEqual(SEALED_COLUMNS.map((c) => `${c.table}.${c.column}`).sort());
    for (const n of Object.values(usage.get('t1')!)) expect(n).toBeGreaterThan(0);
    expect(await readThroughApi(app, plain)).toBeGreaterThan(10);
  });

  it('stops half-way when interrupted, and everything still opens with both keys meanwhile', async () => {
    const total = plain.size;
    const progress: number[] = [];
    // Ctrl-C half-way: the batch in hand is finished, then the run stops.
    const stop = new AbortController();
    first = await rotateKeys(
      sql,
      { cipher: bothCipher, lookupKey: NEW_LOOKUP },
      {
        batchSize: 4,
        signal: stop.signal,
        onProgress: (p) => {
          progress.push(p.done);
          if (p.done >= total / 2) stop.abort();
        },
      },
    );
    expect(first.complete).toBe(false);
    expect(first.fieldKey.interrupted).toBe(true);
    expect(first.lookupKey).toBeUndefined();
    const usage = await fieldKeyUsage(sql);
    const onNew = Object.values(usage.get('t2') ?? {}).reduce((a, b) => a + b, 0);
    const onOld = Object.values(usage.get('t1') ?? {}).reduce((a, b) => a + b, 0);
    expect(onNew).toBeGreaterThan(0);
    expect(onOld).toBeGreaterThan(0);
    expect(onNew + onOld).toBe(total);
    expect(progress.length).toBeGreaterThan(1);
    expect(progress).toEqual([...progress].sort((a, b) => a - b));

    // The server restarted with the new key first and the old one still configured serves everything meanwhile.
    const during = await startTestApp(
      { fieldKeys: [NEW_KEY, ...OLD_KEYS], lookupKey: NEW_LOOKUP, previousLookupKeys: [OLD_LOOKUP] },
      { databaseOf: app },
    );
    try {
      expect(await readThroughApi(during, plain)).toBeGreaterThan(10);
      // Nothing is re-hashed yet: lookups find every party by the previous lookup key's hash.
      for (const [idNumber, n] of idNumbers) expect(await personsWithIdNumber(during, idNumber)).toBe(n);
    } finally {
      await during.close();
    }
  });

  it('refuses to remove the old key while values are still sealed with it', async () => {
    const dataDir = mkdtempSync(join(tmpdir(), 'fq-keys-'));
    try {
      writeFileSync(join(dataDir, 'field-keys'), generateFieldKeySpec('k1'));
      expect(addFieldKey(dataDir)).toBe('k2');
      expect(parseFieldKeys(readFileSync(join(dataDir, 'field-keys'), 'utf8').trim()).map((k) => k.id)).toEqual(['k2', 'k1']);
      const stillSealed = Object.values((await fieldKeyUsage(sql)).get('t1')!).reduce((a, b) => a + b, 0);
      expect(() => removeFieldKey(dataDir, 'k1', stillSealed)).toThrow(
        new KeyFileError(
          `${stillSealed} values are still sealed with k1: run npm run rotate-keys first (after restarting the server with the new key)`,
        ),
      );
      expect(() => removeFieldKey(dataDir, 'k2', 0)).toThrow(/seals new values/);
      removeFieldKey(dataDir, 'k1', 0);
      expect(parseFieldKeys(readFileSync(join(dataDir, 'field-keys'), 'utf8').trim()).map((k) => k.id)).toEqual(['k2']);

      writeFileSync(join(dataDir, 'id-lookup-key'), 'x'.repeat(64));
      const added = addLookupKey(dataDir);
      const config = loadConfig({ dataDir, jwtSecret: new Uint8Array(32), fieldKeys: OLD_KEYS });
      expect(lookupKeyId(config.lookupKey)).toBe(added);
      expect(config.previousLookupKeys).toEqual([Buffer.from('x'.repeat(64))]);
      const oldId = lookupKeyId(Buffer.from('x'.repeat(64)));
      expect(() => removeLookupKey(dataDir, oldId, 3)).toThrow(/3 ID numbers may still be hashed/);
      removeLookupKey(dataDir, oldId, 0);
      expect(loadConfig({ dataDir, jwtSecret: new Uint8Array(32), fieldKeys: OLD_KEYS }).previousLookupKeys).toEqual([]);
    } finally {
      rmSync(dataDir, { recursive: true, force: true });
    }
  });

  it('resumes, never overwrites a value edited meanwhile, and leaves nothing on the old keys', async () => {
    let edited: { key: string; table: string; column: string; id: string } | undefined;
    const second = await rotateKeys(
      sql,
      { cipher: bothCipher, lookupKey: NEW_LOOKUP },
      {
        batchSize: 4,
        // A server still sealing with the old key edits a value between this batch's read and its write.
        beforeWrite: async ({ table, column, ids }) => {
          // (Not a party's row: their ID numbers are what the lookups below look for.)
          if (edited || !ids.length || table === 'person') return;
          const id = ids[0]!;
          edited = { key: where(table, column, id), table, column, id };
          await sql.query(`update "${table}" set "${column}" = $1 where id = $2`, [
            oldCipher.seal('并发修改的内容', { table, column, rowId: id }),
            id,
          ]);
        },
      },
    );
    expect(edited).toBeDefined();
    plain.set(edited!.key, '并发修改的内容');
    expect(second.complete).toBe(true);
    const skipped = second.fieldKey.targets.find((t) => t.target === `${edited!.table}.${edited!.column}`)!;
    expect(skipped.skipped).toBe(1);
    expect(skipped.remaining).toBe(0);
    // Resumed: only what the first run left was stale.
    const staleAtStart = second.fieldKey.targets.reduce((a, t) => a + t.stale, 0);
    expect(staleAtStart).toBe(plain.size - first.fieldKey.targets.reduce((a, t) => a + t.rewritten, 0));

    expect([...(await fieldKeyUsage(sql)).keys()]).toEqual(['t2']);
    expect([...(await lookupKeyUsage(sql)).keys()]).toEqual([lookupKeyId(NEW_LOOKUP)]);
    // Re-sealing is not an edit: versions and update times stand.
    expect(await versions(sql)).toEqual(before);
    expect(second.lookupKey!.targets[0]!.rewritten).toBe([...idNumbers.values()].reduce((a, b) => a + b, 0));
  });

  it('opens everything once the old keys are gone, through the API and through open()', async () => {
    expect(await openAll(sql, newCipher)).toEqual(plain);
    const after = await startTestApp({ fieldKeys: [NEW_KEY], lookupKey: NEW_LOOKUP }, { databaseOf: app });
    try {
      expect(await readThroughApi(after, plain)).toBeGreaterThan(10);
      for (const [idNumber, n] of idNumbers) expect(await personsWithIdNumber(after, idNumber)).toBe(n);
      // The signed scans, re-sealed with the new key, are served whole.
      const scan = await rest(after, 'GET', `/api/mediation-cases/${demoCases()[0]!.id}/agreement-scan`, { token: await after.login('party.1') });
      expect(scan.status).toBe(200);
      expect(scan.bytes.toString('utf8')).toMatch(/^%PDF-1\.4\n% signed [0-9a-f-]{36}\n%%EOF\n$/);
    } finally {
      await after.close();
    }
    // The hashes did change: the old lookup key alone finds no one any more.
    const oldOnly = await startTestApp({ lookupKey: OLD_LOOKUP }, { databaseOf: app });
    try {
      for (const idNumber of idNumbers.keys()) expect(await personsWithIdNumber(oldOnly, idNumber)).toBe(0);
    } finally {
      await oldOnly.close();
    }
  });

  it('answers SERVICE_UNAVAILABLE naming the key for a value sealed with a key no longer configured, never garbage', async () => {
    const after = await startTestApp({ fieldKeys: [NEW_KEY], lookupKey: NEW_LOOKUP }, { databaseOf: app });
    try {
      const kase = demoCases()[0]!;
      const at = { table: 'mediation_case', column: 'summary_sealed', rowId: kase.id };
      await sql.query('update mediation_case set summary_sealed = $1 where id = $2', [oldCipher.seal('漏掉的旧密钥内容', at), kase.id]);
      const token = await after.login('party.1');
      const res = await after.gql('query($id: ID!) { mediationCase(id: $id) { id summary } }', { id: kase.id }, token);
      expect(res.status).toBe(503);
      expect(res.data?.mediationCase?.summary ?? null).toBeNull();
      expect(res.errors).toHaveLength(1);
      expect(res.errors![0]!.message).toMatch(/field key t1/);
      expect(res.errors![0]!.extensions).toEqual({ code: 'SERVICE_UNAVAILABLE', reason: 'KEY_MISSING', keyId: 't1' });
      const file = await rest(after, 'GET', `/api/mediation-cases/${kase.id}/case-file.pdf`, { token });
      expect(file.status).toBe(503);
      expect(file.json.errors[0].extensions).toEqual({ code: 'SERVICE_UNAVAILABLE', reason: 'KEY_MISSING', keyId: 't1' });
      const logged = after.logs.filter((l) => l.includes('KEY_MISSING'));
      expect(logged.length).toBeGreaterThan(0);
      expect(logged.join('\n')).toContain('"keyId":"t1"');
      expect(after.logs.join('\n')).not.toContain('漏掉的旧密钥内容');

      // A value that does not authenticate (moved from another row) is an internal error, not text.
      const other = await sql.query('select summary_sealed from mediation_case where id <> $1 limit 1', [kase.id]);
      await sql.query('update mediation_case set summary_sealed = $1 where id = $2', [other.rows[0].summary_sealed, kase.id]);
      const moved = await after.gql('query($id: ID!) { mediationCase(id: $id) { summary } }', { id: kase.id }, token);
      expect(moved.errors![0]!.extensions!.code).toBe('INTERNAL_SERVER_ERROR');
      expect(moved.data?.mediationCase?.summary ?? null).toBeNull();
    } finally {
      await after.close();
    }
  });

  it('audits each rotation at its start and end, by the system, with counts', async () => {
    const { rows } = await sql.query(`select action, entity_type, actor_id, county_id, details from audit_event
      where action like 'KEY_ROTATION_%' order by at, action desc`);
    expect(rows.map((r) => `${r.entity_type} ${r.action}`)).toEqual([
      'FieldKey KEY_ROTATION_STARTED',
      'FieldKey KEY_ROTATION_INTERRUPTED',
      'FieldKey KEY_ROTATION_STARTED',
      'FieldKey KEY_ROTATION_FINISHED',
      'IdLookupKey KEY_ROTATION_STARTED',
      'IdLookupKey KEY_ROTATION_FINISHED',
    ]);
    expect(rows.every((r) => r.actor_id === null && r.county_id === null)).toBe(true);
    expect(rows[0].details).toEqual({
      keyId: 't2',
      stale: Object.fromEntries(SEALED_COLUMNS.map((c) => [`${c.table}.${c.column}`, expect.any(Number)])),
    });
    expect(rows[3].details.targets.map((t: { rewritten: number }) => t.rewritten).reduce((a: number, b: number) => a + b, 0)).toBeGreaterThan(0);
    expect(JSON.stringify(rows)).not.toContain('并发修改的内容');

    const res = await app.gql(
      `{ auditEvents(options: { filter: { action: "KEY_ROTATION_FINISHED" } }) { items { actorUsername actorName entityType details } } }`,
      {},
      await app.login('bureau'),
    );
    expect(res.errors).toBeUndefined();
    expect(res.data.auditEvents.items.map((e: { entityType: string; actorUsername: string }) => `${e.entityType} ${e.actorUsername}`).sort()).toEqual(
      ['FieldKey system', 'IdLookupKey system'],
    );
  });

  it('leaves a value whose key is gone as it is, and says which key it needs', async () => {
    const kase = demoCases()[0]!;
    const at = { table: 'mediation_case', column: 'summary_sealed', rowId: kase.id };
    await sql.query('update mediation_case set summary_sealed = $1 where id = $2', [oldCipher.seal('漏掉的旧密钥内容', at), kase.id]);
    const report = await rotateKeys(sql, { cipher: newCipher, lookupKey: NEW_LOOKUP });
    expect(report.complete).toBe(false);
    expect(report.fieldKey.targets.find((t) => t.target === 'mediation_case.summary_sealed')).toEqual({
      target: 'mediation_case.summary_sealed',
      stale: 1,
      rewritten: 0,
      skipped: 0,
      unreadable: { t1: 1 },
      remaining: 1,
    });
    const { rows } = await sql.query('select summary_sealed from mediation_case where id = $1', [kase.id]);
    expect(oldCipher.open(rows[0].summary_sealed, at)).toBe('漏掉的旧密钥内容');
  });
});
