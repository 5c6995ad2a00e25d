import { createHmac } from 'node:crypto';
import { registerDecorator, type ValidationOptions } from 'class-validator';
import { isCalendarDate } from './calendar.js';

// GB 11643-1999: 17 digits (region, birth date YYYYMMDD, sequence) and an ISO 7064 MOD 11-2 check character.
const WEIGHTS = [7, 9, 10, 5, 8, 4, 2, 1, 6, 3, 7, 9, 10, 5, 8, 4, 2];
const CHECK = '10X98765432';

export function normaliseIdNumber(value: string): string {
  return value.trim().toUpperCase();
}

export function isResidentIdNumber(value: unknown): boolean {
  if (typeof value !== 'string') return false;
  const v = normaliseIdNumber(value);
  if (!/^\d{17}[\dX]$/.test(v)) return false;
  const birth = `${v.slice(6, 10)}-${v.slice(10, 12)}-${v.slice(12, 14)}`;
  if (!isCalendarDate(birth)) return false;
  const sum = WEIGHTS.reduce((acc, w, i) => acc + w * Number(v[i]), 0);
  return CHECK[sum % 11] === v[17];
}

export function IsResidentIdNumber(options?: ValidationOptions): PropertyDecorator {
  return (target, propertyName) =>
    registerDecorator({
      name: 'isResidentIdNumber',
      target: target.constructor,
      propertyName: propertyName as string,
      options: { message: 'must be an 18-character resident ID number with a valid birth date and check digit', ...options },
      validator: { validate: (value: unknown) => value === null || value === undefined || isResidentIdNumber(value) },
    });
}

/** A keyed hash of the ID number, so a person can be found again without unsealing anyone's number. */
export function idNumberLookupHash(idNumber: string, key: Buffer): string {
  return createHmac('sha256', key).update(normaliseIdNumber(idNumber)).digest('hex');
}

/**
 * A lookup key's id: a fingerprint of the key itself, so there is nothing to name or keep in step. Stored beside each
 * hash, it tells key rotation which hashes are stale and `npm run keys` whether a key is still needed.
 */
export function lookupKeyId(key: Buffer): string {
  return createHmac('sha256', key).update('fengqiao/id-lookup-key-id').digest('hex').slice(0, 12);
}

/** The columns a party's ID number is found by: its keyed hash and which key made it. */
export function idNumberLookupColumns(idNumber: string, key: Buffer): { idNumberHash: string; idNumberHashKey: string } {
  return { idNumberHash: idNumberLookupHash(idNumber, key), idNumberHashKey: lookupKeyId(key) };
}

/** What a lookup by ID number matches: the hash under every configured key, the current one and those being rotated away from. */
export function idNumberLookupHashes(idNumber: string, keys: Buffer[]): string[] {
  return keys.map((key) => idNumberLookupHash(idNumber, key));
}
