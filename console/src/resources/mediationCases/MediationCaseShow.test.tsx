import { fireEvent, screen, waitFor, within } from '@testing-library/react';
import { ResourceContextProvider, reactRouterProvider } from 'react-admin';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { aCase } from '../../test/cases';
import { serveGraphQL } from '../../test/graphqlServer';
import { renderAs } from '../../test/render';
import type { Role } from '../../providers/session';
import type { MediationCase } from './caseFormat';
import { MediationCaseList } from './MediationCaseList';
import { MediationCaseShow } from './MediationCaseShow';

const { Routes, Route } = reactRouterProvider;

const REFUSAL = '调解内容依法保密，仅当事人和承办的法律顾问可以查看。';

const OWN = aCase({
  id: 'c1',
  caseNo: '（2026）交调字第1号',
  canReadConfidential: true,
  summary: '邻里宅基地界线纠纷',
  status: 'AGREEMENT_REACHED',
  parties: [
    { id: 'p1', role: 'APPLICANT', name: '张建国', phone: '13800000011', idNumber: '141122196803120017', address: '东关村' },
    { id: 'p2', role: 'RESPONDENT', name: '李四', phone: '13800000012', idNumber: '141122******2', address: null },
  ],
  agreement: {
    id: 'ag1',
    form: 'WRITTEN',
    signedAt: '2026-10-20',
    amountFen: 0,
    content: '双方同意以院墙为界',
    version: 1,
    reviewStatus: 'PENDING',
    reviewComment: null,
    reviewedAt: null,
    performance: 'PERFORMING',
    confirmationAppliedOn: null,
    confirmationCourt: null,
    confirmationResult: null,
    confirmationDecidedOn: null,
    confirmationRulingNo: null,
    confirmationDeadline: '2026-11-19',
    confirmationDueSoon: false,
  },
} as unknown as Partial<MediationCase> & { id: string; caseNo: string });

function serve(detail: () => unknown) {
  return serveGraphQL({
    mediationCases: () => ({ items: [OWN], totalItems: 1 }),
    mediationCase: detail,
    villages: () => ({ items: [], totalItems: 0 }),
  });
}

const renderListThenShow = (role: Role) =>
  renderAs(
    role,
    <ResourceContextProvider value="mediationCases">
      <Routes>
        <Route path="/mediationCases" element={<MediationCaseList />} />
        <Route path="/mediationCases/:id/show" element={<MediationCaseShow />} />
      </Routes>
    </ResourceContextProvider>,
    { path: '/mediationCases' },
  );

const renderShow = (role: Role) =>
  renderAs(
    role,
    <ResourceContextProvider value="mediationCases">
      <MediationCaseShow />
    </ResourceContextProvider>,
    { path: '/mediationCases/c1/show', route: '/mediationCases/:id/show' },
  );

afterEach(() => vi.unstubAllGlobals());

describe('MediationCaseShow: loading is not refusal', () => {
  it('shows its own adviser a loading case, never the refusal, while the case opened from the list is fetched', async () => {
    let answer: ((value: unknown) => void) | undefined;
    const requests = serve(() => new Promise((resolve) => (answer = resolve)));
    renderListThenShow('ADVISER');
    fireEvent.click(await screen.findByText(OWN.caseNo));
    // The row the list left in the cache is on the page while the case itself is on its way.
    const detail = await screen.findByTestId('case-detail');
    expect(detail.getAttribute('data-confidential')).toBe('loading');
    expect(screen.getByTestId('case-summary-text-loading')).toBeTruthy();
    expect(screen.queryByText(REFUSAL)).toBeNull();
    expect(screen.queryByTestId('confidential-chip')).toBeNull();

    await waitFor(() => expect(requests.map((r) => r.field)).toContain('mediationCase'), { timeout: 4000 });
    answer!(OWN);
    expect((await screen.findByTestId('case-summary-text')).textContent).toBe(OWN.summary);
    expect(screen.getByTestId('case-detail').getAttribute('data-confidential')).toBe('readable');
    // The text is marked, quietly, as confidential; the refusal never appeared.
    expect(within(screen.getByTestId('case-summary')).getByTestId('confidential-mark').textContent).toBe('保密');
    expect(screen.queryByText(REFUSAL)).toBeNull();
  }, 20_000);

  it('refuses the office once the case says it cannot read it', async () => {
    serve(() => ({ ...OWN, canReadConfidential: false, summary: null, agreement: { ...OWN.agreement, content: null } }));
    renderShow('OFFICE_STAFF');
    expect(await screen.findByTestId('case-summary-text-withheld')).toBeTruthy();
    expect(screen.getAllByText(REFUSAL).length).toBeGreaterThan(0);
    expect(screen.queryByTestId('confidential-mark')).toBeNull();
  });
});

describe('MediationCaseShow: a party’s page', () => {
  it('leads with the agreement, then the registration', async () => {
    serve(() => OWN);
    renderShow('PARTY');
    const detail = await screen.findByTestId('case-detail');
    await waitFor(() => expect(detail.getAttribute('data-confidential')).toBe('readable'));
    const order = [...detail.querySelectorAll('[data-testid^="case-"]')]
      .map((el) => el.getAttribute('data-testid'))
      .filter((id) => id === 'case-agreement' || id === 'case-registration');
    expect(order).toEqual(['case-agreement', 'case-registration']);
    expect(screen.getByTestId('agreement-content').textContent).toBe('双方同意以院墙为界');
  });

  it('keeps the adviser’s order: registration first', async () => {
    serve(() => OWN);
    renderShow('ADVISER');
    const detail = await screen.findByTestId('case-detail');
    await waitFor(() => expect(detail.getAttribute('data-confidential')).toBe('readable'));
    const order = [...detail.querySelectorAll('[data-testid="case-agreement"], [data-testid="case-registration"]')].map((el) =>
      el.getAttribute('data-testid'),
    );
    expect(order).toEqual(['case-registration', 'case-agreement']);
  });
});
