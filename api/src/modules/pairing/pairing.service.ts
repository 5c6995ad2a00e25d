import type { FilterQuery } from '@mikro-orm/core';
import { PairingPolicy } from './pairing.policy.js';
import { listPage } from '../../common/graphql/list-engine.js';
import type { EntityManager } from '@mikro-orm/postgresql';
import { AppError } from '../../common/errors/app-error.js';
import { conflictsAsErrors } from '../../common/errors/db-errors.js';
import { addDays, today } from '../../common/graphql/dates.js';
import { isId } from '../../common/graphql/ids.js';
import { groupBy, loader } from '../../common/graphql/loaders.js';
import type { Context } from '../../context.js';
import { readQuery } from '../../db/replicas.js';
import { mapInSlices } from '../../common/tasks/slices.js';
import { AdviserStatus } from '../adviser/adviser.enums.js';
import { LegalAdviser } from '../adviser/legal-adviser.entity.js';
import { Region } from '../region/region.entity.js';
import { RegionError } from '../region/region.error.js';
import { User } from '../user/user.entity.js';
import type { CreatePairingInput, PairingListOptions, ReassignVillageInput } from './dto/pairing.inputs.js';
import { Pairing } from './pairing.entity.js';
import { PAIRING_CONSTRAINTS, PairingError } from './pairing.error.js';
import type { GraphQLResolveInfo } from 'graphql';
import { PAIRING_LIST_READ } from './pairing-list.read.js';

/** Pairings in force on `date`: started by then, not ended before. */
export function activeOn(date: string): FilterQuery<Pairing> {
  return { validFrom: { $lte: date }, $or: [{ validTo: null }, { validTo: { $gte: date } }] };
}

/** `select <column> from pairing where …` as a subquery for `$in`, so that scopes stay one SQL statement. */
export function pairingSubquery(em: EntityManager, column: 'adviser' | 'village', where: FilterQuery<Pairing>) {
  return em
    .createQueryBuilder(Pairing, 'p')
    .select(`p.${column}`)
    .where(where as never);
}

/** Village ids an adviser serves on a date. The adviser tier's jurisdiction is exactly these villages. */
export async function villageIdsOfAdviser(em: EntityManager, adviserId: string, date = today()): Promise<string[]> {
  const rows = await em.find(Pairing, { $and: [{ adviser: adviserId }, activeOn(date)] }, { fields: ['village'] });
  return rows.map((p) => p.village.id);
}

function validateRange(validFrom: string, validTo: string | null | undefined, fromField = 'validFrom', toField = 'validTo') {
  if (validTo && validTo < validFrom) throw AppError.badInput(toField, `must be on or after ${fromField} (${validFrom})`);
}

export class PairingService {
  constructor(private readonly ctx: Context) {}

  private get em() {
    return this.ctx.em;
  }

  /** A page of pairings; given the request's selection, read without entities when PAIRING_LIST_READ serves it. */
  async list(options: PairingListOptions | null | undefined, info?: Pick<GraphQLResolveInfo, 'fieldNodes' | 'fragments'>) {
    const where: FilterQuery<Pairing>[] = [await new PairingPolicy(this.ctx).visible()];
    const f = options?.filter;
    if (f?.ids) where.push({ id: { $in: f.ids } });
    if (f?.adviserId) where.push({ adviser: f.adviserId });
    if (f?.villageId) where.push({ village: f.villageId });
    if (f?.townshipId) where.push({ village: { parent: f.townshipId } });
    if (f?.activeOn) where.push(activeOn(f.activeOn));
    return listPage(this.em, Pairing, options, { where, read: PAIRING_LIST_READ }, info);
  }

  async byId(id: string): Promise<Pairing | null> {
    if (!isId(id)) return null;
    return this.em.findOne(Pairing, { $and: [{ id }, await new PairingPolicy(this.ctx).visible()] });
  }

  /** The adviser, if they are on a roster in the viewer's jurisdiction. */
  private async adviserInScope(adviserId: string, field: string): Promise<LegalAdviser> {
    const adviser = isId(adviserId)
      ? await this.em.findOne(LegalAdviser, { $and: [{ id: adviserId }, new PairingPolicy(this.ctx).pairableAdvisers()] })
      : null;
    if (!adviser) throw AppError.badInput(field, 'no such adviser on your roster');
    return adviser;
  }

  private async villageInScope(villageId: string, field: string): Promise<Region> {
    const village = isId(villageId)
      ? await this.em.findOne(Region, { $and: [{ id: villageId }, new PairingPolicy(this.ctx).pairableVillages()] })
      : null;
    if (!village) throw AppError.badInput(field, 'no such village in your county');
    return village;
  }

  /** A retired village (撤并) is paired only for days before its retirement. */
  private requireInService(village: Region, lastDay: string | null | undefined) {
    if (village.retiredOn && (!lastDay || lastDay >= village.retiredOn)) throw RegionError.villageRetired('villageId', village.retiredOn);
  }

  private requireActive(adviser: LegalAdviser, field: string) {
    if (adviser.status !== AdviserStatus.ACTIVE) {
      throw AppError.badInput(field, `${adviser.name} is ${adviser.status.toLowerCase()} and cannot be paired`);
    }
  }

  async create(input: CreatePairingInput): Promise<Pairing> {
    validateRange(input.validFrom, input.validTo);
    const adviser = await this.adviserInScope(input.adviserId, 'adviserId');
    this.requireActive(adviser, 'adviserId');
    const village = await this.villageInScope(input.villageId, 'villageId');
    this.requireInService(village, input.validTo);
    return conflictsAsErrors(async () => {
      const pairing = this.em.create(Pairing, {
        id: crypto.randomUUID(),
        adviser,
        village,
        validFrom: input.validFrom,
        validTo: input.validTo ?? null,
        deputyDirector: input.deputyDirector,
        createdBy: this.em.getReference(User, this.ctx.viewer!.id),
      });
      await this.em.flush();
      return pairing;
    }, PAIRING_CONSTRAINTS);
  }

