/**
 * The outbox of work-log entries saved without a signal (待同步). An entry waits on this device, under the signed-in
 * user's id, only until it is sent; signing out empties it (village phones are shared). Only work-log entries come
 * here: no case text, session record or agreement is ever kept on the device.
 *
 * Each entry carries the idempotency key (`clientKey`) it keeps until sent: a send whose answer was lost is sent again
 * with the same key, and the API returns the entry it recorded the first time instead of recording a second one.
 */

/** The work-log input fields an entry keeps (what `createWorkLogEntry(input)` takes). */
export const ENTRY_FIELDS = [
  'villageId',
  'at',
  'category',
  'mode',
  'personServed',
  'phone',
  'matter',
  'content',
  'durationMin',
  'caseId',
  'venue',
  'attendeeCount',
  'photoIds',
] as const;

export type OutboxInput = Partial<Record<(typeof ENTRY_FIELDS)[number], unknown>> & { at?: string; content?: string };

export interface OutboxEntry {
  /** The idempotency key, a UUID: also the entry's id on this device. */
  clientKey: string;
  input: OutboxInput;
  savedAt: string;
  /** PENDING: waits for the signal. REFUSED: the API said no (e.g. its month was submitted meanwhile); the adviser decides. */
  status: 'PENDING' | 'REFUSED';
  /** Why it was refused: the API's reason (MONTH_SUBMITTED…) or code (BAD_USER_INPUT…). */
  reason?: string;
  field?: string;
}

const PREFIX = 'fengqiao.outbox.';
export const outboxKey = (userId: string) => `${PREFIX}${userId}`;

const store = (): Storage | undefined => {
  try {
    return window.localStorage;
  } catch {
    return undefined;
  }
};

const listeners = new Set<() => void>();
// The same array for the same stored text, as useSyncExternalStore wants.
const snapshots = new Map<string, { raw: string | null; entries: OutboxEntry[] }>();

function notify() {
  for (const listener of listeners) listener();
}

export function subscribe(listener: () => void): () => void {
  listeners.add(listener);
  return () => listeners.delete(listener);
}

export function readOutbox(userId: string | undefined | null): OutboxEntry[] {
  if (!userId) return [];
  const raw = store()?.getItem(outboxKey(userId)) ?? null;
  const cached = snapshots.get(userId);
  if (cached && cached.raw === raw) return cached.entries;
  let entries: OutboxEntry[] = [];
  try {
    const parsed = raw ? (JSON.parse(raw) as unknown) : [];
    if (Array.isArray(parsed)) entries = parsed.filter((e): e is OutboxEntry => !!e && typeof (e as OutboxEntry).clientKey === 'string');
  } catch {
    entries = [];
  }
  snapshots.set(userId, { raw, entries });
  return entries;
}

function write(userId: string, entries: OutboxEntry[]) {
  if (entries.length) store()?.setItem(outboxKey(userId), JSON.stringify(entries));
  else store()?.removeItem(outboxKey(userId));
  notify();
}

/** Only the work-log fields of a form's record. */
export function entryInput(data: Record<string, unknown>): OutboxInput {
  const input: Record<string, unknown> = {};
  for (const field of ENTRY_FIELDS) if (field in data) input[field] = data[field];
  return input as OutboxInput;
}

export function addToOutbox(userId: string, data: Record<string, unknown>, clientKey: string, now = new Date()): OutboxEntry {
  const entry: OutboxEntry = { clientKey, input: entryInput(data), savedAt: now.toISOString(), status: 'PENDING' };
  write(userId, [...readOutbox(userId), entry]);
  return entry;
}

export function removeFromOutbox(userId: string, clientKey: string): void {
  write(
    userId,
    readOutbox(userId).filter((e) => e.clientKey !== clientKey),
  );
}

/**
 * A refused entry moved to another time (an open month): it waits to be sent again under its key (the refusal
 * recorded nothing under it, so the key is still free for the changed entry).
 */
