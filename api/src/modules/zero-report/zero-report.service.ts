import { mapInSlices } from '../../common/tasks/slices.js';
import { Role } from '../../common/access/role.js';
import { sqlRegionsUnder, sqlUnder, type Place } from '../../common/access/jurisdiction.js';
import { AppError, ErrorCode } from '../../common/errors/app-error.js';
import { conflictsAsErrors } from '../../common/errors/db-errors.js';
import { today } from '../../common/graphql/dates.js';
import { calendarMonth, nextMonth } from '../../common/validation/calendar.js';
import type { Context } from '../../context.js';
import { MediationCase } from '../mediation-case/mediation-case.entity.js';
import { Region } from '../region/region.entity.js';
import { RegionLevel } from '../region/region.enums.js';
import { RegionPolicy } from '../region/region.policy.js';
import { RegionService } from '../region/region.service.js';
import { User } from '../user/user.entity.js';
import { VillageService } from '../village/village.service.js';
import { ZeroReport } from './zero-report.entity.js';
import { readQuery } from '../../db/replicas.js';

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

/** Villages a month's overview lists at most: a county's or a city's, not a province's 30,000 at once. */
export const VILLAGE_MONTH_LIMIT = 5000;
/** Villages it lists unless asked: every village of a county. */
export const VILLAGE_MONTH_DEFAULT = 1000;

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
        throw new AppError(ErrorCode.CONFLICT, 'The village already reported zero for that month', {
          field: 'month',
          reason: 'ZERO_REPORT_EXISTS',
          existingId: existing.id,
        });
      }
    };
    await exists();
    try {
      return await conflictsAsErrors(async () => {
        const report = this.ctx.em.create(ZeroReport, {
          id: crypto.randomUUID(),
          village,
          month,
          reportedBy: this.ctx.em.getReference(User, this.ctx.viewer!.id),
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

  /**
   * Each village of the viewer's jurisdiction (or a township in it) for a month: cases, zero report, or silence. One
   * statement whatever the size of the region: the villages, their cases of the month counted in one grouped pass over
   * the region's cases, and their zero report of the month (at most one, a unique key), joined in SQL.
   */
  /** The month's villages of the jurisdiction per county, one statement grouped by county: with cases, zero-reported, silent. */
  async monthByCounty(month: string) {
    this.checkMonth(month);
    const place = await new RegionPolicy(this.ctx).subtree();
    if (!place || this.ctx.viewer?.role === Role.ADVISER) throw new AppError(ErrorCode.FORBIDDEN, 'For offices and the bureau');
    const villages = sqlRegionsUnder(place, 'v', 'VILLAGE');
    const cases = sqlUnder(place, { COUNTY: 'mc.county_id', TOWNSHIP: 'mc.township_id', VILLAGE: 'mc.village_id' });
    const { from, to } = monthRange(month);
    const rows = await readQuery<Array<Record<string, unknown> & { village_count: number; with_cases: number; zero_reported: number }>>(
      this.ctx.em,
      `select c.*, count(*)::int as village_count, count(k.village_id)::int as with_cases,
              count(z.id) filter (where k.village_id is null)::int as zero_reported
       from region v
       join region t on t.id = v.parent_id
       join region c on c.id = t.parent_id
       left join (select distinct mc.village_id from mediation_case mc
                  where ${cases.sql} and mc.received_on >= ? and mc.received_on < ?) k on k.village_id = v.id
       left join zero_report z on z.village_id = v.id and z.month = ?
       where ${villages.sql} and (v.retired_on is null or v.retired_on > ?)
       group by c.id
       order by c.code, c.id`,
      [...cases.params, from, to, month, ...villages.params, from],
    );
    return rows.map(({ village_count, with_cases, zero_reported, ...county }) => ({
      county: this.ctx.em.map(Region, county as never),
      villageCount: village_count,
      withCases: with_cases,
      zeroReported: zero_reported,
      silent: village_count - with_cases - zero_reported,
    }));
  }

  async month(month: string, townshipId: string | null | undefined, limit = VILLAGE_MONTH_DEFAULT): Promise<VillageMonth[]> {
    this.checkMonth(month);
    if (!Number.isInteger(limit) || limit < 1 || limit > VILLAGE_MONTH_LIMIT) {
      throw AppError.badInput('limit', `must be a whole number from 1 to ${VILLAGE_MONTH_LIMIT}`);
    }
    const scope = await new RegionPolicy(this.ctx).subtree();
    if (!scope || this.ctx.viewer?.role === Role.ADVISER) throw new AppError(ErrorCode.FORBIDDEN, 'For offices and the bureau');
    let place: Place = scope;
    if (townshipId) {
      // A township outside the jurisdiction (or no township at all) has no village to show, as before.
      const township = await new RegionService(this.ctx).byId(townshipId);
      if (!township || township.level !== RegionLevel.TOWNSHIP) return [];
      place = township;
    }
    const villages = sqlRegionsUnder(place, 'v', 'VILLAGE');
    const cases = sqlUnder(place, { COUNTY: 'mc.county_id', TOWNSHIP: 'mc.township_id', VILLAGE: 'mc.village_id' });
    const { from, to } = monthRange(month);
    const rows = await readQuery<
      Array<
        Record<string, unknown> & {
          case_count: number;
          zr_id: string | null;
          zr_reported_by_id: string | null;
          zr_reported_at: Date | null;
        }
      >
    >(
      this.ctx.em,
      `select v.*, coalesce(c.n, 0)::int as case_count, z.id as zr_id, z.reported_by_id as zr_reported_by_id, z.reported_at as zr_reported_at
       from region v
       left join (select mc.village_id, count(*) as n from mediation_case mc
                  where ${cases.sql} and mc.received_on >= ? and mc.received_on < ?
                  group by mc.village_id) c on c.village_id = v.id
       left join zero_report z on z.village_id = v.id and z.month = ?
       where ${villages.sql} and (v.retired_on is null or v.retired_on > ?)
       order by v.code, v.id
       limit ?`,
      // A village retired (撤并) by the month's first day owes no report for it.
      [...cases.params, from, to, month, ...villages.params, from, limit],
    );
    return mapInSlices(rows, ({ case_count: caseCount, zr_id, zr_reported_by_id, zr_reported_at, ...columns }) => {
      const village = this.ctx.em.map(Region, columns as never);
      const zeroReport = zr_id
        ? this.ctx.em.map(ZeroReport, {
            id: zr_id,
            village_id: village.id,
            month,
            reported_by_id: zr_reported_by_id,
            reported_at: zr_reported_at,
          } as never)
        : null;
      return { village, caseCount, zeroReport, silent: caseCount === 0 && !zeroReport };
    });
  }
}
