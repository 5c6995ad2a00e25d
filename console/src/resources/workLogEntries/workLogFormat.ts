import type * as Api from '../../generated/graphql';

/** A work-log entry as the console reads it (the API's `WorkLogEntry`; personal data masked for outsiders). */
export type WorkLogPhoto = Pick<Api.EvidencePhoto, 'id' | 'mime' | 'url'>;

export type WorkLogEntry = Pick<
  Api.WorkLogEntry,
  | 'id'
  | 'at'
  | 'month'
  | 'category'
  | 'mode'
  | 'personServed'
  | 'phone'
  | 'matter'
  | 'content'
  | 'durationMin'
  | 'venue'
  | 'attendeeCount'
  | 'caseId'
  | 'frozen'
  | 'canReadPersonalData'
  | 'version'
  | 'villageId'
  | 'villageName'
> & {
  /** Detail page only. */
  photos?: WorkLogPhoto[];
  /** Null when the village lies outside the viewer's jurisdiction (an adviser's village they no longer serve). */
  village: Pick<Api.Village, 'id' | 'name'> | null;
  township: Pick<Api.Region, 'id' | 'name'>;
  adviser: Pick<Api.LegalAdviser, 'id' | 'name'>;
};

export type MonthlyReport = Pick<
  Api.MonthlyReport,
  | 'id'
  | 'month'
  | 'status'
  | 'deadline'
  | 'late'
  | 'frozen'
  | 'entryCount'
  | 'totalMinutes'
  | 'submittedAt'
  | 'reviewComment'
  | 'reviewedAt'
  | 'pdfPath'
  | 'version'
> & {
  reviewedBy: Pick<Api.User, 'id' | 'displayName'> | null;
  adviser: Pick<Api.LegalAdviser, 'id' | 'name'>;
  township: Pick<Api.Region, 'id' | 'name'>;
};

export const DEFAULT_CATEGORY = 'CONSULTATION';
export const DEFAULT_DURATION_MIN = 30;

/** Mountain townships (山区偏远) are served online by default; plain ones (平川) in person. */
export function defaultMode(terrain: string | null | undefined): 'ONLINE' | 'OFFLINE' {
  return terrain === 'MOUNTAIN' ? 'ONLINE' : 'OFFLINE';
}

export { currentMonth, previousMonth } from '../../providers/dates';

/** Whether a string is a `YYYY-MM` month. */
export function isMonth(value: unknown): value is string {
  return typeof value === 'string' && /^\d{4}-(0[1-9]|1[0-2])$/.test(value);
}

/** Now for a datetime-local input, in the browser's zone, to the minute. */
export function nowLocal(now: Date = new Date()): string {
  const d = new Date(now.getTime());
  d.setSeconds(0, 0);
  return new Date(d.getTime() - d.getTimezoneOffset() * 60_000).toISOString().slice(0, 16);
}

/** A datetime input's value (a local `YYYY-MM-DDTHH:mm` or a Date) as an ISO instant. */
export function toInstant(value: unknown): string | undefined {
  if (value instanceof Date) return Number.isNaN(value.getTime()) ? undefined : value.toISOString();
  if (typeof value !== 'string' || !value) return undefined;
  const d = new Date(value);
  return Number.isNaN(d.getTime()) ? undefined : d.toISOString();
}

/** Minutes as hours and minutes, `2 h 05 min` style parts for the catalogue (`fq.workLog.duration`). */
export function splitMinutes(total: number): { hours: number; minutes: number } {
  const safe = Math.max(0, Math.round(total || 0));
  return { hours: Math.floor(safe / 60), minutes: safe % 60 };
}

/** What an adviser may do with a month: submit a draft, resubmit a returned one, or nothing (under review, approved). */
export function monthAction(status: string | null | undefined, entryCount: number): 'submit' | 'resubmit' | null {
  if (status === 'RETURNED') return 'resubmit';
  if ((status === 'DRAFT' || !status) && entryCount > 0) return 'submit';
  return null;
}

/** The work-log workbook of a month (one adviser's, or the viewer's whole jurisdiction). */
export function workLogXlsxUrl(month: string, adviserId?: string | null): string {
  const params = new URLSearchParams({ month });
  if (adviserId) params.set('adviserId', adviserId);
  return `/api/exports/work-log.xlsx?${params.toString()}`;
}

/** The monthly checks workbook, optionally of one month and township. */
export function checksXlsxUrl(month?: string | null, townshipId?: string | null): string {
  const params = new URLSearchParams();
  if (month) params.set('month', month);
  if (townshipId) params.set('townshipId', townshipId);
  const query = params.toString();
  return `/api/exports/monthly-checks.xlsx${query ? `?${query}` : ''}`;
}
