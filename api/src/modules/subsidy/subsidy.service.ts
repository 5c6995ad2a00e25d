import { enumLabel } from '@fengqiao/labels';
import { LockMode } from '@mikro-orm/core';
import { now } from '../../common/clock.js';
import { AppError, ErrorCode } from '../../common/errors/app-error.js';
import { conflictsAsErrors } from '../../common/errors/db-errors.js';
import { today } from '../../common/graphql/dates.js';
import { isId } from '../../common/graphql/ids.js';
import { calendarDate } from '../../common/validation/calendar.js';
import type { Context } from '../../context.js';
import { LegalAdviser } from '../adviser/legal-adviser.entity.js';
import { AuditEvent } from '../audit/audit-event.entity.js';
import { User } from '../user/user.entity.js';
import { AssessmentPublication } from '../assessment/assessment-publication.entity.js';
import { Grade } from '../assessment/scoring.js';
import { MediationCase } from '../mediation-case/mediation-case.entity.js';
import type { Region } from '../region/region.entity.js';
import type {
  GradeFactorInput,
  MarkPaidInput,
  SubsidyAdjustmentInput,
  SubsidyLineView,
  SubsidyRateInput,
  SubsidyRateView,
  SubsidySettingsInput,
  SubsidySettingsView,
  SubsidyStatementView,
} from './dto/subsidy.types.js';
import { applyFactor } from './money.js';
import { type Period, parsePeriod, settlementPeriod } from './period.js';
import { frozenLine, type StatementLine, statementLines, statementTotal } from './statement.js';
import { caseClaim, consultationClaim, SubsidyClaim, SubsidyLine, SubsidyRate, SubsidySetting, SubsidyStatement } from './subsidy.entities.js';
import { CaseSplit, StatementStatus, SubsidyLineKind } from './subsidy.enums.js';
import { subsidyCandidates } from './subsidy.figures.js';
import { SubsidyPolicy } from './subsidy.policy.js';

export const SUBSIDY_RATE_SAVED = 'SUBSIDY_RATE_SAVED';
export const SUBSIDY_STATEMENT_CONFIRMED = 'SUBSIDY_STATEMENT_CONFIRMED';
export const SUBSIDY_STATEMENT_PAID = 'SUBSIDY_STATEMENT_PAID';
export const SUBSIDY_SETTINGS_SAVED = 'SUBSIDY_SETTINGS_SAVED';
export const SUBSIDY_ADJUSTMENT_ADDED = 'SUBSIDY_ADJUSTMENT_ADDED';
export const SUBSIDY_YEAR_SETTLED = 'SUBSIDY_YEAR_SETTLED';
export const CASE_LEAD_ADVISER_SET = 'CASE_LEAD_ADVISER_SET';

const GRADE_ORDER = Object.values(Grade);
const MAX_FACTOR = 10;

/** Validates grade factors into the stored map, or BAD_USER_INPUT on `gradeFactors`. */
function gradeFactorsOf(input: readonly GradeFactorInput[] | null | undefined): Partial<Record<string, string>> | null {
  if (!input?.length) return null;
  const factors: Partial<Record<string, string>> = {};
  for (const { grade, factor } of input) {
    if (factors[grade] !== undefined) throw AppError.badInput('gradeFactors', `${grade} is listed twice`);
    const value = factor.trim();
    let ok = true;
    try {
      ok = applyFactor(1_000_000, value) <= MAX_FACTOR * 1_000_000;
    } catch {
      ok = false;
    }
    if (!ok) throw AppError.badInput('gradeFactors', `factor of ${grade} must be a decimal from 0 to ${MAX_FACTOR} with at most six places`);
    factors[grade] = value;
  }
  return factors;
}

const rateView = (r: SubsidyRate): SubsidyRateView => ({
  id: r.id,
  effectiveFrom: r.effectiveFrom,
  ordinaryFen: r.ordinaryFen,
  difficultFen: r.difficultFen,
  majorFen: r.majorFen,
  consultationFen: r.consultationFen,
  consultationMonthlyCapFen: r.consultationMonthlyCapFen,
  gradeFactors: GRADE_ORDER.filter((grade) => r.gradeFactors?.[grade] !== undefined).map((grade) => ({ grade, factor: r.gradeFactors![grade]! })),
  version: r.version,
});

