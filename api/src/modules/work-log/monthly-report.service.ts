import { raw, type FilterQuery } from '@mikro-orm/core';
import { listPage } from '../../common/graphql/list-engine.js';
import { Role } from '../../common/access/role.js';
import { AppError, ErrorCode } from '../../common/errors/app-error.js';
import { conflictsAsErrors } from '../../common/errors/db-errors.js';
import { today } from '../../common/graphql/dates.js';
import { isId } from '../../common/graphql/ids.js';
import { loader } from '../../common/graphql/loaders.js';
import { shanghaiDate } from '../../common/graphql/scalars.js';
import type { Context } from '../../context.js';
import { calendarMonth } from '../../common/validation/calendar.js';
import { LegalAdviser } from '../adviser/legal-adviser.entity.js';
import { Pairing } from '../pairing/pairing.entity.js';
import { Region } from '../region/region.entity.js';
import { readSettings } from '../setting/setting.service.js';
import { User } from '../user/user.entity.js';
import type { MonthlyReportListOptions } from './dto/monthly-report.inputs.js';
import { adviserMonthKey, currentMonth, deadlineOf, fromAdviserMonthKey, monthBounds, monthsSpan } from './month.js';
import { MonthlyReport } from './monthly-report.entity.js';
import { WorkLogEntry } from './work-log-entry.entity.js';
import { MonthlyReportStatus } from './work-log.enums.js';
import { WorkLogError } from './work-log.error.js';
import { WorkLogPolicy } from './work-log.policy.js';
import { lockMonths } from './work-log.service.js';
import { now as clockNow } from '../../common/clock.js';

export interface AdviserMonth {
  month: string;
  adviser: LegalAdviser;
  status: MonthlyReportStatus;
  deadline: string;
  overdue: boolean;
  entryCount: number;
  totalMinutes: number;
  report: MonthlyReport | null;
}

export interface MonthTotals {
  entryCount: number;
  totalMinutes: number;
}

export class MonthlyReportService {
  private readonly policy: WorkLogPolicy;

  constructor(private readonly ctx: Context) {
    this.policy = new WorkLogPolicy(ctx);
  }

  private get em() {
    return this.ctx.em;
  }

  async list(options: MonthlyReportListOptions | null | undefined) {
    const where: FilterQuery<MonthlyReport>[] = [await this.policy.reports<MonthlyReport>()];
    const f = options?.filter;
    if (f?.ids) where.push({ id: { $in: f.ids } });
    if (f?.adviserId) where.push({ adviser: f.adviserId });
    if (f?.townshipId) where.push({ township: f.townshipId });
    if (f?.month) where.push({ month: f.month });
    if (f?.status?.length) where.push({ status: { $in: f.status } });
    if (f?.late != null) where.push({ late: f.late });
    return listPage(this.em, MonthlyReport, options, { where });
  }

  async byId(id: string): Promise<MonthlyReport | null> {
    if (!isId(id)) return null;
    return this.em.findOne(MonthlyReport, { $and: [{ id }, await this.policy.reports<MonthlyReport>()] });
  }

  /**
   * One adviser's month as the console shows it, submitted or not: an adviser asks for their own; an office or the
   * bureau for an adviser paired in its region (null otherwise).
   */
  async adviserMonth(month: string, adviserIdArg: string | null | undefined): Promise<AdviserMonth | null> {
    const v = this.ctx.viewer!;
    calendarMonth('month', month);
    let adviserId: string;
    if (v.role === Role.ADVISER) {
      if (!v.adviserId || (adviserIdArg && adviserIdArg !== v.adviserId)) return null;
      adviserId = v.adviserId;
    } else {
      if (!adviserIdArg) throw AppError.badInput('adviserId', 'name the adviser');
      if (!isId(adviserIdArg)) return null;
      const paired = await this.em.count(Pairing, {
        $and: [{ adviser: adviserIdArg }, await new WorkLogPolicy(this.ctx).pairingsInScope()],
      } as FilterQuery<Pairing>);
      if (!paired) return null;
      adviserId = adviserIdArg;
    }
    const adviser = await this.em.findOne(LegalAdviser, adviserId);
    if (!adviser) return null;
    const [report, totals, settings] = await Promise.all([
      this.em.findOne(MonthlyReport, { adviser: adviserId, month }),
      this.totals().load(adviserMonthKey(adviserId, month)),
      readSettings(this.em, adviser.county.id),
    ]);
    const deadline = report?.deadline ?? deadlineOf(month, settings.monthlyReportDeadlineDay);
    return {
      month,
      adviser,
      report,
      deadline,
      status: report?.status ?? MonthlyReportStatus.DRAFT,
      overdue: !report && today() > deadline,
      ...totals,
    };
  }

