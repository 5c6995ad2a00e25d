import { fireEvent, render, screen, waitFor } from '@testing-library/react';
import { AdminContext, memoryStore } from 'react-admin';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { createI18nProvider } from '../../i18n';
import { authProvider } from '../../providers/authProvider';
import { dataProvider } from '../../providers/dataProvider';
import { todayInShanghai } from '../../providers/dates';
import { saveSession, type Role } from '../../providers/session';
import { CoveragePage } from './CoveragePage';

// The server answers for the date it was asked about, as the API does.
const coverage = (withLoads: boolean, asOf: string) => ({
  __typename: 'Coverage',
  region: { __typename: 'Region', id: 'c', name: '交城县', level: 'COUNTY' },
  asOf,
  villageCount: 152,
  coveredCount: 148,
  ratio: 0.9737,
  loadCap: 5,
  // The API lists the first uncovered villages only; the count is all of them.
  uncoveredCount: 4,
  uncovered: [{ __typename: 'Village', id: 'v1', name: '西岭村', township: { __typename: 'Region', id: 't5', name: '西社镇' } }],
  townships: [
    { __typename: 'TownshipCoverage', township: { __typename: 'Region', id: 't1', name: '天宁镇' }, villageCount: 17, coveredCount: 17, ratio: 1 },
    { __typename: 'TownshipCoverage', township: { __typename: 'Region', id: 't5', name: '西社镇' }, villageCount: 20, coveredCount: 18, ratio: 0.9 },
  ],
  ...(withLoads
    ? {
        servingAdviserCount: 31,
        overloadedAdviserCount: 2,
        adviserLoads: [
          { __typename: 'AdviserLoad', adviser: { __typename: 'LegalAdviser', id: 'a1', name: '陈红霞' }, villageCount: 6, overloaded: true },
        ],
      }
    : {}),
});

function serve() {
  const bodies: { query: string; variables?: { asOf?: string | null } }[] = [];
  vi.stubGlobal(
    'fetch',
    vi.fn(async (_url: string, init: RequestInit) => {
      const body = JSON.parse(String(init.body));
      bodies.push(body);
      const data = body.query.includes('coverage(')
        ? { coverage: coverage(body.query.includes('adviserLoads'), body.variables?.asOf ?? todayInShanghai()) }
        : { regions: { __typename: 'RegionList', items: [], totalItems: 0, totalItemsExact: true } };
      return new Response(JSON.stringify({ data }), { status: 200, headers: { 'content-type': 'application/json' } });
    }),
  );
  return bodies;
}

function renderAs(role: Role) {
  saveSession('header.payload.signature', { id: 'u', username: 'u', role, displayName: 'U', scopeRegion: null });
  return render(
    <AdminContext dataProvider={dataProvider} authProvider={authProvider} i18nProvider={createI18nProvider('zh-CN')} store={memoryStore()}>
      <CoveragePage />
    </AdminContext>,
  );
}

afterEach(() => vi.unstubAllGlobals());

describe('CoveragePage', () => {
  it('shows the bureau the ratio, the uncovered villages with a pairing link, and the overloaded advisers', async () => {
    const bodies = serve();
    renderAs('BUREAU_ADMIN');
    expect(await screen.findByText('97.4%')).toBeTruthy();
    expect(screen.getByText('西岭村')).toBeTruthy();
    expect(await screen.findByText('陈红霞')).toBeTruthy();
    expect(screen.getAllByText('超负荷').length).toBeGreaterThan(0);
    const link = screen.getByTestId('pair-uncovered');
    expect(decodeURIComponent(link.getAttribute('href') ?? '')).toContain('/pairings/create?source={"villageId":"v1"}');
    expect(bodies.some((b) => b.query.includes('adviserLoads'))).toBe(true);
  });

  it('counts every uncovered village and overloaded adviser, and says when it lists only the first', async () => {
    serve();
    renderAs('BUREAU_ADMIN');
    expect(await screen.findByText('陈红霞')).toBeTruthy();
    expect(screen.getByTestId('coverage-uncovered-count-value').textContent).toBe('4');
    expect(screen.getByTestId('coverage-uncovered-more').textContent).toBe('按区划代码显示前 1 个，共 4 个');
    expect(screen.getByTestId('coverage-loads-more').textContent).toBe('显示负荷最高的 1 人，共 31 人');
    expect(screen.getByText('2 人超负荷')).toBeTruthy();
  });

  it('opens on today in Shanghai, and offers pairing only for today, not for a past date', async () => {
    // Late evening in UTC is already the next day in Shanghai: the page must take Shanghai's date.
    vi.setSystemTime(new Date('2027-12-31T17:30:00Z'));
    const bodies = serve();
    renderAs('BUREAU_ADMIN');
    expect(await screen.findByText('97.4%')).toBeTruthy();
    expect(bodies.find((b) => b.query.includes('coverage('))?.variables?.asOf).toBe('2028-01-01');
    expect(screen.getByTestId('pair-uncovered')).toBeTruthy();

    // The date shows in Chinese whatever the browser's locale; the query still gets YYYY-MM-DD.
    const asOf = screen.getByTestId('coverage-as-of') as HTMLInputElement;
    expect(asOf.value).toBe('2028年01月01日');
    // A date after today is not asked for.
    fireEvent.change(asOf, { target: { value: '2028年06月30日' } });
    fireEvent.change(asOf, { target: { value: '2027年06月30日' } });
    await waitFor(() => expect(bodies.some((b) => b.variables?.asOf === '2027-06-30')).toBe(true));
    expect(bodies.some((b) => b.variables?.asOf === '2028-06-30')).toBe(false);
    await waitFor(() => expect(screen.queryByTestId('pair-uncovered')).toBeNull());
    expect(screen.getByText('西岭村')).toBeTruthy();
  });

  it('never asks for adviser names as an analyst, and offers no pairing', async () => {
    const bodies = serve();
    renderAs('ANALYST');
    expect(await screen.findByText('97.4%')).toBeTruthy();
    expect(screen.getByTestId('coverage-no-names')).toBeTruthy();
    expect(screen.queryByTestId('coverage-loads')).toBeNull();
    expect(screen.queryByTestId('pair-uncovered')).toBeNull();
    expect(screen.queryByText('陈红霞')).toBeNull();
    const coverageRequests = bodies.filter((b) => b.query.includes('coverage('));
    expect(coverageRequests.length).toBeGreaterThan(0);
    expect(coverageRequests.some((b) => b.query.includes('adviserLoads'))).toBe(false);
  });
});
