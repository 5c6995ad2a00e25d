import type { FilterQuery } from '@mikro-orm/core';
import { AuditPolicy } from './audit.policy.js';
import { listPage } from '../../common/graphql/list-engine.js';
import DataLoader from 'dataloader';
import type { Context } from '../../context.js';
import { Region } from '../region/region.entity.js';
import { User } from '../user/user.entity.js';
import { AuditEvent, AuditTrailEvent } from './audit-event.entity.js';
import type { AuditEventListOptions } from './dto/audit.inputs.js';
import { now } from '../../common/clock.js';

export const READ_CONFIDENTIAL = 'READ_CONFIDENTIAL';

/** How the trail names the installation's own jobs, which have no actor. */
export const SYSTEM_ACTOR = { username: 'system', displayName: '系统' } as const;

interface ReadKey {
  entityType: string;
  entityId: string;
  field: string;
  countyId: string;
}

/**
 * Records reads of confidential text. Every read in one request is collected and written in one INSERT before any of
 * the text is returned, so a page of 100 cases costs one audit statement, and no text leaves unless its audit row
 * was written. The same field of the same record read twice in one request is one read.
 */
export function confidentialReads(ctx: Context): DataLoader<ReadKey, true, string> {
  const key = 'audit:confidentialReads';
  let found = ctx.memo.get(key) as DataLoader<ReadKey, true, string> | undefined;
  if (!found) {
    found = new DataLoader<ReadKey, true, string>(
      async (reads) => {
        const viewer = ctx.viewer!;
        await ctx.em.insertMany(
          AuditEvent,
          reads.map((r) => ({
            id: crypto.randomUUID(),
            at: now(),
            actor: ctx.em.getReference(User, viewer.id),
            action: READ_CONFIDENTIAL,
            entityType: r.entityType,
            entityId: r.entityId,
            field: r.field,
            requestId: ctx.requestId,
            ip: ctx.ip,
            county: ctx.em.getReference(Region, r.countyId),
          })),
        );
        return reads.map(() => true as const);
      },
      { cacheKeyFn: (r) => `${r.entityType}:${r.entityId}:${r.field}` },
    );
    ctx.memo.set(key, found);
  }
  return found;
}

export class AuditService {
  constructor(private readonly ctx: Context) {}

  async list(options: AuditEventListOptions | null | undefined) {
    const f = options?.filter;
    const where: FilterQuery<AuditTrailEvent>[] = [new AuditPolicy(this.ctx).visible()];
    if (f?.actorId) where.push({ actor: f.actorId });
    if (f?.action) where.push({ action: f.action });
    if (f?.entityType) where.push({ entityType: f.entityType });
    if (f?.entityId) where.push({ entityId: f.entityId });
    if (f?.field) where.push({ field: f.field });
    if (f?.from) where.push({ at: { $gte: f.from } });
    if (f?.to) where.push({ at: { $lt: f.to } });
    // The trail: the live table and the archived months not yet dropped (the view audit_trail).
    return listPage(this.ctx.em, AuditTrailEvent, options, { where, defaultOrder: [['at', 'desc']] });
  }
}

/** The administrative actions on accounts that the trail records (the console words each). */
export const AccountAuditAction = {
  USER_CREATED: 'USER_CREATED',
  USER_UPDATED: 'USER_UPDATED',
  USER_DISABLED: 'USER_DISABLED',
  USER_ENABLED: 'USER_ENABLED',
  PASSWORD_RESET: 'PASSWORD_RESET',
  PASSWORD_CHANGED: 'PASSWORD_CHANGED',
} as const;
export type AccountAuditAction = (typeof AccountAuditAction)[keyof typeof AccountAuditAction];

/**
 * Records an administrative action by the viewer (who) on a record (whom), now (when), with what changed in `details`
 * (names and ids, never a password), in `em`: it commits with the change it records, or not at all.
 */
export function recordAction(
  ctx: Context,
  em: Context['em'],
  action: string,
  target: { entityType: string; entityId: string; countyId: string | null; details?: Record<string, unknown> },
): AuditEvent {
  return em.create(AuditEvent, {
    id: crypto.randomUUID(),
    at: now(),
    actor: ctx.viewer ? em.getReference(User, ctx.viewer.id) : null,
    county: target.countyId ? em.getReference(Region, target.countyId) : null,
    action,
    entityType: target.entityType,
    entityId: target.entityId,
    requestId: ctx.requestId,
    ip: ctx.ip,
    details: target.details ?? null,
  });
}
