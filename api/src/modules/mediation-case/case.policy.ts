import type { FilterQuery } from '@mikro-orm/core';
import { Role } from '../../common/access/role.js';
import { regionScopeOf, scopePlaceOf } from '../../common/access/scope.js';
import { under, type Anchor } from '../../common/access/jurisdiction.js';
import { loader } from '../../common/graphql/loaders.js';
import type { Context } from '../../context.js';
import { AdviserStatus } from '../adviser/adviser.enums.js';
import { CaseAdviser } from './case-adviser.entity.js';
import { CaseParty } from './case-party.entity.js';
import { MediationCase } from './mediation-case.entity.js';
import { PRIMARY } from '../../db/replicas.js';

/** Where a case sits in the tree: it records its county, township and village. */
export const CASE_ANCHOR: Anchor = { COUNTY: 'county', TOWNSHIP: 'township', VILLAGE: 'village' };

/** The case a confidential row belongs to: the case itself, or a party's, agreement's or session's case. */
export function caseIdOf(row: unknown): string {
  const r = row as { id: string; case?: { id: string } };
  return r.case ? r.case.id : r.id;
}

/** Assignments that entitle: not ended, of an ACTIVE adviser (whose account the viewer check found enabled). */
export function activeAssignment(adviserId?: string) {
  return { endedAt: null, adviser: adviserId ? { id: adviserId, status: AdviserStatus.ACTIVE } : { status: AdviserStatus.ACTIVE } };
}

/**
 * Who may see a case's metadata, and who may read its confidential text (rule 9): only the case's parties (a party
 * account: the cases that record its verified phone for a party) and its actively assigned advisers. Both are answered
 * in SQL, a page of cases at a time. This is the one place that decides "is this viewer in this case".
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
      case Role.OFFICE_STAFF: {
        const place = scopePlaceOf(this.ctx);
        return place ? under<MediationCase>(em, place, CASE_ANCHOR) : { id: { $in: [] } };
      }
      case Role.ADVISER: {
        if (!v.adviserId) return { id: { $in: [] } };
        const scope = await regionScopeOf(this.ctx);
        const assigned = em.createQueryBuilder(CaseAdviser, 'ca').select('ca.case').where(activeAssignment(v.adviserId));
        const villages = scope.kind === 'villages' ? scope.ids : [];
        return { $or: [{ id: { $in: assigned } }, { village: { $in: villages } }] } as FilterQuery<MediationCase>;
      }
      case Role.PARTY: {
        if (!v.partyPhone) return { id: { $in: [] } };
        const own = em
          .createQueryBuilder(CaseParty, 'cp')
          .select('cp.case')
          .where({ person: { phone: v.partyPhone } });
        return { id: { $in: own } } as FilterQuery<MediationCase>;
      }
      default:
        return { id: { $in: [] } };
    }
  }

  /**
   * Whether the viewer is a party to, or an actively assigned adviser of, each case: one query per page, on the
   * primary, so that an assignment just ended is never honoured because a read replica has not replayed it yet.
   */
  entitled() {
    return loader<string, boolean>(
      this.ctx,
      'case:entitled',
      async (caseIds) => {
        const v = this.ctx.viewer;
        const ids = [...caseIds];
        let rows: string[] = [];
        if (v?.role === Role.ADVISER && v.adviserId) {
          rows = (
            await this.ctx.em.find(CaseAdviser, { case: { $in: ids }, ...activeAssignment(v.adviserId) }, { fields: ['case'], ...PRIMARY })
          ).map((r) => r.case.id);
        } else if (v?.role === Role.PARTY && v.partyPhone) {
          rows = (await this.ctx.em.find(CaseParty, { case: { $in: ids }, person: { phone: v.partyPhone } }, { fields: ['case'], ...PRIMARY })).map(
            (r) => r.case.id,
          );
        }
        const entitled = new Set(rows);
        return new Map(ids.map((id) => [id, entitled.has(id)]));
      },
      false,
    );
  }

  /**
   * Who may read a case's access log (查阅记录: who read its confidential text, and when): those entitled to the text
   * (its parties and actively assigned advisers), and the bureau for the cases in its jurisdiction, which keeps the
   * county's audit trail. The township office and the analyst do not: they neither read the text nor keep the trail.
   * One query per page of cases.
   */
  readsAccessLog() {
    return loader<string, boolean>(
      this.ctx,
      'case:readsAccessLog',
      async (caseIds) => {
        const v = this.ctx.viewer;
        const ids = [...caseIds];
        if (v?.role === Role.BUREAU_ADMIN) {
          const rows = await this.ctx.em.find(MediationCase, { $and: [{ id: { $in: ids } }, await this.visible()] } as FilterQuery<MediationCase>, {
            fields: ['id'],
          });
          const inJurisdiction = new Set(rows.map((r) => r.id));
          return new Map(ids.map((id) => [id, inJurisdiction.has(id)]));
        }
        const entitled = await this.entitled().loadMany(ids);
        return new Map(ids.map((id, i) => [id, entitled[i] === true]));
      },
      false,
    );
  }

  /**
   * Who may see the reader's name of a read in the access log: the reader themself, and the case's advisers (who see
   * its parties in full anyway). A party sees another party, and the bureau sees any party, as 当事人 with a masked name.
   */
  async seesPartyReaderNames(caseId: string): Promise<boolean> {
    return this.isAssignedAdviser(caseId);
  }

  /** Whether the viewer may upload a written agreement's signed scan: the case's actively assigned advisers. */
  mayUploadAgreementScan(caseId: string): Promise<boolean> {
    return this.isAssignedAdviser(caseId);
  }

  /** Whether the viewer may read a written agreement's signed scan: like its text, the parties and assigned advisers. */
  readsAgreementScan(caseId: string): Promise<boolean> {
    return this.entitled().load(caseId);
  }

  /**
   * Whether the viewer may read a party's ID number in full: an assigned adviser every party's; a party account only
   * its own (the party recorded with its verified phone), the other parties' masked like anyone outside the case's.
   */
  async mayReadIdNumberOf(party: CaseParty): Promise<boolean> {
    if (!(await this.entitled().load(party.case.id))) return false;
    const v = this.ctx.viewer;
    if (v?.role !== Role.PARTY) return true;
    const person = await party.person.load();
    return !!v.partyPhone && person?.phone === v.partyPhone;
  }

  /** Whether the viewer is an adviser actively assigned to the case (who may also write its sessions and agreement). */
  async isAssignedAdviser(caseId: string): Promise<boolean> {
    return this.ctx.viewer?.role === Role.ADVISER && (await this.entitled().load(caseId));
  }
}
