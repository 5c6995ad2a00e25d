import { existsSync } from 'node:fs';
import { readdir, rm, stat } from 'node:fs/promises';
import { join } from 'node:path';
import { now as clockNow } from '../common/clock.js';
import type { Logger } from '../common/logging/logger.js';
import type { BackupConfig, Config } from '../config.js';
import { ONCE_LOCKS, tryAdvisoryLock } from '../db/advisory-lock.js';
import { backupKeyFile, loadBackupKey } from './backup-crypto.js';
import { BACKUP_SUFFIX, backupFileName, createBackup } from './backup.js';

const NAME_RE = /^fengqiao-backup-(\d{8})-(\d{6})\.fqbak$/;
const _SHANGHAI_MS = 8 * 3600_000;
const RETRY_MS = 3600_000;

/** The Asia/Shanghai wall-clock stamp `YYYYMMDD-HHmmss` of an instant, as in backup file names. */
function stampOf(at: Date): string {
  return backupFileName(at).slice('fengqiao-backup-'.length, -BACKUP_SUFFIX.length);
}

/** Today's scheduled time as a stamp (`YYYYMMDD-HHmm00`): stamps compare as strings in time order. */
function scheduledStamp(at: Date, dailyAt: NonNullable<BackupConfig['dailyAt']>): string {
  const hhmm = `${String(dailyAt.hour).padStart(2, '0')}${String(dailyAt.minute).padStart(2, '0')}00`;
  return `${stampOf(at).slice(0, 8)}-${hhmm}`;
}

/**
 * Backups (by their names) that retention removes: those made more than `keepDays` days before `at`. Only files named
 * like a backup count; the newest is always kept, whatever its age.
 */
export function expiredBackups(names: string[], at: Date, keepDays: number): string[] {
  const backups = names.filter((n) => NAME_RE.test(n)).sort();
  const cutoff = stampOf(new Date(at.getTime() - keepDays * 86_400_000));
  return backups.slice(0, -1).filter((n) => `${NAME_RE.exec(n)![1]}-${NAME_RE.exec(n)![2]}` < cutoff);
}

export type TickOutcome = 'off' | 'not-yet' | 'done-today' | 'busy' | 'waiting-to-retry' | 'made' | 'failed';

/**
 * The daily backup, switched on by BACKUP_DAILY_AT: once a day from that time (Asia/Shanghai), a backup into the
 * backup directory, then the ones older than BACKUP_KEEP_DAYS are deleted. `tick` decides by the clock it is given,
 * so a test drives it through days without waiting; the server calls it every minute. A day whose backup already
 * exists (the server restarted after it) is not backed up twice; a failed run is tried again an hour later.
 */
export class DailyBackup {
  private running = false;
  private doneFor: string | undefined;
  private failedAt: number | undefined;

  /**
   * `alone` runs the backup only if no other process is making one (every API process of an installation runs this
   * job): it answers `false` without running it when another holds the lock. By default there is no other.
   */
  constructor(
    private readonly settings: BackupConfig,
    private readonly make: (at: Date) => Promise<string>,
    private readonly log: Logger,
    private readonly alone: (run: () => Promise<TickOutcome>) => Promise<TickOutcome | false> = (run) => run(),
  ) {}

  async tick(at: Date = clockNow()): Promise<TickOutcome> {
    const dailyAt = this.settings.dailyAt;
    if (!dailyAt) return 'off';
    if (this.running) return 'busy';
    const due = scheduledStamp(at, dailyAt);
    const day = due.slice(0, 8);
    if (this.doneFor === day) return 'done-today';
    if (stampOf(at) < due) return 'not-yet';
    if (this.failedAt !== undefined && at.getTime() - this.failedAt < RETRY_MS) return 'waiting-to-retry';
    this.running = true;
    try {
      // Another process making today's backup: it is busy; once it is done, the file below says so here too.
      return (await this.alone(() => this.makeUnlessMade(at, due, day))) || 'busy';
    } finally {
      this.running = false;
    }
  }

