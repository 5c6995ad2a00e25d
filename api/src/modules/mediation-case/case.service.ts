import type { FilterQuery } from '@mikro-orm/core';
import type { GraphQLResolveInfo } from 'graphql';
import { listPage, preloaded } from '../../common/graphql/list-engine.js';
import type { EntityManager } from '@mikro-orm/postgresql';
import { Role } from '../../common/access/role.js';
import { FieldKeyMissingError } from '../../common/crypto/field-cipher.js';
import { AppError, ErrorCode } from '../../common/errors/app-error.js';
import { addDays, today } from '../../common/graphql/dates.js';
import { escapeLike, SortOrder } from '../../common/graphql/list.js';
import { isId } from '../../common/graphql/ids.js';
import { groupBy, loader } from '../../common/graphql/loaders.js';
import { idNumberLookupColumns, normaliseIdNumber } from '../../common/validation/id-number.js';
import { maskIdNumber, maskName } from '../../common/validation/mask.js';
import { normalisePhone } from '../../common/validation/phone.js';
import type { Context } from '../../context.js';
import { AdviserStatus } from '../adviser/adviser.enums.js';
import { LegalAdviser } from '../adviser/legal-adviser.entity.js';
import { confidentialReads } from '../audit/audit.service.js';
import { Person } from '../person/person.entity.js';
import { Region } from '../region/region.entity.js';
import { RegionError } from '../region/region.error.js';
import { RegionLevel } from '../region/region.enums.js';
import { CommitteeMember } from '../village/committee-member.entity.js';
import { VillageService } from '../village/village.service.js';
import { User } from '../user/user.entity.js';
import { Agreement } from './agreement.entity.js';
import { CaseAdviser, CaseMediator } from './case-adviser.entity.js';
import { CaseAssignmentService } from './case-assignment.service.js';
import { CaseParty } from './case-party.entity.js';
import { CaseSource, OPEN_STATUSES } from './case.enums.js';
import type { LedgerRow } from './case-ledger.xlsx.js';
import { CasePolicy } from './case.policy.js';
import { CASE_LIST_READ } from './case-list.read.js';
import type { CreateMediationCaseInput, MediationCaseListOptions } from './dto/case.inputs.js';
import { MediationCase } from './mediation-case.entity.js';
import { MediationSession } from './mediation-session.entity.js';
import { ReturnVisit } from './return-visit.entity.js';

type SealedEntity = typeof MediationCase | typeof Agreement | typeof MediationSession | typeof Person;

/** Mediation normally ends within 30 days of acceptance (rule 7, docs/domain.md). */
export const MEDIATION_DAYS = 30;
/** Days after an agreement takes effect within which the parties may ask a court to confirm it (人民调解法 art. 33). */
export const CONFIRMATION_DAYS = 30;
/** A confirmation window closing within this many days shows as due soon. */
export const CONFIRMATION_SOON_DAYS = 7;

export class CaseError extends AppError {
  static notFound(): CaseError {
    return new CaseError(ErrorCode.NOT_FOUND, 'No such case in your jurisdiction');
  }
}

/** Where a sealed value lives: the cipher binds each value to its table, column and row. */
export const SEALED = {
  summary: (id: string) => ({ table: 'mediation_case', column: 'summary_sealed', rowId: id }),
  agreementContent: (id: string) => ({ table: 'agreement', column: 'content_sealed', rowId: id }),
  sessionRecord: (id: string) => ({ table: 'mediation_session', column: 'record_sealed', rowId: id }),
  idNumber: (id: string) => ({ table: 'person', column: 'id_number_sealed', rowId: id }),
  address: (id: string) => ({ table: 'person', column: 'address_sealed', rowId: id }),
  reviewComment: (id: string) => ({ table: 'agreement', column: 'review_comment_sealed', rowId: id }),
  /** A written agreement's signed scan: its bytes as base64, sealed. */
  agreementScan: (id: string) => ({ table: 'agreement_scan', column: 'content_sealed', rowId: id }),
};

/**
 * （2026）交调字第12号: the county's first character, the year and the sequence within it. Two counties may print the
 * same number (交城县, 交口县): a number is unique within its county (mediation_case_county_case_no_unique).
 */
export function formatCaseNo(countyName: string, year: number, seq: number): string {
  return `（${year}）${[...countyName][0]}调字第${seq}号`;
}

/**
 * The next number of a county's year, taken on the caller's transaction (`tx.execute` runs on its connection): the
 * counter row stays locked until the registration commits, and a registration that rolls back gives its number back.
 */
