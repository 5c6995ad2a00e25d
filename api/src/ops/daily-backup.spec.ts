import { afterEach, beforeEach, describe, expect, it } from '@jest/globals';
import { mkdtempSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { createLogger } from '../common/logging/logger.js';
import { backupFileName } from './backup.js';
import { DailyBackup, expiredBackups, type TickOutcome } from './daily-backup.js';

const log = createLogger('silent');
/** An instant given in Asia/Shanghai wall-clock time. */
const shanghai = (local: string) => new Date(`${local}+08:00`);

describe(DailyBackup.name, () => {
  let dir: string;
  let made: string[];
  let failNext: boolean;
  const daily = (keepDays = 3) =>
    new DailyBackup(
      { dir, dailyAt: { hour: 2, minute: 30 }, keepDays },
      async (at) => {
        if (failNext) {
          failNext = false;
          throw Object.assign(new Error('disk full'), { code: 'ENOSPC' });
        }
        const file = join(dir, backupFileName(at));
        writeFileSync(file, 'backup');
        writeFileSync(`${file}.sha256`, 'sum');
        made.push(backupFileName(at));
        return file;
      },
      log,
    );

  it('of two processes on one database, the one that does not get the lock skips, and finds the backup made after', async () => {
    // The advisory lock of startDailyBackups, as the two processes see it.
    let held = false;
    const alone = async (run: () => Promise<TickOutcome>) => {
      if (held) return false as const;
      held = true;
      try {
        return await run();
      } finally {
        held = false;
      }
    };
    let release!: () => void;
    const gate = new Promise<void>((resolve) => {
      release = resolve;
    });
    const serverProcess = (wait: Promise<void>) =>
      new DailyBackup(
        { dir, dailyAt: { hour: 2, minute: 30 }, keepDays: 3 },
        async (at) => {
          await wait;
          writeFileSync(join(dir, backupFileName(at)), 'backup');
          made.push(backupFileName(at));
          return join(dir, backupFileName(at));
        },
        log,
        alone,
      );
    const [a, b] = [serverProcess(gate), serverProcess(Promise.resolve())];
    const at = shanghai('2026-12-01T02:31:00');
    const first = a.tick(at);
    expect(await b.tick(at)).toBe('busy');
    release();
    expect(await first).toBe('made');
    expect(await b.tick(shanghai('2026-12-01T02:32:00'))).toBe('done-today');
    expect(made).toHaveLength(1);
  });

  beforeEach(() => {
    dir = mkdtempSync(join(tmpdir(), 'fq-daily-'));
    made = [];
    failNext = false;
  });
  afterEach(() => rmSync(dir, { recursive: true, force: true }));

  it('makes one backup a day from the set time (Asia/Shanghai), not before and not twice', async () => {
    const d = daily();
    expect(await d.tick(shanghai('2026-12-01T02:29:59'))).toBe('not-yet');
    expect(await d.tick(shanghai('2026-12-01T02:30:00'))).toBe('made');
    expect(await d.tick(shanghai('2026-12-01T02:31:00'))).toBe('done-today');
    expect(await d.tick(shanghai('2026-12-01T23:59:00'))).toBe('done-today');
    expect(await d.tick(shanghai('2026-12-02T00:10:00'))).toBe('not-yet');
    expect(await d.tick(shanghai('2026-12-02T02:30:30'))).toBe('made');
    expect(made).toEqual(['fengqiao-backup-20261201-023000.fqbak', 'fengqiao-backup-20261202-023030.fqbak']);
  });

  it('catches up on a day whose time passed while the server was down, and not again after a restart', async () => {
    expect(await daily().tick(shanghai('2026-12-01T09:15:00'))).toBe('made');
    // A restarted server finds today's backup on disk.
    expect(await daily().tick(shanghai('2026-12-01T10:00:00'))).toBe('done-today');
    expect(made).toHaveLength(1);
  });

  it('tries a failed backup again an hour later, not every minute', async () => {
    const d = daily();
    failNext = true;
    expect(await d.tick(shanghai('2026-12-01T02:30:00'))).toBe('failed');
    expect(await d.tick(shanghai('2026-12-01T02:31:00'))).toBe('waiting-to-retry');
    expect(await d.tick(shanghai('2026-12-01T03:30:00'))).toBe('made');
    expect(made).toEqual(['fengqiao-backup-20261201-033000.fqbak']);
  });

  it('deletes backups older than the days to keep after a new one, and nothing else', async () => {
    for (const name of ['fengqiao-backup-20261125-023000.fqbak', 'fengqiao-backup-20261127-023000.fqbak', 'fengqiao-backup-20261129-023000.fqbak']) {
      writeFileSync(join(dir, name), 'old');
      writeFileSync(join(dir, `${name}.sha256`), 'sum');
    }
    writeFileSync(join(dir, 'notes.txt'), "the administrator's");
    writeFileSync(join(dir, 'fengqiao-backup-20261101-023000.fqbak.copy'), 'not a backup name');
    expect(await daily(3).tick(shanghai('2026-12-01T02:30:00'))).toBe('made');
    expect(readdirSync(dir).sort()).toEqual([
      'fengqiao-backup-20261101-023000.fqbak.copy',
      'fengqiao-backup-20261129-023000.fqbak',
      'fengqiao-backup-20261129-023000.fqbak.sha256',
      'fengqiao-backup-20261201-023000.fqbak',
      'fengqiao-backup-20261201-023000.fqbak.sha256',
      'notes.txt',
    ]);
  });

  it('is off without a time', async () => {
    expect(await new DailyBackup({ dir, dailyAt: undefined, keepDays: 3 }, async () => 'x', log).tick(shanghai('2026-12-01T02:30:00'))).toBe('off');
  });
});

describe('expiredBackups', () => {
  it('always keeps the newest backup, however old', () => {
    expect(
      expiredBackups(['fengqiao-backup-20250101-023000.fqbak', 'fengqiao-backup-20250102-023000.fqbak'], shanghai('2026-12-01T02:30:00'), 14),
    ).toEqual(['fengqiao-backup-20250101-023000.fqbak']);
  });
});
