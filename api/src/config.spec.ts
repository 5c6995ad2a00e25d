import { afterEach, beforeEach, describe, expect, it } from '@jest/globals';
import { execFile } from 'node:child_process';
import { mkdtempSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { promisify } from 'node:util';
import { generateFieldKeySpec } from './common/crypto/field-cipher.js';
import { ConfigError, loadConfig, REPO_ROOT } from './config.js';

const VARS = [
  'NODE_ENV',
  'SEED_DEMO',
  'DATA_DIR',
  'JWT_SECRET',
  'JWT_SECRET_FILE',
  'FIELD_ENCRYPTION_KEYS',
  'FIELD_ENCRYPTION_KEYS_FILE',
  'ID_LOOKUP_KEY',
  'ID_LOOKUP_KEY_FILE',
  'ID_LOOKUP_KEY_PREVIOUS',
  'ID_LOOKUP_KEY_PREVIOUS_FILE',
  'PUBLIC_BASE_URL',
  'PUBLIC_PAGE_LIMIT',
  'DATABASE_URL',
  'DATABASE_READ_URLS',
  'WORKERS',
  'DOCUMENT_WORKERS',
];

describe('configuration', () => {
  const saved = new Map<string, string | undefined>();
  let dir: string;

  beforeEach(() => {
    for (const name of VARS) {
      saved.set(name, process.env[name]);
      delete process.env[name];
    }
    dir = mkdtempSync(join(tmpdir(), 'fq-config-'));
    process.env.DATA_DIR = join(dir, 'data');
  });

  afterEach(() => {
    for (const [name, value] of saved) {
      if (value === undefined) delete process.env[name];
      else process.env[name] = value;
    }
    rmSync(dir, { recursive: true, force: true });
  });

  const secretFile = (name: string, text: string) => {
    const file = join(dir, name);
    writeFileSync(file, `${text}\n`);
    return file;
  };

  describe('in production', () => {
    beforeEach(() => {
      process.env.NODE_ENV = 'production';
    });

    it('refuses to start without the secrets, naming every missing one', () => {
      expect(() => loadConfig()).toThrow(ConfigError);
      expect(() => loadConfig()).toThrow(/JWT_SECRET, FIELD_ENCRYPTION_KEYS, ID_LOOKUP_KEY/);
      process.env.JWT_SECRET = 'j'.repeat(40);
      process.env.ID_LOOKUP_KEY = 'l'.repeat(40);
      expect(() => loadConfig()).toThrow(/needs FIELD_ENCRYPTION_KEYS from the environment \(or FIELD_ENCRYPTION_KEYS_FILE/);
    });

    it('reads each secret from the environment or from a *_FILE path, and never seeds the demo', () => {
      process.env.JWT_SECRET_FILE = secretFile('jwt', 's'.repeat(40));
      process.env.FIELD_ENCRYPTION_KEYS_FILE = secretFile('fields', generateFieldKeySpec('k7'));
      process.env.ID_LOOKUP_KEY = 'l'.repeat(40);
      const config = loadConfig();
      expect(Buffer.from(config.jwtSecret).toString('utf8')).toBe('s'.repeat(40));
      expect(config.fieldKeys.map((k) => k.id)).toEqual(['k7']);
      expect(config.lookupKey.toString('utf8')).toBe('l'.repeat(40));
      expect(config.seedDemo).toBe(false);
    });

    it('refuses SEED_DEMO=true', () => {
      process.env.JWT_SECRET = 'j'.repeat(40);
      process.env.FIELD_ENCRYPTION_KEYS = generateFieldKeySpec('k1');
      process.env.ID_LOOKUP_KEY = 'l'.repeat(40);
      process.env.SEED_DEMO = 'true';
      expect(() => loadConfig()).toThrow(/SEED_DEMO=true is refused/);
    });
  });

  it('refuses a secret given twice, an unreadable file and an empty one', () => {
    process.env.JWT_SECRET = 'j'.repeat(40);
    process.env.JWT_SECRET_FILE = secretFile('jwt', 'k'.repeat(40));
    expect(() => loadConfig()).toThrow(/set JWT_SECRET or JWT_SECRET_FILE, not both/);
    delete process.env.JWT_SECRET;
    process.env.JWT_SECRET_FILE = join(dir, 'absent');
    expect(() => loadConfig()).toThrow(/JWT_SECRET_FILE names .*absent, which cannot be read \(ENOENT\)/);
    process.env.JWT_SECRET_FILE = secretFile('empty', '');
    expect(() => loadConfig()).toThrow(/which is empty/);
  });

  it('reads PUBLIC_BASE_URL as the base of public pages (no trailing slash) and refuses what is not an http(s) URL', () => {
    expect(loadConfig().publicBaseUrl).toBeUndefined();
    process.env.PUBLIC_BASE_URL = 'https://fq.jiaocheng.example.cn/fengqiao/';
    expect(loadConfig().publicBaseUrl).toBe('https://fq.jiaocheng.example.cn/fengqiao');
    for (const bad of ['fq.example.cn', 'ftp://fq.example.cn', 'https://fq.example.cn/?a=1']) {
      process.env.PUBLIC_BASE_URL = bad;
      expect(() => loadConfig()).toThrow(ConfigError);
    }
    delete process.env.PUBLIC_BASE_URL;
    process.env.PUBLIC_PAGE_LIMIT = '30';
    expect(loadConfig().publicPageLimit).toBe(30);
  });

  it('reads DATABASE_READ_URLS as a list of replica URLs, none by default, and refuses bad entries without quoting them', () => {
    expect(loadConfig().databaseReadUrls).toEqual([]);
    process.env.DATABASE_URL = 'postgres://fq@db1:5432/fengqiao';
    process.env.DATABASE_READ_URLS = ' postgres://fq@db2:5432/fengqiao , postgresql://fq@db3/fengqiao';
    expect(loadConfig().databaseReadUrls).toEqual(['postgres://fq@db2:5432/fengqiao', 'postgresql://fq@db3/fengqiao']);
    for (const bad of ['db2:5432', 'mysql://fq@db2/fengqiao', 'postgres://fq:s3cret@db2:5432', 'postgres://fq@db2/fengqiao,']) {
      process.env.DATABASE_READ_URLS = bad;
      expect(() => loadConfig()).toThrow(ConfigError);
      expect(() => loadConfig()).not.toThrow(/s3cret/);
    }
    delete process.env.DATABASE_URL;
    process.env.DATABASE_READ_URLS = 'postgres://fq@db2:5432/fengqiao';
    expect(() => loadConfig()).toThrow(/needs DATABASE_URL/);
  });

  it('WORKERS is one API process unless set to a positive whole number, and shares the document threads out', () => {
    expect(loadConfig().workers).toBe(1);
    const alone = loadConfig().documentWorkers;
    process.env.WORKERS = '4';
    expect(loadConfig().workers).toBe(4);
    expect(loadConfig().documentWorkers).toBe(Math.max(1, Math.floor(alone / 4)));
    process.env.DOCUMENT_WORKERS = '3';
    expect(loadConfig().documentWorkers).toBe(3);
    for (const bad of ['0', '-2', '1.5', 'two']) {
      process.env.WORKERS = bad;
      expect(() => loadConfig()).toThrow(/WORKERS must be a positive whole number/);
    }
  });

  it('outside production, seeds the demo unless SEED_DEMO=false', () => {
    expect(loadConfig().seedDemo).toBe(true);
    process.env.SEED_DEMO = 'false';
    expect(loadConfig().seedDemo).toBe(false);
  });

  it('the server exits with one line naming the missing variable', async () => {
    const env: NodeJS.ProcessEnv = { PATH: process.env.PATH, HOME: process.env.HOME, NODE_ENV: 'production', DATA_DIR: join(dir, 'data') };
    env.JWT_SECRET = 'j'.repeat(40);
    env.FIELD_ENCRYPTION_KEYS = generateFieldKeySpec('k1');
    const run = promisify(execFile)(process.execPath, ['--import', '@swc-node/register/esm-register', 'src/main.ts'], {
      cwd: resolve(REPO_ROOT, 'api'),
      env,
      timeout: 60_000,
    });
    await expect(run).rejects.toMatchObject({
      code: 1,
      stderr: expect.stringMatching(/^Fengqiao could not start: NODE_ENV=production needs ID_LOOKUP_KEY from the environment/),
    });
  }, 90_000);
});

describe('npm run secrets', () => {
  it('writes three owner-only files that a production configuration accepts, and never overwrites them', async () => {
    const { writeProductionSecrets, SECRET_FILES } = await import('./ops/production-secrets.js');
    const dir = mkdtempSync(join(tmpdir(), 'fq-secrets-'));
    const saved = { ...process.env };
    try {
      const files = writeProductionSecrets(join(dir, 's'));
      expect(files).toHaveLength(3);
      for (const file of files) expect(statSync(file).mode & 0o777).toBe(0o600);
      process.env.NODE_ENV = 'production';
      process.env.DATA_DIR = join(dir, 'data');
      for (const name of Object.keys(SECRET_FILES)) {
        delete process.env[name];
        process.env[`${name}_FILE`] = join(dir, 's', SECRET_FILES[name as keyof typeof SECRET_FILES]);
      }
      const config = loadConfig();
      expect(config.fieldKeys.map((k) => k.id)).toEqual(['k1']);
      expect(config.jwtSecret.byteLength).toBeGreaterThanOrEqual(32);
      expect(() => writeProductionSecrets(join(dir, 's'))).toThrow(/refusing to overwrite/);
    } finally {
      process.env = saved;
      rmSync(dir, { recursive: true, force: true });
    }
  });
});
