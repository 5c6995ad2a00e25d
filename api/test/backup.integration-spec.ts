import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import { demoAccount, demoCases, demoPairings } from '@fengqiao/seeds';
import { createHash, randomBytes } from 'node:crypto';
import { mkdtempSync, readdirSync, readFileSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import pg from 'pg';
import { createLogger } from '../src/common/logging/logger.js';
import { BackupFileError, BackupKeyError, backupKeyFile } from '../src/ops/backup-crypto.js';
import { startDailyBackups } from '../src/ops/daily-backup.js';
import { createBackup, listUploads, type BackupResult } from '../src/ops/backup.js';
import { checkBackup, restoreBackup, RestoreError, type RestoreResult } from '../src/ops/restore.js';
import { startTestApp, type TestApp } from './app.js';
import { createBlankDatabase } from './database.js';
import { digestDatabase } from './digest.js';
import { makePng, rest, startAppWithUploads, upload } from './rest.js';
import { TEST_FIELD_KEYS, TEST_LOOKUP_KEY } from './secrets.js';

const KEY = Buffer.alloc(32, 3);
const adviser1 = demoAccount('adviser.1');
const ownVillage = demoPairings().find((p) => p.adviserId === adviser1.adviserId)!.villageId;
const adviser1Case = demoCases().find((c) => c.adviserIds.includes(adviser1.adviserId!))!;

/** A signed agreement scan (demo case 1 has a written agreement, adviser.1 its adviser, party.1 its applicant). */
const scanCase = demoCases()[0]!;
const SCAN = Buffer.from('%PDF-1.4\n% signed agreement, backed up sealed\n%%EOF\n', 'utf8');

const sha256 = (bytes: Buffer) => createHash('sha256').update(bytes).digest('hex');

async function count(url: string, table: string): Promise<number> {
  const client = new pg.Client({ connectionString: url });
  await client.connect();
  try {
    return Number((await client.query(`select count(*)::int as n from ${table}`)).rows[0].n);
  } finally {
    await client.end();
  }
}

describe('backup and restore', () => {
  let app: TestApp & { uploadsDir: string };
  let work: string;
  let backup: BackupResult;
  let writesDuring = 0;
  let workLogBefore = 0;
  let workLogAfter = 0;
  const targets: Array<{ drop(): Promise<void> }> = [];

  beforeAll(async () => {
    work = mkdtempSync(join(tmpdir(), 'fq-backup-'));
    app = await startAppWithUploads();
    const token = await app.login('adviser.1');
    for (const colour of [
      [200, 10, 10],
      [10, 200, 10],
      [10, 10, 200],
    ]) {
      expect(
        (
          await upload(
            app,
            token,
            makePng(8, 8, () => colour as [number, number, number]),
            'image/png',
          )
        ).status,
      ).toBe(201);
    }
    expect(
      (await rest(app, 'PUT', `/api/mediation-cases/${scanCase.id}/agreement-scan`, { token, body: SCAN, contentType: 'application/pdf' })).status,
    ).toBe(201);
    // A file still being written when the backup runs is not part of it.
    writeFileSync(join(app.uploadsDir, 'half-written.part'), 'partial');

    const db = app.config.databaseUrl!;
    workLogBefore = await count(db, 'work_log_entry');
    // Writes keep coming while the backup runs; the backup must be one consistent moment of them.
    let writing = true;
    const writer = (async () => {
      while (writing) {
        const res = await app.gql(
          `mutation($input: WorkLogEntryInput!) { createWorkLogEntry(input: $input) { id } }`,
          {
            input: {
              villageId: ownVillage,
              at: new Date(app.clock.now().getTime() - 60_000).toISOString(),
              category: 'CONSULTATION',
              mode: 'OFFLINE',
              personServed: '赵大勇',
              phone: '13935801234',
              matter: '咨询',
              content: `解答 ${writesDuring}`,
              durationMin: 30,
              photoIds: [],
            },
          },
          token,
        );
        expect(res.errors).toBeUndefined();
        writesDuring += 1;
      }
    })();
    while (writesDuring < 2) await new Promise((r) => setTimeout(r, 20));
    backup = await createBackup({ databaseUrl: db, uploadsDir: app.uploadsDir, out: join(work, 'backups'), key: KEY, now: app.clock.now() });
    const atBackupEnd = writesDuring;
    while (writesDuring < atBackupEnd + 2) await new Promise((r) => setTimeout(r, 20));
    writing = false;
    await writer;
    workLogAfter = await count(db, 'work_log_entry');
  }, 120_000);

  afterAll(async () => {
    for (const t of targets) await t.drop();
    await app?.close();
    rmSync(work, { recursive: true, force: true });
  });

  async function freshTarget() {
    const db = await createBlankDatabase();
    targets.push(db);
    return { url: db.url, uploadsDir: join(mkdtempSync(join(work, 'target-')), 'uploads') };
  }

  it('writes a dated, encrypted file with a manifest of every table and file, while writes go on', () => {
    expect(backup.file).toMatch(/fengqiao-backup-\d{8}-\d{6}\.fqbak$/);
    expect(statSync(backup.file).mode & 0o777).toBe(0o600);
    const bytes = readFileSync(backup.file);
    // Encrypted: none of the personal data the database holds in clear is readable in the file.
    expect(bytes.includes(Buffer.from('赵大勇'))).toBe(false);
    expect(bytes.includes(Buffer.from('work_log_entry'))).toBe(false);
    expect(readFileSync(`${backup.file}.sha256`, 'utf8')).toBe(`${sha256(bytes)}  ${backup.file.split('/').at(-1)}\n`);

    const m = backup.manifest;
    expect(m.migrations.length).toBeGreaterThan(5);
    expect(m.tables.map((t) => t.name)).toEqual(expect.arrayContaining(['mediation_case', 'person', 'work_log_entry', 'audit_event']));
    expect(m.tables.map((t) => t.name)).not.toContain('mikro_orm_migrations');
    // One snapshot: the work log as it stood at one moment between the first and the last write.
    const entries = m.tables.find((t) => t.name === 'work_log_entry')!.rows;
    expect(entries).toBeGreaterThan(workLogBefore);
    expect(entries).toBeLessThan(workLogAfter);
    expect(m.files.map((f) => f.path)).toHaveLength(3);
    expect(m.files.every((f) => !f.path.endsWith('.part'))).toBe(true);
  });

  describe('restored into a fresh database and directory', () => {
    let target: { url: string; uploadsDir: string };
    let result: RestoreResult;
    const progress: string[] = [];
    beforeAll(async () => {
      target = await freshTarget();
      result = await restoreBackup({
        file: backup.file,
        databaseUrl: target.url,
        uploadsDir: target.uploadsDir,
        key: KEY,
        force: false,
        fieldKeys: TEST_FIELD_KEYS,
        lookupKey: TEST_LOOKUP_KEY,
        ormOverrides: { preferTs: true },
        onProgress: (m) => progress.push(m),
      });
    }, 120_000);

    it("holds every table exactly as the backup's manifest records it", async () => {
      const restored = await digestDatabase(target.url);
      expect([...restored.keys()].sort()).toEqual(backup.manifest.tables.map((t) => t.name).sort());
      for (const t of backup.manifest.tables)
        expect({ table: t.name, ...restored.get(t.name) }).toEqual({ table: t.name, rows: t.rows, sha256: t.sha256 });
      expect(backup.manifest.tables.filter((t) => t.rows > 0).length).toBeGreaterThan(20);
    });

    it('holds every uploaded file with its bytes', async () => {
      expect(await listUploads(target.uploadsDir)).toEqual(backup.manifest.files.map((f) => f.path));
      for (const f of backup.manifest.files) {
        const bytes = readFileSync(join(target.uploadsDir, ...f.path.split('/')));
        expect(sha256(bytes)).toBe(f.sha256);
        expect(bytes.equals(readFileSync(join(app.uploadsDir, ...f.path.split('/'))))).toBe(true);
      }
    });

    it('opened a sample of every sealed column with the configured keys, and said what it did', () => {
      expect(Object.keys(result.sealedOpened)).toEqual(
        expect.arrayContaining([
          'mediation_case.summary_sealed',
          'agreement.content_sealed',
          'mediation_session.record_sealed',
          'person.id_number_sealed',
          'person.address_sealed',
          'agreement_scan.content_sealed',
        ]),
      );
      expect(result.sealedOpened['mediation_case.summary_sealed']).toBeGreaterThan(0);
      expect(result.sealedOpened['agreement_scan.content_sealed']).toBe(1);
      expect(result.lookupHashesChecked).toBeGreaterThan(0);
      expect(result.pendingMigrations).toEqual([]);
      expect(progress.some((p) => p.includes('comparing every table'))).toBe(true);
    });

    it('serves the restored county: an assigned adviser reads a confidential summary', async () => {
      const restored = await startTestApp({ databaseUrl: target.url, uploadsDir: target.uploadsDir });
      try {
        const token = await restored.login('adviser.1');
        const res = await restored.gql('query($id: ID!) { mediationCase(id: $id) { summary canReadConfidential } }', { id: adviser1Case.id }, token);
        expect(res.data?.mediationCase).toEqual({ summary: adviser1Case.summary, canReadConfidential: true });
        // The signed agreement scan came along, sealed, and opens for the party.
        const scan = await rest(restored, 'GET', `/api/mediation-cases/${scanCase.id}/agreement-scan`, { token: await restored.login('party.1') });
        expect(scan.status).toBe(200);
        expect(scan.bytes.equals(SCAN)).toBe(true);
      } finally {
        await restored.close();
      }
    });

    it('refuses to restore over it again without --force', async () => {
      const again = restoreBackup({
        file: backup.file,
        databaseUrl: target.url,
        uploadsDir: target.uploadsDir,
        key: KEY,
        force: false,
        fieldKeys: TEST_FIELD_KEYS,
        lookupKey: TEST_LOOKUP_KEY,
        ormOverrides: { preferTs: true },
      });
      await expect(again).rejects.toThrow(RestoreError);
      await expect(again).rejects.toThrow(/not empty.*--force/);
      expect(await count(target.url, 'work_log_entry')).toBe(backup.manifest.tables.find((t) => t.name === 'work_log_entry')!.rows);
    });

    it('replaces it with --force', async () => {
      const extra = join(target.uploadsDir, 'stray-file');
      writeFileSync(extra, 'not from the backup');
      await restoreBackup({
        file: backup.file,
        databaseUrl: target.url,
        uploadsDir: target.uploadsDir,
        key: KEY,
        force: true,
        fieldKeys: TEST_FIELD_KEYS,
        lookupKey: TEST_LOOKUP_KEY,
        ormOverrides: { preferTs: true },
      });
      expect(await listUploads(target.uploadsDir)).toEqual(backup.manifest.files.map((f) => f.path));
      const restored = await digestDatabase(target.url);
      for (const t of backup.manifest.tables) expect(restored.get(t.name)).toEqual({ rows: t.rows, sha256: t.sha256 });
    }, 120_000);
  });

  it('makes the daily backup in the server, with a generated key that it does not log', async () => {
    const dataDir = mkdtempSync(join(work, 'daily-'));
    const logs: string[] = [];
    const config = { ...app.config, dataDir, backup: { dir: join(dataDir, 'backups'), dailyAt: { hour: 0, minute: 0 }, keepDays: 14 } };
    const daily = startDailyBackups(config, app.config.databaseUrl!, createLogger('info', { write: (line: string) => void logs.push(line) }));
    try {
      expect(await daily.first).toBe('made');
    } finally {
      daily.stop();
    }
    const key = readFileSync(backupKeyFile(dataDir), 'utf8').trim();
    expect(logs.join('')).toContain('generated a backup key');
    expect(logs.join('')).not.toContain(key);
    const [file] = readdirSync(config.backup.dir).filter((n) => n.endsWith('.fqbak'));
    const manifest = await checkBackup(join(config.backup.dir, file!), Buffer.from(key, 'base64'));
    expect(manifest.tables.length).toBe(backup.manifest.tables.length);
  });

  it('fails clearly with a wrong backup key, before touching the target', async () => {
    const target = await freshTarget();
    const attempt = restoreBackup({
      file: backup.file,
      databaseUrl: target.url,
      uploadsDir: target.uploadsDir,
      key: randomBytes(32),
      force: false,
      fieldKeys: TEST_FIELD_KEYS,
      lookupKey: TEST_LOOKUP_KEY,
      ormOverrides: { preferTs: true },
    });
    await expect(attempt).rejects.toThrow(BackupKeyError);
    await expect(attempt).rejects.toThrow(/wrong backup key/);
  });

  it('fails on a tampered file and leaves the target empty', async () => {
    const bytes = readFileSync(backup.file);
    bytes[Math.floor(bytes.length / 2)] ^= 0x01;
    const tampered = join(work, 'tampered.fqbak');
    writeFileSync(tampered, bytes);
    const target = await freshTarget();
    await expect(
      restoreBackup({
        file: tampered,
        databaseUrl: target.url,
        uploadsDir: target.uploadsDir,
        key: KEY,
        force: false,
        fieldKeys: TEST_FIELD_KEYS,
        lookupKey: TEST_LOOKUP_KEY,
        ormOverrides: { preferTs: true },
      }),
    ).rejects.toThrow(BackupFileError);
    expect((await digestDatabase(target.url)).size).toBe(0);
    expect(await listUploads(target.uploadsDir)).toEqual([]);
  }, 120_000);

  it('fails when the configured field keys do not open the sealed values, and leaves the target empty', async () => {
    const target = await freshTarget();
    const attempt = restoreBackup({
      file: backup.file,
      databaseUrl: target.url,
      uploadsDir: target.uploadsDir,
      key: KEY,
      force: false,
      fieldKeys: [{ id: 't1', key: Buffer.alloc(32, 8) }],
      lookupKey: TEST_LOOKUP_KEY,
      ormOverrides: { preferTs: true },
    });
    await expect(attempt).rejects.toThrow(/field keys do not open the sealed values of/);
    expect((await digestDatabase(target.url)).size).toBe(0);
  }, 120_000);
});
