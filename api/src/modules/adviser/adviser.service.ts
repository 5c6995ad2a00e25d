import { MonthlyCheck } from '../work-log/monthly-check.entity.js';
import { raw, type FilterQuery } from '@mikro-orm/core';
import { ownCountyId } from '../../common/access/county.js';
import { AdviserPolicy } from './adviser.policy.js';
import type { GraphQLResolveInfo } from 'graphql';
import { listPage, preloaded } from '../../common/graphql/list-engine.js';
import { ADVISER_LIST_READ } from './adviser-list.read.js';
import type { EntityManager } from '@mikro-orm/postgresql';
import { AppError, ErrorCode } from '../../common/errors/app-error.js';
import { conflictsAsErrors } from '../../common/errors/db-errors.js';
import { today } from '../../common/graphql/dates.js';
import { escapeLike } from '../../common/graphql/list.js';
import { isId } from '../../common/graphql/ids.js';
import { groupBy, loader } from '../../common/graphql/loaders.js';
import { normalisePhone } from '../../common/validation/phone.js';
import type { Context } from '../../context.js';
import type { Pairing } from '../pairing/pairing.entity.js';
import { PairingService, activeOn, pairingSubquery } from '../pairing/pairing.service.js';
import { Provider } from '../provider/provider.entity.js';
import { Region } from '../region/region.entity.js';
import { User } from '../user/user.entity.js';
import { VillageService } from '../village/village.service.js';
import { AdviserStatus } from './adviser.enums.js';
import type { CreateLegalAdviserInput, LegalAdviserListOptions, RosterChangeInput, UpdateLegalAdviserInput } from './dto/adviser.inputs.js';
import { LegalAdviser } from './legal-adviser.entity.js';
import { RosterEvent, RosterEventKind } from './roster-event.entity.js';
import { diffDetails, rosterOn, type AdviserDetails, type RosterState } from './roster.js';
import { now } from '../../common/clock.js';

export class AdviserError extends AppError {
  static notFound(): AdviserError {
    return new AdviserError(ErrorCode.NOT_FOUND, 'No such adviser in your jurisdiction');
  }

  static transition(from: AdviserStatus, action: string): AdviserError {
    return new AdviserError(ErrorCode.BAD_USER_INPUT, `id: an adviser who is ${from.toLowerCase()} cannot be ${action}`, { field: 'id' });
  }
}

export const ADVISER_CONSTRAINTS = {
  legal_adviser_licence_no_unique: { message: 'Another adviser already has this licence number', field: 'licenceNo' },
};

export function detailsOf(a: LegalAdviser): AdviserDetails {
  return {
    name: a.name,
    gender: a.gender,
    phone: a.phone,
    profession: a.profession,
    licenceNo: a.licenceNo,
    providerId: a.provider?.id ?? '',
    serviceScope: a.serviceScope,
  };
}

function notInFuture(date: string, field: string) {
  if (date > today()) throw AppError.badInput(field, 'cannot be in the future');
}

export class AdviserService {
  constructor(private readonly ctx: Context) {}

  private get em() {
    return this.ctx.em;
  }

  /** A page of the roster; given the request's selection, read without entities when ADVISER_LIST_READ serves it. */
  async list(options: LegalAdviserListOptions | null | undefined, info?: Pick<GraphQLResolveInfo, 'fieldNodes' | 'fragments'>) {
    const where: FilterQuery<LegalAdviser>[] = [await new AdviserPolicy(this.ctx).visible()];
    const f = options?.filter;
    if (f?.ids) where.push({ id: { $in: f.ids } });
    if (f?.status) where.push({ status: f.status });
    if (f?.profession) where.push({ profession: f.profession });
    if (f?.providerId) where.push({ provider: f.providerId });
    if (f?.townshipId) {
      const serving = pairingSubquery(this.em, 'adviser', { $and: [activeOn(today()), { village: { parent: f.townshipId } }] });
      where.push({ id: { $in: serving } } as FilterQuery<LegalAdviser>);
    }
    if (f?.uncheckedInMonth) {
      const checked = this.em.createQueryBuilder(MonthlyCheck, 'mc').select('mc.adviser').where({ month: f.uncheckedInMonth });
      where.push({ id: { $nin: checked } } as FilterQuery<LegalAdviser>);
    }
    if (f?.q?.trim()) {
      const like = `%${escapeLike(f.q.trim())}%`;
      where.push({ $or: [{ name: { $like: like } }, { phone: { $like: like } }, { licenceNo: { $like: like } }] });
    }
    return listPage(this.em, LegalAdviser, options, { where, read: ADVISER_LIST_READ }, info);
  }

