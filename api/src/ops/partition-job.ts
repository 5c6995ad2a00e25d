import pg from 'pg';
import { now as clockNow } from '../common/clock.js';
import type { Logger } from '../common/logging/logger.js';
import type { AuditConfig } from '../config.js';
import { ONCE_LOCKS, tryAdvisoryLock } from '../db/advisory-lock.js';
import { AUDIT_ARCHIVED_TABLE, PARTITIONED_TABLES, ensurePartitions } from '../db/partitions.js';
import { archiveOldAuditMonths, type ArchiveProgress, type ArchivedMonth } from './audit-archive.js';

/** How often a serving process runs the job: the months ahead are three, so a day missed here or there is nothing. */
export const PARTITION_JOB_EVERY_MS = 6 * 3600_000;

export interface PartitionJobResult {
  created: string[];
  archived: ArchivedMonth[];
}

/**
 * The growth tables' upkeep, once however many processes serve the database (advisory lock `fengqiao:partitions`;
 * a process that does not get it skips the run, `busy`): the months ahead of the partitioned tables, a partition of
 * its own for any month found in a default partition, then audit retention (ops/audit-archive.ts).
 */
export async function runPartitionJob(
  databaseUrl: string,
  audit: AuditConfig,
  at: Date = clockNow(),
  onProgress?: ArchiveProgress,
): Promise<PartitionJobResult | 'busy'> {
  const outcome = await tryAdvisoryLock(databaseUrl, ONCE_LOCKS.partitions, async () => {
    const client = new pg.Client({ connectionString: databaseUrl });
    client.on('error', () => undefined);
    await client.connect();
    try {
      // Batch work: no request's statement timeout.
      await client.query('set statement_timeout = 0');
      const created: string[] = [];
      for (const table of [...PARTITIONED_TABLES, AUDIT_ARCHIVED_TABLE]) created.push(...(await ensurePartitions(client, table, at)));
      const archived = await archiveOldAuditMonths(client, at, { retentionMonths: audit.retentionMonths, dir: audit.archiveDir }, onProgress);
      return { created, archived };
    } finally {
      await client.end().catch(() => undefined);
    }
  });
  return outcome.ran ? outcome.value : 'busy';
}

/** Runs the job now and every PARTITION_JOB_EVERY_MS in a serving process; failures are logged and tried next time. */
export function startPartitionJob(databaseUrl: string, audit: AuditConfig, log: Logger): { stop(): void; first: Promise<unknown> } {
  const jobLog = log.child({ task: 'partitions' });
  let running = false;
  const run = async () => {
    if (running) return;
    running = true;
    try {
      const result = await runPartitionJob(databaseUrl, audit, clockNow(), (month, written, total) =>
        jobLog.info({ month, written, total }, 'archiving audit month'),
      );
      if (result !== 'busy' && (result.created.length || result.archived.length)) {
        jobLog.info(
          { created: result.created, archived: result.archived.map((a) => ({ month: a.month, events: a.events, file: a.file })) },
          'partitions maintained',
        );
      }
    } catch (error) {
      // A database error's text could quote a row; it is logged by its code. A file error (the archive directory) says what.
      const code = String((error as { code?: unknown })?.code ?? 'error');
      const fromDatabase = /^[0-9A-Z]{5}$/.test(code);
      jobLog.error(
        { err: { code, ...(fromDatabase ? {} : { message: String((error as Error)?.message ?? error).slice(0, 300) }) } },
        'partition job failed',
      );
    } finally {
      running = false;
    }
  };
  const first = run();
  const timer = setInterval(() => void run(), PARTITION_JOB_EVERY_MS);
  timer.unref();
  return { stop: () => clearInterval(timer), first };
}
