import { parse } from 'graphql';
import type { SettingsInput } from '../generated/graphql';
import type { SettingsQuery } from '../generated/operations';

/*
 * A region's settings (系统设置): what is in force for a county, or the defaults a city or province gives its
 * counties. Each value is the region's own, else the nearest region's above it, else the built-in default; `setHere`
 * names the ones the region sets itself. Saved with the version read (a stale one is CONFLICT).
 */

export type Settings = SettingsQuery['settings'];

export const settingsQuery = parse(/* GraphQL */ `query settings($regionId: ID) {
  settings(regionId: $regionId) {
    adviserLoadCap keepPhotoLocation monthlyReportDeadlineDay noticeBoardQrUrl setHere version region { id name level }
  }
}`);

export const updateSettingsMutation = parse(/* GraphQL */ `mutation updateSettings($input: SettingsInput!, $regionId: ID) {
  updateSettings(input: $input, regionId: $regionId) {
    adviserLoadCap keepPhotoLocation monthlyReportDeadlineDay noticeBoardQrUrl setHere version region { id name level }
  }
}`);

/** The settings a region may set, in the order the page shows them. */
export const SETTING_FIELDS = ['monthlyReportDeadlineDay', 'adviserLoadCap', 'keepPhotoLocation', 'noticeBoardQrUrl'] as const;
export type SettingField = (typeof SETTING_FIELDS)[number];

export type SettingsFormValues = {
  monthlyReportDeadlineDay: string;
  adviserLoadCap: string;
  keepPhotoLocation: boolean;
  noticeBoardQrUrl: string;
};

export const settingsFormValues = (s: Settings): SettingsFormValues => ({
  monthlyReportDeadlineDay: String(s.monthlyReportDeadlineDay),
  adviserLoadCap: String(s.adviserLoadCap),
  keepPhotoLocation: s.keepPhotoLocation,
  noticeBoardQrUrl: s.noticeBoardQrUrl,
});

/** Whether the region sets a value itself (本级设置) rather than inheriting it. */
export const isSetHere = (s: Pick<Settings, 'setHere'>, field: SettingField) => s.setHere.includes(field);

/** A whole number as typed, or NaN (the API then names the field); blank is NaN too. */
const wholeNumber = (text: string) => (/^\s*\d+\s*$/.test(text) ? Number(text.trim()) : Number.NaN);

/**
 * `updateSettings`' input: only the values changed from those in force (the others stay inherited), with the version
 * read. Numbers that are not whole never get here: the form refuses them first (settingsProblems).
 */
export function settingsInput(values: SettingsFormValues, current: Settings): SettingsInput {
  const input: SettingsInput = { version: current.version };
  const day = wholeNumber(values.monthlyReportDeadlineDay);
  if (day !== current.monthlyReportDeadlineDay) input.monthlyReportDeadlineDay = day;
  const cap = wholeNumber(values.adviserLoadCap);
  if (cap !== current.adviserLoadCap) input.adviserLoadCap = cap;
  if (values.keepPhotoLocation !== current.keepPhotoLocation) input.keepPhotoLocation = values.keepPhotoLocation;
  const url = values.noticeBoardQrUrl.trim();
  if (url !== current.noticeBoardQrUrl) input.noticeBoardQrUrl = url;
  return input;
}

/** The whole numbers the API accepts for each numeric setting (its own rule, checked again there). */
export const SETTING_RANGES = { monthlyReportDeadlineDay: [1, 28], adviserLoadCap: [1, 50] } as const;

/** The fields the form refuses before sending: numbers that are not whole or out of range. */
export function settingsProblems(values: SettingsFormValues): SettingField[] {
  return (Object.keys(SETTING_RANGES) as (keyof typeof SETTING_RANGES)[]).filter((f) => {
    const n = wholeNumber(values[f]);
    const [min, max] = SETTING_RANGES[f];
    return Number.isNaN(n) || n < min || n > max;
  });
}

/** The setting a refusal names (`adviserLoadCap`, or `input.adviserLoadCap` from validation), if it is one. */
export function refusedSetting(field: string | undefined): SettingField | undefined {
  const name = field?.replace(/^input\./, '');
  return (SETTING_FIELDS as readonly string[]).includes(name ?? '') ? (name as SettingField) : undefined;
}
