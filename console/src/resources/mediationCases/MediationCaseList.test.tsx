import { fireEvent, screen, waitFor, within } from '@testing-library/react';
import { ResourceContextProvider } from 'react-admin';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { aCase } from '../../test/cases';
import { serveGraphQL } from '../../test/graphqlServer';
import { renderAs } from '../../test/render';
import type { Role } from '../../providers/session';
import { MediationCaseList } from './MediationCaseList';

const LEFT = aCase({
  id: 'c1',
  caseNo: '（2026）交调字第1号',
  needsAdviser: true,
  advisers: [{ id: 'a1', name: '李明华', phone: '13800000001', status: 'SUSPENDED' }],
});
const FINE = aCase({ id: 'c2', caseNo: '（2026）交调字第2号' });

function serve() {
  return serveGraphQL({
    mediationCases: (variables) => {
      const filter = (variables.options as { filter?: { needsAdviser?: boolean } }).filter;
      const items = filter?.needsAdviser ? [LEFT] : [LEFT, FINE];
      return { items, totalItems: items.length };
    },
    // The adviser's zero report lists their villages.
    villages: () => ({ items: [], totalItems: 0 }),
  });
}

const renderList = (role: Role) =>
  renderAs(
    role,
    <ResourceContextProvider value="mediationCases">
      <MediationCaseList />
    </ResourceContextProvider>,
    { path: '/mediationCases' },
  );

afterEach(() => vi.unstubAllGlobals());

describe('MediationCaseList: cases needing an adviser', () => {
  it('marks the case whose adviser left, and only that one', async () => {
    serve();
    renderList('OFFICE_STAFF');
    await screen.findByText(FINE.caseNo);
    const rows = screen.getAllByRole('row');
    const left = rows.find((r) => r.textContent?.includes(LEFT.caseNo))!;
    const fine = rows.find((r) => r.textContent?.includes(FINE.caseNo))!;
    expect(within(left).getByTestId('case-needs-adviser').textContent).toBe('需改派');
    expect(within(fine).queryByTestId('case-needs-adviser')).toBeNull();
  });

  it('gives the office a quick filter that asks the API for needsAdviser: true, and takes it off again', async () => {
    const requests = serve();
    const { location } = renderList('OFFICE_STAFF');
    await screen.findByText(FINE.caseNo);
    const toggle = screen.getByTestId('filter-needs-adviser');
    expect(toggle.getAttribute('aria-pressed')).toBe('false');
    fireEvent.click(toggle);
    await waitFor(() => expect(screen.queryByText(FINE.caseNo)).toBeNull());
    const filtered = requests.filter((r) => r.field === 'mediationCases').at(-1)!;
    expect((filtered.variables.options as { filter: unknown }).filter).toEqual({ needsAdviser: true });
    expect(decodeURIComponent(location.current!.search)).toContain('"needsAdviser":true');
    expect(screen.getByTestId('filter-needs-adviser').getAttribute('aria-pressed')).toBe('true');

    fireEvent.click(screen.getByTestId('filter-needs-adviser'));
    // react-admin may show the unfiltered page from its cache before it asks again: wait for the request itself.
    await waitFor(() =>
      expect((requests.filter((r) => r.field === 'mediationCases').at(-1)!.variables.options as { filter?: unknown }).filter).toBeUndefined(),
    );
    expect(await screen.findByText(FINE.caseNo)).toBeTruthy();
  });

  it('applies the filter from the address the dashboard links to', async () => {
    const requests = serve();
    renderAs(
      'BUREAU_ADMIN',
      <ResourceContextProvider value="mediationCases">
        <MediationCaseList />
      </ResourceContextProvider>,
      { path: `/mediationCases?filter=${encodeURIComponent('{"needsAdviser":true}')}` },
    );
    await screen.findByText(LEFT.caseNo);
    expect(screen.queryByText(FINE.caseNo)).toBeNull();
    expect(screen.getByTestId('filter-needs-adviser').getAttribute('aria-pressed')).toBe('true');
    expect((requests.find((r) => r.field === 'mediationCases')!.variables.options as { filter: unknown }).filter).toEqual({ needsAdviser: true });
  });

  it('offers no such filter to an adviser', async () => {
    serve();
    renderList('ADVISER');
    await screen.findByText(FINE.caseNo);
    expect(screen.queryByTestId('filter-needs-adviser')).toBeNull();
  });
});

describe('MediationCaseList: finding cases', () => {
  const serveFinding = () =>
    serveGraphQL({
      mediationCases: () => ({ items: [FINE], totalItems: 1 }),
      villages: () => ({ items: [{ id: 'v1', name: '东关村' }], totalItems: 1 }),
      legalAdvisers: () => ({ items: [{ id: 'a1', name: '李明华' }], totalItems: 1 }),
      regions: () => ({ items: [{ id: 't1', name: '天宁镇' }], totalItems: 1 }),
    });

  it('sends the township, village, adviser, status, type, overdue and date range of the address to the API', async () => {
    const requests = serveFinding();
    const filter = {
      townshipId: 't1',
      villageId: 'v1',
      adviserId: 'a1',
      status: ['ACCEPTED'],
      disputeType: 'NEIGHBOUR',
      overdue: true,
      receivedFrom: '2026-01-01',
      receivedTo: '2026-11-28',
    };
    renderAs(
      'BUREAU_ADMIN',
      <ResourceContextProvider value="mediationCases">
        <MediationCaseList />
      </ResourceContextProvider>,
      { path: `/mediationCases?filter=${encodeURIComponent(JSON.stringify(filter))}&displayedFilters=${encodeURIComponent('{"overdue":true}')}` },
    );
    await screen.findByText(FINE.caseNo);
    expect((requests.find((r) => r.field === 'mediationCases')!.variables.options as { filter: unknown }).filter).toEqual(filter);
  });

  it.each([
    ['BUREAU_ADMIN', ['townshipId', 'villageId', 'adviserId', 'overdue', 'confirmationDueSoon']],
    ['OFFICE_STAFF', ['villageId', 'adviserId', 'overdue', 'confirmationDueSoon']],
    ['PARTY', []],
  ] as [Role, string[]][])('offers %s the filters it can use', async (role, sources) => {
    const { caseFilters } = await import('./MediationCaseList');
    const offered = caseFilters((k) => k, role).map((f) => (f.props as { source: string }).source);
    for (const s of ['status', 'disputeType', 'receivedFrom', 'receivedTo']) expect(offered).toContain(s);
    for (const s of ['townshipId', 'villageId', 'adviserId', 'overdue', 'confirmationDueSoon']) {
      expect({ s, offered: offered.includes(s) }).toEqual({ s, offered: sources.includes(s) });
    }
  });
});
