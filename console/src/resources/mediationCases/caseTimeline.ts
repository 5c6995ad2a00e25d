import { todayInShanghai } from '../../providers/dates';
import type { MediationCase } from './caseFormat';

/*
 * A case's timeline (案件进程) from what the case page already reads: registration, acceptance, sessions, the agreement,
 * its review and judicial confirmation, return visits, reassignments and closure. Metadata only: a session shows when
 * and where it was held, never its record.
 */

export type TimelineKind =
  | 'created'
  | 'received'
  | 'accepted'
  | 'session'
  | 'agreement_signed'
  | 'agreement_reviewed'
  | 'confirmation_applied'
  | 'confirmation_decided'
  | 'return_visit'
  | 'reassigned'
  | 'closed'
  | 'deadline'
  | 'confirmation_deadline';

export interface TimelineEntry {
  kind: TimelineKind;
  /** The calendar day (YYYY-MM-DD, Asia/Shanghai) it happened or falls due. */
  day: string;
  /** The instant, when the record has one (for the time of day and the order within a day). */
  at?: string;
  /** Values for the entry's message: enum keys, a venue, a court. */
  values?: Record<string, string>;
  /** A deadline still ahead (or missed while open): shown apart from what happened. */
  due?: boolean;
}

/** Order within one day, when no instant says otherwise: the order of the workflow. */
const ORDER: TimelineKind[] = [
  'received',
  'created',
  'accepted',
  'reassigned',
  'session',
  'agreement_signed',
  'agreement_reviewed',
  'confirmation_applied',
  'confirmation_decided',
  'closed',
  'return_visit',
  'deadline',
  'confirmation_deadline',
];

/** The Asia/Shanghai calendar day of an ISO instant. */
function shanghaiDateOf(iso: string): string {
  const d = new Date(iso);
  return Number.isNaN(d.getTime()) ? iso.slice(0, 10) : todayInShanghai(d);
}

export function caseTimeline(record: MediationCase): TimelineEntry[] {
  const entries: TimelineEntry[] = [];
  entries.push({ kind: 'received', day: record.receivedOn });
  if (record.createdAt) entries.push({ kind: 'created', day: shanghaiDateOf(record.createdAt), at: record.createdAt });
  if (record.acceptedOn) entries.push({ kind: 'accepted', day: record.acceptedOn });
  for (const s of record.sessions ?? [])
    entries.push({ kind: 'session', day: shanghaiDateOf(s.at), at: s.at, values: { venue: s.place, mode: s.mode } });
  const a = record.agreement;
  if (a?.signedAt) entries.push({ kind: 'agreement_signed', day: a.signedAt, values: { form: a.form } });
  if (a?.reviewedAt)
    entries.push({ kind: 'agreement_reviewed', day: shanghaiDateOf(a.reviewedAt), at: a.reviewedAt, values: { status: a.reviewStatus } });
  if (a?.confirmationAppliedOn)
    entries.push({ kind: 'confirmation_applied', day: a.confirmationAppliedOn, values: { court: a.confirmationCourt ?? '' } });
  if (a?.confirmationDecidedOn && a.confirmationResult) {
    entries.push({ kind: 'confirmation_decided', day: a.confirmationDecidedOn, values: { result: a.confirmationResult } });
  }
  for (const v of record.returnVisits ?? []) entries.push({ kind: 'return_visit', day: v.visitedOn, values: { performance: v.performance } });
  for (const e of record.events ?? []) entries.push({ kind: 'reassigned', day: shanghaiDateOf(e.at), at: e.at });
  if (record.closedOn) entries.push({ kind: 'closed', day: record.closedOn, values: { reason: record.closureReason ?? '' } });
  // What is still due: the mediation deadline of an open case, the confirmation window of an agreement not yet applied for.
  if (!record.closedOn && record.deadline) entries.push({ kind: 'deadline', day: record.deadline, due: true });
  if (a?.confirmationDeadline && !a.confirmationAppliedOn) entries.push({ kind: 'confirmation_deadline', day: a.confirmationDeadline, due: true });
  return entries.sort(
    (x, y) => x.day.localeCompare(y.day) || (x.at && y.at ? x.at.localeCompare(y.at) : 0) || ORDER.indexOf(x.kind) - ORDER.indexOf(y.kind),
  );
}
