import { memoize, type Context } from '../../context.js';
import type { EntityManager } from '@mikro-orm/postgresql';
import { now } from '../../common/clock.js';
import { AppError } from '../../common/errors/app-error.js';
import { sqlAtOrAboveRegion } from '../../common/access/jurisdiction.js';

/** Settings the bureau can change, with their built-in defaults. */
export const SETTING_DEFAULTS = {
  /** Villages per adviser above which the adviser is flagged (not blocked). Anhui's rule: at most 5. */
  adviserLoadCap: 5,
  /**
   * The URL printed as a QR code on notice boards; `{villageCode}`, `{villageId}` and `{adviserId}` are filled in. A
   * path (starting with `/`) is on this installation's public base URL (PUBLIC_BASE_URL): by default the village's
   * own public page, served by this server.
   */
  noticeBoardQrUrl: '/v/{villageCode}',
  /** Day of the next month by which an adviser submits a month's work log; later is marked late. */
  monthlyReportDeadlineDay: 5,
  /** Keep photos' location metadata (EXIF GPS); off by default, so uploads never reveal where they were taken. */
  keepPhotoLocation: false as boolean,
} satisfies Record<string, unknown>;

export type SettingKey = keyof typeof SETTING_DEFAULTS;
export type SettingValues = { -readonly [K in SettingKey]: (typeof SETTING_DEFAULTS)[K] };

export interface ResolvedSettings {
  values: SettingValues;
  /** The keys the region sets itself; the others come from a region above it or the defaults. */
  setHere: SettingKey[];
}

/**
 * The settings in force for a region, in one statement: each key from the nearest of the region and its ancestors
 * that sets it (a county's own, else its city's, else its province's), else the built-in default. For a township or
 * village that is its county's. Without a region, the defaults.
 */
export async function readResolvedSettings(em: EntityManager, regionId: string | null): Promise<ResolvedSettings> {
  const values: Record<string, unknown> = { ...SETTING_DEFAULTS };
  const setHere: SettingKey[] = [];
  if (!regionId) return { values: values as SettingValues, setHere };
  const keys = Object.keys(SETTING_DEFAULTS);
  const above = sqlAtOrAboveRegion('s.region_id', regionId);
  const rows = await em.execute<Array<{ key: string; value: unknown; region_id: string }>>(
    `select distinct on (s.key) s.key, s.value, s.region_id
     from setting s join region sr on sr.id = s.region_id
     where s.key in (${keys.map(() => '?').join(', ')}) and ${above.sql}
     order by s.key, length(sr.path) desc`,
    [...keys, ...above.params],
  );
  for (const row of rows) {
    values[row.key] = row.value;
    if (row.region_id === regionId) setHere.push(row.key as SettingKey);
  }
  return { values: values as SettingValues, setHere };
}

export async function readSettings(em: EntityManager, regionId: string | null): Promise<SettingValues> {
  return (await readResolvedSettings(em, regionId)).values;
}

/** Writes one setting of a region and counts the change in its row's version (the region's settings' version is their sum). */
export async function writeSetting<K extends SettingKey>(em: EntityManager, regionId: string, key: K, value: SettingValues[K]): Promise<void> {
  await em.execute(
    `insert into setting (region_id, key, value, updated_at, version) values (?, ?, ?::json, ?, 1)
     on conflict (region_id, key) do update set value = excluded.value, updated_at = excluded.updated_at, version = setting.version + 1`,
    [regionId, key, JSON.stringify(value), now()],
  );
}

/** A region's settings' version: how many changes its own settings have had (0 while it sets none). */
export async function settingsVersion(em: EntityManager, regionId: string): Promise<number> {
  const rows = await em.execute<{ v: number }[]>('select coalesce(sum(version), 0)::int as v from setting where region_id = ?', [regionId]);
  return Number(rows[0]?.v ?? 0);
}

/**
 * Runs `write` only if the region's settings are still at `version`, one writer per region at a time (a
 * transaction-scoped advisory lock: a setting not yet written has no row to lock); a stale version is CONFLICT and
 * nothing is written.
 */
export async function changeSettings(
  em: EntityManager,
  regionId: string,
  version: number,
  write: (tx: EntityManager) => Promise<void>,
): Promise<void> {
  await em.transactional(async (tx) => {
    await tx.execute(`select pg_advisory_xact_lock(hashtext(?))`, [`fengqiao:settings:${regionId}`]);
    AppError.assertVersion({ version: await settingsVersion(tx, regionId) }, version);
    await write(tx);
  });
}

/** The settings in force for a region (a county, or a township or village: its county's), read once per request and region. */
export function readSettingsCached(ctx: Context, regionId: string | null): Promise<SettingValues> {
  return memoize(ctx, `settings:${regionId ?? ''}`, () => readSettings(ctx.em, regionId));
}