const lineView = (l: StatementLine): SubsidyLineView => ({ ...l, note: l.note ?? null });

const frozenLineView = (l: SubsidyLine): SubsidyLineView => ({
  kind: l.kind,
  caseId: l.case?.id ?? null,
  caseNo: l.caseNo ?? null,
  tier: l.tier ?? null,
  closedOn: l.closedOn ?? null,
  month: l.month ?? null,
  count: l.count,
  amountFen: l.amountFen,
  reason: l.reason ?? null,
  note: l.note ?? null,
});

/** Subsidy rates, statements drafted from the records, their confirmation (paid once) and payment. */
export class SubsidyService {
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

  async rates(countyId: string | null | undefined): Promise<SubsidyRateView[]> {
    const county = await new SubsidyPolicy(this.ctx).county(countyId);
    const rows = await this.em.find(SubsidyRate, { county: county.id }, { orderBy: { effectiveFrom: 'desc' } });
    return rows.map(rateView);
  }

  /** Saves the rates from a date: new from version 0 (two racing: one CONFLICT), else replaces them from the version read. */
  async saveRate(input: SubsidyRateInput): Promise<SubsidyRateView> {
    const county = await new SubsidyPolicy(this.ctx).managedCounty(input.countyId);
    const effectiveFrom = calendarDate('effectiveFrom', input.effectiveFrom);
    const values = {
      ordinaryFen: input.ordinaryFen,
      difficultFen: input.difficultFen,
      majorFen: input.majorFen,
      consultationFen: input.consultationFen,
      consultationMonthlyCapFen: input.consultationMonthlyCapFen ?? null,
      gradeFactors: gradeFactorsOf(input.gradeFactors),
    };
    const saved = await conflictsAsErrors(
      () =>
        this.em.transactional(async (em) => {
          let rate = await em.findOne(SubsidyRate, { county: county.id, effectiveFrom }, { lockMode: LockMode.PESSIMISTIC_WRITE });
          if (!rate) {
            if (input.version !== 0) throw AppError.stale();
            rate = em.create(SubsidyRate, { county: county.id, effectiveFrom, ...values, createdBy: em.getReference(User, this.ctx.viewer!.id) });
          } else {
            AppError.assertVersion(rate, input.version);
            em.assign(rate, values);
          }
          await em.flush();
          em.create(AuditEvent, this.audit(SUBSIDY_RATE_SAVED, 'SubsidyRate', rate.id, county.id, { effectiveFrom, ...values }));
          await em.flush();
          return rate;
        }),
      { subsidy_rate_county_from_unique: { message: 'Rates from this date were saved meanwhile; reload them', field: 'version' } },
    );
    return rateView(saved);
  }

  /**
   * The period's statements the viewer may see: the confirmed (or paid) ones as frozen, and for every other adviser
   * with a line, a draft computed from the records now. A fixed number of statements whatever the number of advisers.
   */
  statements(periodCode: string, countyId: string | null | undefined): Promise<SubsidyStatementView[]> {
    return this.statementsOf(parsePeriod(periodCode), new SubsidyPolicy(this.ctx).county(countyId), null, false);
  }

  /**
   * The period's drafts for a county or a township (`draftSubsidyStatement`): one statement per adviser not yet
   * confirmed, computed from the records now, with a line per qualifying case or month and a line per case that does
   * not qualify, with the reason. A fixed number of statements whatever the number of advisers.
   */
  async draft(periodCode: string, regionId: string | null | undefined): Promise<SubsidyStatementView[]> {
    const period = parsePeriod(periodCode);
    if (period.settlement) throw AppError.badInput('period', 'a year’s settlement is made by settleSubsidyYear, not drafted');
    const policy = new SubsidyPolicy(this.ctx);
    const { county, township } = await policy.region(regionId);
    const paired = township ? await policy.advisersPairedUnder(township, period) : null;
    return this.statementsOf(period, Promise.resolve(county), paired, true);
  }

