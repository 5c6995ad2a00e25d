import { fireEvent, screen, waitFor, within } from '@testing-library/react';
import { afterEach, describe, expect, it, vi } from 'vitest';
import {
  type Assessment,
  type AssessmentResult,
  type AssessmentScheme,
  formatPeriod,
  type IndicatorRecord,
  recordLink,
} from '../../providers/assessment';
import { serveGraphQL } from '../../test/graphqlServer';
import { renderAs } from '../../test/render';
import { AssessmentPage } from './AssessmentPage';

const indicator = (
  code: string,
  kind: string,
  numerator: number,
  denominator: number,
  score: number | null,
  points: number,
  target: number | null = null,
) => ({
  code,
  kind,
  weight: 20,
  target,
  numerator,
  denominator,
  applicable: score !== null,
  score,
  effectiveWeight: score === null ? 0 : 25,
  points,
});

const result = (id: string, name: string, patch: Partial<AssessmentResult> = {}): AssessmentResult =>
  ({
    id: `r-${id}`,
    total: 87.5,
    computedTotal: 87.5,
    adjustmentPoints: 0,
    adjustmentReason: null,
    grade: 'PASS',
    cappedFromExcellent: false,
    exemptFromCap: false,
    adviser: { id, name },
    townships: [{ id: 't1', name: '天宁镇' }],
    objection: null,
    indicators: [
      indicator('TRAININGS_HELD', 'RATIO', 7, 8, 87.5, 21.88),
      indicator('CONFIRMATIONS', 'RATIO', 0, 0, null, 0),
      indicator('CONSULTATIONS', 'COUNT', 18, 0, 75, 18.75, 24),
    ],
    ...patch,
  }) as AssessmentResult;

const assessment = (patch: Partial<Assessment> = {}): Assessment =>
  ({
    year: 2025,
    status: 'DRAFT',
    publishedAt: null,
    objectionsUntil: null,
    closedEarlyReason: null,
    through: '2025-12-31',
    excellentAllowed: 1,
    capBites: true,
    county: { id: 'c1', name: '交城县' },
    gradeCounts: [
      { grade: 'EXCELLENT', count: 1 },
      { grade: 'PASS', count: 2 },
      { grade: 'BASIC_PASS', count: 0 },
      { grade: 'FAIL', count: 0 },
    ],
    results: [
      result('a1', '李明华', { grade: 'EXCELLENT', total: 95 }),
      result('a2', '王秀兰', { cappedFromExcellent: true, total: 92 }),
      result('a3', '陈志强'),
    ],
    ...patch,
  }) as Assessment;

const SCHEME: AssessmentScheme = {
  year: 2025,
  saved: false,
  version: 0,
  excellentCapPercent: 15,
  objectionDays: 15,
  county: { id: 'c1', name: '交城县' },
  thresholds: { excellent: 90, pass: 75, basicPass: 60 },
  ratingScores: { excellent: 100, good: 85, fair: 70, poor: 50 },
  indicators: [
    { code: 'TRAININGS_HELD', kind: 'RATIO', weight: 60, target: null },
    { code: 'CONSULTATIONS', kind: 'COUNT', weight: 40, target: 24 },
  ],
} as AssessmentScheme;

const record = (patch: Partial<IndicatorRecord>): IndicatorRecord =>
  ({
    kind: 'VILLAGE_TRAINING',
    recordId: 'tr1',
    on: '2025-02-10',
    period: '2025-Q1',
    label: '水头村',
    inNumerator: true,
    inDenominator: true,
    points: null,
    openable: true,
    ...patch,
  }) as IndicatorRecord;

afterEach(() => vi.unstubAllGlobals());

describe('recordLink', () => {
  it('opens a record on its resource’s page only where the role may, and a slot without a record nowhere', () => {
    const open = { openable: true };
    expect(recordLink({ ...open, kind: 'AGREEMENT', recordId: 'c1' }, 'OFFICE_STAFF')).toBe('/mediationCases/c1/show');
    expect(recordLink({ kind: 'AGREEMENT', recordId: 'c1', openable: false }, 'OFFICE_STAFF')).toBeNull();
    expect(recordLink({ ...open, kind: 'CONSULTATION', recordId: 'e1' }, 'ADVISER')).toBe('/workLogEntries/e1/show');
    expect(recordLink({ ...open, kind: 'MONTHLY_CHECK', recordId: 'k1' }, 'BUREAU_ADMIN')).toBe('/monthlyChecks/k1/show');
    expect(recordLink({ ...open, kind: 'MONTHLY_CHECK', recordId: 'k1' }, 'ADVISER')).toBeNull();
    expect(recordLink({ ...open, kind: 'ZERO_REPORT', recordId: 'z1' }, 'BUREAU_ADMIN')).toBeNull();
    expect(recordLink({ kind: 'VILLAGE_TRAINING', recordId: null, openable: false }, 'BUREAU_ADMIN')).toBeNull();
    expect(formatPeriod('2025-Q3')).toBe('2025 Q3');
    expect(formatPeriod('2025-07')).toBe('2025-07');
  });
});