  /** Villages the adviser serves today: read with the row on the roster, else counted from the page's pairings. */
  async villageCountOf(adviser: LegalAdviser): Promise<number> {
    const read = preloaded<number>(adviser, 'villageCount');
    return read ?? (await new PairingService(this.ctx).currentByAdviser().load(adviser.id)).length;
  }

  async byId(id: string): Promise<LegalAdviser | null> {
    if (!isId(id)) return null;
    return this.em.findOne(LegalAdviser, { $and: [{ id }, await new AdviserPolicy(this.ctx).visible()] });
  }

  /**
   * An adviser's pairings in force today whose village the viewer may open, with the village: an adviser may serve
   * villages of two townships, and an office that sees the adviser must not open the other township's villages
   * (their committees and phones). Batched per request through the village loader.
   */
  async currentPairingsInScope(adviserId: string): Promise<Array<{ pairing: Pairing; village: Region }>> {
    const pairings = await new PairingService(this.ctx).currentByAdviser().load(adviserId);
    const villages = new VillageService(this.ctx).inScopeById();
    const open = await Promise.all(pairings.map((p) => villages.load(p.village.id)));
    return pairings.flatMap((pairing, i) => (open[i] ? [{ pairing, village: open[i] }] : []));
  }

  private async mustFind(id: string): Promise<LegalAdviser> {
    const adviser = await this.byId(id);
    if (!adviser) throw AdviserError.notFound();
    return adviser;
  }

  private async providerInCounty(providerId: string): Promise<Provider> {
    const provider = await this.em.findOne(Provider, { $and: [{ id: providerId }, new AdviserPolicy(this.ctx).assignableProviders()] });
    if (!provider) throw AppError.badInput('providerId', 'no such provider in your county');
    return provider;
  }

  private async bureauCounty(): Promise<Region> {
    const county = await this.em.findOne(Region, { id: ownCountyId(this.ctx) });
    if (!county) throw new AppError(ErrorCode.FORBIDDEN, 'Your account has no county');
    return county;
  }

  /** A roster event, created in `em` so that it commits with the change it records. */
  private event(
    em: EntityManager,
    adviser: LegalAdviser,
    kind: RosterEventKind,
    effectiveOn: string,
    reason: string,
    changes: Record<string, unknown> | null,
  ) {
    return em.create(RosterEvent, {
      id: crypto.randomUUID(),
      adviser,
      kind,
      effectiveOn,
      reason: reason.trim(),
      changes,
      actor: em.getReference(User, this.ctx.viewer!.id),
    });
  }

  async create(input: CreateLegalAdviserInput): Promise<LegalAdviser> {
    notInFuture(input.joinedOn, 'joinedOn');
    const county = await this.bureauCounty();
    const provider = await this.providerInCounty(input.providerId);
    // One flush writes the adviser and the event atomically; the unique constraint settles a race on the licence.
    return conflictsAsErrors(async () => {
      if (await this.em.count(LegalAdviser, { licenceNo: input.licenceNo.trim() })) {
        throw new AppError(ErrorCode.CONFLICT, ADVISER_CONSTRAINTS.legal_adviser_licence_no_unique.message, {
          field: 'licenceNo',
          reason: 'LICENCE_NO_TAKEN',
        });
      }
      const adviser = this.em.create(LegalAdviser, {
        id: crypto.randomUUID(),
        county,
        provider,
        name: input.name.trim(),
        gender: input.gender,
        phone: normalisePhone(input.phone),
        profession: input.profession,
        licenceNo: input.licenceNo.trim(),
        serviceScope: input.serviceScope.trim(),
      });
      this.event(this.em, adviser, RosterEventKind.JOINED, input.joinedOn, input.reason, { ...detailsOf(adviser) });
      await this.em.flush();
      return adviser;
    }, ADVISER_CONSTRAINTS);
  }

