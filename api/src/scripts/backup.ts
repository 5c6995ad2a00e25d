// npm run backup [-- <file.fqbak | directory>]: a consistent, encrypted backup of the database and uploads, while the
// server keeps serving. See README, "Backups and keys".
import 'reflect-metadata';
import { now } from '../common/clock.js';
import { loadConfig } from '../config.js';
import { loadBackupKey } from '../ops/backup-crypto.js';
import { createBackup } from '../ops/backup.js';
import { opsDatabase } from '../ops/ops-database.js';
import { fail, fromOperator, say } from './ops-cli.js';

const args = process.argv.slice(2);
if (args.some((a) => a === '-h' || a === '--help') || args.length > 1) {
  say('usage: npm run backup [-- <file.fqbak | directory>]   (default directory: BACKUP_DIR or DATA_DIR/backups)');
  process.exit(args.length > 1 ? 2 : 0);
}

try {
  const config = loadConfig();
  const { key, source, generated } = loadBackupKey({ dataDir: config.dataDir, generate: true });
  if (generated) {
    say(
      [
        '',
        '  A backup key was generated. Every backup is encrypted with it; without it no backup can be restored.',
        `    ${key.toString('base64')}`,
        `  It is kept in ${source} (never inside a backup). Copy it now to a place apart from the backups`,
        "  (a password manager, a sealed envelope in the bureau's safe): a machine lost with its backups must not take the",
        '  key with it, and whoever holds backups and key together can read them. Or set BACKUP_KEY to it.',
        '',
      ].join('\n'),
    );
  }
  const db = await opsDatabase(config, 'use');
  try {
    say(`backing up ${db.via}`);
    const result = await createBackup({
      databaseUrl: db.url,
      uploadsDir: config.uploadsDir,
      out: fromOperator(args[0] ?? config.backup.dir),
      key,
      now: now(),
      onProgress: say,
    });
    process.stdout.write(`${result.file}\n`);
  } finally {
    await db.close();
  }
} catch (error) {
  fail(error);
}
