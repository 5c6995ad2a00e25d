import type { FilterQuery } from '@mikro-orm/core';
import { AppError } from '../../common/errors/app-error.js';
import { conflictsAsErrors } from '../../common/errors/db-errors.js';
import { groupBy, loader } from '../../common/graphql/loaders.js';
import { isId } from '../../common/graphql/ids.js';
import type { Context } from '../../context.js';
import { AdviserStatus } from '../adviser/adviser.enums.js';
import { LegalAdviser } from '../adviser/legal-adviser.entity.js';
import { User } from '../user/user.entity.js';
import { CaseAdviser } from './case-adviser.entity.js';
import { CaseEvent, CaseEventKind } from './case-event.entity.js';
import { OPEN_STATUSES } from './case.enums.js';
import { activeAssignment } from './case.policy.js';
import { CaseError, CaseService } from './case.service.js';
import type { ReassignMediationCaseInput } from './dto/reassign.inputs.js';
import type { MediationCase } from './mediation-case.entity.js';
import { now as clockNow } from '../../common/clock.js';

/**
 * Who works a case once its adviser has left: open cases without an active assignment of an ACTIVE adviser are listed
 * for the township office and the bureau, who give them another adviser; each reassignment is a case event.
 */
export class CaseAssignmentService {
  constructor(private readonly ctx: Context) {}

  /** Open cases with no actively assigned ACTIVE adviser: a suspended or removed adviser's cases. */
  needsAdviser(): FilterQuery<MediationCase> {
    const covered = this.ctx.em.createQueryBuilder(CaseAdviser, 'ca').select('ca.case').where(activeAssignment());
    return { status: { $in: [...OPEN_STATUSES] }, id: { $nin: covered } } as FilterQuery<MediationCase>;
  }

  async reassign(caseId: string, input: ReassignMediationCaseInput): Promise<MediationCase> {
    const kase = await new CaseService(this.ctx).byId(caseId);
    if (!kase) throw CaseError.notFound();
    AppError.assertVersion(kase, input.version);
    if (!OPEN_STATUSES.includes(kase.status))
      throw AppError.badInput('status', `a ${kase.status.toLowerCase()} case is closed and keeps its advisers`);
    const to = isId(input.adviserId) ? await this.ctx.em.findOne(LegalAdviser, { id: input.adviserId, county: kase.county.id }) : null;
    if (!to) throw AppError.badInput('adviserId', 'names no adviser on this county’s roster');
    if (to.status !== AdviserStatus.ACTIVE) throw AppError.badInput('adviserId', `${to.name} is ${to.status.toLowerCase()} and cannot take cases`);

    const current = await this.ctx.em.find(CaseAdviser, { case: kase.id, endedAt: null }, { populate: ['adviser'] });
    if (input.replaceAdviserId && !current.some((a) => a.adviser.id === input.replaceAdviserId)) {
      throw AppError.badInput('replaceAdviserId', 'is not assigned to this case');
    }
    const ending = current.filter((a) => a.adviser.getEntity().status !== AdviserStatus.ACTIVE || a.adviser.id === input.replaceAdviserId);
    const alreadyOn = current.some((a) => a.adviser.id === to.id && !ending.includes(a));
    if (alreadyOn) throw AppError.badInput('adviserId', `${to.name} is already assigned to this case`);

    return conflictsAsErrors(() =>
      this.ctx.em.transactional(async (tx) => {
        const now = clockNow();
        for (const a of ending) a.endedAt = now;
        const previous = await tx.findOne(CaseAdviser, { case: kase.id, adviser: to.id });
        if (previous) previous.endedAt = null;
        else tx.create(CaseAdviser, { id: crypto.randomUUID(), case: kase, adviser: to });
        tx.create(CaseEvent, {
          id: crypto.randomUUID(),
          case: kase,
          kind: CaseEventKind.ADVISER_REASSIGNED,
          at: now,
          actor: tx.getReference(User, this.ctx.viewer!.id),
          reason: input.reason.trim(),
          endedAdvisers: ending.map((a) => ({ id: a.adviser.id, name: a.adviser.getEntity().name })),
          addedAdviser: { id: to.id, name: to.name },
        });
        // Touching the case raises its version, so a racing reassignment or workflow step with the old one is CONFLICT.
        kase.updatedAt = now;
        await tx.flush();
        return kase;
      }),
    );
  }

  /**
   * Whether a case is open with no actively assigned ACTIVE adviser. Read from the page's assignments that the
   * `advisers` field loads too (one statement per page for both; a suspended adviser stays listed but covers nothing).
   */
  async needsAdviserOf(kase: MediationCase): Promise<boolean> {
    if (!OPEN_STATUSES.includes(kase.status)) return false;
    const advisers = await new CaseService(this.ctx).advisersOf(kase);
    return !advisers.some((a) => a.status === AdviserStatus.ACTIVE);
  }

  eventsByCase() {
    return loader<string, CaseEvent[]>(
      this.ctx,
      'case:events',
      async (ids) => {
        const rows = await this.ctx.em.find(CaseEvent, { case: { $in: [...ids] } }, { orderBy: { at: 'asc', id: 'asc' } });
        return groupBy(rows, (e) => e.case.id);
      },
      [],
    );
  }
}
