import { screen } from '@testing-library/react';
import { afterEach, describe, expect, it, vi } from 'vitest';
import type { Role } from '../providers/session';
import { aCase } from '../test/cases';
import { serveGraphQL } from '../test/graphqlServer';
import { renderAs } from '../test/render';
import { Dashboard } from './Dashboard';

const COVERAGE = {
  region: { id: 't1', name: '天宁镇', level: 'TOWNSHIP' },
  asOf: '2026-11-28',
  villageCount: 17,
  coveredCount: 17,
  ratio: 1,
  loadCap: 5,
  uncoveredCount: 0,
  uncovered: [],
  townships: [],
};

function serve() {
  return serveGraphQL({
    coverage: () => COVERAGE,
    mediationCases: () => ({ items: [aCase({ id: 'c1', caseNo: '（2026）交调字第1号', needsAdviser: true })], totalItems: 2 }),
    villages: () => ({ items: [], totalItems: 17 }),
    regions: () => ({ items: [], totalItems: 0 }),
  });
}

afterEach(() => vi.unstubAllGlobals());

describe('Dashboard: cases needing an adviser', () => {
  it.each(['OFFICE_STAFF', 'BUREAU_ADMIN'] as const)('shows %s how many open cases wait for another adviser, linking to them', async (role) => {
    const requests = serve();
    renderAs(role, <Dashboard />);
    expect((await screen.findByTestId('stat-needs-adviser-value')).textContent).toBe('2');
    const asked = requests.find((r) => r.field === 'mediationCases')!;
    expect((asked.variables.options as { filter: unknown }).filter).toEqual({ needsAdviser: true });
    const link = screen.getByTestId('open-needs-adviser');
    expect(decodeURIComponent(link.getAttribute('href') ?? '')).toBe('/mediationCases?filter={"needsAdviser":true}');
  });

  it.each(['ADVISER', 'ANALYST'] as Role[])('shows %s no such card and asks for no such count', async (role) => {
    const requests = serve();
    renderAs(role, <Dashboard />);
    expect(await screen.findByTestId('welcome-role')).toBeTruthy();
    expect(screen.queryByTestId('stat-needs-adviser')).toBeNull();
    expect(requests.some((r) => r.field === 'mediationCases' && JSON.stringify(r.variables).includes('needsAdviser'))).toBe(false);
  });
});

describe('Dashboard: the city’s counties', { timeout: 20_000 }, () => {
  const serveCity = () =>
    serveGraphQL({
      // One answer for both coverage queries (the card's and the counties'): each reads the fields it asks for.
      coverage: () => ({
        ...COVERAGE,
        byCounty: [
          { county: { id: 'w', name: '文水县', code: '141121000000' }, villageCount: 13, coveredCount: 12, uncoveredCount: 1, ratio: 0.9231 },
          { county: { id: 'j', name: '交城县', code: '141122000000' }, villageCount: 140, coveredCount: 136, uncoveredCount: 4, ratio: 0.9714 },
        ],
      }),
      caseStatistics: () => ({ byCounty: [{ county: { id: 'j' }, total: 30, resolved: 8 }] }),
      mediationCases: () => ({ items: [], totalItems: 0 }),
      villages: () => ({ items: [], totalItems: 0 }),
      regions: () => ({ items: [], totalItems: 0 }),
    });

  it('shows a city’s bureau each county’s coverage and cases, in a table and a chart', async () => {
    serveCity();
    renderAs('BUREAU_ADMIN', <Dashboard />, { scopeRegion: { id: 'c', name: '吕梁市', level: 'CITY' } });
    const rows = await screen.findAllByTestId('county-rollup-row');
    expect(rows.map((r) => r.textContent)).toEqual(['文水县131292.3%00', '交城县14013697.1%308']);
    expect(screen.getByTestId('chart-coverage-per-county')).toBeTruthy();
    expect(screen.getByTestId('welcome-role').textContent).toBe('身份：市司法局');
  });

  it('shows a county’s bureau no such card', async () => {
    const requests = serveCity();
    renderAs('BUREAU_ADMIN', <Dashboard />, { scopeRegion: { id: 'j', name: '交城县', level: 'COUNTY' } });
    expect((await screen.findByTestId('welcome-role')).textContent).toBe('身份：县司法局');
    expect(screen.queryByTestId('county-rollup')).toBeNull();
    expect(requests.some((r) => r.field === 'caseStatistics')).toBe(false);
  });
});
