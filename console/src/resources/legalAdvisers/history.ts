/*
 * An adviser's roster history as people read it: newest first, and each event's `changes` (JSON from the API) as
 * lines "field: from → to". A JOINED event records the details joined with (flat values); a CHANGED event records
 * `{ field: { from, to } }`; suspension, reinstatement and removal record none.
 */

import type * as Api from '../../generated/graphql';

/** An event of the adviser's history (`changes` is the API's JSON, read by `changeLines`). */
export type RosterEvent = Pick<Api.RosterEvent, 'id' | 'kind' | 'effectiveOn' | 'reason' | 'changes' | 'actorName' | 'at'>;

export interface ChangeLine {
  field: string;
  from: string | null;
  to: string | null;
}

/** The order of fields on the adviser form; unknown fields follow, alphabetically. */
const FIELD_ORDER = ['name', 'gender', 'phone', 'profession', 'licenceNo', 'providerId', 'provider', 'serviceScope', 'villages'];

const text = (v: unknown): string | null =>
  v === null || v === undefined || v === '' ? null : typeof v === 'object' ? JSON.stringify(v) : String(v);

const isFromTo = (v: unknown): v is { from?: unknown; to?: unknown } =>
  !!v && typeof v === 'object' && !Array.isArray(v) && ('from' in v || 'to' in v);

export function changeLines(changes: unknown): ChangeLine[] {
  if (!changes || typeof changes !== 'object' || Array.isArray(changes)) return [];
  const lines = Object.entries(changes as Record<string, unknown>).map(([field, value]) =>
    isFromTo(value) ? { field, from: text(value.from), to: text(value.to) } : { field, from: null, to: text(value) },
  );
  const rank = (f: string) => (FIELD_ORDER.includes(f) ? FIELD_ORDER.indexOf(f) : FIELD_ORDER.length);
  return lines.sort((a, b) => rank(a.field) - rank(b.field) || a.field.localeCompare(b.field));
}

/** Newest first: by effective date, then by when it was recorded. */
export function newestFirst<T extends Pick<RosterEvent, 'effectiveOn' | 'at'>>(events: readonly T[]): T[] {
  return [...events].sort((a, b) => b.effectiveOn.localeCompare(a.effectiveOn) || b.at.localeCompare(a.at));
}

type Translate = (key: string, options?: Record<string, unknown>) => string;

/** A recorded value for people: enum labels, the provider's name for its id. */
export function displayValue(
  field: string,
  value: string | null,
  translate: Translate,
  providerNames: ReadonlyMap<string, string> = new Map(),
): string {
  if (value === null) return translate('fq.common.empty_value');
  if (field === 'profession') return translate(`fq.enum.Profession.${value}`, { _: value });
  if (field === 'gender') return translate(`fq.enum.Gender.${value}`, { _: value });
  if (field === 'status') return translate(`fq.enum.AdviserStatus.${value}`, { _: value });
  if (field === 'providerId') return providerNames.get(value) ?? value;
  return value;
}

/** The label of a recorded field: the adviser form's label (`providerId` is the provider). */
export function fieldLabelKey(field: string): string {
  return `resources.legalAdvisers.fields.${field === 'providerId' ? 'provider' : field}`;
}
