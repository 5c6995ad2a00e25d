import { LockMode } from '@mikro-orm/core';
import { AppError, ErrorCode } from '../../common/errors/app-error.js';
import { conflictsAsErrors } from '../../common/errors/db-errors.js';
import type { Context } from '../../context.js';
import { AuditEvent } from '../audit/audit-event.entity.js';
import type { Region } from '../region/region.entity.js';
import { User } from '../user/user.entity.js';
import { AssessmentScheme, type SchemeIndicator } from './assessment-scheme.entity.js';
import {
  AssessmentIndicator,
  AssessmentStatus,
  DEFAULT_EXCELLENT_CAP_PERCENT,
  DEFAULT_OBJECTION_DAYS,
  DEFAULT_RATING_SCORES,
  INDICATORS,
  IndicatorKind,
} from './assessment.enums.js';
import { AssessmentPolicy } from './assessment.policy.js';
import type {
  Assessment as AssessmentView,
  AssessmentIndicatorRecord,
  AssessmentIndicatorResult,
  AssessmentObjectionView,
  AssessmentResult,
  AssessmentScheme as AssessmentSchemeView,
  SaveAssessmentSchemeInput,
  AssessmentGradeTable,
} from './dto/assessment.types.js';
import { suppressTable, type CountCellValue } from '../../common/access/suppression.js';
import { suppressesFor } from '../statistics/suppressed.types.js';
import { adviserTownships, adviserYears, yearProgress } from './assessment.figures.js';
import { indicatorRecords } from './assessment.records.js';
import { shanghaiDate } from '../../common/graphql/scalars.js';
import { isId } from '../../common/graphql/ids.js';
import { applyExcellentCap, DEFAULT_THRESHOLDS, Grade, gradeOf, round2, scoreIndicators, thresholdsProblem } from './scoring.js';
import { AssessmentObjection, AssessmentPublication, AssessmentResultRow } from './assessment-publication.entity.js';
import { today } from '../../common/graphql/dates.js';
import { calendarYear } from '../../common/validation/calendar.js';
import { readSettings } from '../setting/setting.service.js';
import { LegalAdviser } from '../adviser/legal-adviser.entity.js';
import { Region as RegionEntity } from '../region/region.entity.js';

export const ASSESSMENT_SCHEME_SAVED = 'ASSESSMENT_SCHEME_SAVED';

/** One adviser's result in a county's assessment, live or frozen, before the viewer's narrowing. */
export interface CountyResult {
  id: string | null;
  adviserId: string;
  townshipIds: string[];
  indicators: AssessmentIndicatorResult[];
  computedTotal: number | null;
  adjustmentPoints: number;
  adjustmentReason: string | null;
  total: number | null;
  grade: Grade | null;
  cappedFromExcellent: boolean;
  exemptFromCap: boolean;
  objection: AssessmentObjection | null;
}

export type CountyAssessment = Omit<AssessmentView, 'results' | 'gradeCounts'> & { results: CountyResult[] };

/** How many may be graded 优秀 among `graded` advisers under a cap of `percent`. */
export function excellentAllowance(graded: number, percent: number): number {
  return Math.floor(round2((graded * percent) / 100));
}

export function objectionView(o: AssessmentObjection): AssessmentObjectionView {
  return {
    id: o.id,
    reason: o.reason,
    raisedAt: o.raisedAt,
    status: o.status,
    decisionReason: o.decisionReason ?? null,
    adjustmentPoints: Number(o.adjustmentPoints),
    decidedAt: o.decidedAt ?? null,
    version: o.version,
  };
}

/** The built-in scheme: every indicator at its default weight and target. */
export function defaultIndicators(): SchemeIndicator[] {
  return (Object.keys(INDICATORS) as AssessmentIndicator[]).map((code) => ({
    code,
    weight: INDICATORS[code].weight,
    target: INDICATORS[code].target,
  }));
}

