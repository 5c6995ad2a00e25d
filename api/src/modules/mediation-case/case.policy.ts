import type { FilterQuery } from '@mikro-orm/core';
import { Role } from '../../common/access/role.js';
import { regionScopeOf } from '../../common/access/scope.js';
import { escapeLike } from '../../common/graphql/list.js';
import { loader } from '../../common/graphql/loaders.js';
import type { Context } from '../../context.js';
import { CaseAdviser } from './case-adviser.entity.js';
import { CaseParty } from './case-party.entity.js';
import type { MediationCase } from './mediation-case.entity.js';

/**
 * Who may see a case's metadata, and who may read its confidential text (rule 9): only the case's parties and its
 * assigned advisers. Both are answered in SQL, a page of cases at a time.
 */
export class CasePolicy {
  constructor(private readonly ctx: Context) {}

  /** Cases whose metadata the viewer may see, as a condition applied before pagination. */
  async visible(): Promise<FilterQuery<MediationCase>> {
    const v = this.ctx.viewer;
    const em = this.ctx.em;
    if (!v) return { id: { $in: [] } };
    switch (v.role) {
      case Role.BUREAU_ADMIN:
      case Role.OFFICE_STAFF:
        return v.scopePath ? { village: { path: { $like: `${escapeLike(v.scopePath)}%` } } } : { id: { $in: [] } };
      case Role.ADVISER: {
        if (!v.adviserId) return { id: { $in: [] } };
        const scope = await regionScopeOf(this.ctx);
        const assigned = em.createQueryBuilder(CaseAdviser, 'ca').select('ca.case').where({ adviser: v.adviserId });
        const villages = scope.kind === 'villages' ? scope.ids : [];
        return { $or: [{ id: { $in: assigned } }, { village: { $in: villages } }] } as FilterQuery<MediationCase>;
      }
      case Role.PARTY: {
        if (!v.personId) return { id: { $in: [] } };
        const own = em.createQueryBuilder(CaseParty, 'cp').select('cp.case').where({ person: v.personId });
        return { id: { $in: own } } as FilterQuery<MediationCase>;
      }
      default:
        return { id: { $in: [] } };
    }
  }

  /** Whether the viewer is a party to, or an assigned adviser of, each case: one query per page. */
  entitled() {
    return loader<string, boolean>(this.ctx, 'case:entitled', async (caseIds) => {
      const v = this.ctx.viewer;
      const ids = [...caseIds];
      let rows: string[] = [];
      if (v?.role === Role.ADVISER && v.adviserId) {
        rows = (await this.ctx.em.find(CaseAdviser, { case: { $in: ids }, adviser: v.adviserId }, { fields: ['case'] })).map((r) => r.case.id);
      } else if (v?.role === Role.PARTY && v.personId) {
        rows = (await this.ctx.em.find(CaseParty, { case: { $in: ids }, person: v.personId }, { fields: ['case'] })).map((r) => r.case.id);
      }
      const entitled = new Set(rows);
      return new Map(ids.map((id) => [id, entitled.has(id)]));
    }, false);
  }
}
