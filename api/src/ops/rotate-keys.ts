import type pg from 'pg';
import { FieldCipher, FieldCipherError, FieldKeyMissingError, type FieldLocation } from '../common/crypto/field-cipher.js';
import { idNumberLookupHash, lookupKeyId } from '../common/validation/id-number.js';
import { SEALED } from '../modules/mediation-case/case.service.js';

/** What the jobs here need of a connection: a pg client (or pool) of their own, never a request's. */
export type Sql = Pick<pg.ClientBase, 'query'>;

/** Every sealed column, from the one list of where sealed values live. */
export const SEALED_COLUMNS: Array<{ table: string; column: string }> = Object.values(SEALED).map((at) => {
  const { table, column } = at('');
  return { table, column };
});

/**
 * Columns whose values are large (a signed scan is megabytes): read and re-sealed a few rows at a time, so that a
 * batch never holds more than tens of megabytes.
 */
const BATCH_LIMIT: Record<string, number> = { 'agreement_scan.content_sealed': 4 };

/** The batch job's own limit on one statement; requests keep theirs (DB_STATEMENT_TIMEOUT_MS). */
export const ROTATION_STATEMENT_TIMEOUT_MS = 60_000;

const FIRST_ID = '00000000-0000-0000-0000-000000000000';

function ident(name: string): string {
  if (!/^[a-z_]+$/.test(name)) throw new Error(`not a plain identifier: ${name}`);
  return `"${name}"`;
}

export interface RotationProgress {
  phase: 'fieldKey' | 'lookupKey';
  /** `table.column` being worked on. */
  target: string;
  /** Values handled so far in this run (re-sealed or re-hashed, skipped, unreadable), over what was stale at its start. */
  done: number;
  total: number;
}

export interface RotationOptions {
  /** Rows read and written per statement: small enough that the server's requests never wait long on them. */
  batchSize?: number;
  /** Stops between batches (Ctrl-C); what is done stays done, and the next run continues from the data. */
  signal?: AbortSignal;
  onProgress?: (progress: RotationProgress) => void;
  /** After a batch is read, before it is written: where a concurrent edit can happen (tests use it to make one). */
  beforeWrite?: (batch: { table: string; column: string; ids: string[] }) => Promise<void>;
}

export interface TargetReport {
  target: string;
  /** Stale values when this run reached the target. */
  stale: number;
  /** Values this run rewrote. */
  rewritten: number;
  /** Values changed by someone else between read and write: left alone, picked up by a later pass. */
  skipped: number;
  /** Values this run could not open, by the key id they name ('?' when they do not authenticate). */
  unreadable: Record<string, number>;
  /** Stale values left when this run left the target. */
  remaining: number;
}

export interface PhaseReport {
  /** The key everything is moved to: a field key id, or a lookup key's fingerprint. */
  keyId: string;
  targets: TargetReport[];
  interrupted: boolean;
}

export interface RotationReport {
  runId: string;
  fieldKey: PhaseReport;
  /** Absent when the run stopped before it reached the lookup key. */
  lookupKey?: PhaseReport;
  /** True when nothing is left on an old key: old keys can be removed. */
  complete: boolean;
}

interface Row {
  id: string;
  value: string;
}

/** One column to move to a new key: how to find its stale rows, compute their new value and write it back. */
interface Target {
  name: string;
  table: string;
  column: string;
  /** The column the new value is computed from. */
  source: string;
  /** SQL condition (on `$1` = the new key id) for rows still on an old key. */
  stale: string;
  newValue(row: Row): string;
  /** Writes ids[i] := values[i] where the row still holds olds[i]; returns how many it wrote. */
  write(sql: Sql, rows: Row[], values: string[], keyId: string): Promise<number>;
}

function sealedColumnTarget(cipher: FieldCipher, table: string, column: string): Target {
  const t = ident(table);
  const c = ident(column);
  return {
    name: `${table}.${column}`,
    table,
    column,
    source: column,
    stale: `${c} is not null and split_part(${c}, '.', 2) <> $1`,
    newValue: ({ id, value }) => {
      const at: FieldLocation = { table, column, rowId: id };
      return cipher.seal(cipher.open(value, at), at);
    },
    async write(sql, rows, values) {
      // Compare-and-set: a value edited since it was read is the editor's, never overwritten. Plain SQL, so a record's
      // version and updated_at stay as they were: re-sealing is not an edit.
      const result = await sql.query(
        `update ${t} set ${c} = v.new from unnest($1::uuid[], $2::text[], $3::text[]) as v(id, old, new)
         where ${t}.id = v.id and ${t}.${c} = v.old`,
        [rows.map((r) => r.id), rows.map((r) => r.value), values],
      );
      return result.rowCount ?? 0;
    },
  };
}

