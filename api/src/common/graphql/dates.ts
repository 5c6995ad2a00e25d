import { now } from '../clock.js';
import { shanghaiDate } from './scalars.js';

/** Today's date in Asia/Shanghai, YYYY-MM-DD, by the server's clock. */
export function today(): string {
  return shanghaiDate(now());
}

export function addDays(date: string, days: number): string {
  const d = new Date(`${date}T00:00:00Z`);
  d.setUTCDate(d.getUTCDate() + days);
  return d.toISOString().slice(0, 10);
}
