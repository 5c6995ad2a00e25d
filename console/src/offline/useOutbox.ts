import { useCallback, useEffect, useState, useSyncExternalStore } from 'react';
import { useNotify, useRefresh } from 'react-admin';
import { sendWorkLogEntry } from '../providers/dataProvider';
import { getSessionUser } from '../providers/session';
import { flushOutbox, offlineNow, readOutbox, subscribe, type OutboxEntry } from './outbox';

/** How often waiting entries are tried again while the page is open (besides the browser's `online` event). */
export const RETRY_INTERVAL_MS = 30_000;

/** The signed-in adviser's id, or undefined for anyone else (only advisers keep a work log). */
export const outboxUserId = (): string | undefined => {
  const user = getSessionUser();
  return user?.role === 'ADVISER' ? user.id : undefined;
};

/** The signed-in adviser's outbox, kept current. */
export function useOutbox(): OutboxEntry[] {
  const userId = outboxUserId();
  return useSyncExternalStore(
    subscribe,
    () => readOutbox(userId),
    () => readOutbox(userId),
  );
}

/** Sends the outbox now; says what was sent or refused, and refreshes the page's lists. */
export function useSyncOutbox(): { sync: () => Promise<void>; syncing: boolean } {
  const notify = useNotify();
  const refresh = useRefresh();
  const [syncing, setSyncing] = useState(false);
  const sync = useCallback(async () => {
    const userId = outboxUserId();
    if (!userId || offlineNow() || !readOutbox(userId).some((e) => e.status === 'PENDING')) return;
    setSyncing(true);
    try {
      const result = await flushOutbox(userId, sendWorkLogEntry);
      if (result.sent) {
        notify('fq.offline.synced', { type: 'success', messageArgs: { smart_count: result.sent } });
        refresh();
      }
      if (result.refused) notify('fq.offline.refused', { type: 'warning' });
    } finally {
      setSyncing(false);
    }
  }, [notify, refresh]);
  return { sync, syncing };
}

/** Mounted once in the layout: sends waiting entries when the signal returns, and every RETRY_INTERVAL_MS. */
export function useOutboxSync(): void {
  const { sync } = useSyncOutbox();
  useEffect(() => {
    const run = () => void sync().catch(() => undefined);
    run();
    window.addEventListener('online', run);
    const timer = window.setInterval(run, RETRY_INTERVAL_MS);
    return () => {
      window.removeEventListener('online', run);
      window.clearInterval(timer);
    };
  }, [sync]);
}