  private async statementsOf(
    period: Period,
    countyOf: Promise<Region>,
    only: Set<string> | null,
    draftsOnly: boolean,
  ): Promise<SubsidyStatementView[]> {
    const policy = new SubsidyPolicy(this.ctx);
    const county = await countyOf;
    const visible = await policy.visibleAdvisers(period);
    const [candidates, stored, split] = await Promise.all([
      period.settlement ? { cases: [], consultations: [] } : subsidyCandidates(this.em, county.id, period, null),
      this.em.find(SubsidyStatement, { county: county.id, period: period.code }),
      this.caseSplit(this.em, county.id),
    ]);
    const shownStored = draftsOnly ? [] : stored;
    const storedLines = shownStored.length
      ? await this.em.find(SubsidyLine, { statement: { $in: shownStored.map((s) => s.id) } }, { orderBy: { position: 'asc' } })
      : [];
    const confirmed = new Set(stored.map((s) => s.adviser.id));
    const drafted = [...new Set([...candidates.cases.map((c) => c.adviserId), ...candidates.consultations.map((m) => m.adviserId)])].filter(
      (id) => !confirmed.has(id),
    );
    const shown = (id: string) => (visible === 'all' || visible.has(id)) && (only === null || only.has(id));
    const adviserIds = [...shownStored.map((s) => s.adviser.id), ...drafted].filter(shown);
    const advisers = adviserIds.length ? await this.em.find(LegalAdviser, { id: { $in: adviserIds } }) : [];
    const adviserById = new Map(advisers.map((a) => [a.id, a]));
    const views: SubsidyStatementView[] = [];
    for (const s of shownStored) {
      if (!shown(s.adviser.id)) continue;
      views.push({
        id: s.id,
        adviser: adviserById.get(s.adviser.id)!,
        period: s.period,
        status: s.status,
        totalFen: Number(s.totalFen),
        lines: storedLines.filter((l) => l.statement.id === s.id).map(frozenLineView),
        confirmedAt: s.confirmedAt,
        paidOn: s.paidOn ?? null,
        voucherNo: s.voucherNo ?? null,
        version: s.version,
      });
    }
    for (const id of drafted) {
      if (!shown(id)) continue;
      const lines = statementLines(id, candidates.cases, candidates.consultations, split);
      views.push({
        id: null,
        adviser: adviserById.get(id)!,
        period: period.code,
        status: StatementStatus.DRAFT,
        totalFen: statementTotal(lines),
        lines: lines.map(lineView),
        confirmedAt: null,
        paidOn: null,
        voucherNo: null,
        version: 0,
      });
    }
    return views.sort((a, b) => a.adviser.name.localeCompare(b.adviser.name, 'zh-CN') || a.adviser.id.localeCompare(b.adviser.id));
  }

  /** How the county pays a case with several advisers (split equally until the bureau says otherwise). */
  private async caseSplit(em: Context['em'], countyId: string): Promise<CaseSplit> {
    const row = await em.findOne(SubsidySetting, { county: countyId });
    return row?.caseSplit ?? CaseSplit.EQUAL;
  }

