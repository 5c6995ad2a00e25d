import { regionScopeOf } from '../../common/access/scope.js';
import { AppError, ErrorCode } from '../../common/errors/app-error.js';
import { today } from '../../common/graphql/dates.js';
import { escapeLike } from '../../common/graphql/list.js';
import type { Context } from '../../context.js';
import { RegionService } from '../region/region.service.js';
import type { CaseStatistics, KeyCount } from './case-statistics.type.js';

const GROUPS = { byStatus: 'status', byDisputeType: 'dispute_type', bySource: 'source', byLevel: 'level' } as const;

/** Aggregates over cases' metadata columns only: no query here ever touches a sealed column. */
export class CaseStatisticsService {
  constructor(private readonly ctx: Context) {}

  async statistics(regionId: string | null | undefined, from: string | null | undefined, to: string | null | undefined): Promise<CaseStatistics> {
    const scope = await regionScopeOf(this.ctx);
    if (scope.kind !== 'subtree') throw new AppError(ErrorCode.FORBIDDEN, 'Statistics are for a county or township');
    const region = await new RegionService(this.ctx).measured(regionId);
    if (!region) throw new AppError(ErrorCode.NOT_FOUND, 'No such region in your jurisdiction');
    const period = { from: from ?? `${today().slice(0, 4)}-01-01`, to: to ?? today() };
    if (period.to < period.from) throw AppError.badInput('to', 'must be on or after from');

    // One statement: every grouping at once over the same filtered set.
    const rows = await this.ctx.em.execute<{ grp: string; key: string | null; n: number; amount: string | null }[]>(
      `with c as (
         select mc.* from mediation_case mc join region v on v.id = mc.village_id
         where v.path like ? and mc.received_on between ? and ?
       )
       select 'total' as grp, null as key, count(*)::int as n, coalesce(sum(amount_fen), 0)::text as amount from c
       ${Object.values(GROUPS).map((col) => `union all select '${col}', ${col}::text, count(*)::int, null from c group by ${col}`).join('\n')}
       union all select 'resolved', resolved_level::text, count(*)::int, null from c where resolved_level is not null group by resolved_level`,
      [`${escapeLike(region.path)}%`, period.from, period.to],
    );
    const group = (grp: string): KeyCount[] =>
      rows.filter((r) => r.grp === grp).map((r) => ({ key: r.key ?? '', count: Number(r.n) })).sort((a, b) => b.count - a.count || a.key.localeCompare(b.key));
    const total = rows.find((r) => r.grp === 'total')!;
    const resolvedAt = (level: string) => Number(rows.find((r) => r.grp === 'resolved' && r.key === level)?.n ?? 0);
    const village = resolvedAt('VILLAGE');
    const township = resolvedAt('TOWNSHIP');
    const county = resolvedAt('COUNTY');
    const resolved = village + township + county;
    const share = (n: number) => (resolved ? Math.round((n / resolved) * 10000) / 10000 : 0);
    return {
      region, from: period.from, to: period.to, total: Number(total.n), amountFen: Number(total.amount ?? 0),
      byStatus: group(GROUPS.byStatus), byDisputeType: group(GROUPS.byDisputeType), bySource: group(GROUPS.bySource), byLevel: group(GROUPS.byLevel),
      resolution: { resolved, village, township, county, villageShare: share(village), townshipShare: share(township), countyShare: share(county) },
    };
  }
}
