import { render, screen, within } from '@testing-library/react';
import { AdminContext, memoryStore } from 'react-admin';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { CountText, SuppressionNote } from '../../common/CountText';
import { createI18nProvider } from '../../i18n';
import { serveGraphQL } from '../../test/graphqlServer';
import { renderAs } from '../../test/render';
import { AssessmentPage } from '../assessment/AssessmentPage';
import { CaseStatisticsPage } from './CaseStatisticsPage';

const n = (value: number) => ({ value, suppressed: null, display: String(value) });
const SMALL = { value: null, suppressed: 'SMALL', display: '<3' };
const X = { value: null, suppressed: 'COMPLEMENTARY', display: 'x' };

const counts = {
  region: { id: 'c1', name: '交城县' },
  period: { kind: 'YEAR', year: 2026, number: null, from: '2026-01-01', to: '2026-12-31' },
  total: n(14),
  amountFen: 1234500,
  byStatus: [
    { key: 'AGREEMENT_REACHED', count: n(7) },
    { key: 'IN_MEDIATION', count: X },
    { key: 'FAILED', count: SMALL },
  ],
  byDisputeType: [{ key: 'NEIGHBOUR', count: n(14) }],
  bySource: [{ key: 'SCREENING', count: n(14) }],
  byLevel: [{ key: 'VILLAGE', count: n(14) }],
  byRegion: [
    { region: { id: 't1', name: '天宁镇' }, count: n(12) },
    { region: { id: 't2', name: '西社镇' }, count: SMALL },
    { region: { id: 't3', name: '会立乡' }, count: n(0) },
  ],
  resolution: { resolved: n(7), village: n(5), township: SMALL, county: SMALL, villageShare: 0.7143, townshipShare: null, countyShare: null },
};

afterEach(() => vi.unstubAllGlobals());

describe('analysts’ suppressed figures', { timeout: 20_000 }, () => {
  it('shows an analyst fixed-period case counts with "<3" and "x" as published, never a free date range', async () => {
    const requests = serveGraphQL({ caseCounts: () => counts });
    renderAs('ANALYST', <CaseStatisticsPage />);
    expect(await screen.findByText('交城县 调解案件统计（2026）')).toBeTruthy();
    expect(screen.getByTestId('region-count-t2').textContent).toBe('<3');
    expect(screen.getByTestId('region-count-t2').getAttribute('aria-label')).toBe('少于 3，不公布');
    expect(screen.getByTestId('region-count-t3').textContent).toBe('0');
    expect(screen.getByTestId('counts-status-FAILED').textContent).toBe('<3');
    expect(screen.getByTestId('counts-status-IN_MEDIATION').textContent).toBe('x');
    expect(within(screen.getByTestId('counts-status')).getByText('7')).toBeTruthy();
    expect(screen.getByTestId('suppression-note').textContent).toContain('少于 3 的数字显示为“<3”');
    expect(requests.map((r) => r.field)).not.toContain('caseStatistics');
    expect(requests[0]!.variables).toMatchObject({ period: { kind: 'YEAR', year: expect.any(Number), number: null } });
    expect(screen.queryByLabelText('受理日期自')).toBeNull();
  });

  it('says the amount is not published when the total is withheld', async () => {
    serveGraphQL({ caseCounts: () => ({ ...counts, total: SMALL, amountFen: null }) });
    renderAs('ANALYST', <CaseStatisticsPage />);
    expect((await screen.findByTestId('stat-case-amount')).textContent).toContain('不公布');
  });

  it('shows an analyst grade counts by township, with "<3" cells and no adviser', async () => {
    const requests = serveGraphQL({
      assessmentGradeCounts: () => ({
        year: 2025,
        status: 'PUBLISHED',
        county: { id: 'c1', name: '交城县' },
        townships: [
          {
            township: { id: 't1', name: '天宁镇' },
            counts: [n(4), SMALL, X, n(0)].map((count, i) => ({ grade: ['EXCELLENT', 'PASS', 'BASIC_PASS', 'FAIL'][i], count })),
            total: X,
          },
        ],
        totals: [n(4), SMALL, X, n(0)].map((count, i) => ({ grade: ['EXCELLENT', 'PASS', 'BASIC_PASS', 'FAIL'][i], count })),
        total: X,
      }),
    });
    renderAs('ANALYST', <AssessmentPage />);
    expect((await screen.findByTestId('grade-t1-PASS')).textContent).toBe('<3');
    expect(screen.getByTestId('grade-t1-EXCELLENT').textContent).toBe('4');
    expect(screen.getByTestId('grade-t1-BASIC_PASS').textContent).toBe('x');
    expect(screen.getByTestId('suppression-note')).toBeTruthy();
    expect(requests.map((r) => r.field)).toEqual(['assessmentGradeCounts']);
  });

  it('explains "<3" and "x" in English too', () => {
    render(
      <AdminContext i18nProvider={createI18nProvider('en')} store={memoryStore()}>
        <CountText cell={SMALL} testId="small" />
        <CountText cell={X} testId="withheld" />
        <SuppressionNote show />
      </AdminContext>,
    );
    expect(screen.getByTestId('small').getAttribute('aria-label')).toBe('Fewer than 3, not published');
    expect(screen.getByTestId('withheld').getAttribute('aria-label')).toBe('Withheld so that no total reveals a small count');
    expect(screen.getByTestId('suppression-note').textContent).toContain('counts under 3 read "<3"');
  });
});
