// `npm run rotate-keys [-- --batch-size N]`: re-seals every confidential value with the newest field key and
// re-hashes every ID number with the current lookup key, beside the serving server. Ctrl-C stops after the batch in
// hand; running it again continues. Reads the same configuration as `npm start`.
import 'reflect-metadata';
import pg from 'pg';
import { FieldCipher } from '../common/crypto/field-cipher.js';
import { createLogger } from '../common/logging/logger.js';
import { loadConfig } from '../config.js';
import { openToolDatabase } from '../db/database.js';
import { progressBar } from '../ops/progress-bar.js';
import { rotateKeys, type PhaseReport } from '../ops/rotate-keys.js';

const sizeArg = process.argv.indexOf('--batch-size');
const batchSize = sizeArg > 0 ? Number(process.argv[sizeArg + 1]) : 500;
if (!Number.isInteger(batchSize) || batchSize <= 0) {
  console.error('--batch-size must be a positive whole number');
  process.exit(2);
}

const config = loadConfig();
const log = createLogger(process.env.LOG_LEVEL ?? 'warn');
const db = await openToolDatabase(config, log);
const client = new pg.Client({ connectionString: db.url, application_name: 'fengqiao rotate-keys' });
await client.connect();

const stop = new AbortController();
process.on('SIGINT', () => {
  if (stop.signal.aborted) process.exit(130);
  stop.abort();
  process.stderr.write('\nStopping after this batch (Ctrl-C again to quit at once; run again to continue)…\n');
});

const LABELS = { fieldKey: 're-sealing', lookupKey: 're-hashing ID numbers' } as const;
const bar = progressBar();
let phase: keyof typeof LABELS | undefined;

function summary(name: string, report: PhaseReport): string[] {
  const lines = [`${name} → ${report.keyId}${report.interrupted ? ' (interrupted)' : ''}`];
  for (const t of report.targets) {
    const unreadable = Object.entries(t.unreadable).map(([key, n]) =>
      key === '?' ? `${n} do not authenticate` : `${n} sealed with missing key ${key}`,
    );
    lines.push(
      `  ${t.target}: ${t.rewritten} of ${t.stale} done, ${t.remaining} left${t.skipped ? `, ${t.skipped} edited meanwhile and retried` : ''}${unreadable.length ? `; ${unreadable.join(', ')}` : ''}`,
    );
  }
  return lines;
}

let exitCode = 0;
try {
  const report = await rotateKeys(
    client,
    { cipher: new FieldCipher(config.fieldKeys), lookupKey: config.lookupKey },
    {
      batchSize,
      signal: stop.signal,
      onProgress: (p) => {
        if (phase && phase !== p.phase) bar.end();
        phase = p.phase;
        bar.update(LABELS[p.phase], p.done, p.total, p.target);
      },
    },
  );
  bar.end();
  console.log([...summary('Field keys', report.fieldKey), ...(report.lookupKey ? summary('ID-number lookup key', report.lookupKey) : [])].join('\n'));
  if (report.complete) {
    console.log('Done: nothing is left on an old key. Old keys can now be removed (npm run keys -- list).');
  } else if (stop.signal.aborted) {
    console.log('Interrupted: what is done stays done; run npm run rotate-keys again to continue.');
    exitCode = 130;
  } else {
    console.log(
      'Some values are still on old keys (see above): they were edited with an old key meanwhile (restart the server with the new key and run again), or cannot be opened.',
    );
    exitCode = 1;
  }
} catch (error) {
  bar.end();
  // By name and code only: a driver's message can quote values.
  const e = error as { name?: string; code?: string };
  console.error(`Key rotation failed (${e?.name ?? 'Error'}${e?.code ? ` ${e.code}` : ''}); what was done stays done, run it again to continue.`);
  exitCode = 1;
} finally {
  await client.end().catch(() => undefined);
  await db.close();
}
process.exit(exitCode);
