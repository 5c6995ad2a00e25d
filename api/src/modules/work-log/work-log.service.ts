import type { FilterQuery } from '@mikro-orm/core';
import { ancestorAt } from '../../common/access/jurisdiction.js';
import { listPage } from '../../common/graphql/list-engine.js';
import type { EntityManager } from '@mikro-orm/postgresql';
import { Role } from '../../common/access/role.js';
import { AppError, ErrorCode } from '../../common/errors/app-error.js';
import { constraintOf, conflictsAsErrors } from '../../common/errors/db-errors.js';
import { createHash } from 'node:crypto';
import { isId } from '../../common/graphql/ids.js';
import { loader } from '../../common/graphql/loaders.js';
import { shanghaiDate } from '../../common/graphql/scalars.js';
import { normalisePhone } from '../../common/validation/phone.js';
import type { Context } from '../../context.js';
import { Attachment, OwnerType } from '../attachment/attachment.entity.js';
import { AttachmentService } from '../attachment/attachment.service.js';
import { isImageMime } from '../attachment/upload-rules.js';
import { CasePolicy } from '../mediation-case/case.policy.js';
import { MediationCase } from '../mediation-case/mediation-case.entity.js';
import { Pairing } from '../pairing/pairing.entity.js';
import { activeOn } from '../pairing/pairing.service.js';
import { Region } from '../region/region.entity.js';
import { User } from '../user/user.entity.js';
import type { WorkLogEntryInput, WorkLogEntryListOptions } from './dto/work-log.inputs.js';
import { adviserMonthKey, fromAdviserMonthKey, monthBounds, monthOf } from './month.js';
import { MonthlyReport } from './monthly-report.entity.js';
import { WorkLogEntry } from './work-log-entry.entity.js';
import { MonthlyReportStatus, WorkLogCategory } from './work-log.enums.js';
import { WorkLogError } from './work-log.error.js';
import { WorkLogPolicy } from './work-log.policy.js';
import { now } from '../../common/clock.js';
import type { GraphQLResolveInfo } from 'graphql';
import { WORK_LOG_LIST_READ } from './work-log-list.read.js';

/** A clock a few minutes fast on a phone is not "the future". */
const CLOCK_SKEW_MS = 5 * 60 * 1000;
const FROZEN = [MonthlyReportStatus.SUBMITTED, MonthlyReportStatus.APPROVED];
const CLIENT_KEY_UNIQUE = 'work_log_entry_adviser_client_key_uniq';

/** Another request with the same client key recorded its entry first (the unique index refused this one's). */
class ClientKeyTaken extends AppError {
  constructor() {
    super(ErrorCode.CONFLICT, 'Another request recorded an entry under this clientKey meanwhile', {
      field: 'clientKey',
      reason: 'IDEMPOTENCY_KEY_REUSED',
    });
  }
}

/**
 * Serialises every write to one adviser's month (entry edits and the month's submission) for the rest of the
 * transaction, so an edit racing a submission either lands before it or sees the month frozen.
 */
export async function lockMonths(tx: EntityManager, adviserId: string, months: Iterable<string>): Promise<void> {
  for (const month of [...new Set(months)].sort()) {
    await tx.execute('select pg_advisory_xact_lock(hashtextextended(?, 0))', [`work-log:${adviserId}:${month}`]);
  }
}

async function assertOpen(tx: EntityManager, adviserId: string, months: Iterable<string>): Promise<void> {
  for (const month of new Set(months)) {
    const report = await tx.findOne(MonthlyReport, { adviser: adviserId, month }, { fields: ['status'] });
    if (report && FROZEN.includes(report.status)) throw WorkLogError.frozen(month);
  }
}

export class WorkLogService {
  readonly policy: WorkLogPolicy;

  constructor(private readonly ctx: Context) {
    this.policy = new WorkLogPolicy(ctx);
  }

  private get em() {
    return this.ctx.em;
  }

  /** A page of entries; given the request's selection, read without entities when WORK_LOG_LIST_READ serves it. */
  async list(options: WorkLogEntryListOptions | null | undefined, info?: Pick<GraphQLResolveInfo, 'fieldNodes' | 'fragments'>) {
    const where: FilterQuery<WorkLogEntry>[] = [await this.policy.entries<WorkLogEntry>()];
    const f = options?.filter;
    if (f?.ids) where.push({ id: { $in: f.ids } });
    if (f?.adviserId) where.push({ adviser: f.adviserId });
    if (f?.villageId) where.push({ village: f.villageId });
    if (f?.townshipId) where.push({ township: f.townshipId });
    if (f?.month) {
      // The month's bounds on `at` as well: the table is partitioned by `at`, so PostgreSQL then plans and reads that
      // month's partition alone (the month column says the same, but the planner cannot prune on it).
      const { from, to } = monthBounds(f.month);
      where.push({ month: f.month }, { at: { $gte: from, $lt: to } });
    }
    if (f?.category?.length) where.push({ category: { $in: f.category } });
    if (f?.mode) where.push({ mode: f.mode });
    if (f?.caseId) where.push({ case: f.caseId });
    return listPage(this.em, WorkLogEntry, options, { where, read: WORK_LOG_LIST_READ }, info);
  }