  /**
   * Confirms an adviser's statement for the period: its lines, computed now, are frozen, and each paying line claims
   * its case or month so that it can never be paid in another statement. Two racing confirmations (of one statement,
   * or of two statements paying one line) give one success and one CONFLICT; nothing is written by the loser.
   */
  async confirm(adviserId: string, periodCode: string, countyId: string | null | undefined): Promise<SubsidyStatementView> {
    const period = parsePeriod(periodCode);
    if (period.settlement) throw AppError.badInput('period', 'a year’s settlement is made by settleSubsidyYear');
    const county = await new SubsidyPolicy(this.ctx).managedCounty(countyId);
    if (!isId(adviserId)) throw AppError.badInput('adviserId', 'no such adviser in this county');
    const adviser = await this.em.findOne(LegalAdviser, { id: adviserId, county: county.id });
    if (!adviser) throw AppError.badInput('adviserId', 'no such adviser in this county');
    if (period.to >= today()) throw AppError.badInput('period', 'a period can be confirmed once it has ended');
    const confirmedAlready = new AppError(ErrorCode.CONFLICT, 'This statement is already confirmed', { reason: 'STATEMENT_CONFIRMED' });
    const paidElsewhere = new AppError(ErrorCode.CONFLICT, 'A line of this statement was paid in another statement meanwhile; reload it', {
      reason: 'LINE_ALREADY_PAID',
    });
    await conflictsAsErrors(
      () =>
        this.em.transactional(async (em) => {
          if (await em.count(SubsidyStatement, { adviser: adviserId, period: period.code })) throw confirmedAlready;
          const candidates = await subsidyCandidates(em, county.id, period, adviserId);
          const lines = statementLines(adviserId, candidates.cases, candidates.consultations, await this.caseSplit(em, county.id));
          const statement = em.create(SubsidyStatement, {
            county: county.id,
            adviser: adviserId,
            period: period.code,
            totalFen: statementTotal(lines),
            confirmedBy: em.getReference(User, this.ctx.viewer!.id),
          });
          lines.forEach((l, position) => {
            em.create(SubsidyLine, { statement, ...frozenLine(l, position) });
            if (l.reason === null && l.amountFen > 0) {
              const claimKey = l.kind === SubsidyLineKind.CASE ? caseClaim(adviserId, l.caseId!) : consultationClaim(adviserId, l.month!);
              em.create(SubsidyClaim, { statement, claimKey });
            }
          });
          em.create(
            AuditEvent,
            this.audit(SUBSIDY_STATEMENT_CONFIRMED, 'SubsidyStatement', statement.id, county.id, {
              period: period.code,
              adviserId,
              totalFen: statement.totalFen,
            }),
          );
          await em.flush();
        }),
      {
        subsidy_statement_adviser_period_unique: { message: confirmedAlready.message },
        subsidy_claim_key_unique: { message: paidElsewhere.message },
      },
    );
    return this.statementOf(adviserId, period, county.id);
  }

  /** Records the payment of a confirmed statement (its date and voucher); a statement is paid once. */
  async markPaid(id: string, input: MarkPaidInput): Promise<SubsidyStatementView> {
    const paidOn = calendarDate('paidOn', input.paidOn);
    if (paidOn > today()) throw AppError.badInput('paidOn', 'cannot be in the future');
    const voucherNo = input.voucherNo.trim();
    if (!voucherNo) throw AppError.badInput('voucherNo', 'must not be empty');
    const notFound = () => new AppError(ErrorCode.NOT_FOUND, 'No such statement in your jurisdiction');
    const statement = isId(id) ? await this.em.findOne(SubsidyStatement, { id }) : null;
    if (!statement) throw notFound();
    // A county's own bureau only (a city's: FORBIDDEN); another county's statement is as missing as none.
    const county = statement.county;
    if (new SubsidyPolicy(this.ctx).ownCounty() !== county.id) throw notFound();
    await conflictsAsErrors(() =>
      this.em.transactional(async (em) => {
        const row = await em.findOneOrFail(SubsidyStatement, { id }, { lockMode: LockMode.PESSIMISTIC_WRITE });
        AppError.assertVersion(row, input.version);
        if (row.status !== StatementStatus.CONFIRMED) {
          throw new AppError(ErrorCode.CONFLICT, 'This statement is already paid', { reason: 'STATEMENT_PAID' });
        }
        row.status = StatementStatus.PAID;
        row.paidOn = paidOn;
        row.voucherNo = voucherNo;
        em.create(
          AuditEvent,
          this.audit(SUBSIDY_STATEMENT_PAID, 'SubsidyStatement', row.id, county.id, { paidOn, voucherNo, at: now().toISOString() }),
        );
        await em.flush();
      }),
    );
    return this.statementOf(statement.adviser.id, parsePeriod(statement.period), county.id);
  }

