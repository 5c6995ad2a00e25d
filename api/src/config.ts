import { randomBytes } from 'node:crypto';
import { availableParallelism } from 'node:os';
import { existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { ConfigError, readEnv, readSecretEnv } from './config-env.js';
import { generateFieldKeySpec, parseFieldKeys, type FieldKey } from './common/crypto/field-cipher.js';
import { smsConfigFromEnv, type SmsConfig } from './modules/phone-login/sms.config.js';

function findRepoRoot(from: string): string {
  let dir = from;
  while (!existsSync(join(dir, 'turbo.json'))) {
    const up = dirname(dir);
    if (up === dir) return resolve(from, '../..');
    dir = up;
  }
  return dir;
}

/** The monorepo root, from source (api/src) and from the build (api/dist/src) alike. */
export const REPO_ROOT = findRepoRoot(dirname(fileURLToPath(import.meta.url)));

/** How request handling uses the database; batch jobs (migrations, seeding, exports) set their own statement timeout. */
export interface DbLimits {
  /** Connections in the request pool. */
  poolMax: number;
  /** How long a request waits for a free connection before it answers SERVICE_UNAVAILABLE. */
  acquireTimeoutMs: number;
  /** The longest a request's statement may run (and a request's transaction may sit idle). */
  statementTimeoutMs: number;
}

export interface Config {
  env: 'production' | 'development' | 'test';
  port: number;
  host: string;
  /** Unset: an embedded PostgreSQL under dataDir is started. */
  databaseUrl: string | undefined;
  /**
   * DATABASE_READ_URLS: read replicas of DATABASE_URL (comma-separated postgres URLs, default none). Lists, aggregates
   * and exports read from one of them; writes, transactions, sign-in and entitlement checks, and whatever a request
   * reads after writing go to the primary (README, "Read replicas").
   */
  databaseReadUrls: string[];
  dataDir: string;
  /** Uploaded files (local disk storage); `<dataDir>/uploads` unless set. */
  uploadsDir: string;
  embeddedPgPort: number;
  jwtSecret: Uint8Array;
  /** Keys sealing confidential fields; the first seals new values (FIELD_ENCRYPTION_KEYS="k2:<b64>,k1:<b64>"). */
  fieldKeys: FieldKey[];
  /** Key for the keyed hashes that find a person by ID number without unsealing anyone's (the current one). */
  lookupKey: Buffer;
  /**
   * Lookup keys being rotated away from: a lookup by ID number also matches their hashes until `npm run rotate-keys`
   * has re-hashed every party (ID_LOOKUP_KEY_PREVIOUS, or the further lines of DATA_DIR/id-lookup-key).
   */
  previousLookupKeys: Buffer[];
  tokenTtlSeconds: number;
  logLevel: string;
  consoleDir: string;
  /** Whether `npm start` seeds the demo county into an empty database (SEED_DEMO, default true; never in production). */
  seedDemo: boolean;
  db: DbLimits;
  /** Express's `trust proxy`: whose X-Forwarded-For to believe. Unset (false): no one's, the peer address counts. */
  trustProxy: boolean | number | string;
  /** Query cost one user (or address) may spend a minute (common/graphql/cost-budget.ts); Infinity turns it off. */
  queryCostPerMinute: number;
  /** What one user may upload: bytes in any 24 hours, files in any hour (UPLOAD_QUOTA_MB_PER_DAY, UPLOAD_QUOTA_PER_HOUR). */
  uploadQuota: { bytesPerDay: number; uploadsPerHour: number };
  backup: BackupConfig;
  audit: AuditConfig;
  /**
   * API processes `npm start` runs (WORKERS, default 1): more than one, Node's cluster module forks that many workers
   * sharing the port, after the primary has started and migrated the database once (README, "Several processes").
   */
  workers: number;
  /**
   * Worker threads rendering documents, in each API process (DOCUMENT_WORKERS; default one per core but one, shared
   * out among WORKERS processes, at least one each).
   */
  documentWorkers: number;
  /** Who delivers parties' sign-in codes (SMS_PROVIDER and its settings, modules/phone-login/sms.config.ts). */
  sms: SmsConfig;
  /**
   * PUBLIC_BASE_URL: where the public reaches this installation (`https://fq.jiaocheng.gov.cn`), the base of the
   * villages' public pages that notice-board QR codes point at. Unset: the origin of the request that prints the board.
   */
  publicBaseUrl: string | undefined;
  /** Public village pages (`/v/<code>`) one address may open before it must wait (PUBLIC_PAGE_LIMIT, default 120). */
  publicPageLimit: number;
}

export interface BackupConfig {
  /** Where `npm run backup` and the daily backup write (BACKUP_DIR, default `<dataDir>/backups`). */
  dir: string;
  /** BACKUP_DAILY_AT `HH:MM` (Asia/Shanghai): the server makes a backup each day at that time. Unset: no daily backup. */
  dailyAt: { hour: number; minute: number } | undefined;
  /** BACKUP_KEEP_DAYS: daily backups older than this many days are deleted after a new one is made. */
  keepDays: number;
}

export interface AuditConfig {
  /**
   * AUDIT_RETENTION_MONTHS: audit months older than this many months are archived to a file and detached from the live
   * trail (listable until dropped; ops/audit-archive.ts). Unset: every month stays live, nothing is archived.
   */
  retentionMonths: number | null;
  /** Where archived audit months are written (AUDIT_ARCHIVE_DIR, default `<dataDir>/archives`). */
  archiveDir: string;
}

/**
 * The secrets a production server must be given. Generating them into the data directory, as a trial install does,
 * would tie the confidential data to files an operator may not know to back up, and a lost key loses every agreement.
 */
export { ConfigError, readSecretEnv };

export const PRODUCTION_SECRETS = ['JWT_SECRET', 'FIELD_ENCRYPTION_KEYS', 'ID_LOOKUP_KEY'] as const;

function missingProductionSecrets(overrides: Partial<Config>): string[] {
  const given: Record<(typeof PRODUCTION_SECRETS)[number], boolean> = {
    JWT_SECRET: overrides.jwtSecret !== undefined,
    FIELD_ENCRYPTION_KEYS: overrides.fieldKeys !== undefined,
    ID_LOOKUP_KEY: overrides.lookupKey !== undefined,
  };
  return PRODUCTION_SECRETS.filter((name) => !given[name] && readSecretEnv(name) === undefined);
}

/** A secret generated once into the data directory (owner-readable only) and reused from then on. */
export function secretFromFile(dataDir: string, fileName: string, bytes = 48): string {
  const file = join(dataDir, fileName);
  if (!existsSync(file)) {
    mkdirSync(dirname(file), { recursive: true });
    writeFileSync(file, randomBytes(bytes).toString('base64url'), { mode: 0o600 });
  }
  return readFileSync(file, 'utf8').trim();
}

/** A secret from the environment, or one generated once into the data directory and reused. */
export function secretFromEnvOrFile(envName: string, dataDir: string, fileName: string, bytes = 48): Buffer {
  const fromEnv = readSecretEnv(envName);
  if (fromEnv) {
    if (fromEnv.length < 32) throw new Error(`${envName} must be at least 32 characters`);
    return Buffer.from(fromEnv, 'utf8');
  }
  return Buffer.from(secretFromFile(dataDir, fileName, bytes), 'utf8');
}

/** The key files of the embedded default, under the data directory; `npm run keys` edits them. */
export const FIELD_KEYS_FILE = 'field-keys';
export const LOOKUP_KEYS_FILE = 'id-lookup-key';

/** FIELD_ENCRYPTION_KEYS, or a key generated once into the data directory (embedded default). */
function fieldKeysFromEnvOrFile(dataDir: string): FieldKey[] {
  const fromEnv = readSecretEnv('FIELD_ENCRYPTION_KEYS');
  if (fromEnv) return parseFieldKeys(fromEnv);
  const file = join(dataDir, FIELD_KEYS_FILE);
  if (!existsSync(file)) {
    mkdirSync(dirname(file), { recursive: true });
    writeFileSync(file, generateFieldKeySpec('k1'), { mode: 0o600 });
  }
  return parseFieldKeys(readFileSync(file, 'utf8').trim());
}

/**
 * ID_LOOKUP_KEY (and ID_LOOKUP_KEY_PREVIOUS while rotating), or the lines of DATA_DIR/id-lookup-key: the first is
 * current, any further ones are previous keys still accepted by lookups.
 */
function lookupKeysFromEnvOrFile(dataDir: string): Buffer[] {
  if (readSecretEnv('ID_LOOKUP_KEY')) {
    const previous = readSecretEnv('ID_LOOKUP_KEY_PREVIOUS');
    if (previous !== undefined && previous.length < 32) throw new Error('ID_LOOKUP_KEY_PREVIOUS must be at least 32 characters');
    return [secretFromEnvOrFile('ID_LOOKUP_KEY', dataDir, LOOKUP_KEYS_FILE), ...(previous ? [Buffer.from(previous, 'utf8')] : [])];
  }
  const lines = secretFromFile(dataDir, LOOKUP_KEYS_FILE)
    .split('\n')
    .map((l) => l.trim())
    .filter(Boolean);
  return lines.map((l) => Buffer.from(l, 'utf8'));
}

function positiveInt(name: string, fallback: number): number {
  const raw = readEnv(name);
  if (raw === undefined) return fallback;
  const value = Number(raw);
  if (!Number.isInteger(value) || value <= 0) throw new Error(`${name} must be a positive whole number, got ${raw}`);
  return value;
}

/** TRUST_PROXY as express reads it: `true`/`false`, a hop count, or addresses and subnets (`loopback`, `10.0.0.0/8`). */
function trustProxyFromEnv(): boolean | number | string {
  const raw = readEnv('TRUST_PROXY');
  if (raw === undefined || raw === 'false') return false;
  if (raw === 'true') return true;
  return /^\d+$/.test(raw) ? Number(raw) : raw;
}

/** PUBLIC_BASE_URL as an origin and path without a trailing slash; it must be an http(s) URL. */
export function publicBaseUrlFromEnv(): string | undefined {
  const raw = readEnv('PUBLIC_BASE_URL');
  if (raw === undefined) return undefined;
  let url: URL;
  try {
    url = new URL(raw);
  } catch {
    throw new ConfigError(`PUBLIC_BASE_URL must be an http(s) URL, got ${raw}`);
  }
  if (url.protocol !== 'http:' && url.protocol !== 'https:') throw new ConfigError(`PUBLIC_BASE_URL must be an http(s) URL, got ${raw}`);
  if (url.search || url.hash) throw new ConfigError(`PUBLIC_BASE_URL takes no query or fragment, got ${raw}`);
  return `${url.origin}${url.pathname}`.replace(/\/+$/, '');
}

function dailyAtFromEnv(): BackupConfig['dailyAt'] {
  const raw = readEnv('BACKUP_DAILY_AT');
  if (raw === undefined) return undefined;
  const m = /^([01]?\d|2[0-3]):([0-5]\d)$/.exec(raw);
  if (!m) throw new Error(`BACKUP_DAILY_AT must be a time of day HH:MM (Asia/Shanghai), got ${raw}`);
  return { hour: Number(m[1]), minute: Number(m[2]) };
}

/** DATABASE_READ_URLS: comma-separated postgres(ql):// URLs, each with its database; unset or blank: none. */
export function databaseReadUrlsFromEnv(databaseUrl: string | undefined): string[] {
  const raw = readEnv('DATABASE_READ_URLS');
  if (raw === undefined) return [];
  const urls = raw.split(',').map((u) => u.trim());
  for (const [i, u] of urls.entries()) {
    let url: URL | undefined;
    try {
      url = new URL(u);
    } catch {
      url = undefined;
    }
    if (!url || (url.protocol !== 'postgres:' && url.protocol !== 'postgresql:') || url.pathname.length < 2)
      // Which entry, never its text: a URL can carry a password.
      throw new ConfigError(`DATABASE_READ_URLS must be comma-separated postgres://host:port/database URLs; entry ${i + 1} is not`);
  }
  if (databaseUrl === undefined) throw new ConfigError('DATABASE_READ_URLS needs DATABASE_URL: the replicas are of the primary it names');
  return urls;
}

/** DATA_DIR, or `.data` in the repository. */
export function dataDirFromEnv(): string {
  return resolve(readEnv('DATA_DIR') ?? join(REPO_ROOT, '.data'));
}

function lookupKeys(overrides: Partial<Config>, dataDir: string): Pick<Config, 'lookupKey' | 'previousLookupKeys'> {
  if (overrides.lookupKey) return { lookupKey: overrides.lookupKey, previousLookupKeys: overrides.previousLookupKeys ?? [] };
  const [lookupKey, ...previousLookupKeys] = lookupKeysFromEnvOrFile(dataDir);
  return { lookupKey: lookupKey!, previousLookupKeys };
}

export function loadConfig(overrides: Partial<Config> = {}): Config {
  const env = (readEnv('NODE_ENV') ?? 'development') as Config['env'];
  if (env === 'production') {
    const missing = missingProductionSecrets(overrides);
    if (missing.length > 0) {
      throw new ConfigError(
        `NODE_ENV=production needs ${missing.join(', ')} from the environment (or ${missing.map((n) => `${n}_FILE`).join(', ')} naming a file); ` +
          'see README, "Deploy for a real county"',
      );
    }
    if (readEnv('SEED_DEMO') === 'true')
      throw new ConfigError('SEED_DEMO=true is refused with NODE_ENV=production: the demo county has a published password');
  }
  const dataDir = overrides.dataDir ?? dataDirFromEnv();
  const port = Number(readEnv('PORT') ?? 4000);
  const workers = positiveInt('WORKERS', 1);
  if (!Number.isInteger(port) || port < 0 || port > 65535) throw new Error(`PORT must be a port number, got ${process.env.PORT}`);
  return {
    env,
    port,
    host: readEnv('HOST') ?? '0.0.0.0',
    databaseUrl: readEnv('DATABASE_URL'),
    databaseReadUrls: databaseReadUrlsFromEnv(overrides.databaseUrl ?? readEnv('DATABASE_URL')),
    dataDir,
    uploadsDir: join(dataDir, 'uploads'),
    embeddedPgPort: Number(readEnv('EMBEDDED_PG_PORT') ?? 54329),
    jwtSecret: overrides.jwtSecret ?? secretFromEnvOrFile('JWT_SECRET', dataDir, 'jwt-secret'),
    fieldKeys: overrides.fieldKeys ?? fieldKeysFromEnvOrFile(dataDir),
    ...lookupKeys(overrides, dataDir),
    tokenTtlSeconds: 12 * 60 * 60,
    logLevel: readEnv('LOG_LEVEL') ?? (env === 'test' ? 'silent' : 'info'),
    consoleDir: resolve(readEnv('CONSOLE_DIR') ?? join(REPO_ROOT, 'console', 'dist')),
    // The demo's accounts share a published password: never in production.
    seedDemo: env !== 'production' && readEnv('SEED_DEMO') !== 'false',
    db: {
      poolMax: positiveInt('DB_POOL_MAX', 10),
      acquireTimeoutMs: positiveInt('DB_ACQUIRE_TIMEOUT_MS', 30_000),
      statementTimeoutMs: positiveInt('DB_STATEMENT_TIMEOUT_MS', 30_000),
    },
    trustProxy: trustProxyFromEnv(),
    // Fifteen requests at the cost limit, or sixty pages of 100 cases: far beyond a person at the console.
    queryCostPerMinute: 300_000,
    // An adviser's evidence photos of a busy day in the villages fit many times over; a script filling the disk does not.
    uploadQuota: {
      bytesPerDay: positiveInt('UPLOAD_QUOTA_MB_PER_DAY', 200) * 1024 * 1024,
      uploadsPerHour: positiveInt('UPLOAD_QUOTA_PER_HOUR', 120),
    },
    backup: {
      dir: resolve(readEnv('BACKUP_DIR') ?? join(dataDir, 'backups')),
      dailyAt: dailyAtFromEnv(),
      keepDays: positiveInt('BACKUP_KEEP_DAYS', 14),
    },
    audit: {
      retentionMonths: readEnv('AUDIT_RETENTION_MONTHS') === undefined ? null : positiveInt('AUDIT_RETENTION_MONTHS', 1),
      archiveDir: resolve(readEnv('AUDIT_ARCHIVE_DIR') ?? join(dataDir, 'archives')),
    },
    workers,
    // One worker per core but the one serving requests, shared out among the API processes, at least one each.
    documentWorkers: positiveInt('DOCUMENT_WORKERS', Math.max(1, Math.floor((availableParallelism() - 1) / workers))),
    // For the environment the server will run as: a test's production server gets production's default.
    sms: overrides.sms ?? smsConfigFromEnv(overrides.env ?? env),
    publicBaseUrl: publicBaseUrlFromEnv(),
    // A village's page and its photo are two requests; a whole village scanning the board behind one carrier address
    // stays far below this, a script walking every code does not.
    publicPageLimit: positiveInt('PUBLIC_PAGE_LIMIT', 120),
    ...overrides,
  };
}
