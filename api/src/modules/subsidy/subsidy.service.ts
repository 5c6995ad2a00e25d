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
import type { MarkPaidInput, SubsidyLineView, SubsidyRateInput, SubsidyRateView, SubsidyStatementView } from './dto/subsidy.types.js';
import { type Period, parsePeriod } from './period.js';
import { type StatementLine, statementLines, statementTotal } from './statement.js';
import { caseClaim, consultationClaim, SubsidyClaim, SubsidyLine, SubsidyRate, SubsidyStatement } from './subsidy.entities.js';
import { StatementStatus, SubsidyLineKind } from './subsidy.enums.js';
import { subsidyCandidates } from './subsidy.figures.js';
import { SubsidyPolicy } from './subsidy.policy.js';

export const SUBSIDY_RATE_SAVED = 'SUBSIDY_RATE_SAVED';
export const SUBSIDY_STATEMENT_CONFIRMED = 'SUBSIDY_STATEMENT_CONFIRMED';
export const SUBSIDY_STATEMENT_PAID = 'SUBSIDY_STATEMENT_PAID';

const rateView = (r: SubsidyRate): SubsidyRateView => ({
  id: r.id,
  effectiveFrom: r.effectiveFrom,
  ordinaryFen: r.ordinaryFen,
  difficultFen: r.difficultFen,
  majorFen: r.majorFen,
  consultationFen: r.consultationFen,
  consultationMonthlyCapFen: r.consultationMonthlyCapFen,
  version: r.version,
});

const lineView = (l: StatementLine): SubsidyLineView => ({ ...l });

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
    const county = await new SubsidyPolicy(this.ctx).county(input.countyId);
    const effectiveFrom = calendarDate('effectiveFrom', input.effectiveFrom);
    const values = {
      ordinaryFen: input.ordinaryFen,
      difficultFen: input.difficultFen,
      majorFen: input.majorFen,
      consultationFen: input.consultationFen,
      consultationMonthlyCapFen: input.consultationMonthlyCapFen ?? null,
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
  async statements(periodCode: string, countyId: string | null | undefined): Promise<SubsidyStatementView[]> {
    const period = parsePeriod(periodCode);
    const policy = new SubsidyPolicy(this.ctx);
    const county = await policy.county(countyId);
    const visible = await policy.visibleAdvisers(period);
    const [candidates, stored] = await Promise.all([
      subsidyCandidates(this.em, county.id, period, null),
      this.em.find(SubsidyStatement, { county: county.id, period: period.code }),
    ]);
    const storedLines = stored.length
      ? await this.em.find(SubsidyLine, { statement: { $in: stored.map((s) => s.id) } }, { orderBy: { position: 'asc' } })
      : [];
    const confirmed = new Set(stored.map((s) => s.adviser.id));
    const drafted = [...new Set([...candidates.cases.map((c) => c.adviserId), ...candidates.consultations.map((m) => m.adviserId)])].filter(
      (id) => !confirmed.has(id),
    );
    const shown = (id: string) => visible === 'all' || visible.has(id);
    const adviserIds = [...stored.map((s) => s.adviser.id), ...drafted].filter(shown);
    const advisers = adviserIds.length ? await this.em.find(LegalAdviser, { id: { $in: adviserIds } }) : [];
    const adviserById = new Map(advisers.map((a) => [a.id, a]));
    const views: SubsidyStatementView[] = [];
    for (const s of stored) {
      if (!shown(s.adviser.id)) continue;
      views.push({
        id: s.id,
        adviser: adviserById.get(s.adviser.id)!,
        period: s.period,
        status: s.status,
        totalFen: Number(s.totalFen),
        lines: storedLines
          .filter((l) => l.statement.id === s.id)
          .map((l) => ({
            kind: l.kind,
            caseId: l.case?.id ?? null,
            caseNo: l.caseNo ?? null,
            tier: l.tier ?? null,
            closedOn: l.closedOn ?? null,
            month: l.month ?? null,
            count: l.count,
            amountFen: l.amountFen,
            reason: l.reason ?? null,
          })),
        confirmedAt: s.confirmedAt,
        paidOn: s.paidOn ?? null,
        voucherNo: s.voucherNo ?? null,
        version: s.version,
      });
    }
    for (const id of drafted) {
      if (!shown(id)) continue;
      const lines = statementLines(id, candidates.cases, candidates.consultations);
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

  /**
   * Confirms an adviser's statement for the period: its lines, computed now, are frozen, and each paying line claims
   * its case or month so that it can never be paid in another statement. Two racing confirmations (of one statement,
   * or of two statements paying one line) give one success and one CONFLICT; nothing is written by the loser.
   */
  async confirm(adviserId: string, periodCode: string, countyId: string | null | undefined): Promise<SubsidyStatementView> {
    const period = parsePeriod(periodCode);
    const county = await new SubsidyPolicy(this.ctx).county(countyId);
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
          const lines = statementLines(adviserId, candidates.cases, candidates.consultations);
          const statement = em.create(SubsidyStatement, {
            county: county.id,
            adviser: adviserId,
            period: period.code,
            totalFen: statementTotal(lines),
            confirmedBy: em.getReference(User, this.ctx.viewer!.id),
          });
          lines.forEach((l, position) => {
            em.create(SubsidyLine, {
              statement,
              position,
              kind: l.kind,
              case: l.caseId,
              caseNo: l.caseNo,
              tier: l.tier,
              closedOn: l.closedOn,
              month: l.month,
              count: l.count,
              amountFen: l.amountFen,
              reason: l.reason,
            });
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
    const county = await new SubsidyPolicy(this.ctx).county(statement.county.id).catch(() => {
      throw notFound();
    });
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

  private async statementOf(adviserId: string, period: Period, countyId: string): Promise<SubsidyStatementView> {
    const all = await this.statements(period.code, countyId);
    const found = all.find((s) => s.adviser.id === adviserId);
    if (!found) throw new AppError(ErrorCode.NOT_FOUND, 'No such statement');
    return found;
  }
}
