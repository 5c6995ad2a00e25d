// `npm run keys -- list | add | remove <id> | add-lookup | remove-lookup <id>`: the field keys and ID-number lookup
// keys of the embedded default (DATA_DIR/field-keys, DATA_DIR/id-lookup-key). Keys set in the environment are
// listed but edited there. Reads the same configuration as `npm start`.
import 'reflect-metadata';
import pg from 'pg';
import { lookupKeyId } from '../common/validation/id-number.js';
import { createLogger } from '../common/logging/logger.js';
import { loadConfig } from '../config.js';
import { openToolDatabase } from '../db/database.js';
import { addFieldKey, addLookupKey, KeyFileError, removeFieldKey, removeLookupKey } from '../ops/key-files.js';
import { fieldKeyUsage, lookupKeyUsage, type Sql } from '../ops/rotate-keys.js';

const USAGE = 'usage: npm run keys -- list | add | remove <key id> | add-lookup | remove-lookup <key id>';
const [command, id] = process.argv.slice(2);
const config = loadConfig();
const log = createLogger(process.env.LOG_LEVEL ?? 'warn');

/** Runs `work` on a connection to the installation's database (joining a running server's cluster). */
async function withDatabase<T>(work: (sql: Sql) => Promise<T>): Promise<T> {
  const db = await openToolDatabase(config, log);
  const client = new pg.Client({ connectionString: db.url, application_name: 'fengqiao keys' });
  try {
    await client.connect();
    return await work(client);
  } finally {
    await client.end().catch(() => undefined);
    await db.close();
  }
}

const total = (counts: Record<string, number> | undefined) => Object.values(counts ?? {}).reduce((a, b) => a + b, 0);

async function list(): Promise<void> {
  const [fields, lookups] = await withDatabase(async (sql) => [await fieldKeyUsage(sql), await lookupKeyUsage(sql)] as const);
  const fieldSource = process.env.FIELD_ENCRYPTION_KEYS?.trim() ? 'FIELD_ENCRYPTION_KEYS' : `${config.dataDir}/field-keys`;
  console.log(`Field keys (${fieldSource}):`);
  config.fieldKeys.forEach((k, i) => {
    const counts = fields.get(k.id);
    const where = Object.entries(counts ?? {})
      .map(([column, n]) => `${column} ${n}`)
      .join(', ');
    console.log(`  ${k.id}${i === 0 ? ' (seals new values)' : ''}: ${total(counts)} values${where ? ` (${where})` : ''}`);
  });
  for (const [keyId, counts] of fields) {
    if (!config.fieldKeys.some((k) => k.id === keyId)) console.log(`  ${keyId} (NOT CONFIGURED): ${total(counts)} values cannot be opened`);
  }
  const lookupSource = process.env.ID_LOOKUP_KEY?.trim() ? 'ID_LOOKUP_KEY, ID_LOOKUP_KEY_PREVIOUS' : `${config.dataDir}/id-lookup-key`;
  console.log(`ID-number lookup keys (${lookupSource}):`);
  [config.lookupKey, ...config.previousLookupKeys].forEach((key, i) => {
    const keyId = lookupKeyId(key);
    console.log(`  ${keyId}${i === 0 ? ' (current)' : ' (previous)'}: ${lookups.get(keyId) ?? 0} hashes`);
  });
  const unnamed = lookups.get('') ?? 0;
  if (unnamed) console.log(`  ${unnamed} hashes made before lookup keys were named: npm run rotate-keys re-hashes them`);
}

try {
  switch (command) {
    case 'list':
      await list();
      break;
    case 'add': {
      const added = addFieldKey(config.dataDir);
      console.log(
        `Added field key ${added}: restart the server so that it seals new values with it (and still opens the old), then run npm run rotate-keys.`,
      );
      break;
    }
    case 'remove': {
      if (!id) throw new KeyFileError(USAGE);
      const sealed = await withDatabase(async (sql) => total((await fieldKeyUsage(sql)).get(id)));
      removeFieldKey(config.dataDir, id, sealed);
      console.log(`Removed field key ${id}; restart the server to forget it.`);
      break;
    }
    case 'add-lookup': {
      const added = addLookupKey(config.dataDir);
      console.log(
        `Added lookup key ${added}: restart the server so that it hashes new ID numbers with it (lookups still match the old), then run npm run rotate-keys.`,
      );
      break;
    }
    case 'remove-lookup': {
      if (!id) throw new KeyFileError(USAGE);
      // Hashes made before keys were named may be this key's: they count too until rotation has re-hashed them.
      const hashed = await withDatabase(async (sql) => {
        const usage = await lookupKeyUsage(sql);
        return (usage.get(id) ?? 0) + (usage.get('') ?? 0);
      });
      removeLookupKey(config.dataDir, id, hashed);
      console.log(`Removed lookup key ${id}; restart the server to forget it.`);
      break;
    }
    default:
      throw new KeyFileError(USAGE);
  }
} catch (error) {
  if (!(error instanceof KeyFileError)) throw error;
  console.error(error.message);
  process.exit(1);
}