  /**
   * The adviser submits a month: from then its entries are frozen. The first submission after the deadline is
   * marked late; a resubmission after a return keeps the first one's mark.
   */
  async submit(month: string, adviserIdArg: string | null | undefined): Promise<MonthlyReport> {
    const v = this.ctx.viewer!;
    if (!v.adviserId) throw AppError.badInput('adviserId', 'only an adviser submits a work log');
    if (adviserIdArg && adviserIdArg !== v.adviserId) throw new AppError(ErrorCode.FORBIDDEN, 'An adviser submits only their own work log');
    const adviserId = v.adviserId;
    calendarMonth('month', month);
    if (month > currentMonth()) throw AppError.badInput('month', 'cannot be in the future');
    // The deadline of the adviser's own county.
    const own = await this.em.findOne(LegalAdviser, adviserId, { fields: ['county'] });
    const settings = await readSettings(this.em, own?.county.id ?? null);
    return conflictsAsErrors(
      () =>
        this.em.transactional(async (tx) => {
          await lockMonths(tx, adviserId, [month]);
          const bounds = monthBounds(month);
          const byTownship = await tx.execute<{ township_id: string; n: number }[]>(
            `select township_id, count(*)::int as n from work_log_entry where adviser_id = ? and month = ? and at >= ? and at < ?
         group by township_id order by n desc, township_id asc`,
            [adviserId, month, bounds.from, bounds.to],
          );
          if (!byTownship.length) throw AppError.badInput('month', 'has no work-log entries to submit');
          const now = clockNow();
          const existing = await tx.findOne(MonthlyReport, { adviser: adviserId, month });
          if (existing) {
            if (existing.status !== MonthlyReportStatus.RETURNED) {
              throw WorkLogError.exists(`The work log of ${month} is already ${existing.status.toLowerCase()}`, 'REPORT_EXISTS', existing.id, month);
            }
            existing.status = MonthlyReportStatus.SUBMITTED;
            existing.submittedAt = now;
            existing.submittedBy = tx.getReference(User, v.id, { wrapped: true });
            existing.township = tx.getReference(Region, byTownship[0]!.township_id, { wrapped: true });
            await tx.flush();
            return existing;
          }
          const deadline = deadlineOf(month, settings.monthlyReportDeadlineDay);
          const report = tx.create(MonthlyReport, {
            id: crypto.randomUUID(),
            adviser: adviserId,
            month,
            township: byTownship[0]!.township_id,
            status: MonthlyReportStatus.SUBMITTED,
            deadline,
            submittedAt: now,
            late: shanghaiDate(now) > deadline,
            submittedBy: tx.getReference(User, v.id),
          });
          await tx.flush();
          return report;
        }),
      { monthly_report_adviser_month_unique: { message: `The work log of ${month} is already submitted`, field: 'month' } },
    );
  }

  /** The office of the report's township approves it or returns it with comments. */
  async review(id: string, approve: boolean, comment: string | null | undefined, version: number): Promise<MonthlyReport> {
    const v = this.ctx.viewer!;
    const text = comment?.trim() || null;
    if (!approve && !text) throw AppError.badInput('comment', 'say what to correct when returning a work log');
    if (text && text.length > 2000) throw AppError.badInput('comment', 'at most 2000 characters');
    return conflictsAsErrors(() =>
      this.em.transactional(async (tx) => {
        const report = isId(id) ? await tx.findOne(MonthlyReport, { id }) : null;
        if (!report) throw WorkLogError.reportNotFound();
        if (v.role !== Role.OFFICE_STAFF || !(await this.policy.townshipInScope(report.township.id, tx))) {
          throw WorkLogError.notYourTownship();
        }
        AppError.assertVersion(report, version);
        if (report.status !== MonthlyReportStatus.SUBMITTED) {
          throw WorkLogError.wrongState(`Only a submitted work log can be reviewed; this one is ${report.status.toLowerCase()}`);
        }
        report.status = approve ? MonthlyReportStatus.APPROVED : MonthlyReportStatus.RETURNED;
        if (!approve) report.timesReturned += 1;
        report.reviewComment = text ?? (approve ? null : report.reviewComment);
        report.reviewedBy = tx.getReference(User, v.id, { wrapped: true });
        report.reviewedAt = clockNow();
        await tx.flush();
        return report;
      }),
    );
  }

  /**
   * Entry count and minutes of advisers' months (keys from `adviserMonthKey`), counting only the entries the viewer may
   * see, as the entries list and the printed log show them (an office: its own township): one grouped statement for
   * a page of reports.
   */
  totals() {
    return loader<string, MonthTotals>(
      this.ctx,
      'monthly-report:totals',
      async (keys) => {
        const pairs = keys.map(fromAdviserMonthKey);
        const months = [...new Set(pairs.map((p) => p.month))];
        // Bounds on `at` too: the months' partitions alone are read.
        const { from, to } = monthsSpan(months);
        const rows = await this.em
          .createQueryBuilder(WorkLogEntry, 'e')
          .select(['e.adviser', 'e.month', raw('count(*)::int as n'), raw('coalesce(sum(e.duration_min), 0)::int as minutes')])
          .where({
            $and: [
              await this.policy.entries<WorkLogEntry>(),
              { adviser: { $in: [...new Set(pairs.map((p) => p.adviserId))] }, month: { $in: months }, at: { $gte: from, $lt: to } },
            ],
          } as never)
          .groupBy(['e.adviser', 'e.month'])
          .execute<{ adviser_id: string; month: string; n: number; minutes: number }[]>('all', false);
        return new Map(rows.map((r) => [adviserMonthKey(r.adviser_id, r.month), { entryCount: Number(r.n), totalMinutes: Number(r.minutes) }]));
      },
      { entryCount: 0, totalMinutes: 0 },
    );
  }
}
