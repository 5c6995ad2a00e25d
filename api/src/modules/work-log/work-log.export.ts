import { enumLabel } from '@fengqiao/labels';
import type { FilterQuery } from '@mikro-orm/core';
import { AppError } from '../../common/errors/app-error.js';
import { isId } from '../../common/graphql/ids.js';
import { printedTime as at } from '../../common/documents/format.js';
import type { Context } from '../../context.js';
import { CasePolicy } from '../mediation-case/case.policy.js';
import type { LegalAdviser } from '../adviser/legal-adviser.entity.js';
import { MediationCase } from '../mediation-case/mediation-case.entity.js';
import type { Region } from '../region/region.entity.js';
import type { User } from '../user/user.entity.js';
import { chineseMonth } from './month.js';
import { Highlight, MonthlyCheck } from './monthly-check.entity.js';
import { MonthlyReport } from './monthly-report.entity.js';
import { WorkLogEntry } from './work-log-entry.entity.js';
import { WorkLogError } from './work-log.error.js';
import { WorkLogPolicy } from './work-log.policy.js';

/** More rows than any county writes in a month; a request past it is asked to narrow down. */
export const EXPORT_ROW_LIMIT = 20_000;

export interface LogRow {
  adviser: string;
  at: string;
  village: string;
  category: string;
  mode: string;
  personServed: string;
  phone: string;
  matter: string;
  content: string;
  durationMin: number;
  caseNo: string;
  venue: string;
  attendeeCount: string;
}

export interface MonthlyLog {
  title: string;
  month: string;
  adviser: string;
  township: string;
  status: string;
  submittedAt: string;
  late: boolean;
  reviewComment: string;
  reviewedBy: string;
  rows: LogRow[];
}

export interface CheckRow {
  month: string;
  adviser: string;
  township: string;
  logComplete: boolean;
  trainingOnTrack: boolean;
  noticeBoardPosted: boolean;
  casesFollowedUp: boolean;
  rating: string;
  notes: string;
  highlights: string;
  checkedBy: string;
  checkedAt: string;
}

/** What the PDF and the workbooks print, read with the same jurisdiction rules as the GraphQL lists. */
export class WorkLogExportService {
  private readonly policy: WorkLogPolicy;

  constructor(private readonly ctx: Context) {
    this.policy = new WorkLogPolicy(ctx);
  }

  private get em() {
    return this.ctx.em;
  }

  private async rows(where: FilterQuery<WorkLogEntry>): Promise<LogRow[]> {
    const count = await this.em.count(WorkLogEntry, where);
    if (count > EXPORT_ROW_LIMIT) throw AppError.badInput('month', `matches ${count} entries; narrow it to at most ${EXPORT_ROW_LIMIT}`);
    const entries = await this.em.find(WorkLogEntry, where, {
      populate: ['adviser', 'village'],
      orderBy: [{ adviser: { name: 'asc' } }, { at: 'asc' }, { id: 'asc' }],
    });
    // Case numbers only of cases the viewer may see, as `WorkLogEntry.mediationCase` answers (one query).
    const caseIds = [...new Set(entries.flatMap((e) => (e.case ? [e.case.id] : [])))];
    const visibleCases = caseIds.length
      ? await this.em.find(MediationCase, { $and: [{ id: { $in: caseIds } }, await new CasePolicy(this.ctx).visible()] })
      : [];
    const caseNos = new Map(visibleCases.map((c) => [c.id, c.caseNo]));
    return entries.map((e) => ({
      adviser: (e.adviser.getEntity() as LegalAdviser).name,
      at: at(e.at),
      village: (e.village.getEntity() as Region).name,
      category: enumLabel('WorkLogCategory', e.category),
      mode: enumLabel('WorkLogMode', e.mode),
      personServed: e.personServed,
      phone: e.phone ?? '',
      matter: e.matter,
      content: e.content,
      durationMin: e.durationMin,
      // The case number only: a work log never carries the case's confidential text.
      caseNo: e.case ? (caseNos.get(e.case.id) ?? '') : '',
      venue: e.venue ?? '',
      attendeeCount: e.attendeeCount != null ? String(e.attendeeCount) : '',
    }));
  }

