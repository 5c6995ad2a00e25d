import { toShanghaiIso } from '../graphql/scalars.js';

/** An instant as printed on documents: `2026-05-20 14:30`, Asia/Shanghai. */
export function printedTime(at: Date): string {
  return toShanghaiIso(at).slice(0, 16).replace('T', ' ');
}

/** A calendar date as printed on documents: `2026年5月1日` from `2026-05-01`. */
export function chineseDate(date: string): string {
  const [y, m, d] = date.split('-').map(Number);
  return `${y}年${m}月${d}日`;
}
