import type { Configuration } from '@mikro-orm/core';
import type { MikroORM } from '@mikro-orm/postgresql';
import type { FieldCipher } from '../common/crypto/field-cipher.js';

/** What a migration that seals or re-seals data needs: the field keys and the ID-number lookup key. */
export interface DataSecrets {
  cipher: FieldCipher;
  lookupKey: Buffer;
}

const byConfig = new WeakMap<Configuration, DataSecrets>();

/** Lends the secrets to the migrations `orm` runs; `migrate()` does this when it is given them. */
export function provideMigrationSecrets(orm: MikroORM, secrets: DataSecrets): void {
  byConfig.set(orm.config, secrets);
}

/**
 * The secrets for a migration that must seal data. Asked only when there is data to seal, so an empty database
 * migrates without them (the schema check, `migration:create`).
 */
export function migrationSecrets(config: Configuration): DataSecrets {
  const secrets = byConfig.get(config);
  if (!secrets) throw new Error('This migration seals existing data and needs the field keys: run it through the server (npm start), not the CLI');
  return secrets;
}