  private async makeUnlessMade(at: Date, due: string, day: string): Promise<TickOutcome> {
    const names = existsSync(this.settings.dir) ? await readdir(this.settings.dir) : [];
    if (names.some((n) => NAME_RE.test(n) && n.slice('fengqiao-backup-'.length, -BACKUP_SUFFIX.length) >= due)) {
      this.doneFor = day;
      return 'done-today';
    }
    try {
      const file = await this.make(at);
      this.doneFor = day;
      this.failedAt = undefined;
      this.log.info({ file }, 'daily backup written');
      await this.prune(at);
      return 'made';
    } catch (error) {
      this.failedAt = at.getTime();
      // The name and code only: a database error's message can quote rows.
      const err = error as { name?: unknown; code?: unknown };
      this.log.error(
        { err: { name: String(err?.name ?? 'Error'), code: err?.code === undefined ? undefined : String(err.code) } },
        'daily backup failed; trying again in an hour',
      );
      return 'failed';
    }
  }

  private async prune(at: Date): Promise<void> {
    const names = await readdir(this.settings.dir);
    for (const name of expiredBackups(names, at, this.settings.keepDays)) {
      await rm(join(this.settings.dir, name), { force: true });
      await rm(join(this.settings.dir, `${name}.sha256`), { force: true });
      this.log.info({ file: name }, 'old backup deleted (BACKUP_KEEP_DAYS)');
    }
    // A backup cut off by a stop leaves its partial file; one a day old is no backup in progress.
    for (const name of names.filter((n) => n.endsWith(`${BACKUP_SUFFIX}.partial`))) {
      const file = join(this.settings.dir, name);
      if (at.getTime() - (await stat(file)).mtimeMs > 86_400_000) await rm(file, { force: true });
    }
  }
}

/**
 * Starts the daily backup of the server's database and uploads when BACKUP_DAILY_AT is set: a first look at once
 * (`first`), then one a minute. A backup key generated here is not logged: the log says where it is, to be copied
 * apart from the backups.
 */
export function startDailyBackups(config: Config, databaseUrl: string, log: Logger): { stop(): void; first: Promise<TickOutcome> } {
  if (!config.backup.dailyAt) return { stop: () => undefined, first: Promise.resolve('off') };
  const { key, source, generated } = loadBackupKey({ dataDir: config.dataDir, generate: true });
  if (generated) {
    log.warn(
      { keyFile: backupKeyFile(config.dataDir) },
      'generated a backup key: copy it somewhere apart from the backups (without it no backup can be restored), or set BACKUP_KEY',
    );
  }
  const daily = new DailyBackup(
    config.backup,
    async (at) =>
      (
        await createBackup({
          databaseUrl,
          uploadsDir: config.uploadsDir,
          out: config.backup.dir,
          key,
          now: at,
        })
      ).file,
    log.child({ task: 'daily-backup' }),
    // Several API processes on one database: the one holding the lock makes the backup, the others skip the minute.
    async (run) => {
      try {
        const outcome = await tryAdvisoryLock(databaseUrl, ONCE_LOCKS.dailyBackup, run);
        return outcome.ran ? outcome.value : false;
      } catch (error) {
        // The lock's connection failed (the database is away): the next minute's look tries again.
        log.error(
          { task: 'daily-backup', err: { code: String((error as { code?: unknown })?.code ?? 'error') } },
          'daily backup: could not take its lock',
        );
        return 'failed';
      }
    },
  );
  log.info(
    { at: config.backup.dailyAt, keepDays: config.backup.keepDays, dir: config.backup.dir, key: source === 'BACKUP_KEY' ? 'BACKUP_KEY' : 'file' },
    'daily backups on',
  );
  const timer = setInterval(() => void daily.tick(), 60_000);
  timer.unref();
  return { stop: () => clearInterval(timer), first: daily.tick() };
}