  async byId(id: string): Promise<WorkLogEntry | null> {
    if (!isId(id)) return null;
    return this.em.findOne(WorkLogEntry, { $and: [{ id }, await this.policy.entries<WorkLogEntry>()] });
  }

  private adviserId(): string {
    const v = this.ctx.viewer;
    if (v?.role !== Role.ADVISER || !v.adviserId) throw AppError.badInput('adviserId', 'only an adviser keeps a work log');
    return v.adviserId;
  }

  /** Checks an entry's input against the rules and the adviser's villages and cases; writes nothing. */
  private async validate(adviserId: string, input: WorkLogEntryInput) {
    if (input.at.getTime() > now().getTime() + CLOCK_SKEW_MS) throw AppError.badInput('at', 'cannot be in the future');
    const lecture = input.category === WorkLogCategory.LECTURE;
    if (!lecture && !input.phone?.trim()) throw AppError.badInput('phone', 'is required (except for a lecture)');
    if (lecture) {
      if (!input.venue?.trim()) throw AppError.badInput('venue', 'is required for a lecture');
      if (input.attendeeCount == null) throw AppError.badInput('attendeeCount', 'is required for a lecture');
      if (!input.photoIds.length) throw AppError.badInput('photoIds', 'a lecture needs at least one photo as evidence');
    }
    const date = shanghaiDate(input.at);
    const pairing = isId(input.villageId)
      ? await this.em.findOne(Pairing, { $and: [{ adviser: adviserId, village: input.villageId }, activeOn(date)] }, { populate: ['village'] })
      : null;
    if (!pairing) throw AppError.badInput('villageId', `is not one of your villages on ${date}`);
    const village = pairing.village.getEntity() as Region;
    if (input.caseId) {
      const assigned = isId(input.caseId) && (await new CasePolicy(this.ctx).isAssignedAdviser(input.caseId));
      if (!assigned) throw AppError.badInput('caseId', 'names no case you are assigned to');
    }
    const attachments = new AttachmentService(this.ctx);
    for (const id of input.photoIds) await attachments.ownUpload(id, 'photoIds', 'photo', isImageMime);
    return { village, township: village.parent!.id, county: ancestorAt(village, 'COUNTY')!, month: monthOf(input.at) };
  }

  private fields(input: WorkLogEntryInput) {
    return {
      at: input.at,
      category: input.category,
      mode: input.mode,
      personServed: input.personServed.trim(),
      phone: input.phone?.trim() ? normalisePhone(input.phone) : null,
      matter: input.matter.trim(),
      content: input.content.trim(),
      durationMin: input.durationMin,
      venue: input.venue?.trim() || null,
      attendeeCount: input.attendeeCount ?? null,
    };
  }

  /** The entry as sent, reduced to what it says (trimmed, phone normalised, photos in order), as a SHA-256. */
  private payloadHash(input: WorkLogEntryInput): string {
    const canonical = {
      ...this.fields(input),
      at: input.at.toISOString(),
      villageId: input.villageId,
      caseId: input.caseId ?? null,
      photoIds: [...input.photoIds].sort(),
    };
    const ordered = Object.fromEntries(Object.entries(canonical).sort(([a], [b]) => a.localeCompare(b)));
    return createHash('sha256').update(JSON.stringify(ordered)).digest('hex');
  }

  /**
   * The entry an earlier request with this key created: the same entry sent again is that entry (even in a month
   * submitted since); another entry under the same key is refused.
   */
  private async byClientKey(adviserId: string, clientKey: string, payload: string): Promise<WorkLogEntry | null> {
    const existing = await this.em.fork().findOne(WorkLogEntry, { adviser: adviserId, clientKey }, { fields: ['clientPayload'] });
    if (!existing) return null;
    if (existing.clientPayload !== payload) throw WorkLogError.keyReused(existing.id);
    return this.em.findOneOrFail(WorkLogEntry, { id: existing.id }, { refresh: true });
  }

  /**
   * Records an entry. With a `clientKey` (the device's idempotency key) a repeat of the same entry returns the one
   * already recorded; two racing repeats meet at the key's lock (and the unique index on (adviser, client_key, at)),
   * and the loser returns the winner's entry, or CONFLICT when it sent another entry under the same key.
   */
  async create(input: WorkLogEntryInput, clientKey?: string | null): Promise<WorkLogEntry> {
    const adviserId = this.adviserId();
    if (clientKey != null && !isId(clientKey)) throw AppError.badInput('clientKey', 'must be a UUID');
    const payload = clientKey ? this.payloadHash(input) : null;
    if (clientKey && payload) {
      const replayed = await this.byClientKey(adviserId, clientKey, payload);
      if (replayed) return replayed;
    }
    try {
      return await this.insert(adviserId, input, clientKey ?? null, payload);
    } catch (error) {
      if (clientKey && payload && error instanceof ClientKeyTaken) {
        const replayed = await this.byClientKey(adviserId, clientKey, payload);
        if (replayed) return replayed;
      }
      throw error;
    }
  }