  async update(id: string, input: UpdateLegalAdviserInput): Promise<LegalAdviser> {
    const effectiveOn = input.effectiveOn ?? today();
    notInFuture(effectiveOn, 'effectiveOn');
    const adviser = await this.mustFind(id);
    AppError.assertVersion(adviser, input.version);
    if (adviser.status === AdviserStatus.REMOVED) throw AdviserError.transition(adviser.status, 'edited');
    const provider = input.providerId ? await this.providerInCounty(input.providerId) : undefined;
    const before = detailsOf(adviser);
    const after: Partial<AdviserDetails> = {
      ...(input.name != null ? { name: input.name.trim() } : {}),
      ...(input.gender != null ? { gender: input.gender } : {}),
      ...(input.phone != null ? { phone: normalisePhone(input.phone) } : {}),
      ...(input.profession != null ? { profession: input.profession } : {}),
      ...(input.licenceNo != null ? { licenceNo: input.licenceNo.trim() } : {}),
      ...(provider ? { providerId: provider.id } : {}),
      ...(input.serviceScope != null ? { serviceScope: input.serviceScope.trim() } : {}),
    };
    const changes = diffDetails(before, after);
    if (!Object.keys(changes).length) return adviser;
    this.em.assign(adviser, {
      ...(after.name ? { name: after.name } : {}),
      ...(after.gender ? { gender: after.gender as LegalAdviser['gender'] } : {}),
      ...(after.phone ? { phone: after.phone } : {}),
      ...(after.profession ? { profession: after.profession as LegalAdviser['profession'] } : {}),
      ...(after.licenceNo ? { licenceNo: after.licenceNo } : {}),
      ...(provider ? { provider } : {}),
      ...(after.serviceScope !== undefined ? { serviceScope: after.serviceScope } : {}),
    });
    this.event(this.em, adviser, RosterEventKind.CHANGED, effectiveOn, input.reason, changes);
    await conflictsAsErrors(() => this.em.flush(), ADVISER_CONSTRAINTS);
    return adviser;
  }

  private async transition(id: string, input: RosterChangeInput, allowed: AdviserStatus[], to: AdviserStatus, kind: RosterEventKind, action: string) {
    notInFuture(input.effectiveOn, 'effectiveOn');
    const adviser = await this.mustFind(id);
    if (!allowed.includes(adviser.status)) throw AdviserError.transition(adviser.status, action);
    return conflictsAsErrors(() =>
      this.em.transactional(async (tx) => {
        adviser.status = to;
        this.event(tx, adviser, kind, input.effectiveOn, input.reason, null);
        // Removal ends the adviser's pairings (rule 1 in docs/domain.md: the village then shows as uncovered).
        if (to === AdviserStatus.REMOVED) await PairingService.endAllFrom(tx, adviser.id, input.effectiveOn);
        // Leaving stops their reading at once: every token issued before is revoked, and a removed adviser's account is
        // disabled (a suspended one is refused sign-in while suspended). Their open cases then wait for reassignment.
        if (to !== AdviserStatus.ACTIVE) {
          await tx.nativeUpdate(
            User,
            { adviser: adviser.id },
            {
              tokenVersion: raw('token_version + 1'),
              ...(to === AdviserStatus.REMOVED ? { disabledAt: now() } : {}),
            },
          );
        }
        await tx.flush();
        return adviser;
      }),
    );
  }

  suspend(id: string, input: RosterChangeInput) {
    return this.transition(id, input, [AdviserStatus.ACTIVE], AdviserStatus.SUSPENDED, RosterEventKind.SUSPENDED, 'suspended');
  }

  reinstate(id: string, input: RosterChangeInput) {
    return this.transition(id, input, [AdviserStatus.SUSPENDED], AdviserStatus.ACTIVE, RosterEventKind.REINSTATED, 'reinstated');
  }

  remove(id: string, input: RosterChangeInput) {
    return this.transition(id, input, [AdviserStatus.ACTIVE, AdviserStatus.SUSPENDED], AdviserStatus.REMOVED, RosterEventKind.REMOVED, 'removed');
  }

  /** The roster of the viewer's county as it stood on `date`. */
  async rosterOn(date: string): Promise<RosterState[]> {
    notInFuture(date, 'date');
    const county = await this.bureauCounty();
    const events = await this.em.find(
      RosterEvent,
      { adviser: { county }, effectiveOn: { $lte: date } },
      { fields: ['adviser', 'kind', 'effectiveOn', 'at', 'changes'] },
    );
    return rosterOn(
      events.map((e) => ({ adviserId: e.adviser.id, kind: e.kind, effectiveOn: e.effectiveOn, at: e.at, changes: e.changes })),
      date,
    ).sort((a, b) => a.details.name.localeCompare(b.details.name, 'zh-CN'));
  }

  historyByAdviser() {
    return loader<string, RosterEvent[]>(
      this.ctx,
      'roster:historyByAdviser',
      async (ids) => {
        const rows = await this.em.find(RosterEvent, { adviser: { $in: [...ids] } }, { orderBy: { effectiveOn: 'asc', at: 'asc' } });
        return groupBy(rows, (e) => e.adviser.id);
      },
      [],
    );
  }
}