// A chart and a dozen accordions render per test: slow beside the rest of `npm test` on two cores.
describe('AssessmentPage', { timeout: 20_000 }, () => {
  it('shows the bureau the grade counts, the cap, and each adviser’s indicators with what was done and due', async () => {
    serveGraphQL({ assessment: () => assessment(), assessmentScheme: () => SCHEME });
    renderAs('BUREAU_ADMIN', <AssessmentPage />);
    expect(await screen.findByText('交城县 2025 年度考核')).toBeTruthy();
    expect((await screen.findByTestId('assessment-grade-PASS-value')).textContent).toBe('2');
    expect(screen.getByTestId('assessment-cap').textContent).toContain('优秀名额已满');
    const capped = screen.getByTestId('assessment-result-a2');
    fireEvent.click(within(capped).getByText('王秀兰'));
    expect(await within(capped).findByText('因名额限制由优秀调为合格')).toBeTruthy();
    const rows = within(capped).getByTestId('assessment-indicators-a2');
    expect(within(rows).getByTestId('indicator-TRAININGS_HELD').textContent).toContain('7 / 8');
    expect(within(rows).getByTestId('indicator-CONFIRMATIONS').textContent).toContain('不适用');
    expect(within(rows).getByTestId('indicator-CONSULTATIONS').textContent).toContain('18 / 24');
    expect(screen.getByTestId('assessment-publish')).toBeTruthy();
    // The table downloads, marked as a draft until published.
    expect(screen.getByTestId('assessment-download-xlsx').textContent).toBe('下载考核结果表（Excel）');
    expect(screen.getByTestId('assessment-download-pdf')).toBeTruthy();
    expect(screen.getByTestId('assessment-download-draft').textContent).toContain('草稿');
  });

  it('does not show the previous year’s results under the next year’s heading while that year loads', async () => {
    let release: (value: Assessment) => void = () => undefined;
    const later = new Promise<Assessment>((resolve) => {
      release = resolve;
    });
    serveGraphQL({
      assessment: (v) => (v.year === 2025 ? assessment() : later),
      assessmentScheme: (v) => ({ ...SCHEME, year: v.year as number }),
    });
    renderAs('BUREAU_ADMIN', <AssessmentPage />);
    expect(await screen.findByTestId('assessment-result-a2')).toBeTruthy();
    fireEvent.mouseDown(screen.getByRole('combobox', { name: /考核年度/ }));
    fireEvent.click(await screen.findByRole('option', { name: '2024' }));
    expect(await screen.findByText('交城县 2024 年度考核')).toBeTruthy();
    expect(screen.queryByTestId('assessment-result-a2')).toBeNull();
    expect(screen.queryByTestId('assessment-status')).toBeNull();
    release(assessment({ year: 2024 }));
    expect(await screen.findByTestId('assessment-result-a2')).toBeTruthy();
  });

  it('lets a city’s bureau read a county’s figures and download them, but not publish, edit the scheme or decide objections', async () => {
    serveGraphQL({ assessment: () => assessment(), assessmentScheme: () => SCHEME });
    renderAs('BUREAU_ADMIN', <AssessmentPage />, { scopeRegion: { id: 'city', name: '吕梁市', level: 'CITY' } });
    expect((await screen.findByTestId('assessment-grade-PASS-value')).textContent).toBe('2');
    expect(screen.getByTestId('assessment-download-xlsx')).toBeTruthy();
    const capped = screen.getByTestId('assessment-result-a2');
    fireEvent.click(within(capped).getByText('王秀兰'));
    expect(await within(capped).findByTestId('assessment-indicators-a2')).toBeTruthy();
    expect(screen.queryByTestId('assessment-publish')).toBeNull();
    expect(screen.queryByTestId('result-decide')).toBeNull();
    expect(screen.queryByTestId('scheme-weight-sum')).toBeNull();
  });

  it('keeps the scheme from saving until the weights add up to 100, then sends it with the version read', async () => {
    const requests = serveGraphQL({
      assessment: () => assessment(),
      assessmentScheme: () => SCHEME,
      saveAssessmentScheme: () => ({ ...SCHEME, saved: true, version: 1 }),
    });
    renderAs('BUREAU_ADMIN', <AssessmentPage />);
    await screen.findByTestId('scheme-weight-TRAININGS_HELD');
    // The page may still settle its queries (and mount the editor afresh) after the first render: type into the editor
    // that is there until the sum shows what was typed.
    await waitFor(() => {
      fireEvent.change(screen.getByTestId('scheme-weight-TRAININGS_HELD'), { target: { value: '50' } });
      expect(screen.getByTestId('scheme-weight-sum').textContent).toBe('权重合计 90（须为 100）');
    });
    fireEvent.change(screen.getByTestId('scheme-weight-TRAININGS_HELD'), { target: { value: '60' } });
    fireEvent.click(screen.getByTestId('scheme-save'));
    await waitFor(() => expect(requests.some((r) => r.field === 'saveAssessmentScheme')).toBe(true));
    const sent = requests.find((r) => r.field === 'saveAssessmentScheme')!.variables;
    expect(sent.input).toMatchObject({
      year: 2025,
      version: 0,
      indicators: [
        { code: 'TRAININGS_HELD', weight: 60 },
        { code: 'CONSULTATIONS', weight: 40, target: 24 },
      ],
    });
  });

  it('lets an adviser read their own published result and object to it within the window', async () => {
    const own = result('a1', '李明华');
    const requests = serveGraphQL({
      assessment: () => assessment({ status: 'PUBLISHED', objectionsUntil: '2026-12-10', results: [own] }),
      raiseAssessmentObjection: () => ({ id: 'o1', reason: '培训漏录', status: 'OPEN', raisedAt: '2026-11-28T09:30:00+08:00', version: 1 }),
    });
    renderAs('ADVISER', <AssessmentPage />);
    expect(await screen.findByTestId('assessment-indicators-a1')).toBeTruthy();
    expect(screen.queryByTestId('assessment-grades')).toBeNull();
    expect(screen.queryByTestId('assessment-download-xlsx')).toBeNull();
    fireEvent.click(screen.getByTestId('result-object'));
    const dialog = await screen.findByTestId('assessment-object-dialog');
    fireEvent.change(within(dialog).getByRole('textbox'), { target: { value: '第三季度培训漏录' } });
    fireEvent.click(within(dialog).getByRole('button', { name: '提出异议' }));
    await waitFor(() => expect(requests.some((r) => r.field === 'raiseAssessmentObjection')).toBe(true));
    expect(requests.find((r) => r.field === 'raiseAssessmentObjection')!.variables).toMatchObject({ resultId: 'r-a1', reason: '第三季度培训漏录' });
  });

  it('offers no objection once the window has closed', async () => {
    serveGraphQL({ assessment: () => assessment({ status: 'PUBLISHED', objectionsUntil: '2026-11-01', results: [result('a1', '李明华')] }) });
    renderAs('ADVISER', <AssessmentPage />);
    expect(await screen.findByTestId('assessment-indicators-a1')).toBeTruthy();
    expect(screen.queryByTestId('result-object')).toBeNull();
  });
  it('lists the records behind an indicator, linked where the bureau may open them, with the missed slots', async () => {
    const requests = serveGraphQL({
      assessment: () => assessment(),
      assessmentScheme: () => SCHEME,
      assessmentIndicatorRecords: () => [
        record({}),
        record({ recordId: null, on: '2025-09-30', period: '2025-Q3', inNumerator: false }),
        record({ kind: 'ZERO_REPORT', recordId: 'z1', period: '2025-05', label: '石口村' }),
      ],
    });
    renderAs('BUREAU_ADMIN', <AssessmentPage />);
    const card = await screen.findByTestId('assessment-result-a2');
    fireEvent.click(within(card).getByText('王秀兰'));
    fireEvent.click(await within(card).findByTestId('indicator-records-TRAININGS_HELD'));
    const dialog = await screen.findByTestId('indicator-records-dialog');
    expect(within(dialog).getByText('王秀兰：村居法治培训开展率')).toBeTruthy();
    expect(within(dialog).getByTestId('indicator-records-figures').textContent).toContain('7 / 8');
    const rows = await within(dialog).findAllByTestId('indicator-record');
    expect(rows).toHaveLength(3);
    expect(within(rows[0]!).getByTestId('indicator-record-link').getAttribute('href')).toBe('/trainings/tr1/show');
    expect(within(rows[0]!).getByText('已完成')).toBeTruthy();
    expect(within(rows[1]!).queryByTestId('indicator-record-link')).toBeNull();
    expect(rows[1]!.textContent).toContain('水头村 · 2025 Q3');
    expect(within(rows[1]!).getByText('应完成未完成')).toBeTruthy();
    expect(rows[1]!.textContent).toContain('无记录');
    expect(within(rows[2]!).queryByTestId('indicator-record-link')).toBeNull();
    expect(requests.find((r) => r.field === 'assessmentIndicatorRecords')!.variables).toEqual({
      year: 2025,
      countyId: 'c1',
      adviserId: 'a2',
      indicator: 'TRAININGS_HELD',
    });
  });

  it('shows an adviser the records behind their own result, unlinked where their role has no page, in English too', async () => {
    serveGraphQL({
      assessment: () => assessment({ status: 'PUBLISHED', objectionsUntil: '2026-11-01', results: [result('a1', '李明华')] }),
      assessmentIndicatorRecords: () => [record({ kind: 'MONTHLY_CHECK', recordId: 'k1', period: '2025-02', label: '天宁镇', points: 100 })],
    });
    renderAs('ADVISER', <AssessmentPage />, { locale: 'en' });
    fireEvent.click(await screen.findByTestId('indicator-records-TRAININGS_HELD'));
    const dialog = await screen.findByTestId('indicator-records-dialog');
    expect(within(dialog).getByText(/the published result is frozen/)).toBeTruthy();
    const [row] = await within(dialog).findAllByTestId('indicator-record');
    expect(row!.textContent).toContain('Monthly check');
    expect(row!.textContent).toContain('100 points');
    expect(within(row!).queryByTestId('indicator-record-link')).toBeNull();
  });
});
