import type { FilterQuery } from '@mikro-orm/core';
import { listPage } from '../../common/graphql/list-engine.js';
import { AppError, ErrorCode } from '../../common/errors/app-error.js';
import { conflictsAsErrors } from '../../common/errors/db-errors.js';
import { isId } from '../../common/graphql/ids.js';
import { groupBy, loader } from '../../common/graphql/loaders.js';
import type { Context } from '../../context.js';
import { OwnerType } from '../attachment/attachment.entity.js';
import { AttachmentService } from '../attachment/attachment.service.js';
import { isImageMime } from '../attachment/upload-rules.js';
import { Pairing } from '../pairing/pairing.entity.js';
import { User } from '../user/user.entity.js';
import type { EntityManager } from '@mikro-orm/postgresql';
import type {
  HighlightInput,
  MonthlyCheckFields,
  MonthlyCheckInput,
  MonthlyCheckListOptions,
  UpdateMonthlyCheckInput,
} from './dto/monthly-check.inputs.js';
import { currentMonth, monthBounds } from './month.js';
import { Highlight, MonthlyCheck } from './monthly-check.entity.js';
import { WorkLogError } from './work-log.error.js';
import { WorkLogPolicy } from './work-log.policy.js';
import { shanghaiDate } from '../../common/graphql/scalars.js';
import { now } from '../../common/clock.js';

export class MonthlyCheckService {
  private readonly policy: WorkLogPolicy;

  constructor(private readonly ctx: Context) {
    this.policy = new WorkLogPolicy(ctx);
  }

  private get em() {
    return this.ctx.em;
  }

  async list(options: MonthlyCheckListOptions | null | undefined) {
    const where: FilterQuery<MonthlyCheck>[] = [await this.policy.checks<MonthlyCheck>()];
    const f = options?.filter;
    if (f?.ids) where.push({ id: { $in: f.ids } });
    if (f?.adviserId) where.push({ adviser: f.adviserId });
    if (f?.townshipId) where.push({ township: f.townshipId });
    if (f?.month) where.push({ month: f.month });
    if (f?.rating) where.push({ rating: f.rating });
    if (f?.modelCase != null) {
      const marked = this.em.createQueryBuilder(Highlight, 'h').select('h.check').where({ modelCase: true });
      where.push((f.modelCase ? { id: { $in: marked } } : { id: { $nin: marked } }) as FilterQuery<MonthlyCheck>);
    }
    return listPage(this.em, MonthlyCheck, options, { where });
  }

  async byId(id: string): Promise<MonthlyCheck | null> {
    if (!isId(id)) return null;
    return this.em.findOne(MonthlyCheck, { $and: [{ id }, await this.policy.checks<MonthlyCheck>()] });
  }

  /**
   * The office records its check of an adviser who served a village of its township during the month. A month has
   * one check: when it exists already this is CONFLICT naming it (`existingId`), never a replacement.
   */
  async create(input: MonthlyCheckInput): Promise<MonthlyCheck> {
    const townshipId = this.officeTownship();
    if (input.month > currentMonth()) throw AppError.badInput('month', 'cannot be in the future');
    const { from, to } = monthBounds(input.month);
    const lastDay = shanghaiDate(new Date(to.getTime() - 1));
    const served = isId(input.adviserId)
      ? await this.em.count(Pairing, {
          adviser: input.adviserId,
          village: { parent: townshipId },
          validFrom: { $lte: lastDay },
          $or: [{ validTo: null }, { validTo: { $gte: shanghaiDate(from) } }],
        })
      : 0;
    if (!served) throw AppError.badInput('adviserId', 'did not serve a village of your township that month');
    await this.refuseExisting(input.adviserId, input.month);
    await this.checkPhotos(input.highlights);
    try {
      return await conflictsAsErrors(() =>
        this.em.transactional(async (tx) => {
          const check = tx.create(MonthlyCheck, {
            id: crypto.randomUUID(),
            adviser: input.adviserId,
            month: input.month,
            township: townshipId,
            ...this.values(tx, input),
          });
          await tx.flush();
          await this.saveHighlights(tx, check, townshipId, input.highlights);
          return check;
        }),
      );
    } catch (error) {
      // Another request created the month's check meanwhile (the unique key refused this one): name it.
      if (error instanceof AppError && error.code === ErrorCode.CONFLICT) await this.refuseExisting(input.adviserId, input.month);
      throw error;
    }
  }

