import { Role } from '../../common/access/role.js';
import { regionScopeOf } from '../../common/access/scope.js';
import { AppError, ErrorCode } from '../../common/errors/app-error.js';
import { conflictsAsErrors } from '../../common/errors/db-errors.js';
import { today } from '../../common/graphql/dates.js';
import { escapeLike } from '../../common/graphql/list.js';
import { isId } from '../../common/graphql/ids.js';
import { calendarMonth, nextMonth } from '../../common/validation/calendar.js';
import type { Context } from '../../context.js';
import { MediationCase } from '../mediation-case/mediation-case.entity.js';
import { Region } from '../region/region.entity.js';
import { RegionLevel } from '../region/region.enums.js';
import { User } from '../user/user.entity.js';
import { VillageService } from '../village/village.service.js';
import { ZeroReport } from './zero-report.entity.js';

function monthRange(month: string): { from: string; to: string } {
  return { from: `${month}-01`, to: `${nextMonth(month)}-01` };
}

export interface VillageMonth {
  village: Region;
  caseCount: number;
  zeroReport: ZeroReport | null;
  /** Neither a case nor a zero report: silence. */
  silent: boolean;
}

export class ZeroReportService {
  constructor(private readonly ctx: Context) {}

  private checkMonth(month: string): void {
    calendarMonth('month', month);
    if (month > today().slice(0, 7)) throw AppError.badInput('month', 'cannot be in the future');
  }

  /** A village with no case received that month reports zero; its adviser or its office does it. */
  async report(villageId: string, month: string): Promise<ZeroReport> {
    this.checkMonth(month);
    const village = (await new VillageService(this.ctx).byId(villageId)) as Region | null;
    if (!village) throw new AppError(ErrorCode.NOT_FOUND, 'No such village in your jurisdiction');
    const { from, to } = monthRange(month);
    if (await this.ctx.em.count(MediationCase, { village, receivedOn: { $gte: from, $lt: to } })) {
      throw AppError.badInput('month', 'the village has disputes recorded that month');
    }
    const exists = async () => {
      const existing = await this.ctx.em.fork().findOne(ZeroReport, { village, month }, { fields: ['id'] });
      if (existing) {
        throw new AppError(ErrorCode.CONFLICT, 'The village already reported zero for that month', { field: 'month', reason: 'ZERO_REPORT_EXISTS', existingId: existing.id });
      }
    };
    await exists();
    try {
      return await conflictsAsErrors(async () => {
        const report = this.ctx.em.create(ZeroReport, {
          id: crypto.randomUUID(), village, month, reportedBy: this.ctx.em.getReference(User, this.ctx.viewer!.id),
        });
        await this.ctx.em.flush();
        return report;
      });
    } catch (error) {
      // Reported meanwhile by another request (the unique key refused this one): name that report.
      if (error instanceof AppError && error.code === ErrorCode.CONFLICT) await exists();
      throw error;
    }
  }

  /** Each village of the viewer's jurisdiction (or a township in it) for a month: cases, zero report, or silence. */
  async month(month: string, townshipId: string | null | undefined): Promise<VillageMonth[]> {
    this.checkMonth(month);
    const scope = await regionScopeOf(this.ctx);
    if (scope.kind !== 'subtree' || this.ctx.viewer?.role === Role.ADVISER) throw new AppError(ErrorCode.FORBIDDEN, 'For offices and the bureau');
    const where: Record<string, unknown> = { level: RegionLevel.VILLAGE, path: { $like: `${escapeLike(scope.path)}%` } };
    if (townshipId) where.parent = isId(townshipId) ? townshipId : null;
    const villages = await this.ctx.em.find(Region, where, { orderBy: { code: 'asc' } });
    const ids = villages.map((v) => v.id);
    const { from, to } = monthRange(month);
    const [counts, reports] = ids.length
      ? await Promise.all([
          this.ctx.em.execute<{ village_id: string; n: number }[]>(
            `select village_id, count(*)::int as n from mediation_case where village_id in (${ids.map(() => '?').join(',')})
             and received_on >= ? and received_on < ? group by village_id`, [...ids, from, to]),
          this.ctx.em.find(ZeroReport, { village: { $in: ids }, month }),
        ])
      : [[], []];
    const countOf = new Map(counts.map((c) => [c.village_id, Number(c.n)]));
    const reportOf = new Map(reports.map((r) => [r.village.id, r]));
    return villages.map((village) => {
      const caseCount = countOf.get(village.id) ?? 0;
      const zeroReport = reportOf.get(village.id) ?? null;
      return { village, caseCount, zeroReport, silent: caseCount === 0 && !zeroReport };
    });
  }
}