  /** A county's subsidy settings (defaults until the bureau saves them). */
  async settings(countyId: string | null | undefined): Promise<SubsidySettingsView> {
    const county = await new SubsidyPolicy(this.ctx).county(countyId);
    const row = await this.em.findOne(SubsidySetting, { county: county.id });
    return { countyId: county.id, caseSplit: row?.caseSplit ?? CaseSplit.EQUAL, version: row?.version ?? 0 };
  }

  /** Saves a county's subsidy settings from the version read (0 while at the defaults; two racing: one CONFLICT). */
  async saveSettings(input: SubsidySettingsInput): Promise<SubsidySettingsView> {
    const county = await new SubsidyPolicy(this.ctx).managedCounty(input.countyId);
    await conflictsAsErrors(
      () =>
        this.em.transactional(async (em) => {
          let row = await em.findOne(SubsidySetting, { county: county.id }, { lockMode: LockMode.PESSIMISTIC_WRITE });
          if (!row) {
            if (input.version !== 0) throw AppError.stale();
            row = em.create(SubsidySetting, { county: county.id, caseSplit: input.caseSplit });
          } else {
            AppError.assertVersion(row, input.version);
            row.caseSplit = input.caseSplit;
            row.updatedAt = now();
          }
          em.create(AuditEvent, this.audit(SUBSIDY_SETTINGS_SAVED, 'SubsidySetting', county.id, county.id, { caseSplit: input.caseSplit }));
          await em.flush();
        }),
      { subsidy_setting_pkey: { message: 'The settings were saved meanwhile; reload them', field: 'version' } },
    );
    return this.settings(county.id);
  }

  /**
   * Names the lead adviser (主办法律顾问) of a case, or none: one of the advisers assigned to it now (else
   * BAD_USER_INPUT on `adviserId`). Refused with CONFLICT once the case's subsidy has been paid, so that changing the
   * lead can never pay a case twice.
   */
  async setLeadAdviser(caseId: string, adviserId: string | null): Promise<string | null> {
    const notFound = () => new AppError(ErrorCode.NOT_FOUND, 'No such case in your jurisdiction');
    const kase = isId(caseId) ? await this.em.findOne(MediationCase, { id: caseId }, { fields: ['county'] }) : null;
    if (!kase) throw notFound();
    const county = kase.county;
    if (new SubsidyPolicy(this.ctx).ownCounty() !== county.id) throw notFound();
    if (adviserId != null && !isId(adviserId)) throw AppError.badInput('adviserId', 'is not an adviser assigned to this case');
    await conflictsAsErrors(
      () =>
        this.em.transactional(async (em) => {
          const assigned = await em.execute<{ adviser_id: string; lead: boolean }[]>(
            'select adviser_id, lead from case_adviser where case_id = ? and ended_at is null order by adviser_id for update',
            [caseId],
          );
          if (adviserId != null && !assigned.some((a) => a.adviser_id === adviserId)) {
            throw AppError.badInput('adviserId', 'is not an adviser assigned to this case');
          }
          const [paid] = await em.execute<{ n: number }[]>(`select count(*)::int as n from subsidy_claim where claim_key like ?`, [
            `CASE:%:${caseId}`,
          ]);
          if (Number(paid?.n) > 0) {
            throw new AppError(ErrorCode.CONFLICT, 'This case’s subsidy has been paid; its lead adviser can no longer change', {
              reason: 'CASE_PAID',
            });
          }
          await em.execute('update case_adviser set lead = false where case_id = ? and lead', [caseId]);
          if (adviserId != null) await em.execute('update case_adviser set lead = true where case_id = ? and adviser_id = ?', [caseId, adviserId]);
          em.create(
            AuditEvent,
            this.audit(CASE_LEAD_ADVISER_SET, 'MediationCase', caseId, county.id, {
              leadAdviserId: adviserId,
              was: assigned.find((a) => a.lead)?.adviser_id ?? null,
            }),
          );
          await em.flush();
        }),
      { case_adviser_one_lead: { message: 'Another lead adviser was named meanwhile; reload the case' } },
    );
    return adviserId;
  }