export async function nextCaseSeq(tx: EntityManager, countyId: string, year: number): Promise<number> {
  const rows = await tx.execute<{ last: number }[]>(
    `insert into case_number_counter (county_id, year, last) values (?, ?, 1)
     on conflict (county_id, year) do update set last = case_number_counter.last + 1 returning last`,
    [countyId, year],
  );
  return Number(rows[0]!.last);
}

/** Cases in one ledger export at most; a county's year is a few hundred. */
export const LEDGER_MAX = 5000;
/** Cases read, mapped and yielded at a time while building a ledger. */
const LEDGER_PAGE = 100;

export class CaseService {
  private readonly policy: CasePolicy;

  constructor(private readonly ctx: Context) {
    this.policy = new CasePolicy(ctx);
  }

  private get em() {
    return this.ctx.em;
  }

  /**
   * A page of cases. Given the request's selection (`info`), a page whose selection the row read serves is read in
   * one statement without entities (case-list.read.ts); the ledger and any other selection read entities.
   */
  async list(options: MediationCaseListOptions | null | undefined, info?: Pick<GraphQLResolveInfo, 'fieldNodes' | 'fragments'>) {
    const where: FilterQuery<MediationCase>[] = [await this.policy.visible()];
    const f = options?.filter;
    if (f?.ids) where.push({ id: { $in: f.ids } });
    if (f?.status?.length) where.push({ status: { $in: f.status } });
    if (f?.disputeType) where.push({ disputeType: f.disputeType });
    if (f?.source) where.push({ source: f.source });
    if (f?.level) where.push({ level: f.level });
    if (f?.resolvedLevel) where.push({ resolvedLevel: f.resolvedLevel });
    if (f?.villageId) where.push({ village: f.villageId });
    if (f?.townshipId) where.push({ township: f.townshipId });
    if (f?.receivedFrom) where.push({ receivedOn: { $gte: f.receivedFrom } });
    if (f?.receivedTo) where.push({ receivedOn: { $lte: f.receivedTo } });
    if (f?.adviserId) {
      const assigned = this.em.createQueryBuilder(CaseAdviser, 'ca').select('ca.case').where({ adviser: f.adviserId });
      where.push({ id: { $in: assigned } } as FilterQuery<MediationCase>);
    }
    if (f?.needsAdviser) where.push(new CaseAssignmentService(this.ctx).needsAdviser());
    if (f?.overdue != null) where.push(f.overdue ? CaseService.overdueWhere() : { $not: CaseService.overdueWhere() });
    if (f?.confirmationDueSoon) where.push(this.confirmationDueSoonWhere());
    if (f?.q?.trim()) where.push({ caseNo: { $like: `%${escapeLike(f.q.trim())}%` } });
    return listPage(this.em, MediationCase, options, { where, read: CASE_LIST_READ }, info);
  }

  /**
   * The case ledger for an export: every case the viewer may see that matches the filter, as metadata only (the
   * sealed columns are never read) with the parties' names masked for everyone, entitled or not: a ledger travels.
   */
  async ledger(filter: MediationCaseListOptions['filter']): Promise<LedgerRow[]> {
    // Read a page at a time by keyset cursor, yielding between pages: a county's 5,000 cases are seconds of CPU to
    // hydrate and map, and no request may hold the event loop for more than 50 ms (issue 11).
    const sort = [
      { field: 'receivedOn' as const, order: SortOrder.ASC },
      { field: 'caseNo' as const, order: SortOrder.ASC },
    ];
    const rows: LedgerRow[] = [];
    let after: string | null = null;
    do {
      const page = await this.list({ filter, take: LEDGER_PAGE, sort, after });
      rows.push(...(await this.ledgerRows(page.items)));
      after = page.nextCursor;
      if (after !== null && rows.length >= LEDGER_MAX)
        throw AppError.badInput('receivedFrom', `more than ${LEDGER_MAX} cases: export a shorter period`);
      await new Promise((resolve) => setImmediate(resolve));
    } while (after !== null);
    return rows;
  }