  async end(id: string, validTo: string): Promise<Pairing> {
    const pairing = await this.byId(id);
    if (!pairing) throw PairingError.notFound();
    validateRange(pairing.validFrom, validTo, 'validFrom', 'validTo');
    pairing.validTo = validTo;
    await conflictsAsErrors(() => this.em.flush(), PAIRING_CONSTRAINTS);
    return pairing;
  }

  /** Ends the village's current pairing the day before `from` and starts the new adviser's, in one transaction. */
  async reassign(input: ReassignVillageInput): Promise<Pairing> {
    const adviser = await this.adviserInScope(input.adviserId, 'adviserId');
    this.requireActive(adviser, 'adviserId');
    const village = await this.villageInScope(input.villageId, 'villageId');
    this.requireInService(village, null);
    return conflictsAsErrors(
      () =>
        this.em.transactional(async (tx) => {
          const current = await tx.findOne(Pairing, { $and: [{ village }, activeOn(input.from)] });
          if (current) {
            if (current.adviser.id === adviser.id) throw AppError.badInput('adviserId', 'this adviser already serves the village on that date');
            if (current.validFrom >= input.from) throw AppError.badInput('from', `must be after the current pairing began (${current.validFrom})`);
            current.validTo = addDays(input.from, -1);
            await tx.flush();
          }
          const next = tx.create(Pairing, {
            id: crypto.randomUUID(),
            adviser,
            village,
            validFrom: input.from,
            validTo: null,
            deputyDirector: input.deputyDirector,
            createdBy: tx.getReference(User, this.ctx.viewer!.id),
          });
          await tx.flush();
          return next;
        }),
      PAIRING_CONSTRAINTS,
    );
  }

  /** Ends every pairing of an adviser from `effectiveOn` on; those not yet begun are deleted. Runs inside the caller's transaction. */
  static async endAllFrom(em: EntityManager, adviserId: string, effectiveOn: string): Promise<void> {
    const lastDay = addDays(effectiveOn, -1);
    await em.nativeDelete(Pairing, { adviser: adviserId, validFrom: { $gte: effectiveOn } });
    await em.nativeUpdate(Pairing, { adviser: adviserId, $or: [{ validTo: null }, { validTo: { $gt: lastDay } }] }, { validTo: lastDay });
  }

  // ---- batched lookups for field resolvers -------------------------------------------------------------------

  /** The pairing in force today for each village. */
  currentByVillage() {
    return loader<string, Pairing | null>(
      this.ctx,
      'pairing:currentByVillage',
      async (villageIds) => {
        const rows = await this.em.find(Pairing, { $and: [{ village: { $in: [...villageIds] } }, activeOn(today())] });
        return new Map(rows.map((p) => [p.village.id, p]));
      },
      null,
    );
  }

  /**
   * Loads the pairings in force today of these villages (one statement) into currentByVillage, and their advisers
   * (one more). Both become entities a slice at a time: a grid's thousand hydrated at once held the event loop (a
   * city's advisers populated in one go took 40 ms). An adviser mapped here fills the reference its pairings hold.
   */
  async primeCurrentByVillage(villageIds: readonly string[]): Promise<void> {
    const ids = [...new Set(villageIds)];
    if (!ids.length) return;
    const qb = this.em
      .createQueryBuilder(Pairing, 'p')
      .select('*')
      .where({ $and: [{ village: { $in: ids } }, activeOn(today())] } as never);
    const rows = await readQuery<Array<Record<string, unknown>>>(this.em, qb.getQuery(), qb.getParams());
    const pairings = await mapInSlices(rows, (row) => this.em.map(Pairing, row as never));
    const adviserIds = [...new Set(pairings.map((p) => p.adviser.id))];
    if (adviserIds.length) {
      const aq = this.em
        .createQueryBuilder(LegalAdviser, 'a')
        .select('*')
        .where({ id: { $in: adviserIds } });
      const advisers = await readQuery<Array<Record<string, unknown>>>(this.em, aq.getQuery(), aq.getParams());
      await mapInSlices(advisers, (row) => this.em.map(LegalAdviser, row as never));
    }
    const current = this.currentByVillage();
    const byVillage = new Map(pairings.map((p) => [p.village.id, p]));
    for (const id of ids) current.prime(id, byVillage.get(id) ?? null);
  }

  /** Pairings in force today for each adviser. */
  currentByAdviser() {
    return loader<string, Pairing[]>(
      this.ctx,
      'pairing:currentByAdviser',
      async (adviserIds) => {
        const rows = await this.em.find(
          Pairing,
          { $and: [{ adviser: { $in: [...adviserIds] } }, activeOn(today())] },
          {
            orderBy: { validFrom: 'asc', id: 'asc' },
          },
        );
        return groupBy(rows, (p) => p.adviser.id);
      },
      [],
    );
  }

  /** Every pairing of each village, newest first. */
  historyByVillage() {
    return loader<string, Pairing[]>(
      this.ctx,
      'pairing:historyByVillage',
      async (villageIds) => {
        const rows = await this.em.find(Pairing, { village: { $in: [...villageIds] } }, { orderBy: { validFrom: 'desc', id: 'asc' } });
        return groupBy(rows, (p) => p.village.id);
      },
      [],
    );
  }
}
