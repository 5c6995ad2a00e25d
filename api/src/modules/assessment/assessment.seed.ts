import type { EntityManager } from '@mikro-orm/postgresql';
import { COUNTY_ID, demoAssessmentRecords } from '@fengqiao/seeds';

/** One multi-row insert per table: the rows' values in the columns' order. */
async function insertRows(tx: EntityManager, table: string, columns: readonly string[], rows: readonly unknown[][]): Promise<void> {
  if (rows.length === 0) return;
  const tuple = `(${columns.map(() => '?').join(', ')})`;
  await tx.execute(`insert into ${table} (${columns.join(', ')}) values ${rows.map(() => tuple).join(', ')}`, rows.flat());
}

/**
 * This year's records of the advisers meant to be 优秀, 合格 and 基本合格 in the live assessment draft (seeds'
 * `demoAssessmentRecords`): village trainings, monthly reports, checks with highlights, consultations, zero reports.
 */
export async function seedAssessmentRecords(tx: EntityManager, now: Date): Promise<void> {
  const r = demoAssessmentRecords(now);
  await insertRows(
    tx,
    'training',
    [
      'id',
      'kind',
      'county_id',
      'township_id',
      'village_id',
      'adviser_id',
      'title',
      'topics',
      'at',
      'year',
      'quarter',
      'venue',
      'mode',
      'created_by_id',
    ],
    r.trainings.map((t) => [
      t.id,
      'VILLAGE_QUARTERLY',
      COUNTY_ID,
      t.townshipId,
      t.villageId,
      t.adviserId,
      '【演示】农村常见纠纷调解与法律风险防范',
      '[]',
      t.at,
      r.year,
      t.quarter,
      '村委会会议室',
      'OFFLINE',
      r.actorId,
    ]),
  );
  await insertRows(
    tx,
    'monthly_report',
    ['id', 'adviser_id', 'month', 'township_id', 'status', 'deadline', 'submitted_at', 'late', 'submitted_by_id', 'reviewed_by_id', 'reviewed_at'],
    r.reports.map((m) => [
      m.id,
      m.adviserId,
      m.month,
      m.townshipId,
      'APPROVED',
      m.deadline,
      m.submittedAt,
      m.late,
      r.actorId,
      r.actorId,
      m.submittedAt,
    ]),
  );
  await insertRows(
    tx,
    'monthly_check',
    [
      'id',
      'adviser_id',
      'month',
      'township_id',
      'log_complete',
      'training_on_track',
      'notice_board_posted',
      'cases_followed_up',
      'rating',
      'notes',
      'checked_by_id',
      'checked_at',
    ],
    r.checks.map((c) => [c.id, c.adviserId, c.month, c.townshipId, true, true, true, true, c.rating, '【演示】按月核查', r.actorId, c.checkedAt]),
  );
  await insertRows(
    tx,
    'highlight',
    ['id', 'check_id', 'township_id', 'title', 'text'],
    r.checks
      .filter((c) => c.highlightId)
      .map((c) => [c.highlightId, c.id, c.townshipId, '【演示】巧解宅基地纠纷', '【演示数据】法律顾问现场释法，促成双方握手言和。']),
  );
  await insertRows(
    tx,
    'work_log_entry',
    [
      'id',
      'adviser_id',
      'village_id',
      'township_id',
      'county_id',
      'at',
      'month',
      'category',
      'mode',
      'person_served',
      'matter',
      'content',
      'duration_min',
      'created_by_id',
    ],
    r.consultations.map((e) => [
      e.id,
      e.adviserId,
      e.villageId,
      e.townshipId,
      COUNTY_ID,
      e.at,
      e.month,
      'CONSULTATION',
      'OFFLINE',
      '【演示】村民',
      '婚姻家庭法律咨询',
      '【演示数据】解答赡养和继承问题。',
      30,
      r.actorId,
    ]),
  );
  await insertRows(
    tx,
    'zero_report',
    ['id', 'village_id', 'month', 'reported_by_id', 'reported_at'],
    r.zeroReports.map((z) => [z.id, z.villageId, z.month, r.actorId, z.reportedAt]),
  );
}
