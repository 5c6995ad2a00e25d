import { todayInShanghai } from '../providers/dates';

/*
 * Checks the console makes before the API does, so that people see the problem at the field. The API checks again.
 */

/** Mainland mobile (11 digits from 13–19) or landline (0 + area code, 7–8 digits, hyphen optional). */
export function isMainlandPhone(value: string): boolean {
  const v = value.replace(/[\s-]/g, '');
  return /^1[3-9]\d{9}$/.test(v) || /^0\d{2,3}\d{7,8}$/.test(v);
}

type Validator = (value: unknown) => string | undefined;

export const phone: Validator = (value) =>
  value === null || value === undefined || value === '' || isMainlandPhone(String(value)) ? undefined : 'fq.validation.phone';

/** A `YYYY-MM-DD` not after today on the Asia/Shanghai calendar (roster changes cannot be dated ahead). */
export const notInFuture =
  (today: () => string = todayInShanghai): Validator =>
  (value) =>
    typeof value === 'string' && value > today() ? 'fq.validation.not_in_future' : undefined;

/** A date on or after another field's date (an end after its start). */
export const notBefore =
  (otherField: string): ((value: unknown, values: Record<string, unknown>) => string | undefined) =>
  (value, values) => {
    const other = values?.[otherField];
    return typeof value === 'string' && value && typeof other === 'string' && value < other ? 'fq.validation.end_before_start' : undefined;
  };