function idNumberHashTarget(cipher: FieldCipher, lookupKey: Buffer): Target {
  const at = SEALED.idNumber('');
  return {
    name: 'person.id_number_hash',
    table: at.table,
    column: 'id_number_hash',
    source: at.column,
    stale: `id_number_sealed is not null and id_number_hash_key is distinct from $1`,
    // Re-hashed from the sealed number itself: the old lookup key is not needed for this, only for lookups meanwhile.
    newValue: ({ id, value }) => idNumberLookupHash(cipher.open(value, { ...at, rowId: id }), lookupKey),
    async write(sql, rows, values, keyId) {
      // Only where the ID number is still the one that was hashed: an edit meanwhile wrote its own hash.
      const result = await sql.query(
        `update person set id_number_hash = v.hash, id_number_hash_key = $4
         from unnest($1::uuid[], $2::text[], $3::text[]) as v(id, sealed, hash)
         where person.id = v.id and person.id_number_sealed = v.sealed`,
        [rows.map((r) => r.id), rows.map((r) => r.value), values, keyId],
      );
      return result.rowCount ?? 0;
    },
  };
}

async function countStale(sql: Sql, target: Target, keyId: string): Promise<number> {
  const result = await sql.query<{ n: number }>(`select count(*)::int as n from ${ident(target.table)} where ${target.stale}`, [keyId]);
  return result.rows[0]!.n;
}

/** Passes over one target at most: each takes up rows skipped because they changed while the one before ran. */
const MAX_PASSES = 5;

/**
 * Moves one target's stale values to `keyId`, batch by batch in primary-key order (keyset pagination, so each batch
 * is one index range however much was done before). Rows skipped because they changed meanwhile are tried again in
 * a further pass.
 */
async function rotateTarget(
  sql: Sql,
  target: Target,
  keyId: string,
  stale: number,
  options: RotationOptions,
  progress: { done: number; total: number; phase: RotationProgress['phase'] },
): Promise<{ report: TargetReport; interrupted: boolean }> {
  const report: TargetReport = { target: target.name, stale, rewritten: 0, skipped: 0, unreadable: {}, remaining: 0 };
  const size = Math.min(options.batchSize ?? 500, BATCH_LIMIT[target.name] ?? Number.POSITIVE_INFINITY);
  const value = ident(target.source);
  let interrupted = false;
  for (let pass = 0, skippedInPass = 1; pass < MAX_PASSES && skippedInPass > 0 && !interrupted; pass++) {
    skippedInPass = 0;
    for (let after = FIRST_ID; ; ) {
      if (options.signal?.aborted) {
        interrupted = true;
        break;
      }
      const { rows } = await sql.query<Row>(
        `select id, ${value} as value from ${ident(target.table)} where ${target.stale} and id > $2 order by id limit $3`,
        [keyId, after, size],
      );
      if (!rows.length) break;
      after = rows[rows.length - 1]!.id;
      const ready: Row[] = [];
      const values: string[] = [];
      for (const row of rows) {
        try {
          values.push(target.newValue(row));
          ready.push(row);
        } catch (error) {
          if (!(error instanceof FieldCipherError)) throw error;
          // Left as it is and counted by key id; a later pass would fail the same way, so it is not retried.
          const key = error instanceof FieldKeyMissingError ? error.keyId : '?';
          if (pass === 0) report.unreadable[key] = (report.unreadable[key] ?? 0) + 1;
        }
      }
      await options.beforeWrite?.({ table: target.table, column: target.column, ids: ready.map((r) => r.id) });
      const written = ready.length ? await target.write(sql, ready, values, keyId) : 0;
      report.rewritten += written;
      skippedInPass += ready.length - written;
      progress.done += pass === 0 ? rows.length : written;
      options.onProgress?.({ phase: progress.phase, target: target.name, done: Math.min(progress.done, progress.total), total: progress.total });
      if (rows.length < size) break;
    }
    report.skipped += skippedInPass;
  }
  report.remaining = await countStale(sql, target, keyId);
  return { report, interrupted };
}

