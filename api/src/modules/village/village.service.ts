import type { FilterQuery } from '@mikro-orm/core';
import { VillagePolicy } from './village.policy.js';
import { listPage } from '../../common/graphql/list-engine.js';
import { AppError, ErrorCode } from '../../common/errors/app-error.js';
import { conflictsAsErrors } from '../../common/errors/db-errors.js';
import { today } from '../../common/graphql/dates.js';
import { escapeLike } from '../../common/graphql/list.js';
import { isId } from '../../common/graphql/ids.js';
import { loader } from '../../common/graphql/loaders.js';
import { normalisePhone } from '../../common/validation/phone.js';
import type { Context } from '../../context.js';
import { CaseMediator } from '../mediation-case/case-adviser.entity.js';
import { activeOn, pairingSubquery } from '../pairing/pairing.service.js';
import { Region } from '../region/region.entity.js';
import { CommitteeMember } from './committee-member.entity.js';
import type { CommitteeMemberInput, UpdateCommitteeInput, VillageListOptions } from './dto/village.inputs.js';
import { MediationCommittee } from './mediation-committee.entity.js';
import { Training } from '../training/training.entity.js';
import { TrainingKind } from '../training/training.enums.js';
import { WorkLogEntry } from '../work-log/work-log-entry.entity.js';
import type { GraphQLResolveInfo } from 'graphql';
import { VILLAGE_LIST_READ } from './village-list.read.js';

export class VillageError extends AppError {
  static notFound(): VillageError {
    return new VillageError(ErrorCode.NOT_FOUND, 'No such village in your jurisdiction');
  }
}

export class VillageService {
  constructor(private readonly ctx: Context) {}

  private get em() {
    return this.ctx.em;
  }

  /** A page of villages; given the request's selection, read without entities when VILLAGE_LIST_READ serves it. */
  async list(options: VillageListOptions | null | undefined, info?: Pick<GraphQLResolveInfo, 'fieldNodes' | 'fragments'>) {
    const where: FilterQuery<Region>[] = [await new VillagePolicy(this.ctx).visible()];
    const f = options?.filter;
    if (f?.ids) where.push({ id: { $in: f.ids } });
    if (f?.townshipId) where.push({ parent: f.townshipId });
    if (f?.kind) where.push({ kind: f.kind });
    if (f?.q?.trim()) {
      const like = `%${escapeLike(f.q.trim())}%`;
      where.push({ $or: [{ name: { $like: like } }, { code: { $like: like } }] });
    }
    if (typeof f?.covered === 'boolean') {
      // A semi-join in SQL, so that the count and the page agree.
      const covered = pairingSubquery(this.em, 'village', activeOn(today()));
      where.push({ id: { [f.covered ? '$in' : '$nin']: covered } } as FilterQuery<Region>);
    }
    if (f?.silentInMonth) {
      const logged = this.em.createQueryBuilder(WorkLogEntry, 'w').select('w.village').where({ month: f.silentInMonth });
      where.push({ id: { $nin: logged } } as FilterQuery<Region>);
    }
    if (f?.untrainedInQuarter) {
      const [year, quarter] = f.untrainedInQuarter.split('-Q').map(Number);
      const trained = this.em
        .createQueryBuilder(Training, 't')
        .select('t.village')
        .where({ kind: TrainingKind.VILLAGE_QUARTERLY, year, quarter, village: { $ne: null } });
      where.push({ id: { $nin: trained } } as FilterQuery<Region>);
    }
    return listPage(this.em, Region, options, { where, read: VILLAGE_LIST_READ }, info);
  }

  async byId(id: string): Promise<Region | null> {
    if (!isId(id)) return null;
    return this.em.findOne(Region, { $and: [{ id }, await new VillagePolicy(this.ctx).visible()] });
  }