  /**
   * Corrects a confirmed statement with an adjustment line (positive or negative) and its reason: the frozen lines are
   * never edited, and an adjustment claims nothing (it is outside the paid-once key). A paid statement is CONFLICT:
   * the correction goes on a later statement of the adviser.
   */
  async addAdjustment(statementId: string, input: SubsidyAdjustmentInput): Promise<SubsidyStatementView> {
    const reason = input.reason.trim();
    if (!reason) throw AppError.badInput('reason', 'must not be empty');
    if (!Number.isSafeInteger(input.amountFen) || input.amountFen === 0)
      throw AppError.badInput('amountFen', 'must be a whole, non-zero number of fen');
    const notFound = () => new AppError(ErrorCode.NOT_FOUND, 'No such statement in your jurisdiction');
    const statement = isId(statementId) ? await this.em.findOne(SubsidyStatement, { id: statementId }) : null;
    if (!statement) throw notFound();
    // A county's own bureau only (a city's: FORBIDDEN); another county's statement is as missing as none.
    const county = statement.county;
    if (new SubsidyPolicy(this.ctx).ownCounty() !== county.id) throw notFound();
    await conflictsAsErrors(() =>
      this.em.transactional(async (em) => {
        const row = await em.findOneOrFail(SubsidyStatement, { id: statementId }, { lockMode: LockMode.PESSIMISTIC_WRITE });
        AppError.assertVersion(row, input.version);
        if (row.status !== StatementStatus.CONFIRMED) {
          throw new AppError(ErrorCode.CONFLICT, 'This statement is already paid; add the correction to a later statement', {
            reason: 'STATEMENT_PAID',
          });
        }
        const [{ next }] = await em.execute<{ next: number }[]>(
          'select coalesce(max(position) + 1, 0)::int as next from subsidy_line where statement_id = ?',
          [row.id],
        );
        const line = em.create(SubsidyLine, {
          statement: row,
          position: Number(next),
          kind: SubsidyLineKind.ADJUSTMENT,
          count: 0,
          amountFen: input.amountFen,
          note: reason,
        });
        row.totalFen = Number(row.totalFen) + input.amountFen;
        em.create(
          AuditEvent,
          this.audit(SUBSIDY_ADJUSTMENT_ADDED, 'SubsidyStatement', row.id, county.id, { lineId: line.id, amountFen: input.amountFen, reason }),
        );
        await em.flush();
      }),
    );
    return this.statementOf(statement.adviser.id, parsePeriod(statement.period), county.id);
  }

