import { fireEvent, screen, waitFor, within } from '@testing-library/react';
import { ResourceContextProvider } from 'react-admin';
import { afterEach, describe, expect, it, vi } from 'vitest';
import type { Role } from '../../providers/session';
import { aCase } from '../../test/cases';
import { Refusal, serveGraphQL } from '../../test/graphqlServer';
import { renderAs } from '../../test/render';
import { MediationCaseShow } from './MediationCaseShow';

const FIRST = { id: 'a1', name: '李明华', phone: '13800000001', status: 'ACTIVE' } as const;
const SECOND = { id: 'a2', name: '赵建国', phone: '13800000002', status: 'ACTIVE' } as const;
const SHARED = aCase({ id: 'c1', caseNo: '（2026）交调字第9号', advisers: [FIRST, SECOND], leadAdviserId: 'a2' });

const renderShow = (role: Role) =>
  renderAs(
    role,
    <ResourceContextProvider value="mediationCases">
      <MediationCaseShow />
    </ResourceContextProvider>,
    { path: '/mediationCases/c1/show', route: '/mediationCases/:id/show' },
  );

afterEach(() => vi.unstubAllGlobals());

describe('the lead adviser of a case (主办)', { timeout: 20_000 }, () => {
  it('shows 主办 beside the lead and lets the bureau name another assigned adviser', async () => {
    let lead: string | null = 'a2';
    const requests = serveGraphQL({
      mediationCase: () => ({ ...SHARED, leadAdviserId: lead }),
      setCaseLeadAdviser: ({ adviserId }) => {
        lead = (adviserId as string | null) ?? null;
        return lead;
      },
    });
    renderShow('BUREAU_ADMIN');
    const advisers = await screen.findByTestId('case-advisers');
    expect(advisers.textContent).toBe('李明华、赵建国主办');
    fireEvent.click(screen.getByTestId('action-case-lead'));
    const dialog = await screen.findByTestId('dialog-case-lead');
    fireEvent.click(within(dialog).getByLabelText('李明华'));
    fireEvent.click(within(dialog).getByTestId('action-submit'));
    await waitFor(() => expect(requests.some((r) => r.field === 'setCaseLeadAdviser')).toBe(true));
    expect(requests.find((r) => r.field === 'setCaseLeadAdviser')!.variables).toEqual({ caseId: 'c1', adviserId: 'a1' });
    await waitFor(() => expect(screen.getByTestId('case-advisers').textContent).toBe('李明华主办、赵建国'));
  });

  it('clears the lead, and says why when the case has been paid', async () => {
    const requests = serveGraphQL({
      mediationCase: () => SHARED,
      setCaseLeadAdviser: () => new Refusal('CONFLICT', undefined, { reason: 'CASE_PAID' }),
    });
    renderShow('BUREAU_ADMIN');
    fireEvent.click(await screen.findByTestId('action-case-lead'));
    const dialog = await screen.findByTestId('dialog-case-lead');
    fireEvent.click(within(dialog).getByLabelText('不指定'));
    fireEvent.click(within(dialog).getByTestId('action-submit'));
    expect(await within(dialog).findByText('该案件的补贴已发放，不能再更改主办法律顾问。')).toBeTruthy();
    expect(requests.find((r) => r.field === 'setCaseLeadAdviser')!.variables.adviserId ?? null).toBeNull();
  });

  it('shows the lead to an office without letting it change', async () => {
    serveGraphQL({ mediationCase: () => SHARED });
    renderShow('OFFICE_STAFF');
    expect((await screen.findByTestId('case-lead-chip')).textContent).toBe('主办');
    expect(screen.queryByTestId('action-case-lead')).toBeNull();
  });
});
