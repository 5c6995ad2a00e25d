import { toShanghaiIso } from '../graphql/scalars.js';

/** An instant as printed on documents: `2026-05-20 14:30`, Asia/Shanghai. */
export function printedTime(at: Date): string {
  return toShanghaiIso(at).slice(0, 16).replace('T', ' ');
}
