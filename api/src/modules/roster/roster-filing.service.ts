import type { FilterQuery } from '@mikro-orm/core';
import { ownCountyId } from '../../common/access/county.js';
import { RosterFilingPolicy } from './roster-filing.policy.js';
import { listPage } from '../../common/graphql/list-engine.js';
import { AppError } from '../../common/errors/app-error.js';
import { conflictsAsErrors } from '../../common/errors/db-errors.js';
import { today } from '../../common/graphql/dates.js';
import { isId } from '../../common/graphql/ids.js';
import type { Context } from '../../context.js';
import { AdviserStatus } from '../adviser/adviser.enums.js';
import { AdviserService } from '../adviser/adviser.service.js';
import { Pairing } from '../pairing/pairing.entity.js';
import { activeOn } from '../pairing/pairing.service.js';
import { Provider } from '../provider/provider.entity.js';
import { Region } from '../region/region.entity.js';
import { User } from '../user/user.entity.js';
import type { RosterFilingListOptions } from './dto/filing.inputs.js';
import { diffFilings } from './filing-diff.js';
import { FILING_CONSTRAINTS, REVIEW_CONSTRAINTS, RosterError } from './roster.error.js';
import { recordAction } from '../audit/audit.service.js';
import { loader } from '../../common/graphql/loaders.js';
import { now } from '../../common/clock.js';
import { RosterFilingReview, RosterFilingStatus, type FilingDecision } from './roster-filing-review.entity.js';
import { RosterFiling, type FiledAdviserRecord, type FiledVillageRecord } from './roster-filing.entity.js';

/** The longest comment a returned filing carries. */
export const RETURN_COMMENT_MAX = 500;

/** Audit actions of the city's decisions on filings. */
export const FilingAuditAction = {
  ACKNOWLEDGED: 'ROSTER_FILING_ACKNOWLEDGED',
  RETURNED: 'ROSTER_FILING_RETURNED',
} as const;

export class RosterFilingService {
  constructor(private readonly ctx: Context) {}

  private get em() {
    return this.ctx.em;
  }

  async list(options: RosterFilingListOptions | null | undefined) {
    const where: FilterQuery<RosterFiling>[] = [new RosterFilingPolicy(this.ctx).visible()];
    const f = options?.filter;
    if (f?.ids) where.push({ id: { $in: f.ids } });
    if (f?.asOfFrom) where.push({ asOf: { $gte: f.asOfFrom } });
    if (f?.asOfTo) where.push({ asOf: { $lte: f.asOfTo } });
    if (f?.status?.length) {
      // FILED is the absence of a decision; the others are the decision recorded.
      const decided = f.status.filter((st) => st !== RosterFilingStatus.FILED);
      const either: FilterQuery<RosterFiling>[] = [];
      if (decided.length) {
        const ids = this.em
          .createQueryBuilder(RosterFilingReview, 'rr')
          .select('rr.filing')
          .where({ decision: { $in: decided } });
        either.push({ id: { $in: ids } } as FilterQuery<RosterFiling>);
      }
      if (f.status.includes(RosterFilingStatus.FILED)) {
        const any = this.em.createQueryBuilder(RosterFilingReview, 'rr').select('rr.filing');
        either.push({ id: { $nin: any } } as FilterQuery<RosterFiling>);
      }
      where.push({ $or: either });
    }
    // Newest first unless the caller sorts: the latest filing is the one people look for.
    return listPage(this.em, RosterFiling, options, { where, defaultOrder: [['number', 'desc']] });
  }

  async byId(id: string): Promise<RosterFiling | null> {
    if (!isId(id)) return null;
    return this.em.findOne(RosterFiling, { $and: [{ id }, new RosterFilingPolicy(this.ctx).visible()] });
  }

