import type { EntityManager } from '@mikro-orm/postgresql';
import type { Config } from '../../config.js';
import { AttachmentError } from './attachment.error.js';
import { now as clockNow } from '../../common/clock.js';

const HOUR_MS = 60 * 60 * 1000;
const DAY_MS = 24 * HOUR_MS;

type Row = { created_at: Date };

/**
 * Refuses (RATE_LIMITED with the seconds to wait) an upload of `incoming` bytes by `userId` that would take them past
 * their quota: `uploadsPerHour` files in any hour, `bytesPerDay` bytes in any 24 hours, counted from the attachment
 * rows they made (stored sizes). The wait is until the upload in the way leaves its window.
 */
export async function checkUploadQuota(
  em: EntityManager,
  userId: string,
  incoming: number,
  quota: Config['uploadQuota'],
  now = clockNow(),
): Promise<void> {
  const hourAgo = new Date(now.getTime() - HOUR_MS);
  const dayAgo = new Date(now.getTime() - DAY_MS);
  const [[nthLatest], [firstInTheWay]] = await Promise.all([
    // The uploadsPerHour-th latest upload of the hour: while it exists, the hour is full.
    em.execute<Row[]>(
      'select created_at from attachment where uploaded_by_id = ? and created_at > ? order by created_at desc, id desc offset ? limit 1',
      [userId, hourAgo, quota.uploadsPerHour - 1],
    ),
    // Going back from the latest, the first upload whose bytes and everything newer leave no room for `incoming`:
    // once it is a day old there is room.
    em.execute<Row[]>(
      `select created_at from (
         select created_at, sum(size) over (order by created_at desc, id desc) as newer from attachment
         where uploaded_by_id = ? and created_at > ?
       ) t where newer + ? > ? order by created_at desc limit 1`,
      [userId, dayAgo, incoming, quota.bytesPerDay],
    ),
  ]);
  const waitUntil = (row: Row, windowMs: number) => Math.max(1, Math.ceil((new Date(row.created_at).getTime() + windowMs - now.getTime()) / 1000));
  if (nthLatest) throw AttachmentError.quotaExceeded('UPLOADS_PER_HOUR', waitUntil(nthLatest, HOUR_MS));
  if (firstInTheWay) throw AttachmentError.quotaExceeded('UPLOAD_BYTES_PER_DAY', waitUntil(firstInTheWay, DAY_MS));
  if (incoming > quota.bytesPerDay) throw AttachmentError.quotaExceeded('UPLOAD_BYTES_PER_DAY', DAY_MS / 1000);
}