/** The first problem with a scheme's indicators, naming the field: duplicates, a missing target, weights not summing to 100. */
export function indicatorsProblem(indicators: readonly { code: AssessmentIndicator; weight: number; target?: number | null }[]): {
  field: string;
  message: string;
} | null {
  const seen = new Set<AssessmentIndicator>();
  for (const [i, indicator] of indicators.entries()) {
    if (seen.has(indicator.code)) return { field: `indicators.${i}.code`, message: `${indicator.code} is listed twice` };
    seen.add(indicator.code);
    const isCount = INDICATORS[indicator.code].kind === IndicatorKind.COUNT;
    if (isCount && indicator.target == null) return { field: `indicators.${i}.target`, message: 'a count indicator needs a target' };
    if (!isCount && indicator.target != null) return { field: `indicators.${i}.target`, message: 'only a count indicator has a target' };
  }
  const sum = indicators.reduce((total, indicator) => total + indicator.weight, 0);
  if (sum !== 100) return { field: 'indicators', message: `the weights sum to ${sum}; they must sum to 100` };
  return null;
}

export class AssessmentService {
  constructor(private readonly ctx: Context) {}

  private get em() {
    return this.ctx.em;
  }

  /** The county's scheme for the year: the saved one, or the built-in one (saved false, version 0). */
  async scheme(year: number, countyId: string | null | undefined): Promise<AssessmentSchemeView> {
    calendarYear('year', year);
    const county = await new AssessmentPolicy(this.ctx).county(countyId);
    const saved = await this.em.findOne(AssessmentScheme, { county: county.id, year });
    return view(county, year, saved);
  }

  /**
   * The county's assessment for the year: frozen results once published, else computed live from the records with
   * the year's scheme (every adviser paired with a village during the year, scored, graded and capped across the whole
   * county), then narrowed to the advisers the viewer may see. A fixed number of statements whatever their number.
   */
  async assessment(year: number, countyId: string | null | undefined): Promise<AssessmentView> {
    const scheme = await this.scheme(year, countyId);
    const publication = await this.em.findOne(AssessmentPublication, { county: scheme.county.id, year });
    const county = publication ? await this.fromSnapshot(publication, scheme.county) : await this.compute(year, scheme);
    return this.present(county);
  }

  /**
   * Grade counts by township, the only view of the assessment an analyst has: every adviser counted once (under the
   * first of their townships), suppressed for an analyst (common/access/suppression.ts). As many statements as the
   * assessment itself, and one for the townships.
   */
  async gradeTable(year: number, countyId: string | null | undefined): Promise<AssessmentGradeTable> {
    const scheme = await this.scheme(year, countyId);
    const publication = await this.em.findOne(AssessmentPublication, { county: scheme.county.id, year });
    const [county, townships] = await Promise.all([
      publication ? this.fromSnapshot(publication, scheme.county) : this.compute(year, scheme),
      this.em.find(RegionEntity, { parent: scheme.county.id }, { orderBy: { code: 'asc', id: 'asc' } }),
    ]);
    const grades = [Grade.EXCELLENT, Grade.PASS, Grade.BASIC_PASS, Grade.FAIL];
    const counted = new Map<string, number[]>();
    for (const r of county.results) {
      const township = r.townshipIds[0];
      if (!r.grade || !township) continue;
      const row = counted.get(township) ?? grades.map(() => 0);
      row[grades.indexOf(r.grade)]!++;
      counted.set(township, row);
    }
    // A township retired before the year is listed only if an adviser is counted under it.
    const listed = townships.filter((t) => counted.has(t.id) || !t.retiredOn || t.retiredOn > `${year}-01-01`);
    const shown = new AssessmentPolicy(this.ctx).gradeTownships(listed);
    const table = suppressTable(
      shown.map((t) => counted.get(t.id) ?? grades.map(() => 0)),
      suppressesFor(this.ctx),
    );
    const cells = (row: CountCellValue[]) => row.map((count, i) => ({ grade: grades[i]!, count }));
    return {
      year,
      county: scheme.county,
      status: county.status,
      townships: shown.map((township, i) => ({ township, counts: cells(table.cells[i]!), total: table.rowTotals[i]! })),
      totals: cells(shown.length ? table.columnTotals : grades.map(() => table.total)),
      total: table.total,
    };
  }

