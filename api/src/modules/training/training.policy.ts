import type { FilterQuery } from '@mikro-orm/core';
import { atOrAbove, under } from '../../common/access/jurisdiction.js';
import { Role } from '../../common/access/role.js';
import { regionScopeOf } from '../../common/access/scope.js';
import type { Context } from '../../context.js';
import { today } from '../../common/graphql/dates.js';
import { AdviserStatus } from '../adviser/adviser.enums.js';
import { LegalAdviser } from '../adviser/legal-adviser.entity.js';
import { activeOn, pairingSubquery } from '../pairing/pairing.service.js';
import { TrainingError } from './training.error.js';
import { Training } from './training.entity.js';
import { TrainingKind } from './training.enums.js';

/** Which Training rows the viewer may see: the one place this feature decides it (see docs/architecture.md, Access). */
export class TrainingPolicy {
  constructor(private readonly ctx: Context) {}

  /** Trainings the viewer may see: village trainings in their jurisdiction, and their county's annual trainings. */
  async visible(): Promise<FilterQuery<Training>> {
    const scope = await regionScopeOf(this.ctx);
    const viewer = this.ctx.viewer;
    if (scope.kind === 'subtree') {
      return {
        $or: [
          under(this.ctx.em, scope.place, { COUNTY: 'county', TOWNSHIP: 'township' }),
          { $and: [{ kind: TrainingKind.BUREAU_ANNUAL }, atOrAbove(scope.place, { COUNTY: 'county' })] },
        ],
      } as FilterQuery<Training>;
    }
    if (viewer?.role === Role.ADVISER && viewer.adviserId) {
      // An adviser sees the trainings they gave, wherever, and their county's annual trainings.
      const county = this.ctx.em.createQueryBuilder(LegalAdviser, 'a').select('a.county').where({ id: viewer.adviserId });
      return { $or: [{ adviser: viewer.adviserId }, { kind: TrainingKind.BUREAU_ANNUAL, county: { $in: county as never } }] };
    }
    return { id: { $in: [] } };
  }

  /** Advisers whose annual-training attendance the viewer follows: the bureau its roster; an office those serving its villages today. */
  async attendanceAdvisers(): Promise<FilterQuery<LegalAdviser>> {
    const scope = await regionScopeOf(this.ctx);
    if (scope.kind !== 'subtree') throw TrainingError.outOfScope();
    return this.ctx.viewer!.role === Role.OFFICE_STAFF
      ? {
          id: {
            $in: pairingSubquery(this.ctx.em, 'adviser', {
              $and: [under(this.ctx.em, scope.place, { VILLAGE: 'village' }), activeOn(today())],
            }) as never,
          },
        }
      : { $and: [under<LegalAdviser>(this.ctx.em, scope.place, { COUNTY: 'county' }), { status: { $ne: AdviserStatus.REMOVED } }] };
  }
}