  private async ledgerRows(items: MediationCase[]): Promise<LedgerRow[]> {
    if (!items.length) return [];
    await this.em.populate(items, ['village', 'township']);
    const ids = items.map((k) => k.id);
    const [parties, advisers, agreements] = await Promise.all([
      this.partiesByCase().loadMany(ids),
      this.advisersByCase().loadMany(ids),
      this.agreementByCase().loadMany(ids),
    ]);
    return items.map((k, i) => {
      const agreement = agreements[i] instanceof Error ? null : (agreements[i] as Agreement | null);
      return {
        caseNo: k.caseNo,
        township: k.township.getEntity().name,
        village: k.village.getEntity().name,
        source: k.source,
        referrer: k.referrerName ?? null,
        disputeType: k.disputeType,
        tier: k.tier,
        amountFen: k.amountFen,
        receivedOn: k.receivedOn,
        acceptedOn: k.acceptedOn ?? null,
        status: k.status,
        level: k.level,
        closedOn: k.closedOn ?? null,
        closureReason: k.closureReason ?? null,
        resolvedLevel: k.resolvedLevel ?? null,
        overdue: CaseService.overdue(k),
        advisers: (advisers[i] as LegalAdviser[]).map((a) => a.name),
        parties: (parties[i] as CaseParty[]).map((p) => maskName(p.person.getEntity().name)),
        agreementForm: agreement?.form ?? null,
        signedAt: agreement?.signedAt ?? null,
        performance: agreement?.performance ?? null,
      };
    });
  }

  async byId(id: string): Promise<MediationCase | null> {
    if (!isId(id)) return null;
    return this.em.findOne(MediationCase, { $and: [{ id }, await this.policy.visible()] });
  }

  async create(input: CreateMediationCaseInput): Promise<MediationCase> {
    const viewer = this.ctx.viewer!;
    if (input.receivedOn > today()) throw AppError.badInput('receivedOn', 'cannot be in the future');
    if (input.source === CaseSource.REFERRAL && !input.referrerKind) throw AppError.badInput('referrerKind', 'is required for a referred case');
    if (!input.parties.some((p) => p.role === 'APPLICANT')) throw AppError.badInput('parties', 'needs at least one applicant');
    // One person is one party: the same ID number twice would make them two parties of one case.
    const partyByIdNumber = new Map<string, number>();
    input.parties.forEach((p, i) => {
      if (!p.idNumber) return;
      const idNumber = normaliseIdNumber(p.idNumber);
      const first = partyByIdNumber.get(idNumber);
      if (first !== undefined)
        throw AppError.badInput(`parties.${i}.idNumber`, `is the ID number of party ${first + 1} too; one person is one party`);
      partyByIdNumber.set(idNumber, i);
    });

    const village = (await new VillageService(this.ctx).byId(input.villageId)) as Region | null;
    if (!village || village.level !== RegionLevel.VILLAGE) throw AppError.badInput('villageId', 'no such village in your jurisdiction');
    // A retired village (撤并) takes no new cases; its past cases stay listed.
    if (village.retiredOn && village.retiredOn <= (input.receivedOn ?? today())) throw RegionError.villageRetired('villageId', village.retiredOn);
    const township = await this.em.findOneOrFail(Region, village.parent!.id);
    const county = await this.em.findOneOrFail(Region, township.parent!.id);

    const adviserIds = new Set(input.adviserIds);
    if (viewer.role === Role.ADVISER && viewer.adviserId) adviserIds.add(viewer.adviserId);
    if (!adviserIds.size) throw AppError.badInput('adviserIds', 'needs at least one assigned adviser');
    const advisers = await this.em.find(LegalAdviser, { id: { $in: [...adviserIds].filter(isId) }, county });
    if (advisers.length !== adviserIds.size) throw AppError.badInput('adviserIds', 'names an adviser who is not on your county’s roster');
    const inactive = advisers.find((a) => a.status !== AdviserStatus.ACTIVE);
    if (inactive) throw AppError.badInput('adviserIds', `${inactive.name} is ${inactive.status.toLowerCase()} and cannot take cases`);
    const mediatorIds = [...new Set(input.mediatorIds ?? [])];
    const mediators = mediatorIds.length
      ? await this.em.find(CommitteeMember, { id: { $in: mediatorIds.filter(isId) }, committee: { village: village.id } })
      : [];
    if (mediators.length !== mediatorIds.length)
      throw AppError.badInput('mediatorIds', 'names someone who is not a mediator of this village’s committee');

    const cipher = this.ctx.app.cipher;
    return this.em.transactional(async (tx) => {
      const year = Number(input.receivedOn.slice(0, 4));
      // The number last, just before the writes: the county's counter row stays locked only until the commit.
      const seq = await nextCaseSeq(tx, county.id, year);
      const id = crypto.randomUUID();
      const kase = tx.create(MediationCase, {
        id,
        county,
        township,
        village,
        year,
        seq,
        caseNo: formatCaseNo(county.name, year, seq),
        source: input.source,
        referrerKind: input.referrerKind ?? null,
        referrerName: input.referrerName?.trim() || null,
        disputeType: input.disputeType,
        amountFen: input.amountFen,
        tier: input.tier,
        receivedOn: input.receivedOn,
        summarySealed: cipher.seal(input.summary.trim(), SEALED.summary(id)),
        createdBy: tx.getReference(User, viewer.id),
      });
      for (const p of input.parties) tx.create(CaseParty, { id: crypto.randomUUID(), case: kase, person: this.personFor(tx, p), role: p.role });
      for (const a of advisers) tx.create(CaseAdviser, { id: crypto.randomUUID(), case: kase, adviser: a });
      for (const m of mediators) tx.create(CaseMediator, { id: crypto.randomUUID(), case: kase, member: m });
      await tx.flush();
      return kase;
    });
  }