  /**
   * The records behind one indicator of one adviser's year, so the adviser can see why. They are the records as they
   * are now, judged by what had fallen due when the year was published (or by today while it is a draft) with the
   * rating scores it was scored with: a published year's figures are frozen, so a record edited since may no longer
   * agree with them. NOT_FOUND alike for an adviser the county's assessment does not count and one the viewer may not
   * see. A fixed number of statements.
   */
  async indicatorRecords(
    year: number,
    adviserId: string,
    indicator: AssessmentIndicator,
    countyId: string | null | undefined,
  ): Promise<AssessmentIndicatorRecord[]> {
    const scheme = await this.scheme(year, countyId);
    const publication = await this.em.findOne(AssessmentPublication, { county: scheme.county.id, year });
    const settings = await readSettings(this.em, scheme.county.id);
    const ratingScores = publication
      ? (publication.scheme as unknown as Pick<AssessmentSchemeView, 'ratingScores'>).ratingScores
      : scheme.ratingScores;
    const progress = yearProgress(year, publication ? shanghaiDate(publication.publishedAt) : today(), settings.monthlyReportDeadlineDay);
    const townshipIds = isId(adviserId) ? await adviserTownships(this.em, scheme.county.id, adviserId, progress) : null;
    const policy = new AssessmentPolicy(this.ctx);
    const visible = townshipIds !== null && (await policy.visibleResults([{ adviserId, townshipIds }])).has(adviserId);
    if (!visible) throw new AppError(ErrorCode.NOT_FOUND, 'No such adviser in this year’s assessment within your jurisdiction');
    return indicatorRecords(
      this.em,
      scheme.county.id,
      adviserId,
      indicator,
      progress,
      settings.monthlyReportDeadlineDay,
      ratingScores,
      policy.mayOpenRecord(),
    );
  }

  /** The live computation for the whole county, before anything is hidden from the viewer. */
  async compute(year: number, scheme: AssessmentSchemeView): Promise<CountyAssessment> {
    const settings = await readSettings(this.em, scheme.county.id);
    const progress = yearProgress(year, today(), settings.monthlyReportDeadlineDay);
    const years = await adviserYears(this.em, scheme.county.id, progress, settings.monthlyReportDeadlineDay, scheme.ratingScores);
    const scored = years.map((y) => {
      const figures = scheme.indicators.map((i) => ({ code: i.code, kind: i.kind, weight: i.weight, target: i.target, ...y.figures[i.code] }));
      const { indicators, total } = scoreIndicators(figures);
      return {
        id: y.adviserId,
        townshipIds: y.townshipIds,
        total,
        grade: total === null ? null : gradeOf(total, scheme.thresholds),
        indicators: indicators.map((result, n): AssessmentIndicatorResult => ({ ...figures[n]!, ...result, code: figures[n]!.code })),
      };
    });
    const graded = scored.filter((r): r is typeof r & { total: number; grade: Grade } => r.total !== null);
    const share = scheme.excellentCapPercent === null ? null : scheme.excellentCapPercent / 100;
    const capped = applyExcellentCap(graded, share);
    const finalGrade = new Map(capped.results.map((r) => [r.id, r]));
    return {
      year,
      county: scheme.county,
      scheme,
      status: AssessmentStatus.DRAFT,
      publishedAt: null,
      objectionsUntil: null,
      closedEarlyReason: null,
      through: progress.through,
      excellentAllowed: share === null ? null : capped.allowed,
      capBites: capped.bites,
      results: scored.map((r) => ({
        id: null,
        adviserId: r.id,
        townshipIds: r.townshipIds,
        indicators: r.indicators,
        computedTotal: r.total,
        adjustmentPoints: 0,
        adjustmentReason: null,
        total: r.total,
        grade: finalGrade.get(r.id)?.grade ?? r.grade,
        cappedFromExcellent: finalGrade.get(r.id)?.cappedFromExcellent ?? false,
        exemptFromCap: false,
        objection: null,
      })),
    };
  }

