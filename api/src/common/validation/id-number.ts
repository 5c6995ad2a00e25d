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
