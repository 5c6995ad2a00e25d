import { today } from '../../common/graphql/dates.js';
import { previousMonth } from '../../common/validation/calendar.js';
import type { Context } from '../../context.js';
import { AdviserStatus } from '../adviser/adviser.enums.js';
import { AdviserService } from '../adviser/adviser.service.js';
import { CaseService } from '../mediation-case/case.service.js';
import { MeetingService } from '../meeting/meeting.service.js';
import { RosterFilingService } from '../roster/roster-filing.service.js';
import { readSettingsCached } from '../setting/setting.service.js';
import { VillageService } from '../village/village.service.js';
import { MonthlyReport } from '../work-log/monthly-report.entity.js';
import { MonthlyReportService } from '../work-log/monthly-report.service.js';
import { currentMonth, deadlineOf } from '../work-log/month.js';
import { WorkLogPolicy } from '../work-log/work-log.policy.js';
import { MonthlyReportStatus } from '../work-log/work-log.enums.js';
import { WorkLogService } from '../work-log/work-log.service.js';
import { WorkItemKind } from './work-queue.enums.js';
import { WorkQueuePolicy } from './work-queue.policy.js';
import type { WorkItem, WorkQueue } from './work-queue.type.js';

/** A list a work item counts, and how to count it: the list's own service with `take: 0` (count only, no page). */
type ListName = 'mediationCases' | 'villages' | 'legalAdvisers' | 'monthlyReports' | 'workLogEntries' | 'consultationMeetings' | 'rosterFilings';

type Plan = Omit<WorkItem, 'count' | 'attention' | 'filter'> & { list: ListName; filter: Record<string, unknown> };

/** A month's report no longer waits for its adviser once submitted or approved. */
const DONE: readonly MonthlyReportStatus[] = [MonthlyReportStatus.SUBMITTED, MonthlyReportStatus.APPROVED];

/** `2026-Q4` for a day of October to December. */
export function quarterOf(day: string): string {
  return `${day.slice(0, 4)}-Q${Math.ceil(Number(day.slice(5, 7)) / 3)}`;
}

/**
 * The month an adviser submits next: last month until its deadline has passed and it is in (submitted or approved),
 * then this month.
 */
export function reportMonth(day: string, deadlineDay: number, lastMonthStatus: MonthlyReportStatus): string {
  const current = day.slice(0, 7);
  const last = previousMonth(current);
  return day <= deadlineOf(last, deadlineDay) || !DONE.includes(lastMonthStatus) ? last : current;
}

/**
 * The home page's work (首页待办): for each item the policy picks, the count of its list with its filter. Each count is
 * one SQL statement, run by the list's own service (so through that list's policy and filters, and equal to its
 * `totalItems` by construction): a fixed number of statements whatever the jurisdiction's size.
 */
export class WorkQueueService {
  private readonly policy: WorkQueuePolicy;

  constructor(private readonly ctx: Context) {
    this.policy = new WorkQueuePolicy(ctx);
  }

  async queue(): Promise<WorkQueue> {
    const day = today();
    const kinds = this.policy.kinds();
    const month = currentMonth();
    const needsSettings = kinds.includes(WorkItemKind.MONTHLY_REPORT) || kinds.includes(WorkItemKind.LATE_REPORTS);
    const deadlineDay = needsSettings ? (await readSettingsCached(this.ctx, await this.policy.settingsRegionId())).monthlyReportDeadlineDay : 0;
    const plans = await Promise.all(kinds.map((kind) => this.plan(kind, day, month, deadlineDay)));
    const counts = await Promise.all(plans.map((p) => this.count(p.list, p.filter)));
    return {
      asOf: day,
      items: plans.map((p, i) => {
        const count = counts[i]!;
        const attention = p.kind === WorkItemKind.MONTHLY_REPORT ? !DONE.includes(p.status!) : count > 0;
        return { ...p, filter: JSON.stringify(p.filter), count, attention };
      }),
    };
  }

  private async plan(kind: WorkItemKind, day: string, month: string, deadlineDay: number): Promise<Plan> {
    const adviserId = this.ctx.viewer?.adviserId ?? undefined;
    const K = WorkItemKind;
    switch (kind) {
      case K.MONTHLY_REPORT: {
        const reports = await this.ctx.em.find(
          MonthlyReport,
          { $and: [await new WorkLogPolicy(this.ctx).reports<MonthlyReport>(), { month: { $in: [previousMonth(month), month] } }] },
          { fields: ['month', 'status', 'deadline'] },
        );
        const statusOf = (m: string) => reports.find((r) => r.month === m)?.status ?? MonthlyReportStatus.DRAFT;
        const which = reportMonth(day, deadlineDay, statusOf(previousMonth(month)));
        const report = reports.find((r) => r.month === which);
        return {
          kind,
          list: 'workLogEntries',
          filter: { month: which },
          month: which,
          deadline: report?.deadline ?? deadlineOf(which, deadlineDay),
          status: statusOf(which),
        };
      }
      case K.OVERDUE_CASES:
        return { kind, list: 'mediationCases', filter: adviserId ? { adviserId, overdue: true } : { overdue: true } };
      case K.CONFIRMATIONS_CLOSING:
        return { kind, list: 'mediationCases', filter: { adviserId, confirmationDueSoon: true } };
      case K.TRAINING_DUE:
        return { kind, list: 'villages', filter: { untrainedInQuarter: quarterOf(day) } };
      case K.REPORTS_TO_REVIEW:
        return { kind, list: 'monthlyReports', filter: { status: [MonthlyReportStatus.SUBMITTED] } };
      case K.CHECKS_TO_DO:
        return { kind, list: 'legalAdvisers', filter: { status: AdviserStatus.ACTIVE, uncheckedInMonth: month }, month };
      case K.SILENT_VILLAGES:
        return { kind, list: 'villages', filter: { covered: true, silentInMonth: month }, month };
      case K.UNCOVERED_VILLAGES:
        return { kind, list: 'villages', filter: { covered: false } };
      case K.OVERDUE_ACTION_ITEMS:
        return { kind, list: 'consultationMeetings', filter: { withOverdueItems: true } };
      case K.ROSTER_FILINGS:
        return { kind, list: 'rosterFilings', filter: { status: this.policy.filingsToActOn() } };
      case K.LATE_REPORTS: {
        // The latest month whose deadline has passed: last month after this month's deadline day, else the one before.
        const last = previousMonth(month);
        const due = day > deadlineOf(last, deadlineDay) ? last : previousMonth(last);
        return { kind, list: 'monthlyReports', filter: { month: due, late: true }, month: due };
      }
    }
  }

  private async count(list: ListName, filter: Record<string, unknown>): Promise<number> {
    const options = { take: 0, filter } as never;
    const page = await (() => {
      switch (list) {
        case 'mediationCases':
          return new CaseService(this.ctx).list(options);
        case 'villages':
          return new VillageService(this.ctx).list(options);
        case 'legalAdvisers':
          return new AdviserService(this.ctx).list(options);
        case 'monthlyReports':
          return new MonthlyReportService(this.ctx).list(options);
        case 'workLogEntries':
          return new WorkLogService(this.ctx).list(options);
        case 'consultationMeetings':
          return new MeetingService(this.ctx).list(options);
        case 'rosterFilings':
          return new RosterFilingService(this.ctx).list(options);
      }
    })();
    return page.totalItems();
  }
}
