import { AppError } from '../../common/errors/app-error.js';

/** A subsidy period: a month (`2026-07`), a quarter (`2026-Q3`) or a year's settlement (`2026-Y`), as its first and last days and its months. */
export interface Period {
  code: string;
  from: string;
  to: string;
  months: string[];
  /** A year's settlement by assessment grade (`2026-Y`): no months of its own, never drafted from the records. */
  settlement?: boolean;
}

const pad = (n: number) => String(n).padStart(2, '0');
const lastDay = (year: number, month: number) => new Date(Date.UTC(year, month, 0)).getUTCDate();

/** Parses a period, or BAD_USER_INPUT naming `field`. */
export function parsePeriod(code: string, field = 'period'): Period {
  const settlement = /^(\d{4})-Y$/.exec(code);
  if (settlement && Number(settlement[1]) >= 2000 && Number(settlement[1]) <= 2100) {
    return { code, from: `${settlement[1]}-01-01`, to: `${settlement[1]}-12-31`, months: [], settlement: true };
  }
  const month = /^(\d{4})-(0[1-9]|1[0-2])$/.exec(code);
  const quarter = /^(\d{4})-Q([1-4])$/.exec(code);
  const year = Number((month ?? quarter)?.[1]);
  if ((!month && !quarter) || year < 2000 || year > 2100)
    throw AppError.badInput(field, 'must be a month (2026-07), a quarter (2026-Q3) or a year’s settlement (2026-Y)');
  const first = month ? Number(month[2]) : (Number(quarter![2]) - 1) * 3 + 1;
  const count = month ? 1 : 3;
  const months = Array.from({ length: count }, (_, i) => `${year}-${pad(first + i)}`);
  const endMonth = first + count - 1;
  return { code, from: `${year}-${pad(first)}-01`, to: `${year}-${pad(endMonth)}-${pad(lastDay(year, endMonth))}`, months };
}

/** The settlement period of a year. */
export const settlementPeriod = (year: number) => `${year}-Y`;