  /**
   * Files the roster as of a date: the advisers active that day with their details and villages as they stood then,
   * numbered after the county's previous filing and compared with it. Two filings racing for the same number meet
   * the unique constraint, and the later one is CONFLICT.
   */
  async file(asOf: string): Promise<RosterFiling> {
    if (asOf > today()) throw AppError.badInput('asOf', 'cannot be in the future');
    // A county's bureau files; a city's or province's receives (its scope is no county to file for).
    const countyId = ownCountyId(this.ctx);
    const previous = await this.em.findOne(RosterFiling, { county: countyId }, { orderBy: { number: 'desc' } });
    if (previous && asOf < previous.asOf) {
      throw AppError.badInput('asOf', `must be on or after the date of filing no. ${previous.number} (${previous.asOf})`);
    }

    const states = (await new AdviserService(this.ctx).rosterOn(asOf)).filter((s) => s.status === AdviserStatus.ACTIVE);
    const ids = states.map((s) => s.adviserId);
    const providerIds = [...new Set(states.map((s) => s.details.providerId).filter(Boolean))];
    const [providers, pairings] = await Promise.all([
      providerIds.length ? this.em.find(Provider, { id: { $in: providerIds } }, { fields: ['name'] }) : [],
      ids.length ? this.em.find(Pairing, { $and: [{ adviser: { $in: ids } }, activeOn(asOf)] }, { populate: ['village.parent'] }) : [],
    ]);
    const providerName = new Map(providers.map((p) => [p.id, p.name]));
    const villages = new Map<string, FiledVillageRecord[]>();
    for (const p of pairings) {
      const village = p.village.getEntity();
      const list = villages.get(p.adviser.id) ?? [];
      list.push({ id: village.id, name: village.name, township: village.parent?.getEntity().name ?? '' });
      villages.set(p.adviser.id, list);
    }
    const snapshot: FiledAdviserRecord[] = states.map((s) => ({
      adviserId: s.adviserId,
      name: s.details.name,
      gender: s.details.gender,
      phone: s.details.phone,
      profession: s.details.profession,
      licenceNo: s.details.licenceNo,
      providerId: s.details.providerId || null,
      provider: providerName.get(s.details.providerId) ?? null,
      serviceScope: s.details.serviceScope,
      joinedOn: s.joinedOn,
      villages: (villages.get(s.adviserId) ?? []).sort((a, b) => `${a.township}${a.name}`.localeCompare(`${b.township}${b.name}`, 'zh-CN')),
    }));

    const filing = this.em.create(RosterFiling, {
      id: crypto.randomUUID(),
      county: this.em.getReference(Region, countyId),
      number: (previous?.number ?? 0) + 1,
      asOf,
      snapshot,
      diff: diffFilings(previous, snapshot),
      filedBy: this.em.getReference(User, this.ctx.viewer!.id),
    });
    await conflictsAsErrors(() => this.em.flush(), FILING_CONSTRAINTS);
    return filing;
  }

  /** The decision on each filing of a page, with its reviewer: one statement per request, whatever the page's size. */
  reviewByFiling() {
    return loader<string, RosterFilingReview | null>(
      this.ctx,
      'rosterFilingReviewByFiling',
      async (ids) => {
        const reviews = await this.em.find(RosterFilingReview, { filing: { $in: [...ids] } }, { populate: ['reviewer'] });
        return new Map(reviews.map((r) => [r.filing.id, r]));
      },
      null,
    );
  }

  async status(filing: RosterFiling): Promise<RosterFilingStatus> {
    return (await this.reviewByFiling().load(filing.id))?.decision ?? RosterFilingStatus.FILED;
  }

  /** 签收: the city (or province) bureau above the county acknowledges the filing. */
  acknowledge(id: string): Promise<RosterFiling> {
    return this.decide(id, RosterFilingStatus.ACKNOWLEDGED, null);
  }

  /** The city returns the filing with a comment saying what to correct; the county files again. */
  returnFiling(id: string, comment: string | null | undefined): Promise<RosterFiling> {
    return this.decide(id, RosterFilingStatus.RETURNED, comment ?? '');
  }

  /**
   * One decision per filing, by a bureau above its county; a second one is CONFLICT (the unique key settles two at
   * once). The decision and its audit event are written together or not at all.
   */
  private async decide(id: string, decision: FilingDecision, rawComment: string | null): Promise<RosterFiling> {
    if (!new RosterFilingPolicy(this.ctx).reviews()) throw RosterError.notReviewer();
    const comment = rawComment?.trim() ?? null;
    if (decision === RosterFilingStatus.RETURNED) {
      if (!comment) throw AppError.badInput('comment', 'say what the county should correct');
      if (comment.length > RETURN_COMMENT_MAX) throw AppError.badInput('comment', `must be at most ${RETURN_COMMENT_MAX} characters`);
    }
    const filing = await this.byId(id);
    if (!filing) throw RosterError.filingNotFound();
    const previous = await this.em.findOne(RosterFilingReview, { filing: filing.id });
    if (previous) throw RosterError.alreadyDecided(previous.decision);
    await conflictsAsErrors(
      () =>
        this.em.transactional(async (tx) => {
          tx.create(RosterFilingReview, {
            id: crypto.randomUUID(),
            filing: tx.getReference(RosterFiling, filing.id),
            decision,
            comment,
            reviewer: tx.getReference(User, this.ctx.viewer!.id),
            reviewedAt: now(),
          });
          recordAction(this.ctx, tx, FilingAuditAction[decision], {
            entityType: 'RosterFiling',
            entityId: filing.id,
            countyId: filing.county.id,
            details: { number: filing.number, asOf: filing.asOf, ...(comment ? { comment } : {}) },
          });
        }),
      REVIEW_CONSTRAINTS,
    );
    return filing;
  }
}
