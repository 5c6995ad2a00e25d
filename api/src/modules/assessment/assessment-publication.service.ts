import { LockMode } from '@mikro-orm/core';
import { now } from '../../common/clock.js';
import { AppError, ErrorCode } from '../../common/errors/app-error.js';
import { conflictsAsErrors } from '../../common/errors/db-errors.js';
import { addDays, today } from '../../common/graphql/dates.js';
import { isId } from '../../common/graphql/ids.js';
import type { Context } from '../../context.js';
import { AuditEvent } from '../audit/audit-event.entity.js';
import { User } from '../user/user.entity.js';
import { AssessmentObjection, AssessmentPublication, AssessmentResultRow } from './assessment-publication.entity.js';
import { Grade, ObjectionStatus } from './assessment.enums.js';
import { AssessmentPolicy } from './assessment.policy.js';
import { AssessmentService, objectionView } from './assessment.service.js';
import type { Assessment, AssessmentObjectionView, DecideObjectionInput } from './dto/assessment.types.js';
import { gradeOf, round2 } from './scoring.js';

export const ASSESSMENT_PUBLISHED = 'ASSESSMENT_PUBLISHED';
export const ASSESSMENT_OBJECTION_RAISED = 'ASSESSMENT_OBJECTION_RAISED';
export const ASSESSMENT_OBJECTION_DECIDED = 'ASSESSMENT_OBJECTION_DECIDED';

/** Publication (公示) freezes a county's year; objections are raised against the frozen results and decided one by one. */
export class AssessmentPublicationService {
  constructor(private readonly ctx: Context) {}

  private get em() {
    return this.ctx.em;
  }

  private audit(action: string, entityType: string, entityId: string, countyId: string, details: Record<string, unknown>) {
    return {
      id: crypto.randomUUID(),
      actor: this.ctx.viewer!.id,
      county: countyId,
      action,
      entityType,
      entityId,
      requestId: this.ctx.requestId,
      ip: this.ctx.ip,
      details,
    };
  }

  /**
   * Freezes the county's year: every adviser's figures, scores and grade as computed now. Only after the year has
   * ended, unless the bureau closes it early with a reason. Publishing twice (or two racing publications) is CONFLICT.
   */
  async publish(year: number, countyId: string | null | undefined, closeEarlyReason: string | null | undefined): Promise<Assessment> {
    const service = new AssessmentService(this.ctx);
    // Only the county's own bureau publishes (a city's reads the result: FORBIDDEN here).
    await new AssessmentPolicy(this.ctx).managedCounty(countyId);
    const scheme = await service.scheme(year, countyId);
    const reason = closeEarlyReason?.trim() || null;
    const ended = today() > `${year}-12-31`;
    if (!ended && !reason) throw AppError.badInput('closeEarlyReason', `${year} has not ended; give a reason to close it early`);
    if (reason && reason.length > 500) throw AppError.badInput('closeEarlyReason', 'must be at most 500 characters');
    const published = new AppError(ErrorCode.CONFLICT, `The ${year} assessment of this county is already published`, {
      reason: 'ASSESSMENT_PUBLISHED',
    });
    await conflictsAsErrors(
      () =>
        this.em.transactional(async (em) => {
          if (await em.count(AssessmentPublication, { county: scheme.county.id, year })) throw published;
          const computed = await new AssessmentService({ ...this.ctx, em } as Context).compute(year, scheme);
          const { county: _county, ...frozenScheme } = scheme;
          const publication = em.create(AssessmentPublication, {
            county: scheme.county.id,
            year,
            scheme: frozenScheme as unknown as Record<string, unknown>,
            through: computed.through,
            objectionsUntil: addDays(today(), scheme.objectionDays),
            closedEarlyReason: ended ? null : reason,
            publishedBy: em.getReference(User, this.ctx.viewer!.id),
          });
          for (const r of computed.results) {
            em.create(AssessmentResultRow, {
              publication,
              adviser: r.adviserId,
              townshipIds: r.townshipIds,
              indicators: r.indicators,
              computedTotal: r.computedTotal,
              total: r.total,
              grade: r.grade,
              cappedFromExcellent: r.cappedFromExcellent,
            });
          }
          em.create(
            AuditEvent,
            this.audit(ASSESSMENT_PUBLISHED, 'AssessmentPublication', publication.id, scheme.county.id, {
              year,
              advisers: computed.results.length,
              closedEarly: !ended,
            }),
          );
          await em.flush();
        }),
      { assessment_publication_county_year_unique: { message: published.message } },
    );
    return service.assessment(year, scheme.county.id);
  }