  /** A published year as it was frozen, with any objections: two statements. */
  private async fromSnapshot(publication: AssessmentPublication, county: Region): Promise<CountyAssessment> {
    const rows = await this.em.find(AssessmentResultRow, { publication: publication.id });
    const objections = rows.length ? await this.em.find(AssessmentObjection, { result: { $in: rows.map((r) => r.id) } }) : [];
    const objectionOf = new Map(objections.map((o) => [o.result.id, o]));
    const scheme = { ...(publication.scheme as unknown as Omit<AssessmentSchemeView, 'county'>), county };
    const graded = rows.filter((r) => r.total !== null).length;
    return {
      year: publication.year,
      county,
      scheme,
      status: AssessmentStatus.PUBLISHED,
      publishedAt: publication.publishedAt,
      objectionsUntil: publication.objectionsUntil,
      closedEarlyReason: publication.closedEarlyReason,
      through: publication.through,
      excellentAllowed: scheme.excellentCapPercent === null ? null : excellentAllowance(graded, scheme.excellentCapPercent),
      capBites: rows.some((r) => r.cappedFromExcellent),
      results: rows.map((r) => ({
        id: r.id,
        adviserId: r.adviser.id,
        townshipIds: r.townshipIds,
        indicators: r.indicators,
        computedTotal: r.computedTotal === null ? null : Number(r.computedTotal),
        adjustmentPoints: Number(r.adjustmentPoints),
        adjustmentReason: r.adjustmentReason,
        total: r.total === null ? null : Number(r.total),
        grade: r.grade,
        cappedFromExcellent: r.cappedFromExcellent,
        exemptFromCap: r.exemptFromCap,
        objection: objectionOf.get(r.id) ?? null,
      })),
    };
  }

  /** What the viewer may see of a county's assessment: their advisers' results, and the county-wide grade counts. */
  private async present(county: CountyAssessment): Promise<AssessmentView> {
    const visible = await new AssessmentPolicy(this.ctx).visibleResults(county.results);
    const shown = county.results.filter((r) => visible.has(r.adviserId));
    const [advisers, townships] = await Promise.all([
      shown.length ? this.em.find(LegalAdviser, { id: { $in: shown.map((r) => r.adviserId) } }) : [],
      shown.length ? this.em.find(RegionEntity, { id: { $in: [...new Set(shown.flatMap((r) => r.townshipIds))] } }) : [],
    ]);
    const adviserById = new Map(advisers.map((a) => [a.id, a]));
    const townshipById = new Map(townships.map((t) => [t.id, t]));
    const results: AssessmentResult[] = shown.map((r) => ({
      ...r,
      adviser: adviserById.get(r.adviserId)!,
      townships: r.townshipIds.map((id) => townshipById.get(id)!).filter(Boolean),
      objection: r.objection ? objectionView(r.objection) : null,
    }));
    const firstTownshipCode = (r: AssessmentResult) => r.townships[0]?.code ?? '';
    results.sort(
      (a, b) =>
        firstTownshipCode(a).localeCompare(firstTownshipCode(b)) ||
        a.adviser.name.localeCompare(b.adviser.name, 'zh-CN') ||
        a.adviser.id.localeCompare(b.adviser.id),
    );
    const counts = new Map<Grade, number>();
    for (const r of county.results) if (r.grade) counts.set(r.grade, (counts.get(r.grade) ?? 0) + 1);
    const { results: _all, ...rest } = county;
    return {
      ...rest,
      results,
      gradeCounts: [Grade.EXCELLENT, Grade.PASS, Grade.BASIC_PASS, Grade.FAIL].map((grade) => ({ grade, count: counts.get(grade) ?? 0 })),
    };
  }

