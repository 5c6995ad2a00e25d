import { normalisePhone } from './phone.js';

/** 张三 → 张*, 张建三 → 张*三, 欧阳娜娜 → 欧**娜: enough to tell parties apart, not enough to identify them. */
export function maskName(name: string): string {
  const chars = [...name.trim()];
  if (chars.length <= 1) return '*';
  if (chars.length === 2) return `${chars[0]}*`;
  return `${chars[0]}${'*'.repeat(chars.length - 2)}${chars[chars.length - 1]}`;
}

/** 13812345678 → 138****5678; a landline keeps its area code and last four digits. */
export function maskPhone(phone: string): string {
  const v = normalisePhone(phone);
  if (v.length <= 7) return '*'.repeat(v.length);
  if (/^1\d{10}$/.test(v)) return `${v.slice(0, 3)}****${v.slice(7)}`;
  const dash = v.indexOf('-');
  const head = dash > 0 ? v.slice(0, dash + 1) : v.slice(0, 4);
  return `${head}${'*'.repeat(Math.max(1, v.length - head.length - 4))}${v.slice(-4)}`;
}

/**
 * 141122199001011234 → 141122***********4: the region and the check character only. The birth date and the sequence
 * stay hidden: with them showing, a few dozen guesses recover the whole number.
 */
export function maskIdNumber(idNumber: string): string {
  return `${idNumber.slice(0, 6)}${'*'.repeat(Math.max(0, idNumber.length - 7))}${idNumber.slice(-1)}`;
}