  /** The office changes its check, sending the `version` it read; a stale one is CONFLICT and nothing is written. */
  async update(id: string, input: UpdateMonthlyCheckInput): Promise<MonthlyCheck> {
    const townshipId = this.officeTownship();
    await this.checkPhotos(input.highlights);
    return conflictsAsErrors(() =>
      this.em.transactional(async (tx) => {
        const check = isId(id) ? await tx.findOne(MonthlyCheck, { id }) : null;
        if (!check) throw new AppError(ErrorCode.NOT_FOUND, 'No such monthly check');
        if (check.township.id !== townshipId) throw WorkLogError.notYourTownship();
        AppError.assertVersion(check, input.version);
        tx.assign(check, this.values(tx, input));
        await tx.flush();
        await this.saveHighlights(tx, check, townshipId, input.highlights);
        return check;
      }),
    );
  }

  private officeTownship(): string {
    const townshipId = this.ctx.viewer!.scopeRegionId;
    if (!townshipId) throw new AppError(ErrorCode.FORBIDDEN, 'Only a township office checks advisers');
    return townshipId;
  }

  private async refuseExisting(adviserId: string, month: string): Promise<void> {
    const existing = isId(adviserId) ? await this.em.findOne(MonthlyCheck, { adviser: adviserId, month }, { fields: ['id'] }) : null;
    if (existing)
      throw WorkLogError.exists(`This adviser’s check of ${month} exists already; open it to change it`, 'CHECK_EXISTS', existing.id, month);
  }

  private async checkPhotos(highlights: HighlightInput[]): Promise<void> {
    const attachments = new AttachmentService(this.ctx);
    for (const [i, h] of highlights.entries()) {
      for (const id of h.photoIds) await attachments.ownUpload(id, `highlights.${i}.photoIds`, 'photo', isImageMime);
    }
  }

  private values(tx: EntityManager, input: MonthlyCheckFields) {
    return {
      logComplete: input.logComplete,
      trainingOnTrack: input.trainingOnTrack,
      noticeBoardPosted: input.noticeBoardPosted,
      casesFollowedUp: input.casesFollowedUp,
      rating: input.rating,
      notes: input.notes.trim(),
      checkedBy: tx.getReference(User, this.ctx.viewer!.id),
      checkedAt: now(),
    };
  }

  /** Highlights with an id are updated (their model-case mark kept), new ones added, those left out removed. */
  private async saveHighlights(tx: EntityManager, check: MonthlyCheck, townshipId: string, highlights: HighlightInput[]): Promise<void> {
    const attachments = new AttachmentService(this.ctx);
    const existing = await tx.find(Highlight, { check: check.id });
    const keep = new Set(highlights.map((h) => h.id).filter(Boolean));
    for (const h of existing) {
      if (!keep.has(h.id)) {
        await attachments.setPhotosOf(tx, OwnerType.HIGHLIGHT, h.id, [], 'highlights');
        tx.remove(h);
      }
    }
    for (const [i, h] of highlights.entries()) {
      let row = h.id ? existing.find((e) => e.id === h.id) : undefined;
      if (h.id && !row) throw AppError.badInput(`highlights.${i}.id`, 'names no highlight of this check');
      if (row) tx.assign(row, { title: h.title.trim(), text: h.text.trim() });
      else row = tx.create(Highlight, { id: crypto.randomUUID(), check: check.id, township: townshipId, title: h.title.trim(), text: h.text.trim() });
      await tx.flush();
      await attachments.setPhotosOf(tx, OwnerType.HIGHLIGHT, row.id, h.photoIds, `highlights.${i}.photoIds`);
    }
    await tx.flush();
  }

  /** The bureau marks (or unmarks) a highlight of its county as a model case (先进典型). */
  async markModelCase(highlightId: string, modelCase: boolean): Promise<Highlight> {
    const highlight = isId(highlightId) ? await this.em.findOne(Highlight, { id: highlightId }) : null;
    if (!highlight || !(await this.policy.townshipInScope(highlight.township.id))) {
      throw new AppError(ErrorCode.NOT_FOUND, 'No such highlight in your county');
    }
    highlight.modelCase = modelCase;
    highlight.markedBy = modelCase ? this.em.getReference(User, this.ctx.viewer!.id, { wrapped: true }) : null;
    highlight.markedAt = modelCase ? now() : null;
    await this.em.flush();
    return highlight;
  }

  highlightsByCheck() {
    return loader<string, Highlight[]>(
      this.ctx,
      'monthly-check:highlights',
      async (checkIds) => {
        const rows = await this.em.find(Highlight, { check: { $in: [...checkIds] } }, { orderBy: { createdAt: 'asc', id: 'asc' } });
        return groupBy(rows, (h) => h.check.id);
      },
      [],
    );
  }
}