  /**
   * The year-end settlement by assessment grade: once the year's assessment is published, every paying line of the
   * year's confirmed statements is adjusted by the factor of its adviser's published grade (the factors of the rate in
   * force on 31 December), as adjustment lines on the adviser's settlement statement (`<year>-Y`, confirmed, then paid
   * like any other). Paid statements never change. Each line is settled once (a unique key on the settled line), so
   * running it again adds only lines confirmed since, and two racing runs give one success and one CONFLICT.
   */
  async settleYear(year: number, countyId: string | null | undefined): Promise<SubsidyStatementView[]> {
    if (!Number.isInteger(year) || year < 2000 || year > 2100) throw AppError.badInput('year', 'must be a year from 2000 to 2100');
    const county = await new SubsidyPolicy(this.ctx).managedCounty(countyId);
    const period = parsePeriod(settlementPeriod(year));
    const publication = await this.em.findOne(AssessmentPublication, { county: county.id, year });
    if (!publication) throw AppError.badInput('year', 'publish the year’s assessment first: the settlement applies its grades');
    const rate = await this.em.findOne(
      SubsidyRate,
      { county: county.id, effectiveFrom: { $lte: `${year}-12-31` } },
      { orderBy: { effectiveFrom: 'desc' } },
    );
    const factors = rate?.gradeFactors ?? {};
    await conflictsAsErrors(
      () =>
        this.em.transactional(async (em) => {
          const rows = await em.execute<Record<string, unknown>[]>(
            `select l.id, l.kind, l.case_id, l.case_no, l.tier, l.closed_on::text as closed_on, l.month, l.count, l.amount_fen,
                    s.adviser_id, s.period, ar.grade
               from subsidy_line l
               join subsidy_statement s on s.id = l.statement_id
               join assessment_result ar on ar.publication_id = ? and ar.adviser_id = s.adviser_id
              where s.county_id = ? and s.period like ? and s.period <> ? and s.status in ('CONFIRMED', 'PAID')
                and l.kind in ('CASE', 'CONSULTATION') and l.reason is null and l.amount_fen > 0
                and not exists (select 1 from subsidy_line t where t.settles_id = l.id)
              order by s.adviser_id, s.period, l.position`,
            [publication.id, county.id, `${year}-%`, period.code],
          );
          const byAdviser = new Map<string, { row: Record<string, unknown>; delta: number; grade: string; factor: string }[]>();
          for (const row of rows) {
            const grade = row.grade ? String(row.grade) : null;
            const factor = grade ? factors[grade] : undefined;
            if (!grade || factor === undefined) continue;
            const delta = applyFactor(Number(row.amount_fen), factor) - Number(row.amount_fen);
            if (delta === 0) continue;
            const list = byAdviser.get(String(row.adviser_id)) ?? [];
            list.push({ row, delta, grade, factor });
            byAdviser.set(String(row.adviser_id), list);
          }
          if (byAdviser.size === 0) return;
          const existing = await em.find(
            SubsidyStatement,
            { adviser: { $in: [...byAdviser.keys()] }, period: period.code },
            { lockMode: LockMode.PESSIMISTIC_WRITE },
          );
          const [positions] = existing.length
            ? await em.execute<{ next: Record<string, number> | null }[]>(
                `select json_object_agg(statement_id, next) as next from
                   (select statement_id, max(position) + 1 as next from subsidy_line where statement_id in (${existing.map(() => '?').join(', ')}) group by statement_id) p`,
                existing.map((s) => s.id),
              )
            : [{ next: {} }];
          let settled = 0;
          for (const [adviserId, items] of byAdviser) {
            let statement = existing.find((s) => s.adviser.id === adviserId);
            // A paid settlement statement never changes: what was confirmed since waits for next year's correction.
            if (statement && statement.status !== StatementStatus.CONFIRMED) continue;
            statement ??= em.create(SubsidyStatement, {
              county: county.id,
              adviser: adviserId,
              period: period.code,
              totalFen: 0,
              confirmedBy: em.getReference(User, this.ctx.viewer!.id),
            });
            let position = Number(positions?.next?.[statement.id] ?? 0);
            for (const { row, delta, grade, factor } of items) {
              em.create(SubsidyLine, {
                statement,
                position: position++,
                kind: SubsidyLineKind.ADJUSTMENT,
                case: row.case_id ? String(row.case_id) : null,
                caseNo: (row.case_no as string | null) ?? null,
                tier: (row.tier as SubsidyLine['tier']) ?? null,
                closedOn: (row.closed_on as string | null) ?? null,
                month: (row.month as string | null) ?? null,
                count: Number(row.count),
                amountFen: delta,
                note: `${year}年度考核结算：${String(row.period)} ${enumLabel('SubsidyLineKind', String(row.kind))} × ${factor}（${enumLabel('AssessmentGrade', grade)}）`,
                settles: String(row.id),
              });
              statement.totalFen = Number(statement.totalFen) + delta;
              settled += 1;
            }
          }
          em.create(
            AuditEvent,
            this.audit(SUBSIDY_YEAR_SETTLED, 'AssessmentPublication', publication.id, county.id, { year, lines: settled, factors }),
          );
          await em.flush();
        }),
      {
        subsidy_line_settles_unique: { message: 'The year was settled meanwhile; reload it' },
        subsidy_statement_adviser_period_unique: { message: 'The year was settled meanwhile; reload it' },
      },
    );
    return this.statements(period.code, county.id);
  }

  private async statementOf(adviserId: string, period: Period, countyId: string): Promise<SubsidyStatementView> {
    const all = await this.statements(period.code, countyId);
    const found = all.find((s) => s.adviser.id === adviserId);
    if (!found) throw new AppError(ErrorCode.NOT_FOUND, 'No such statement');
    return found;
  }
}
