import { AppError } from '../../common/errors/app-error.js';

/** A subsidy period: a month (`2026-07`) or a quarter (`2026-Q3`), as its first and last days and its months. */
export interface Period {
  code: string;
  from: string;
  to: string;
  months: string[];
}

const pad = (n: number) => String(n).padStart(2, '0');
const lastDay = (year: number, month: number) => new Date(Date.UTC(year, month, 0)).getUTCDate();

/** Parses a period, or BAD_USER_INPUT naming `field`. */
export function parsePeriod(code: string, field = 'period'): Period {
  const month = /^(\d{4})-(0[1-9]|1[0-2])$/.exec(code);
  const quarter = /^(\d{4})-Q([1-4])$/.exec(code);
  const year = Number((month ?? quarter)?.[1]);
  if ((!month && !quarter) || year < 2000 || year > 2100) throw AppError.badInput(field, 'must be a month (2026-07) or a quarter (2026-Q3)');
  const first = month ? Number(month[2]) : (Number(quarter![2]) - 1) * 3 + 1;
  const count = month ? 1 : 3;
  const months = Array.from({ length: count }, (_, i) => `${year}-${pad(first + i)}`);
  const endMonth = first + count - 1;
  return { code, from: `${year}-${pad(first)}-01`, to: `${year}-${pad(endMonth)}-${pad(lastDay(year, endMonth))}`, months };
}
