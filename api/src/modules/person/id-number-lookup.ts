import type { FilterQuery } from '@mikro-orm/core';
import { idNumberLookupHashes } from '../../common/validation/id-number.js';
import type { Config } from '../../config.js';
import type { Person } from './person.entity.js';

/**
 * The party records with this ID number, found by keyed hash without unsealing anyone's: the one way to look a
 * person up by ID number. It matches the hash under the current lookup key and under any previous one, so lookups keep
 * working while `npm run rotate-keys` re-hashes. Linking records must never decide who reads them (person.entity.ts).
 */
export function withIdNumber(config: Pick<Config, 'lookupKey' | 'previousLookupKeys'>, idNumber: string): FilterQuery<Person> {
  return { idNumberHash: { $in: idNumberLookupHashes(idNumber, [config.lookupKey, ...config.previousLookupKeys]) } };
}
