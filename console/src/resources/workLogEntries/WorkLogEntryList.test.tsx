import { screen, waitFor } from '@testing-library/react';
import { ResourceContextProvider } from 'react-admin';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { serveGraphQL } from '../../test/graphqlServer';
import { renderAs } from '../../test/render';
import { WorkLogEntryList } from './WorkLogEntryList';

const ENTRY = {
  id: 'w1',
  at: '2026-09-15T02:00:00.000Z',
  category: 'CONSULTATION',
  mode: 'OFFLINE',
  personServed: '王*',
  villageName: '东关村',
  durationMin: 30,
  frozen: false,
  adviser: { id: 'a1', name: '李明华' },
};

const filterOf = (variables: Record<string, unknown>) => (variables.options as { filter?: { month?: string } }).filter;

afterEach(() => vi.unstubAllGlobals());

describe('WorkLogEntryList: the month it opens on', () => {
  it('opens the office on the latest month with entries, not an empty current month', async () => {
    const requests = serveGraphQL({
      workLogEntries: (variables) => {
        const month = filterOf(variables)?.month;
        const items = !month || month === '2026-09' ? [ENTRY] : [];
        return { items, totalItems: items.length };
      },
      legalAdvisers: () => ({ items: [], totalItems: 0 }),
    });
    renderAs(
      'OFFICE_STAFF',
      <ResourceContextProvider value="workLogEntries">
        <WorkLogEntryList />
      </ResourceContextProvider>,
      { path: '/workLogEntries' },
    );
    expect(await screen.findByText('东关村')).toBeTruthy();
    await waitFor(() => expect(requests.some((r) => r.field === 'workLogEntries' && filterOf(r.variables)?.month === '2026-09')).toBe(true));
    // Never asked for a month without entries first.
    const months = requests.filter((r) => r.field === 'workLogEntries').map((r) => filterOf(r.variables)?.month);
    expect(months.filter(Boolean).every((m) => m === '2026-09')).toBe(true);
  }, 20_000);
});
