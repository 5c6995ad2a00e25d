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

/**
 * An amount of integer fen as yuan with two decimals and thousands separators (`-1,234.05`), from integer
 * arithmetic only, so a printed amount is exactly the stored one.
 */
export function yuanText(fen: number): string {
  if (!Number.isSafeInteger(fen)) throw new RangeError('an amount must be a whole number of fen');
  const abs = Math.abs(fen);
  const whole = String(Math.floor(abs / 100)).replace(/\B(?=(\d{3})+(?!\d))/g, ',');
  return `${fen < 0 ? '-' : ''}${whole}.${String(abs % 100).padStart(2, '0')}`;
}

/** An amount of integer fen as a yuan number for a spreadsheet cell (shown with two decimals); `Math.round(v * 100)` gives the fen back. */
export function yuanNumber(fen: number): number {
  if (!Number.isSafeInteger(fen)) throw new RangeError('an amount must be a whole number of fen');
  return fen / 100;
}

/** A subsidy or report period as printed: `2026年7月` for 2026-07, `2026年第三季度` for 2026-Q3. */
export function chinesePeriod(code: string): string {
  const quarter = /^(\d{4})-Q([1-4])$/.exec(code);
  if (quarter) return `${quarter[1]}年第${'一二三四'[Number(quarter[2]) - 1]}季度`;
  const settlement = /^(\d{4})-Y$/.exec(code);
  if (settlement) return `${settlement[1]}年度结算`;
  const month = /^(\d{4})-(\d{2})$/.exec(code);
  return month ? `${month[1]}年${Number(month[2])}月` : code;
}