async function audit(sql: Sql, runId: string, action: string, entityType: string, details: Record<string, unknown>): Promise<void> {
  // The installation's own job: no actor, no county (audit.service lists these to every bureau).
  await sql.query(
    `insert into audit_event (id, at, actor_id, county_id, action, entity_type, entity_id, field, request_id, ip, details)
     values (gen_random_uuid(), now(), null, null, $1, $2, $3, null, $4, 'local', $5)`,
    [action, entityType, runId, runId, JSON.stringify(details)],
  );
}

async function rotatePhase(
  sql: Sql,
  runId: string,
  phase: RotationProgress['phase'],
  keyId: string,
  targets: Target[],
  options: RotationOptions,
): Promise<PhaseReport> {
  const entityType = phase === 'fieldKey' ? 'FieldKey' : 'IdLookupKey';
  const stale: Record<string, number> = {};
  for (const t of targets) stale[t.name] = await countStale(sql, t, keyId);
  const total = Object.values(stale).reduce((a, b) => a + b, 0);
  await audit(sql, runId, 'KEY_ROTATION_STARTED', entityType, { keyId, stale });
  const report: PhaseReport = { keyId, targets: [], interrupted: false };
  const progress = { done: 0, total, phase };
  try {
    for (const target of targets) {
      const { report: r, interrupted } = await rotateTarget(sql, target, keyId, stale[target.name]!, options, progress);
      report.targets.push(r);
      if (interrupted) {
        report.interrupted = true;
        break;
      }
    }
  } catch (error) {
    await audit(sql, runId, 'KEY_ROTATION_FAILED', entityType, { keyId, done: report.targets }).catch(() => undefined);
    throw error;
  }
  await audit(sql, runId, report.interrupted ? 'KEY_ROTATION_INTERRUPTED' : 'KEY_ROTATION_FINISHED', entityType, {
    keyId,
    targets: report.targets,
  });
  return report;
}

/**
 * `npm run rotate-keys`: re-seals every confidential value with the newest field key, then re-hashes every ID number
 * with the current lookup key. Runs beside the serving server in small batches, never overwrites a concurrent edit,
 * leaves versions alone, and is resumable: what is stale is read from the data, so a run after an interruption (or a
 * crash) simply continues. Each phase is audited at its start and end, with counts and key ids only.
 */
export async function rotateKeys(
  sql: Sql,
  secrets: { cipher: FieldCipher; lookupKey: Buffer },
  options: RotationOptions = {},
): Promise<RotationReport> {
  await sql.query(`select set_config('statement_timeout', $1, false)`, [String(ROTATION_STATEMENT_TIMEOUT_MS)]);
  const runId = crypto.randomUUID();
  const { cipher, lookupKey } = secrets;
  const fieldKey = await rotatePhase(
    sql,
    runId,
    'fieldKey',
    cipher.currentKeyId,
    SEALED_COLUMNS.map((c) => sealedColumnTarget(cipher, c.table, c.column)),
    options,
  );
  if (fieldKey.interrupted) return { runId, fieldKey, complete: false };
  const lookup = await rotatePhase(sql, runId, 'lookupKey', lookupKeyId(lookupKey), [idNumberHashTarget(cipher, lookupKey)], options);
  const complete = !lookup.interrupted && [...fieldKey.targets, ...lookup.targets].every((t) => t.remaining === 0);
  return { runId, fieldKey, lookupKey: lookup, complete };
}

/** How many values each field key seals, per sealed column: what `npm run keys -- list` shows and `remove` checks. */
export async function fieldKeyUsage(sql: Sql): Promise<Map<string, Record<string, number>>> {
  const usage = new Map<string, Record<string, number>>();
  for (const { table, column } of SEALED_COLUMNS) {
    const c = ident(column);
    const { rows } = await sql.query<{ key_id: string; n: number }>(
      `select split_part(${c}, '.', 2) as key_id, count(*)::int as n from ${ident(table)} where ${c} is not null group by 1`,
    );
    for (const r of rows) usage.set(r.key_id, { ...usage.get(r.key_id), [`${table}.${column}`]: r.n });
  }
  return usage;
}

/** How many ID-number hashes each lookup key (by fingerprint; '' for hashes made before keys were named) made. */
export async function lookupKeyUsage(sql: Sql): Promise<Map<string, number>> {
  const { rows } = await sql.query<{ key_id: string; n: number }>(
    `select coalesce(id_number_hash_key, '') as key_id, count(*)::int as n from person where id_number_hash is not null group by 1`,
  );
  return new Map(rows.map((r) => [r.key_id, r.n]));
}