export function moveOutboxEntry(userId: string, clientKey: string, at: string): void {
  write(
    userId,
    readOutbox(userId).map((e) => (e.clientKey === clientKey ? { clientKey, input: { ...e.input, at }, savedAt: e.savedAt, status: 'PENDING' } : e)),
  );
}

function refuse(userId: string, clientKey: string, reason: string, field?: string) {
  write(
    userId,
    readOutbox(userId).map((e) => (e.clientKey === clientKey ? { ...e, status: 'REFUSED', reason, ...(field ? { field } : {}) } : e)),
  );
}

/** Signing out: this user's entries leave the device. */
export function clearOutbox(userId: string | undefined | null): void {
  if (!userId) return;
  store()?.removeItem(outboxKey(userId));
  snapshots.delete(userId);
  notify();
}

/** Signing in on a shared phone: any other user's entries left behind (a session that expired) leave the device. */
export function clearOtherOutboxes(userId: string): void {
  const s = store();
  if (!s) return;
  const keys: string[] = [];
  for (let i = 0; i < s.length; i++) {
    const key = s.key(i);
    if (key?.startsWith(PREFIX) && key !== outboxKey(userId)) keys.push(key);
  }
  for (const key of keys) s.removeItem(key);
  if (keys.length) notify();
}

/** What a send may fail with: the data provider's errors carry the API's code and reason in `body`. */
export type SendFailure = { body?: { code?: string; reason?: string; field?: string } };

/** No answer at all (no signal, a timeout): the entry stays and is sent again later. */
export function isNetworkFailure(error: unknown): boolean {
  const code = (error as SendFailure | undefined)?.body?.code;
  return (
    !code ||
    code === 'NETWORK' ||
    code === 'TIMEOUT' ||
    code === 'SERVICE_UNAVAILABLE' ||
    code === 'INTERNAL_SERVER_ERROR' ||
    code === 'RATE_LIMITED' ||
    code === 'UNAUTHENTICATED'
  );
}

export type Send = (input: OutboxInput, clientKey: string) => Promise<unknown>;

const running = new Map<string, Promise<FlushResult>>();

export interface FlushResult {
  sent: number;
  refused: number;
  /** Entries still waiting (the signal went again). */
  waiting: number;
}

/**
 * Sends the user's waiting entries, one at a time, oldest first; a sent entry leaves the outbox. A network failure
 * stops the round (the rest wait for the signal); a refusal (its month submitted, a village no longer theirs) marks
 * that entry REFUSED with the reason and goes on. One round per user at a time: a second call joins the running one,
 * so the online event and the periodic retry never send an entry twice.
 */
export function flushOutbox(userId: string, send: Send): Promise<FlushResult> {
  const current = running.get(userId);
  if (current) return current;
  const round = (async () => {
    const result: FlushResult = { sent: 0, refused: 0, waiting: 0 };
    for (const entry of readOutbox(userId).filter((e) => e.status === 'PENDING')) {
      // Signed out (or another user) meanwhile: the entry is gone, nothing more to send.
      if (!readOutbox(userId).some((e) => e.clientKey === entry.clientKey && e.status === 'PENDING')) continue;
      try {
        await send(entry.input, entry.clientKey);
        removeFromOutbox(userId, entry.clientKey);
        result.sent++;
      } catch (error) {
        if (isNetworkFailure(error)) break;
        const body = (error as SendFailure).body!;
        refuse(userId, entry.clientKey, body.reason ?? body.code ?? 'CONFLICT', body.field);
        result.refused++;
      }
    }
    result.waiting = readOutbox(userId).filter((e) => e.status === 'PENDING').length;
    return result;
  })().finally(() => running.delete(userId));
  running.set(userId, round);
  return round;
}

/** A save failed for lack of a signal (or the browser knows it is offline): the entry goes to the outbox. */
export function offlineNow(): boolean {
  return typeof navigator !== 'undefined' && navigator.onLine === false;
}
