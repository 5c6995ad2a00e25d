import { memoize, type Context } from '../../context.js';
import type { EntityManager } from '@mikro-orm/postgresql';
import { Setting } from './setting.entity.js';
import { now } from '../../common/clock.js';
import { AppError } from '../../common/errors/app-error.js';

/** Settings the bureau can change, with their defaults. */
export const SETTING_DEFAULTS = {
  /** Villages per adviser above which the adviser is flagged (not blocked). Anhui's rule: at most 5. */
  adviserLoadCap: 5,
  /** The URL printed as a QR code on notice boards; `{villageId}` and `{adviserId}` are filled in. */
  noticeBoardQrUrl: 'https://jiaocheng.example.gov.cn/fengqiao/advisers/{adviserId}',
  /** Day of the next month by which an adviser submits a month's work log; later is marked late. */
  monthlyReportDeadlineDay: 5,
  /** Keep photos' location metadata (EXIF GPS); off by default, so uploads never reveal where they were taken. */
  keepPhotoLocation: false as boolean,
} satisfies Record<string, unknown>;

export type SettingKey = keyof typeof SETTING_DEFAULTS;
export type SettingValues = { -readonly [K in SettingKey]: (typeof SETTING_DEFAULTS)[K] };

export async function readSettings(em: EntityManager): Promise<SettingValues> {
  const rows = await em.find(Setting, { key: { $in: Object.keys(SETTING_DEFAULTS) } });
  const values: Record<string, unknown> = { ...SETTING_DEFAULTS };
  for (const row of rows) values[row.key] = row.value;
  return values as SettingValues;
}

/** Writes one setting and counts the change in its row's version (the settings' version is their sum). */
export async function writeSetting<K extends SettingKey>(em: EntityManager, key: K, value: SettingValues[K]): Promise<void> {
  await em.execute(
    `insert into setting (key, value, updated_at, version) values (?, ?::json, ?, 1)
     on conflict (key) do update set value = excluded.value, updated_at = excluded.updated_at, version = setting.version + 1`,
    [key, JSON.stringify(value), now()],
  );
}

/** The settings' version: how many changes they have had (0 while every one is at its default). */
export async function settingsVersion(em: EntityManager): Promise<number> {
  const rows = await em.execute<{ v: number }[]>('select coalesce(sum(version), 0)::int as v from setting');
  return Number(rows[0]?.v ?? 0);
}

/**
 * Runs `write` only if the settings are still at `version`, one writer at a time (a transaction-scoped advisory lock:
 * a setting not yet written has no row to lock); a stale version is CONFLICT and nothing is written.
 */
export async function changeSettings(em: EntityManager, version: number, write: (tx: EntityManager) => Promise<void>): Promise<void> {
  await em.transactional(async (tx) => {
    await tx.execute(`select pg_advisory_xact_lock(hashtext('fengqiao:settings'))`);
    AppError.assertVersion({ version: await settingsVersion(tx) }, version);
    await write(tx);
  });
}

/** The settings, read once per request. */
export function readSettingsCached(ctx: Context): Promise<SettingValues> {
  return memoize(ctx, 'settings', () => readSettings(ctx.em));
}