  /**
   * The party as this registration records them: always a new row, never a stored person found by ID number, so the
   * case shows only what was entered for it. The ID number's keyed hash is kept for statistics only.
   */
  private personFor(tx: EntityManager, p: CreateMediationCaseInput['parties'][number]): Person {
    const idNumber = p.idNumber ? normaliseIdNumber(p.idNumber) : null;
    const address = p.address?.trim() || null;
    const id = crypto.randomUUID();
    const cipher = this.ctx.app.cipher;
    return tx.create(Person, {
      id,
      name: p.name.trim(),
      phone: p.phone ? normalisePhone(p.phone) : null,
      addressSealed: address ? cipher.seal(address, SEALED.address(id)) : null,
      idNumberSealed: idNumber ? cipher.seal(idNumber, SEALED.idNumber(id)) : null,
      ...(idNumber ? idNumberLookupColumns(idNumber, this.ctx.app.config.lookupKey) : {}),
      idNumberMasked: idNumber ? maskIdNumber(idNumber) : null,
    });
  }

  // ---- batched relations --------------------------------------------------------------------------------------

  partiesByCase() {
    return loader<string, CaseParty[]>(
      this.ctx,
      'case:parties',
      async (ids) => {
        const rows = await this.em.find(CaseParty, { case: { $in: [...ids] } }, { populate: ['person'], orderBy: { role: 'asc', id: 'asc' } });
        return groupBy(rows, (p) => p.case.id);
      },
      [],
    );
  }

  /** A case's active advisers: read with the row on the case list, else loaded a page at a time. */
  advisersOf(kase: MediationCase): Promise<LegalAdviser[]> | LegalAdviser[] {
    return preloaded<LegalAdviser[]>(kase, 'advisers') ?? this.advisersByCase().load(kase.id);
  }

  advisersByCase() {
    return loader<string, LegalAdviser[]>(
      this.ctx,
      'case:advisers',
      async (ids) => {
        const rows = await this.em.find(CaseAdviser, { case: { $in: [...ids] }, endedAt: null }, { populate: ['adviser'], orderBy: { id: 'asc' } });
        const grouped = groupBy(rows, (r) => r.case.id);
        return new Map([...grouped].map(([k, v]) => [k, v.map((r) => r.adviser.getEntity())]));
      },
      [],
    );
  }

  /** The lead adviser (主办法律顾问) the bureau named on each case, or null: one query per page. */
  leadAdviserByCase() {
    return loader<string, string | null>(
      this.ctx,
      'case:leadAdviser',
      async (ids) => {
        const rows = await this.em.find(CaseAdviser, { case: { $in: [...ids] }, endedAt: null, lead: true }, { fields: ['case', 'adviser'] });
        return new Map(rows.map((r) => [r.case.id, r.adviser.id]));
      },
      null,
    );
  }

  mediatorsByCase() {
    return loader<string, CommitteeMember[]>(
      this.ctx,
      'case:mediators',
      async (ids) => {
        const rows = await this.em.find(CaseMediator, { case: { $in: [...ids] } }, { populate: ['member'], orderBy: { id: 'asc' } });
        const grouped = groupBy(rows, (r) => r.case.id);
        return new Map([...grouped].map(([k, v]) => [k, v.map((r) => r.member.getEntity())]));
      },
      [],
    );
  }

  agreementByCase() {
    return loader<string, Agreement | null>(
      this.ctx,
      'case:agreement',
      async (ids) => {
        const rows = await this.em.find(Agreement, { case: { $in: [...ids] } });
        return new Map(rows.map((a) => [a.case.id, a]));
      },
      null,
    );
  }

