import type pg from 'pg';
import type { BenchContext } from './scenario.js';
import { LEVELS, type Level, type Place } from './types.js';

/** The Asia/Shanghai calendar date of an instant (+08:00 all year). */
export function shanghaiDate(instant: Date): string {
  return new Date(instant.getTime() + 8 * 3600_000).toISOString().slice(0, 10);
}

export function previousMonth(date: string): string {
  const [y, m] = date.split('-').map(Number) as [number, number];
  return m === 1 ? `${y - 1}-12` : `${y}-${String(m - 1).padStart(2, '0')}`;
}

/**
 * The calendar a scenario runs on, as the server sees it at `now`: today, this year and quarter; trainingCompliance
 * for this year, villageMonthReports for last month, caseStatistics for this year so far unless a period is given.
 */
export function benchContext(place: Place, now: Date, period?: { from: string; to: string }): BenchContext {
  const today = shanghaiDate(now);
  const nowYear = Number(today.slice(0, 4));
  const nowQuarter = Math.floor((Number(today.slice(5, 7)) - 1) / 3) + 1;
  return {
    place,
    today,
    nowYear,
    nowQuarter,
    year: nowYear,
    month: previousMonth(today),
    from: period?.from ?? `${nowYear}-01-01`,
    to: period?.to ?? today,
  };
}

export async function placeOf(client: pg.Client | pg.Pool, regionId: string): Promise<Place> {
  const { rows } = await client.query<{ id: string; level: string; path: string; name: string }>(
    'select id, level, path, name from region where id = $1',
    [regionId],
  );
  const r = rows[0];
  if (!r) throw new Error(`no region ${regionId}`);
  if (!LEVELS.includes(r.level as Level)) throw new Error(`region ${regionId} has an unknown level ${r.level}`);
  return { id: r.id, level: r.level as Level, path: r.path, name: r.name };
}
