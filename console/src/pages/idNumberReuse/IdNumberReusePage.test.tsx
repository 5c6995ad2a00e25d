import { screen, within } from '@testing-library/react';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { AppMenu } from '../../layout/AppMenu';
import { formatDateTime } from '../../providers/dates';
import type { IdNumberReuseRow } from '../../providers/idNumberReuse';
import { serveGraphQL } from '../../test/graphqlServer';
import { renderAs } from '../../test/render';
import { IdNumberReusePage } from './IdNumberReusePage';

const ROWS: IdNumberReuseRow[] = [
  {
    caseId: 'c9',
    caseNo: '（2026）交调字第9号',
    earlierCaseNo: '（2026）交调字第3号',
    registeredAt: '2026-11-02T01:15:00.000Z',
    registeredBy: 'adviser.2',
    registrantEntitled: false,
  },
  {
    caseId: 'c12',
    caseNo: '（2026）交调字第12号',
    earlierCaseNo: '（2026）交调字第5号',
    registeredAt: '2026-11-05T08:00:00.000Z',
    registeredBy: null,
    registrantEntitled: true,
  },
];

/** Phones: `useIsSmall` asks for the md breakpoint and below. */
function phoneWidth() {
  vi.stubGlobal('matchMedia', (query: string) => ({
    matches: query.includes('max-width'),
    media: query,
    addEventListener: () => {},
    removeEventListener: () => {},
    addListener: () => {},
    removeListener: () => {},
  }));
}

afterEach(() => vi.unstubAllGlobals());

describe('IdNumberReusePage', () => {
  it('lists each registration with a link to its case, the earlier case, when, by whom and whether they were entitled', async () => {
    const requests = serveGraphQL({ idNumberReuseReport: () => ROWS });
    renderAs('BUREAU_ADMIN', <IdNumberReusePage />, { path: '/id-number-reuse' });
    const rows = await screen.findAllByTestId('reuse-row');
    expect(rows).toHaveLength(2);
    expect(screen.getByTestId('id-reuse-explanation').textContent).toContain('一次性核查');
    const link = within(rows[0]!).getByTestId('reuse-case-link');
    expect(link.textContent).toBe('（2026）交调字第9号');
    expect(link.getAttribute('href')).toBe('/mediationCases/c9/show');
    expect(rows[0]!.textContent).toContain('（2026）交调字第3号');
    expect(rows[0]!.textContent).toContain(formatDateTime(ROWS[0]!.registeredAt, 'zh-CN'));
    expect(rows[0]!.textContent).toContain('adviser.2');
    expect(rows[0]!.textContent).toContain('无权查看');
    expect(rows[1]!.textContent).toContain('本可查看');
    expect(rows[1]!.textContent).toContain('（不详）');
    expect(requests.map((r) => r.field)).toEqual(['idNumberReuseReport']);
  });

  it('says so when there are no such registrations', async () => {
    serveGraphQL({ idNumberReuseReport: () => [] });
    renderAs('BUREAU_ADMIN', <IdNumberReusePage />);
    expect((await screen.findByTestId('id-reuse-empty')).textContent).toBe('没有这样的登记。');
    expect(screen.queryByTestId('reuse-row')).toBeNull();
  });

  it('lists the rows without a table on a phone, links kept', async () => {
    phoneWidth();
    serveGraphQL({ idNumberReuseReport: () => ROWS });
    renderAs('BUREAU_ADMIN', <IdNumberReusePage />);
    const rows = await screen.findAllByTestId('reuse-row');
    expect(rows).toHaveLength(2);
    expect(screen.queryByRole('table')).toBeNull();
    expect(within(rows[1]!).getByTestId('reuse-case-link').getAttribute('href')).toBe('/mediationCases/c12/show');
  });

  it('is in the bureau’s menu and not in the office’s or the analyst’s', async () => {
    for (const role of ['OFFICE_STAFF', 'ANALYST', 'BUREAU_ADMIN'] as const) {
      const view = renderAs(role, <AppMenu />);
      // Each of these tiers has the coverage page: its entry says the role is known and the pages are listed.
      await screen.findByTestId('menu-coverage');
      expect(screen.queryByTestId('menu-idNumberReuse') !== null, role).toBe(role === 'BUREAU_ADMIN');
      view.unmount();
    }
  });
});