  /**
   * Villages by id as the viewer may see them (null outside their jurisdiction), a page at a time: for relations
   * that point at a village from a record seen elsewhere (a meeting's participants), so the village's committee and
   * adviser stay behind the same scope as `village(id)`.
   */
  inScopeById() {
    return loader<string, Region | null>(
      this.ctx,
      'village:inScope',
      async (ids) => {
        const rows = await this.em.find(Region, { $and: [{ id: { $in: [...ids] } }, await new VillagePolicy(this.ctx).visible()] });
        return new Map(rows.map((r) => [r.id, r]));
      },
      null,
    );
  }

  /** A village the viewer may maintain: the bureau any in its county, an office those of its township. */
  private async writable(villageId: string): Promise<Region> {
    const village = await this.byId(villageId);
    if (!village) throw VillageError.notFound();
    return village;
  }

  committeeByVillage() {
    return loader<string, MediationCommittee | null>(
      this.ctx,
      'committee:byVillage',
      async (villageIds) => {
        const rows = await this.em.find(MediationCommittee, { village: { $in: [...villageIds] } }, { populate: ['members'] });
        return new Map(rows.map((c) => [c.village.id, c]));
      },
      null,
    );
  }

  private async committeeOf(village: Region): Promise<MediationCommittee> {
    const existing = await this.em.findOne(MediationCommittee, { village }, { populate: ['members'] });
    if (existing) return existing;
    const created = this.em.create(MediationCommittee, { id: crypto.randomUUID(), village, name: `${village.name}人民调解委员会` });
    return created;
  }

  async updateCommittee(villageId: string, input: UpdateCommitteeInput): Promise<MediationCommittee> {
    const village = await this.writable(villageId);
    const committee = await this.committeeOf(village);
    if (committee.version !== undefined) AppError.assertVersion(committee, input.version);
    if (input.name != null) committee.name = input.name.trim();
    if (input.fixedOffice != null) committee.fixedOffice = input.fixedOffice;
    if (input.mediationRoom != null) committee.mediationRoom = input.mediationRoom;
    if (input.noticeBoardPosted != null) committee.noticeBoardPosted = input.noticeBoardPosted;
    await conflictsAsErrors(() => this.em.flush());
    return committee;
  }

  async addMember(villageId: string, input: CommitteeMemberInput): Promise<CommitteeMember> {
    const village = await this.writable(villageId);
    const committee = await this.committeeOf(village);
    const member = this.em.create(CommitteeMember, {
      id: crypto.randomUUID(),
      committee,
      name: input.name.trim(),
      role: input.role,
      phone: input.phone ? normalisePhone(input.phone) : null,
    });
    await this.em.flush();
    return member;
  }

  private async memberInScope(id: string): Promise<CommitteeMember> {
    const member = isId(id) ? await this.em.findOne(CommitteeMember, { id }, { populate: ['committee'] }) : null;
    if (!member || !(await this.byId(member.committee.village.id))) {
      throw new AppError(ErrorCode.NOT_FOUND, 'No such committee member in your jurisdiction');
    }
    return member;
  }

  async updateMember(id: string, input: CommitteeMemberInput, version: number): Promise<CommitteeMember> {
    const member = await this.memberInScope(id);
    AppError.assertVersion(member, version);
    member.name = input.name.trim();
    member.role = input.role;
    member.phone = input.phone ? normalisePhone(input.phone) : null;
    await conflictsAsErrors(() => this.em.flush());
    return member;
  }

  async removeMember(id: string): Promise<boolean> {
    const member = await this.memberInScope(id);
    // A mediator named on a case stays on the record: the committee keeps them until the cases no longer need them.
    if (await this.em.count(CaseMediator, { member })) {
      throw new AppError(ErrorCode.CONFLICT, 'This mediator took part in mediation cases and stays on the committee’s record', {
        reason: 'MEDIATOR_ON_CASES',
      });
    }
    this.em.remove(member);
    await this.em.flush();
    return true;
  }
}