  /**
   * Saves the county's scheme for the year whole. The first save of a year is made from version 0 (two racing first
   * saves: one wins, the other is CONFLICT by the unique key); later ones from the version read.
   */
  async save(input: SaveAssessmentSchemeInput): Promise<AssessmentSchemeView> {
    const county = await new AssessmentPolicy(this.ctx).managedCounty(input.countyId);
    const indicators = input.indicators.map((i) => ({ code: i.code, weight: i.weight, target: i.target ?? null }));
    const problem = indicatorsProblem(indicators);
    if (problem) throw AppError.badInput(problem.field, problem.message);
    const thresholds = { excellent: input.thresholds.excellent, pass: input.thresholds.pass, basicPass: input.thresholds.basicPass };
    const thresholdProblem = thresholdsProblem(thresholds);
    if (thresholdProblem) throw AppError.badInput(`thresholds.${thresholdProblem.field}`, thresholdProblem.message);
    const scores = input.ratingScores;
    if (scores.good > scores.excellent) throw AppError.badInput('ratingScores.good', 'must not score above excellent');
    if (scores.fair > scores.good) throw AppError.badInput('ratingScores.fair', 'must not score above good');
    if (scores.poor > scores.fair) throw AppError.badInput('ratingScores.poor', 'must not score above fair');

    const saved = await conflictsAsErrors(
      () =>
        this.em.transactional(async (em) => {
          let scheme = await em.findOne(AssessmentScheme, { county: county.id, year: input.year }, { lockMode: LockMode.PESSIMISTIC_WRITE });
          if (!scheme) {
            if (input.version !== 0) throw AppError.stale();
            scheme = em.create(AssessmentScheme, {
              county: county.id,
              year: input.year,
              indicators,
              excellentFrom: thresholds.excellent,
              passFrom: thresholds.pass,
              basicPassFrom: thresholds.basicPass,
              excellentCapPercent: input.excellentCapPercent ?? null,
              ratingScores: { excellent: scores.excellent, good: scores.good, fair: scores.fair, poor: scores.poor },
              objectionDays: input.objectionDays,
              updatedBy: em.getReference(User, this.ctx.viewer!.id),
            });
          } else {
            AppError.assertVersion(scheme, input.version);
            em.assign(scheme, {
              indicators,
              excellentFrom: thresholds.excellent,
              passFrom: thresholds.pass,
              basicPassFrom: thresholds.basicPass,
              excellentCapPercent: input.excellentCapPercent ?? null,
              ratingScores: { excellent: scores.excellent, good: scores.good, fair: scores.fair, poor: scores.poor },
              objectionDays: input.objectionDays,
              updatedBy: em.getReference(User, this.ctx.viewer!.id),
            });
          }
          await em.flush();
          em.create(AuditEvent, {
            id: crypto.randomUUID(),
            actor: this.ctx.viewer!.id,
            county: county.id,
            action: ASSESSMENT_SCHEME_SAVED,
            entityType: 'AssessmentScheme',
            entityId: scheme.id,
            requestId: this.ctx.requestId,
            ip: this.ctx.ip,
            details: { year: input.year, version: scheme.version },
          });
          await em.flush();
          return scheme;
        }),
      { assessment_scheme_county_year_unique: { message: 'Someone else saved this year’s scheme meanwhile; reload it', field: 'version' } },
    );
    return view(county, input.year, saved);
  }
}

function view(county: Region, year: number, saved: AssessmentScheme | null): AssessmentSchemeView {
  const indicators = saved?.indicators ?? defaultIndicators();
  return {
    year,
    county,
    indicators: indicators.map((i) => ({ code: i.code, kind: INDICATORS[i.code].kind, weight: i.weight, target: i.target })),
    thresholds: saved ? { excellent: saved.excellentFrom, pass: saved.passFrom, basicPass: saved.basicPassFrom } : { ...DEFAULT_THRESHOLDS },
    excellentCapPercent: saved ? saved.excellentCapPercent : DEFAULT_EXCELLENT_CAP_PERCENT,
    ratingScores: saved?.ratingScores ?? { ...DEFAULT_RATING_SCORES },
    objectionDays: saved?.objectionDays ?? DEFAULT_OBJECTION_DAYS,
    saved: saved !== null,
    version: saved?.version ?? 0,
  };
}
