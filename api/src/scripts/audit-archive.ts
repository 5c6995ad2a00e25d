// npm run audit-archive -- list | run | drop <YYYY-MM>: the archived months of the audit trail (AUDIT_RETENTION_MONTHS,
// AUDIT_ARCHIVE_DIR). `run` archives what retention makes due now (the server does it every six hours); `drop` drops an
// archived month's partition once the bureau has kept its file, after checking the file against its SHA-256. See
// README, "Partitioned growth tables and audit retention".
import 'reflect-metadata';
import pg from 'pg';
import { now } from '../common/clock.js';
import { loadConfig } from '../config.js';
import { ArchiveError, dropArchivedMonth, listArchives } from '../ops/audit-archive.js';
import { opsDatabase } from '../ops/ops-database.js';
import { runPartitionJob } from '../ops/partition-job.js';
import { progressBar } from '../ops/progress-bar.js';
import { fail, say } from './ops-cli.js';

const [command, month, ...rest] = process.argv.slice(2);
const usage = 'usage: npm run audit-archive -- list | run | drop <YYYY-MM>';
if (!command || command === '-h' || command === '--help' || rest.length || !['list', 'run', 'drop'].includes(command)) {
  say(usage);
  process.exit(command === '-h' || command === '--help' ? 0 : 2);
}
if (command === 'drop' && !/^\d{4}-(0[1-9]|1[0-2])$/.test(month ?? '')) {
  say(`drop needs the month, as YYYY-MM\n${usage}`);
  process.exit(2);
}

try {
  const config = loadConfig();
  const db = await opsDatabase(config, 'use');
  try {
    if (command === 'run') {
      if (config.audit.retentionMonths === null) say('AUDIT_RETENTION_MONTHS is not set: no month is due; creating the months ahead only');
      const bar = progressBar();
      const result = await runPartitionJob(db.url, config.audit, now(), (m, written, total) => bar.update(`archiving ${m}`, written, total));
      bar.end();
      if (result === 'busy') say('another process is maintaining the partitions now; try again in a minute');
      else {
        for (const name of result.created) say(`created partition ${name}`);
        for (const a of result.archived) say(`archived ${a.month}: ${a.events} events → ${config.audit.archiveDir}/${a.file} (sha256 ${a.sha256})`);
        if (!result.archived.length) say('no audit month was due for archiving');
      }
    } else {
      const client = new pg.Client({ connectionString: db.url });
      await client.connect();
      try {
        if (command === 'list') {
          const archives = await listArchives(client);
          if (!archives.length) say('no audit month is archived');
          for (const a of archives) {
            const state = a.dropped_at ? `dropped ${a.dropped_at.toISOString()}` : 'listable (not dropped)';
            process.stdout.write(`${a.month}\t${a.events} events\t${a.file}\tsha256 ${a.sha256}\t${state}\n`);
          }
        } else {
          const dropped = await dropArchivedMonth(client, month!, config.audit.archiveDir, now());
          say(`dropped ${dropped.month} (${dropped.events} events); its file ${dropped.file} is the record from now on`);
        }
      } finally {
        await client.end();
      }
    }
  } finally {
    await db.close();
  }
} catch (error) {
  if (error instanceof ArchiveError) {
    say(`refused: ${error.message}`);
    process.exit(1);
  }
  fail(error);
}
