import { memoize, type Context } from '../../context.js';
import type { EntityManager } from '@mikro-orm/postgresql';
import { Setting } from './setting.entity.js';
import { now } from '../../common/clock.js';

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

export async function writeSetting<K extends SettingKey>(em: EntityManager, key: K, value: SettingValues[K]): Promise<void> {
  await em.upsert(Setting, { key, value, updatedAt: now() });
}

/** The settings, read once per request. */
export function readSettingsCached(ctx: Context): Promise<SettingValues> {
  return memoize(ctx, 'settings', () => readSettings(ctx.em));
}