  /** The month of a report, as printed for signature. */
  async monthlyLog(reportId: string): Promise<MonthlyLog> {
    const report = isId(reportId)
      ? await this.em.findOne(
          MonthlyReport,
          { $and: [{ id: reportId }, await this.policy.reports<MonthlyReport>()] },
          {
            populate: ['adviser', 'township', 'reviewedBy'],
          },
        )
      : null;
    if (!report) throw WorkLogError.reportNotFound();
    const adviser = report.adviser.getEntity() as LegalAdviser;
    // The month as this viewer may see it: an office prints only the entries in its own township.
    const rows = await this.rows({ $and: [{ adviser: adviser.id, month: report.month }, await this.policy.entries<WorkLogEntry>()] });
    return {
      title: '村（社区）法律顾问工作日志',
      month: chineseMonth(report.month),
      adviser: adviser.name,
      township: (report.township.getEntity() as Region).name,
      status: enumLabel('MonthlyReportStatus', report.status),
      submittedAt: at(report.submittedAt),
      late: report.late,
      reviewComment: report.reviewComment ?? '',
      reviewedBy: report.reviewedBy ? (report.reviewedBy.getEntity() as User).displayName : '',
      rows,
    };
  }

  /** The work log of a month, for one adviser or every adviser in the viewer's jurisdiction. */
  async logRows(month: string, adviserId: string | null): Promise<{ rows: LogRow[]; adviserName: string | null }> {
    const where: FilterQuery<WorkLogEntry>[] = [await this.policy.entries<WorkLogEntry>(), { month }];
    if (adviserId) where.push({ adviser: adviserId });
    const rows = await this.rows({ $and: where });
    return { rows, adviserName: adviserId && rows.length ? rows[0]!.adviser : null };
  }

  /** Checks of a month (or all months when none is given) in the viewer's jurisdiction. */
  async checkRows(month: string | null, townshipId: string | null): Promise<CheckRow[]> {
    const where: FilterQuery<MonthlyCheck>[] = [await this.policy.checks<MonthlyCheck>()];
    if (month) where.push({ month });
    if (townshipId) where.push({ township: townshipId });
    const checks = await this.em.find(
      MonthlyCheck,
      { $and: where },
      {
        populate: ['adviser', 'township', 'checkedBy'],
        orderBy: [{ month: 'desc' }, { township: { code: 'asc' } }, { adviser: { name: 'asc' } }, { id: 'asc' }],
        limit: EXPORT_ROW_LIMIT,
      },
    );
    const highlights = checks.length
      ? await this.em.find(Highlight, { check: { $in: checks.map((c) => c.id) } }, { orderBy: { createdAt: 'asc' } })
      : [];
    const byCheck = new Map<string, Highlight[]>();
    for (const h of highlights) byCheck.set(h.check.id, [...(byCheck.get(h.check.id) ?? []), h]);
    return checks.map((c) => ({
      month: c.month,
      adviser: (c.adviser.getEntity() as LegalAdviser).name,
      township: (c.township.getEntity() as Region).name,
      logComplete: c.logComplete,
      trainingOnTrack: c.trainingOnTrack,
      noticeBoardPosted: c.noticeBoardPosted,
      casesFollowedUp: c.casesFollowedUp,
      rating: enumLabel('CheckRating', c.rating),
      notes: c.notes,
      highlights: (byCheck.get(c.id) ?? []).map((h) => `${h.modelCase ? '【先进典型】' : ''}${h.title}：${h.text}`).join('\n'),
      checkedBy: (c.checkedBy.getEntity() as User).displayName,
      checkedAt: at(c.checkedAt),
    }));
  }
}