  /** An adviser objects to their own published result, once, until the objection window closes. */
  async raiseObjection(resultId: string, reason: string): Promise<AssessmentObjectionView> {
    const text = reason.trim();
    if (!text) throw AppError.badInput('reason', 'say why you object');
    if (text.length > 1000) throw AppError.badInput('reason', 'must be at most 1000 characters');
    const row = isId(resultId) ? await this.em.findOne(AssessmentResultRow, { id: resultId }, { populate: ['publication'] }) : null;
    const viewer = this.ctx.viewer!;
    // Someone else's result answers as a missing one: ids outside one's own reveal nothing.
    if (!row || row.adviser.id !== viewer.adviserId) throw new AppError(ErrorCode.NOT_FOUND, 'No such result of yours');
    const publication = row.publication.getEntity();
    if (today() > publication.objectionsUntil) {
      throw new AppError(ErrorCode.CONFLICT, `Objections closed on ${publication.objectionsUntil}`, { reason: 'OBJECTION_WINDOW_CLOSED' });
    }
    const objection = await conflictsAsErrors(
      () =>
        this.em.transactional(async (em) => {
          if (await em.count(AssessmentObjection, { result: row.id })) throw objectionExists();
          const created = em.create(AssessmentObjection, { result: row.id, reason: text, raisedBy: em.getReference(User, viewer.id) });
          em.create(
            AuditEvent,
            this.audit(ASSESSMENT_OBJECTION_RAISED, 'AssessmentResult', row.id, publication.county.id, { year: publication.year }),
          );
          await em.flush();
          return created;
        }),
      { assessment_objection_result_unique: { message: objectionExists().message } },
    );
    return objectionView(objection);
  }

  /**
   * The bureau upholds or rejects an objection with a reason. Upholding may add or take away points; the adviser is
   * re-graded alone (nobody else's grade moves), and a grade of 优秀 reached this way stands outside the cap.
   */
  async decideObjection(id: string, input: DecideObjectionInput): Promise<AssessmentObjectionView> {
    const reason = input.reason.trim();
    if (!reason) throw AppError.badInput('reason', 'must not be empty');
    const points = round2(input.adjustmentPoints);
    if (!input.uphold && points !== 0) throw AppError.badInput('adjustmentPoints', 'a rejected objection adjusts nothing');
    const notFound = () => new AppError(ErrorCode.NOT_FOUND, 'No such objection in your jurisdiction');
    const decided = await conflictsAsErrors(() =>
      this.em.transactional(async (em) => {
        const objection = isId(id) ? await em.findOne(AssessmentObjection, { id }, { lockMode: LockMode.PESSIMISTIC_WRITE }) : null;
        if (!objection) throw notFound();
        const row = await em.findOneOrFail(AssessmentResultRow, { id: objection.result.id }, { populate: ['publication'] });
        const publication = row.publication.getEntity();
        // The county's own bureau decides (a city's: FORBIDDEN); another county's objection is as missing as none.
        if (new AssessmentPolicy(this.ctx).ownCounty() !== publication.county.id) throw notFound();
        AppError.assertVersion(objection, input.version);
        if (objection.status !== ObjectionStatus.OPEN) {
          throw new AppError(ErrorCode.CONFLICT, 'This objection has already been decided', { reason: 'OBJECTION_DECIDED' });
        }
        objection.status = input.uphold ? ObjectionStatus.UPHELD : ObjectionStatus.REJECTED;
        objection.decisionReason = reason;
        objection.adjustmentPoints = points;
        objection.decidedBy = em.getReference(User, this.ctx.viewer!.id, { wrapped: true });
        objection.decidedAt = now();
        if (input.uphold && row.computedTotal !== null) {
          const thresholds = (publication.scheme as { thresholds: { excellent: number; pass: number; basicPass: number } }).thresholds;
          const adjustment = round2(Number(row.adjustmentPoints) + points);
          const total = Math.min(100, Math.max(0, round2(Number(row.computedTotal) + adjustment)));
          const grade = gradeOf(total, thresholds);
          row.adjustmentPoints = adjustment;
          row.adjustmentReason = reason;
          row.total = total;
          row.grade = grade;
          // Upheld: the grade the total earns stands, 优秀 included, outside the cap.
          row.exemptFromCap = grade === Grade.EXCELLENT;
          row.cappedFromExcellent = false;
        }
        em.create(
          AuditEvent,
          this.audit(ASSESSMENT_OBJECTION_DECIDED, 'AssessmentResult', row.id, publication.county.id, {
            year: publication.year,
            upheld: input.uphold,
            adjustmentPoints: points,
          }),
        );
        await em.flush();
        return objection;
      }),
    );
    return objectionView(decided);
  }
}

function objectionExists(): AppError {
  return new AppError(ErrorCode.CONFLICT, 'You have already objected to this result', { reason: 'OBJECTION_EXISTS' });
}
