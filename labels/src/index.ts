/*
 * The words for the values of every domain enum of the API, kept once: the API prints them in its PDFs and
 * workbooks, and the console shows them as `fq.enum.<Enum>.<VALUE>`. Enums are named as in the GraphQL schema, and
 * each value list is in the order people read the values (the console's choices follow it). The API's tests check
 * that its enums and the committed SDL have exactly these values.
 */
import { ACCESS_LABELS, ACCESS_VALUES } from './access.js';
import { ASSESSMENT_LABELS, ASSESSMENT_VALUES } from './assessment.js';
import { SUBSIDY_LABELS, SUBSIDY_VALUES } from './subsidy.js';
import { CASE_LABELS, CASE_VALUES } from './case.js';
import type { LabelMap, Locale } from './locale.js';
import { MEETING_LABELS, MEETING_VALUES } from './meeting.js';
import { REGION_LABELS, REGION_VALUES } from './region.js';
import { ROSTER_LABELS, ROSTER_VALUES } from './roster.js';
import { TRAINING_LABELS, TRAINING_VALUES } from './training.js';
import { WORK_LOG_LABELS, WORK_LOG_VALUES } from './work-log.js';
import { WORK_QUEUE_LABELS, WORK_QUEUE_VALUES } from './work-queue.js';

export { LOCALES, type LabelMap, type LabelMaps, type Locale } from './locale.js';

/** Every labelled enum's values, by the enum's GraphQL name. */
export const ENUM_VALUES = {
  ...ACCESS_VALUES,
  ...REGION_VALUES,
  ...ROSTER_VALUES,
  ...CASE_VALUES,
  ...WORK_LOG_VALUES,
  ...TRAINING_VALUES,
  ...MEETING_VALUES,
  ...ASSESSMENT_VALUES,
  ...SUBSIDY_VALUES,
  ...WORK_QUEUE_VALUES,
} as const;

export type EnumName = keyof typeof ENUM_VALUES;
export type EnumValue<E extends EnumName> = (typeof ENUM_VALUES)[E][number];

/** Every labelled enum's words: `ENUM_LABELS.CaseStatus['zh-CN'].REGISTERED` is 已登记. */
export const ENUM_LABELS: { readonly [E in EnumName]: LabelMap<EnumValue<E>> } = {
  ...ACCESS_LABELS,
  ...REGION_LABELS,
  ...ROSTER_LABELS,
  ...CASE_LABELS,
  ...WORK_LOG_LABELS,
  ...TRAINING_LABELS,
  ...MEETING_LABELS,
  ...ASSESSMENT_LABELS,
  ...SUBSIDY_LABELS,
  ...WORK_QUEUE_LABELS,
};

/** The group each enum is declared in, to check that no two groups declare one name (a spread would hide it). */
export const ENUM_GROUPS: readonly (readonly EnumName[])[] = [
  ACCESS_VALUES,
  REGION_VALUES,
  ROSTER_VALUES,
  CASE_VALUES,
  WORK_LOG_VALUES,
  TRAINING_VALUES,
  MEETING_VALUES,
  ASSESSMENT_VALUES,
  SUBSIDY_VALUES,
  WORK_QUEUE_VALUES,
].map((group) => Object.keys(group) as EnumName[]);

/**
 * The word for one value, Chinese unless told otherwise. A value the list does not know (a row written by a newer
 * version, say) is shown as it is rather than as nothing.
 */
export function enumLabel<E extends EnumName>(name: E, value: string, locale: Locale = 'zh-CN'): string {
  return (ENUM_LABELS[name][locale] as Readonly<Record<string, string>>)[value] ?? value;
}

/** Every enum's words in one language, each in its value order: `{ CaseStatus: { REGISTERED: '已登记', … }, … }`. */
export type EnumLabels = { readonly [E in EnumName]: { readonly [V in EnumValue<E>]: string } };

/** Every enum's words in one language, as the console's `fq.enum` messages. */
export function enumLabelsIn(locale: Locale): EnumLabels {
  const names = Object.keys(ENUM_VALUES) as EnumName[];
  return Object.fromEntries(
    names.map((name) => [name, Object.fromEntries(ENUM_VALUES[name].map((v: string) => [v, enumLabel(name, v, locale)]))]),
  ) as unknown as EnumLabels;
}
