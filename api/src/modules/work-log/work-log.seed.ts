import type { EntityManager } from '@mikro-orm/postgresql';
import { COUNTY_ID, demoWorkLogs } from '@fengqiao/seeds';
import { Highlight, MonthlyCheck } from './monthly-check.entity.js';
import { MonthlyReport } from './monthly-report.entity.js';
import { WorkLogEntry } from './work-log-entry.entity.js';
import type { CheckRating, MonthlyReportStatus, WorkLogCategory, WorkLogMode } from './work-log.enums.js';

/** The demo work logs, monthly reports and checks of the two months before today (see `demoWorkLogs`). */
export async function seedWorkLogs(tx: EntityManager, now = new Date()): Promise<void> {
  const { entries, reports, checks } = demoWorkLogs(now);
  await tx.insertMany(
    WorkLogEntry,
    entries.map((e) => ({
      id: e.id,
      adviser: e.adviserId,
      village: e.villageId,
      township: e.townshipId,
      county: COUNTY_ID,
      at: new Date(e.at),
      month: e.month,
      category: e.category as WorkLogCategory,
      mode: e.mode as WorkLogMode,
      personServed: e.personServed,
      phone: e.phone,
      matter: e.matter,
      content: e.content,
      durationMin: e.durationMin,
      case: e.caseId,
      venue: null,
      attendeeCount: null,
      createdBy: e.createdById,
      createdAt: new Date(e.at),
      updatedAt: new Date(e.at),
      version: 1,
    })),
  );
  await tx.insertMany(
    MonthlyReport,
    reports.map((r) => ({
      id: r.id,
      adviser: r.adviserId,
      month: r.month,
      township: r.townshipId,
      status: r.status as MonthlyReportStatus,
      deadline: r.deadline,
      submittedAt: new Date(r.submittedAt),
      late: r.late,
      submittedBy: r.submittedById,
      reviewComment: r.reviewComment,
      reviewedBy: r.reviewedById,
      reviewedAt: r.reviewedAt ? new Date(r.reviewedAt) : null,
      createdAt: new Date(r.submittedAt),
      version: 1,
    })),
  );
  await tx.insertMany(
    MonthlyCheck,
    checks.map((c) => ({
      id: c.id,
      adviser: c.adviserId,
      month: c.month,
      township: c.townshipId,
      logComplete: c.logComplete,
      trainingOnTrack: c.trainingOnTrack,
      noticeBoardPosted: c.noticeBoardPosted,
      casesFollowedUp: c.casesFollowedUp,
      rating: c.rating as CheckRating,
      notes: c.notes,
      checkedBy: c.checkedById,
      checkedAt: new Date(c.checkedAt),
      version: 1,
    })),
  );
  await tx.insertMany(
    Highlight,
    checks.flatMap((c) =>
      c.highlights.map((h) => ({
        id: h.id,
        check: c.id,
        township: c.townshipId,
        title: h.title,
        text: h.text,
        modelCase: h.modelCase,
        markedBy: h.markedById,
        markedAt: h.markedAt ? new Date(h.markedAt) : null,
        createdAt: new Date(c.checkedAt),
      })),
    ),
  );
}
