import { AdviserStatus } from './adviser.enums.js';
import { RosterEventKind } from './roster-event.entity.js';

/** The details of an adviser that the roster tracks and a JOINED event records in full. */
export const TRACKED_FIELDS = ['name', 'gender', 'phone', 'profession', 'licenceNo', 'providerId', 'serviceScope'] as const;
export type TrackedField = (typeof TRACKED_FIELDS)[number];
export type AdviserDetails = Record<TrackedField, string>;

export interface FoldableEvent {
  adviserId: string;
  kind: RosterEventKind;
  effectiveOn: string;
  at: Date;
  changes?: Record<string, unknown> | null;
}

export interface RosterState {
  adviserId: string;
  status: AdviserStatus;
  details: AdviserDetails;
  joinedOn: string;
}

/**
 * The roster on `date`: a fold of each adviser's events effective by then, in the order they took effect (and were
 * recorded, for the same day). An adviser who had not joined by `date` is absent.
 */
export function rosterOn(events: FoldableEvent[], date: string): RosterState[] {
  const ordered = events
    .filter((e) => e.effectiveOn <= date)
    .sort((a, b) => (a.effectiveOn === b.effectiveOn ? a.at.getTime() - b.at.getTime() : a.effectiveOn < b.effectiveOn ? -1 : 1));
  const states = new Map<string, RosterState>();
  for (const e of ordered) {
    const state = states.get(e.adviserId);
    if (e.kind === RosterEventKind.JOINED) {
      states.set(e.adviserId, {
        adviserId: e.adviserId,
        status: AdviserStatus.ACTIVE,
        details: { ...(e.changes as AdviserDetails) },
        joinedOn: e.effectiveOn,
      });
      continue;
    }
    if (!state) continue;
    switch (e.kind) {
      case RosterEventKind.SUSPENDED:
        state.status = AdviserStatus.SUSPENDED;
        break;
      case RosterEventKind.REINSTATED:
        state.status = AdviserStatus.ACTIVE;
        break;
      case RosterEventKind.REMOVED:
        state.status = AdviserStatus.REMOVED;
        break;
      case RosterEventKind.CHANGED:
        for (const [field, change] of Object.entries(e.changes ?? {})) {
          if ((TRACKED_FIELDS as readonly string[]).includes(field))
            state.details[field as TrackedField] = String((change as { to: unknown }).to ?? '');
        }
        break;
    }
  }
  return [...states.values()];
}

/** `{ field: { from, to } }` for the tracked fields that differ. */
export function diffDetails(before: AdviserDetails, after: Partial<AdviserDetails>): Record<string, { from: string; to: string }> {
  const changes: Record<string, { from: string; to: string }> = {};
  for (const field of TRACKED_FIELDS) {
    const to = after[field];
    if (to !== undefined && to !== before[field]) changes[field] = { from: before[field], to };
  }
  return changes;
}
