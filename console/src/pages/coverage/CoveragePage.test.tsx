import { render, screen } from '@testing-library/react';
import { AdminContext, memoryStore } from 'react-admin';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { createI18nProvider } from '../../i18n';
import { authProvider } from '../../providers/authProvider';
import { dataProvider } from '../../providers/dataProvider';
import { saveSession, type Role } from '../../providers/session';
import { CoveragePage } from './CoveragePage';

const coverage = (withLoads: boolean) => ({
  __typename: 'Coverage',
  region: { __typename: 'Region', id: 'c', name: '交城县', level: 'COUNTY' },
  asOf: '2026-11-28',
  villageCount: 152,
  coveredCount: 148,
  ratio: 0.9737,
  loadCap: 5,
  uncovered: [{ __typename: 'Village', id: 'v1', name: '西岭村', township: { __typename: 'Region', id: 't5', name: '西社镇' } }],
  townships: [
    { __typename: 'TownshipCoverage', township: { __typename: 'Region', id: 't1', name: '天宁镇' }, villageCount: 17, coveredCount: 17, ratio: 1 },
    { __typename: 'TownshipCoverage', township: { __typename: 'Region', id: 't5', name: '西社镇' }, villageCount: 20, coveredCount: 18, ratio: 0.9 },
  ],
  ...(withLoads
    ? {
        adviserLoads: [
          { __typename: 'AdviserLoad', adviser: { __typename: 'LegalAdviser', id: 'a1', name: '陈红霞' }, villageCount: 6, overloaded: true },
        ],
      }
    : {}),
});

function serve() {
  const bodies: { query: string }[] = [];
  vi.stubGlobal(
    'fetch',
    vi.fn(async (_url: string, init: RequestInit) => {
      const body = JSON.parse(String(init.body));
      bodies.push(body);
      const data = body.query.includes('coverage(')
        ? { coverage: coverage(body.query.includes('adviserLoads')) }
        : { regions: { __typename: 'RegionList', items: [], totalItems: 0 } };
      return new Response(JSON.stringify({ data }), { status: 200, headers: { 'content-type': 'application/json' } });
    }),
  );
  return bodies;
}

function renderAs(role: Role) {
  saveSession('header.payload.signature', { id: 'u', username: 'u', role, displayName: 'U' });
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
