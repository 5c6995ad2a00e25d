// The arithmetic of the year-end assessment (考核): from each indicator's numerator and denominator to an adviser's
// total and grade, and the cap on the share graded 优秀. Pure functions over plain numbers, so the rules can be read and
// tested without a database; the service gathers the figures set-based and calls these.

/** How an indicator turns its figures into a score out of 100. */
export enum IndicatorKind {
  /** numerator / denominator × 100 (trainings held / required, months on time / months served, …). */
  RATIO = 'RATIO',
  /** min(count / target, 1) × 100 (consultations logged against a target). */
  COUNT = 'COUNT',
  /** The mean of already-scored values: numerator is their sum, denominator how many (the office's check ratings). */
  MEAN = 'MEAN',
}

export enum Grade {
  EXCELLENT = 'EXCELLENT',
  PASS = 'PASS',
  BASIC_PASS = 'BASIC_PASS',
  FAIL = 'FAIL',
}

export interface IndicatorFigures {
  code: string;
  kind: IndicatorKind;
  /** Whole points out of 100 across the scheme. */
  weight: number;
  /** Needed for COUNT: the count that earns the full score. */
  target?: number | null;
  numerator: number;
  denominator: number;
}

export interface IndicatorScore {
  code: string;
  /** False when there is nothing to measure (a zero denominator): shown as 不适用, its weight spread over the rest. */
  applicable: boolean;
  /** 0–100, two decimals; null when not applicable. */
  score: number | null;
  /** The weight this indicator actually carried after spreading the inapplicable ones' weight. */
  effectiveWeight: number;
  /** score × effectiveWeight / 100, two decimals: its share of the total. */
  points: number;
}

export interface Thresholds {
  excellent: number;
  pass: number;
  basicPass: number;
}

export const DEFAULT_THRESHOLDS: Readonly<Thresholds> = Object.freeze({ excellent: 90, pass: 75, basicPass: 60 });

/** Rounded to two decimals, half away from zero, without binary-fraction surprises (1.005 → 1.01). */
export function round2(value: number): number {
  const sign = value < 0 ? -1 : 1;
  return (sign * Math.round(Number.parseFloat(`${Math.abs(value)}e2`))) / 100;
}

/** One indicator's score out of 100, or null when its denominator (or a COUNT's target) gives nothing to measure. */
export function indicatorScore(figures: Pick<IndicatorFigures, 'kind' | 'target' | 'numerator' | 'denominator'>): number | null {
  const { kind, numerator, denominator } = figures;
  if (numerator < 0 || denominator < 0) throw new RangeError('indicator figures cannot be negative');
  switch (kind) {
    case IndicatorKind.RATIO:
      if (denominator === 0) return null;
      return round2(Math.min(numerator / denominator, 1) * 100);
    case IndicatorKind.MEAN:
      if (denominator === 0) return null;
      return round2(Math.min(numerator / denominator, 100));
    case IndicatorKind.COUNT: {
      const target = figures.target ?? 0;
      if (target <= 0) return null;
      return round2(Math.min(numerator / target, 1) * 100);
    }
  }
}

/**
 * Scores every indicator and the weighted total. An inapplicable indicator's weight is spread over the applicable ones
 * in proportion to their weights, so an adviser is never marked down for what did not arise; with nothing applicable
 * the total is null (the adviser cannot be graded from the records).
 */
export function scoreIndicators(indicators: readonly IndicatorFigures[]): { indicators: IndicatorScore[]; total: number | null } {
  const scores = indicators.map((figures) => ({ figures, score: indicatorScore(figures) }));
  const applicableWeight = scores.reduce((sum, { figures, score }) => sum + (score === null ? 0 : figures.weight), 0);
  if (applicableWeight === 0) {
    return {
      indicators: scores.map(({ figures }) => ({ code: figures.code, applicable: false, score: null, effectiveWeight: 0, points: 0 })),
      total: null,
    };
  }
  const totalWeight = indicators.reduce((sum, figures) => sum + figures.weight, 0);
  let exactTotal = 0;
  const results = scores.map(({ figures, score }): IndicatorScore => {
    if (score === null) return { code: figures.code, applicable: false, score: null, effectiveWeight: 0, points: 0 };
    const effectiveWeight = (figures.weight * totalWeight) / applicableWeight;
    const points = (score * effectiveWeight) / 100;
    exactTotal += points;
    return { code: figures.code, applicable: true, score, effectiveWeight: round2(effectiveWeight), points: round2(points) };
  });
  // The total is rounded once from the exact sum, not summed from rounded parts.
  return { indicators: results, total: round2(exactTotal) };
}

/** Why a set of thresholds cannot be used, or null: each within 0–100 and strictly descending. */
export function thresholdsProblem(thresholds: Thresholds): { field: keyof Thresholds; message: string } | null {
  for (const field of ['excellent', 'pass', 'basicPass'] as const) {
    const value = thresholds[field];
    if (!Number.isFinite(value) || value < 0 || value > 100) return { field, message: 'must be between 0 and 100' };
  }
  if (thresholds.pass >= thresholds.excellent) return { field: 'pass', message: 'must be below the threshold for excellent' };
  if (thresholds.basicPass >= thresholds.pass) return { field: 'basicPass', message: 'must be below the threshold for pass' };
  return null;
}

/** The grade a total earns; a total at a threshold earns it (90 is 优秀 with the defaults). */
export function gradeOf(total: number, thresholds: Thresholds = DEFAULT_THRESHOLDS): Grade {
  if (total >= thresholds.excellent) return Grade.EXCELLENT;
  if (total >= thresholds.pass) return Grade.PASS;
  if (total >= thresholds.basicPass) return Grade.BASIC_PASS;
  return Grade.FAIL;
}

export interface Graded {
  id: string;
  total: number;
  grade: Grade;
}

export interface CappedResult<T extends Graded> {
  results: Array<T & { cappedFromExcellent: boolean }>;
  /** How many may be graded 优秀 under the cap. */
  allowed: number;
  /** Whether the cap changed anyone's grade: the console reports it. */
  bites: boolean;
}

/**
 * Limits the share graded 优秀 to `share` (0.15 by default) of everyone assessed, rounding down. The best totals keep
 * 优秀, ties broken by id so the outcome never depends on row order; the rest become 合格. Advisers in `exempt` (an
 * upheld objection lifted them) keep 优秀 outside the count and do not push anyone else out.
 */
export function applyExcellentCap<T extends Graded>(
  results: readonly T[],
  share: number | null,
  exempt: ReadonlySet<string> = new Set(),
): CappedResult<T> {
  if (share === null) {
    return { results: results.map((r) => ({ ...r, cappedFromExcellent: false })), allowed: results.length, bites: false };
  }
  if (!(share >= 0 && share <= 1)) throw new RangeError('the share graded excellent must be between 0 and 1');
  // Rounded to cents before flooring so that 100 × 0.29 (28.999…96 in binary) allows 29.
  const allowed = Math.floor(round2(results.length * share));
  const candidates = results
    .filter((r) => r.grade === Grade.EXCELLENT && !exempt.has(r.id))
    .sort((a, b) => b.total - a.total || (a.id < b.id ? -1 : a.id > b.id ? 1 : 0));
  const keep = new Set(candidates.slice(0, allowed).map((r) => r.id));
  let bites = false;
  const capped = results.map((r) => {
    if (r.grade !== Grade.EXCELLENT || exempt.has(r.id) || keep.has(r.id)) return { ...r, cappedFromExcellent: false };
    bites = true;
    return { ...r, grade: Grade.PASS, cappedFromExcellent: true };
  });
  return { results: capped, allowed, bites };
}