  returnVisitsByCase() {
    return loader<string, ReturnVisit[]>(
      this.ctx,
      'case:returnVisits',
      async (ids) => {
        const rows = await this.em.find(ReturnVisit, { case: { $in: [...ids] } }, { orderBy: { visitedOn: 'asc', id: 'asc' } });
        return groupBy(rows, (v) => v.case.id);
      },
      [],
    );
  }

  sessionsByCase() {
    return loader<string, MediationSession[]>(
      this.ctx,
      'case:sessions',
      async (ids) => {
        const rows = await this.em.find(MediationSession, { case: { $in: [...ids] } }, { orderBy: { at: 'asc', id: 'asc' } });
        return groupBy(rows, (s) => s.case.id);
      },
      [],
    );
  }

  /** Sealed values of a lazy column for a batch of rows; asked only for rows the viewer is entitled to. */
  private sealedColumn(name: string, entity: SealedEntity, property: string) {
    return loader<string, string | null>(
      this.ctx,
      `sealed:${name}`,
      async (ids) => {
        const rows = (await this.em.find(entity as never, { id: { $in: [...ids] } } as never, {
          fields: ['id', property] as never,
          populate: [property] as never,
        })) as Array<Record<string, unknown> & { id: string }>;
        return new Map(rows.map((r) => [r.id, (r[property] as string | null | undefined) ?? null]));
      },
      null,
    );
  }

  /**
   * The one way confidential text leaves the server: only to an entitled viewer, only after its audit row is written
   * (in the same request, batched), and only opened where it was sealed.
   */
  async readConfidential(
    kase: MediationCase,
    field: string,
    entity: SealedEntity,
    property: string,
    rowId: string,
    at: { table: string; column: string; rowId: string },
  ) {
    if (!(await this.policy.entitled().load(kase.id))) return null;
    const sealed = await this.sealedColumn(field, entity, property).load(rowId);
    if (sealed === null) return null;
    // A case reached through a party or an agreement may be a bare reference; its county is in the identity map
    // once the page of cases loaded, else one more lookup.
    const countyId = kase.county?.id ?? (await this.em.findOneOrFail(MediationCase, kase.id, { fields: ['county'] })).county.id;
    await confidentialReads(this.ctx).load({ entityType: 'MediationCase', entityId: kase.id, field, countyId });
    try {
      return this.ctx.app.cipher.open(sealed, at);
    } catch (error) {
      // A key removed before every value was re-sealed with a newer one: say which, so the operator can put it back.
      // A value that does not authenticate stays an internal error; neither ever answers with garbage.
      if (!(error instanceof FieldKeyMissingError)) throw error;
      this.ctx.log.warn(
        { code: ErrorCode.SERVICE_UNAVAILABLE, reason: 'KEY_MISSING', keyId: error.keyId, table: at.table, column: at.column, rowId },
        'sealed value names a field key that is not configured',
      );
      throw new AppError(ErrorCode.SERVICE_UNAVAILABLE, `This text was sealed with field key ${error.keyId}, which is no longer configured`, {
        reason: 'KEY_MISSING',
        keyId: error.keyId,
        http: { status: 503 },
      });
    }
  }

  canReadConfidential(kase: MediationCase): Promise<boolean> {
    return this.policy.entitled().load(kase.id);
  }

  static deadline(kase: MediationCase): string | null {
    return kase.acceptedOn ? addDays(kase.acceptedOn, MEDIATION_DAYS) : null;
  }

  /** `overdue` in SQL: open, and accepted before the deadline's worth of days ago (deadline = acceptedOn + 30 < today). */
  static overdueWhere(): FilterQuery<MediationCase> {
    return { status: { $in: [...OPEN_STATUSES] }, acceptedOn: { $ne: null, $lt: addDays(today(), -MEDIATION_DAYS) } };
  }

  /**
   * `Agreement.confirmationDueSoon` in SQL: an agreement not yet brought to court whose window (signing + 30 days)
   * has not closed and closes within 7 days: signed between 30 and 23 days ago.
   */
  confirmationDueSoonWhere(): FilterQuery<MediationCase> {
    const t = today();
    const due = this.em
      .createQueryBuilder(Agreement, 'a')
      .select('a.case')
      .where({
        confirmationAppliedOn: null,
        signedAt: { $gte: addDays(t, -CONFIRMATION_DAYS), $lte: addDays(t, CONFIRMATION_SOON_DAYS - CONFIRMATION_DAYS) },
      });
    return { id: { $in: due } } as FilterQuery<MediationCase>;
  }

  static overdue(kase: MediationCase): boolean {
    const deadline = CaseService.deadline(kase);
    return !!deadline && OPEN_STATUSES.includes(kase.status) && today() > deadline;
  }
}
