import { fireEvent, screen, waitFor } from '@testing-library/react';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { serveGraphQL } from '../../test/graphqlServer';
import { renderAs } from '../../test/render';
import { CaseStatisticsPage } from './CaseStatisticsPage';

const statistics = (variables: Record<string, unknown>) => ({
  region: { id: 'c1', name: '交城县' },
  from: variables.from,
  to: variables.to,
  total: 3,
  amountFen: 0,
  byStatus: [{ key: 'AGREEMENT_REACHED', count: 3 }],
  byDisputeType: [{ key: 'NEIGHBOUR', count: 3 }],
  bySource: [{ key: 'SCREENING', count: 3 }],
  byLevel: [{ key: 'VILLAGE', count: 3 }],
  resolution: { resolved: 3, village: 3, township: 0, county: 0, villageShare: 1, townshipShare: 0, countyShare: 0 },
});

afterEach(() => {
  vi.unstubAllGlobals();
  vi.useRealTimers();
});

describe('the case statistics’ date range', { timeout: 20_000 }, () => {
  it('shows its dates in Chinese whatever the browser’s locale, and asks for the range typed as YYYY-MM-DD', async () => {
    vi.useFakeTimers({ toFake: ['Date'] });
    vi.setSystemTime(new Date('2026-07-15T04:00:00Z'));
    vi.stubGlobal('navigator', { ...navigator, language: 'en-US', languages: ['en-US'] });
    const requests = serveGraphQL({
      caseStatistics: statistics,
      villageMonthReports: () => [],
      regions: () => ({ items: [], totalItems: 0, totalItemsExact: true }),
    });
    renderAs('BUREAU_ADMIN', <CaseStatisticsPage />);
    const from = (await screen.findByTestId('stats-from')) as HTMLInputElement;
    const to = screen.getByTestId('stats-to') as HTMLInputElement;
    await waitFor(() => expect(from.value).toBe('2026年01月01日'));
    expect(to.value).toBe('2026年07月15日');
    await waitFor(() =>
      expect(requests.find((r) => r.field === 'caseStatistics')?.variables).toMatchObject({ from: '2026-01-01', to: '2026-07-15' }),
    );

    fireEvent.change(from, { target: { value: '2026年03月01日' } });
    await waitFor(() => expect(requests.some((r) => r.field === 'caseStatistics' && r.variables.from === '2026-03-01')).toBe(true));
    // A start after the end, or an end after today, is not asked for.
    fireEvent.change(from, { target: { value: '2026年08月01日' } });
    fireEvent.change(to, { target: { value: '2026年12月31日' } });
    fireEvent.change(to, { target: { value: '2026年06月30日' } });
    await waitFor(() =>
      expect(requests.filter((r) => r.field === 'caseStatistics').at(-1)!.variables).toMatchObject({ from: '2026-03-01', to: '2026-06-30' }),
    );
    expect(requests.some((r) => r.variables.from === '2026-08-01' || r.variables.to === '2026-12-31')).toBe(false);
  });
});
