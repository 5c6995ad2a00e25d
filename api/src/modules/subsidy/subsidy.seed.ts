import type { EntityManager } from '@mikro-orm/postgresql';
import { COUNTY_ID, demoSubsidies, fixedId } from '@fengqiao/seeds';
import { WorkLogEntry } from '../work-log/work-log-entry.entity.js';
import { WorkLogCategory, WorkLogMode } from '../work-log/work-log.enums.js';
import { parsePeriod } from './period.js';
import { frozenLine, statementLines, statementTotal } from './statement.js';
import { caseClaim, consultationClaim, SubsidyClaim, SubsidyLine, SubsidyRate, SubsidyStatement } from './subsidy.entities.js';
import { StatementStatus, SubsidyLineKind } from './subsidy.enums.js';
import { subsidyCandidates } from './subsidy.figures.js';

/**
 * The subsidy demo of `now` (after the cases): the county's rates, adviser.1's unapproved consultations, and the first
 * month of the last ended quarter confirmed and paid for adviser.1, drafted by the same rules as `confirmSubsidyStatement`
 * so that its paying case shows as ALREADY_PAID in the quarter's draft.
 */
export async function seedSubsidies(tx: EntityManager, now: Date): Promise<void> {
  const demo = demoSubsidies(now);
  await tx.insertMany(
    SubsidyRate,
    demo.rates.map((r) => ({
      id: r.id,
      county: COUNTY_ID,
      effectiveFrom: r.effectiveFrom,
      ordinaryFen: r.ordinaryFen,
      difficultFen: r.difficultFen,
      majorFen: r.majorFen,
      consultationFen: r.consultationFen,
      consultationMonthlyCapFen: r.consultationMonthlyCapFen,
      createdBy: r.createdById,
      createdAt: now,
      version: 1,
    })),
  );
  await tx.insertMany(
    WorkLogEntry,
    demo.consultations.map((c, k) => ({
      id: c.id,
      adviser: c.adviserId,
      village: c.villageId,
      township: c.townshipId,
      county: COUNTY_ID,
      at: new Date(c.at),
      month: c.month,
      category: WorkLogCategory.CONSULTATION,
      mode: k % 2 ? WorkLogMode.ONLINE : WorkLogMode.OFFLINE,
      personServed: '【演示】村民',
      phone: '13935809999',
      matter: '土地承包经营权流转咨询',
      content: '【演示数据】解答土地流转合同的签订和期限问题。',
      durationMin: 30,
      case: null,
      venue: null,
      attendeeCount: null,
      createdBy: c.createdById,
      createdAt: new Date(c.at),
      updatedAt: new Date(c.at),
      version: 1,
    })),
  );

  const period = parsePeriod(demo.paidMonth);
  const candidates = await subsidyCandidates(tx, COUNTY_ID, period, demo.adviserId);
  const lines = statementLines(demo.adviserId, candidates.cases, candidates.consultations);
  const statementId = fixedId('subsidyStatement', 1);
  await tx.insertMany(SubsidyStatement, [
    {
      id: statementId,
      county: COUNTY_ID,
      adviser: demo.adviserId,
      period: period.code,
      status: StatementStatus.PAID,
      totalFen: statementTotal(lines),
      confirmedBy: demo.bureauId,
      confirmedAt: new Date(`${demo.paidOn}T09:00:00+08:00`),
      paidOn: demo.paidOn,
      voucherNo: demo.voucherNo,
      version: 2,
    },
  ]);
  await tx.insertMany(
    SubsidyLine,
    lines.map((l, position) => ({ id: fixedId('subsidyLine', position + 1), statement: statementId, ...frozenLine(l, position) })),
  );
  const claims = lines
    .filter((l) => l.reason === null && l.amountFen > 0)
    .map((l) => (l.kind === SubsidyLineKind.CASE ? caseClaim(demo.adviserId, l.caseId!) : consultationClaim(demo.adviserId, l.month!)));
  if (claims.length) {
    await tx.insertMany(
      SubsidyClaim,
      claims.map((claimKey, k) => ({ id: fixedId('subsidyClaim', k + 1), statement: statementId, claimKey })),
    );
  }
}