  private async insert(adviserId: string, input: WorkLogEntryInput, clientKey: string | null, clientPayload: string | null): Promise<WorkLogEntry> {
    const { village, township, county, month } = await this.validate(adviserId, input);
    const attachments = new AttachmentService(this.ctx);
    return conflictsAsErrors(async () => {
      try {
        return await this.em.transactional(async (tx) => {
          if (clientKey) {
            // One create at a time under a key (taken before the month's lock, always in this order). The unique key
            // (adviser, client_key, at) includes the partition key, so it alone would not stop the same key from
            // being used for two entries of different times: this check does.
            await tx.execute('select pg_advisory_xact_lock(hashtextextended(?, 0))', [`work-log-key:${adviserId}:${clientKey}`]);
            if (await tx.count(WorkLogEntry, { adviser: adviserId, clientKey })) throw new ClientKeyTaken();
          }
          await lockMonths(tx, adviserId, [month]);
          await assertOpen(tx, adviserId, [month]);
          const id = crypto.randomUUID();
          const entry = tx.create(WorkLogEntry, {
            id,
            adviser: adviserId,
            village: village.id,
            township,
            county,
            month,
            ...this.fields(input),
            case: input.caseId ?? null,
            clientKey,
            clientPayload,
            createdBy: tx.getReference(User, this.ctx.viewer!.id),
          });
          await tx.flush();
          await attachments.setPhotosOf(tx, OwnerType.WORK_LOG_ENTRY, id, input.photoIds, 'photoIds');
          return entry;
        });
      } catch (error) {
        if (clientKey && constraintOf(error) === CLIENT_KEY_UNIQUE) throw new ClientKeyTaken();
        throw error;
      }
    });
  }

  async update(id: string, input: WorkLogEntryInput, version: number): Promise<WorkLogEntry> {
    const adviserId = this.adviserId();
    const existing = isId(id) ? await this.em.findOne(WorkLogEntry, { id, adviser: adviserId }, { fields: ['month', 'version'] }) : null;
    if (!existing) throw WorkLogError.entryNotFound();
    const { village, township, county, month } = await this.validate(adviserId, input);
    const attachments = new AttachmentService(this.ctx);
    return conflictsAsErrors(() =>
      this.em.transactional(async (tx) => {
        await lockMonths(tx, adviserId, [existing.month, month]);
        const entry = await tx.findOne(WorkLogEntry, { id, adviser: adviserId }, { refresh: true });
        if (!entry) throw WorkLogError.entryNotFound();
        await assertOpen(tx, adviserId, [entry.month, month]);
        AppError.assertVersion(entry, version);
        tx.assign(entry, { village: village.id, township, county, month, ...this.fields(input), case: input.caseId ?? null });
        await tx.flush();
        await attachments.setPhotosOf(tx, OwnerType.WORK_LOG_ENTRY, id, input.photoIds, 'photoIds');
        return entry;
      }),
    );
  }

  async delete(id: string): Promise<boolean> {
    const adviserId = this.adviserId();
    const existing = isId(id) ? await this.em.findOne(WorkLogEntry, { id, adviser: adviserId }, { fields: ['month'] }) : null;
    if (!existing) throw WorkLogError.entryNotFound();
    await conflictsAsErrors(() =>
      this.em.transactional(async (tx) => {
        await lockMonths(tx, adviserId, [existing.month]);
        await assertOpen(tx, adviserId, [existing.month]);
        await tx.nativeUpdate(Attachment, { ownerType: OwnerType.WORK_LOG_ENTRY, ownerId: id }, { ownerType: null, ownerId: null });
        await tx.nativeDelete(WorkLogEntry, { id, adviser: adviserId });
      }),
    );
    return true;
  }

  // ---- batched lookups for field resolvers -------------------------------------------------------------------

  /** Linked cases the viewer may see at all (their confidential text stays behind the case's own guards). */
  visibleCases() {
    return loader<string, MediationCase | null>(
      this.ctx,
      'work-log:cases',
      async (ids) => {
        const visible = await new CasePolicy(this.ctx).visible();
        const rows = await this.em.find(MediationCase, { $and: [{ id: { $in: [...ids] } }, visible] });
        return new Map(rows.map((c) => [c.id, c]));
      },
      null,
    );
  }

  /** The status of each adviser's month (keys from `adviserMonthKey`), or null while it is a draft. */
  monthStatus() {
    return loader<string, MonthlyReportStatus | null>(
      this.ctx,
      'work-log:monthStatus',
      async (keys) => {
        const pairs = keys.map(fromAdviserMonthKey);
        const rows = await this.em.find(
          MonthlyReport,
          {
            adviser: { $in: [...new Set(pairs.map((p) => p.adviserId))] },
            month: { $in: [...new Set(pairs.map((p) => p.month))] },
          },
          { fields: ['adviser', 'month', 'status'] },
        );
        return new Map(rows.map((r) => [adviserMonthKey(r.adviser.id, r.month), r.status]));
      },
      null,
    );
  }

  static isFrozen(status: MonthlyReportStatus | null): boolean {
    return !!status && FROZEN.includes(status);
  }
}
