// npm run restore -- <file.fqbak> [--force] [--key-file <path>] [--check]: restores a backup into an empty database and
// uploads directory (DATABASE_URL, or the embedded PostgreSQL under DATA_DIR). See README, "Backups and keys".
import 'reflect-metadata';
import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { dataDirFromEnv, loadConfig } from '../config.js';
import { loadBackupKey } from '../ops/backup-crypto.js';
import { opsDatabase } from '../ops/ops-database.js';
import { checkBackup, restoreBackup } from '../ops/restore.js';
import { fail, fromOperator, say } from './ops-cli.js';

const usage = 'usage: npm run restore -- <file.fqbak> [--force] [--key-file <path>] [--check]';
const args = process.argv.slice(2);
const files: string[] = [];
let force = false;
let check = false;
let keyFile: string | undefined;
let help = false;
for (let i = 0; i < args.length; i += 1) {
  const arg = args[i]!;
  if (arg === '--force') force = true;
  else if (arg === '--check') check = true;
  else if (arg === '--key-file') keyFile = args[++i] ?? '';
  else if (arg === '-h' || arg === '--help') help = true;
  else if (arg.startsWith('-')) files.push('');
  else files.push(arg);
}
if (help || files.length !== 1 || !files[0] || keyFile === '') {
  say(usage);
  process.exit(help ? 0 : 2);
}

/**
 * The restored data opens only with the keys it was sealed with. Without them, loading the configuration would
 * generate new ones: refuse first and say which keys to bring.
 */
function requireDataKeys(dataDir: string): void {
  const missing = [
    ['FIELD_ENCRYPTION_KEYS', 'field-keys'],
    ['ID_LOOKUP_KEY', 'id-lookup-key'],
  ].filter(([env, file]) => !process.env[env!]?.trim() && !existsSync(join(dataDir, file!)));
  if (missing.length) {
    throw new Error(
      `the keys of the installation that made the backup are needed: ${missing
        .map(([env, file]) => `${file} (copy it into ${dataDir}, or set ${env})`)
        .join('; ')}`,
    );
  }
}

try {
  const file = fromOperator(files[0]!);
  if (!existsSync(file)) throw new Error(`no such backup file: ${file}`);
  const dataDir = dataDirFromEnv();
  const { key } = loadBackupKey({ dataDir, keyFile: keyFile ? fromOperator(keyFile) : undefined, generate: false });
  if (check) {
    await checkBackup(file, key, say);
    process.exit(0);
  }
  requireDataKeys(dataDir);
  const config = loadConfig();
  const db = await opsDatabase(config, 'refuse');
  try {
    say(`restoring into ${db.via} and ${config.uploadsDir}`);
    const result = await restoreBackup({
      file,
      databaseUrl: db.url,
      uploadsDir: config.uploadsDir,
      key,
      force,
      fieldKeys: config.fieldKeys,
      lookupKey: config.lookupKey,
      onProgress: say,
    });
    const opened = Object.entries(result.sealedOpened)
      .map(([column, n]) => `${column} ${n}`)
      .join(', ');
    say(`every table matches the backup's manifest (${result.manifest.tables.length} tables, ${result.manifest.files.length} files)`);
    say(`the configured keys open the sealed values sampled (${opened}); ID lookup hashes checked: ${result.lookupHashesChecked}`);
    if (result.pendingMigrations.length) say(`${result.pendingMigrations.length} newer migrations will be applied when the server starts`);
    say('restore complete');
  } finally {
    await db.close();
  }
} catch (error) {
  fail(error);
}
