import { enumLabel } from '@fengqiao/labels';
import { printedTime } from '../../common/documents/format.js';
import type { Context } from '../../context.js';
import { AssessmentStatus } from './assessment.enums.js';
import { AssessmentPolicy } from './assessment.policy.js';
import { AssessmentService } from './assessment.service.js';
import type { Assessment, AssessmentResult } from './dto/assessment.types.js';

/** One adviser's row of the year's table: the scores as numbers (null: 不适用), ranked within a township. */
export interface AssessmentTableRow {
  township: string;
  rank: number | null;
  adviser: string;
  scores: Array<number | null>;
  adjustment: number;
  total: number | null;
  grade: string;
  note: string;
}

/** The year's assessment table as the documents print it: names, numbers and words only, no records behind them. */
export interface AssessmentTableData {
  county: string;
  year: number;
  /** A live draft, printed marked 草稿 on every page's title, or the published (公示) snapshot. */
  draft: boolean;
  /** 已公示 2026-01-10 15:00 / 草稿（截至 2026-08-09） */
  status: string;
  /** Indicator names with their weights: `调解成功率（10分）`. */
  indicators: string[];
  rows: AssessmentTableRow[];
}

/**
 * The results grouped by township (by code) and ranked within it by total, highest first (equal totals share a rank,
 * no total comes last, unranked), then by name. Each adviser appears once: under `township` when given (an office's
 * table), else under the first township they served.
 */
export function rankByTownship(assessment: Pick<Assessment, 'results'>, township: string | null): AssessmentResult[][] {
  const groups = new Map<string, { code: string; results: AssessmentResult[] }>();
  for (const r of assessment.results) {
    const served = [...r.townships].sort((a, b) => a.code.localeCompare(b.code));
    const home = township ? served.find((t) => t.id === township) : served[0];
    if (!home) continue;
    const group = groups.get(home.id) ?? { code: home.code, results: [] };
    group.results.push(r);
    groups.set(home.id, group);
  }
  return [...groups.values()]
    .sort((a, b) => a.code.localeCompare(b.code))
    .map((g) =>
      g.results.sort(
        (a, b) =>
          (b.total ?? -1) - (a.total ?? -1) || a.adviser.name.localeCompare(b.adviser.name, 'zh-CN') || a.adviser.id.localeCompare(b.adviser.id),
      ),
    );
}

/** The table's rows from the ranked groups: competition ranking (90, 90, 85 → 1, 1, 3) within each township. */
export function tableRows(groups: AssessmentResult[][], township: string | null, indicatorCodes: readonly string[]): AssessmentTableRow[] {
  return groups.flatMap((group) => {
    let rank = 0;
    return group.map((r, i) => {
      if (r.total !== null && (i === 0 || group[i - 1]!.total !== r.total)) rank = i + 1;
      const home = township ? r.townships.find((t) => t.id === township) : [...r.townships].sort((a, b) => a.code.localeCompare(b.code))[0];
      const byCode = new Map(r.indicators.map((x) => [x.code as string, x]));
      const notes = [
        r.cappedFromExcellent ? '受优秀比例限制' : '',
        r.exemptFromCap ? '异议成立，不占优秀比例' : '',
        r.objection ? `异议${enumLabel('ObjectionStatus', r.objection.status)}` : '',
      ].filter(Boolean);
      return {
        township: home?.name ?? '',
        rank: r.total === null ? null : rank,
        adviser: r.adviser.name,
        scores: indicatorCodes.map((code) => {
          const x = byCode.get(code);
          return x?.applicable && x.score !== null ? x.score : null;
        }),
        adjustment: r.adjustmentPoints,
        total: r.total,
        grade: r.grade ? enumLabel('AssessmentGrade', r.grade) : '',
        note: notes.join('；'),
      };
    });
  });
}

/**
 * The year's table for the bureau (every adviser of the county) or an office (its township's), through the
 * assessment's own access rules: the published snapshot once the year is published, else the live draft, marked so.
 */
export async function assessmentTable(ctx: Context, year: number, countyId: string | null | undefined): Promise<AssessmentTableData> {
  const assessment = await new AssessmentService(ctx).assessment(year, countyId);
  const township = new AssessmentPolicy(ctx).officeTownship();
  const codes = assessment.scheme.indicators.map((i) => i.code);
  const draft = assessment.status !== AssessmentStatus.PUBLISHED;
  return {
    county: assessment.county.name,
    year,
    draft,
    status: draft ? `草稿，未公示（记录截至 ${assessment.through}）` : `已公示 ${assessment.publishedAt ? printedTime(assessment.publishedAt) : ''}`,
    indicators: assessment.scheme.indicators.map((i) => `${enumLabel('AssessmentIndicator', i.code)}（${i.weight}分）`),
    rows: tableRows(rankByTownship(assessment, township), township, codes),
  };
}

/** `88.5` as `88.50`; null as 不适用. */
export function printedScore(score: number | null): string {
  return score === null ? '不适用' : score.toFixed(2);
}

export const ASSESSMENT_TABLE_LEAD = ['乡镇', '排名', '法律顾问'];
export const ASSESSMENT_TABLE_TAIL = ['调整分', '总分', '等次', '备注'];
