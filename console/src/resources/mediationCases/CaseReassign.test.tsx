import { fireEvent, screen, waitFor, within } from '@testing-library/react';
import { ResourceContextProvider } from 'react-admin';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { formatDateTime } from '../../providers/dates';
import type { Role } from '../../providers/session';
import { aCase } from '../../test/cases';
import { Refusal, serveGraphQL, type Handler } from '../../test/graphqlServer';
import { renderAs } from '../../test/render';
import type { MediationCase } from './caseFormat';
import { MediationCaseShow } from './MediationCaseShow';

const SUSPENDED = { id: 'a1', name: '李明华', phone: '13800000001', status: 'SUSPENDED' } as const;
const STAYING = { id: 'a2', name: '赵建国', phone: '13800000002', status: 'ACTIVE' } as const;
const NEW = { id: 'a3', name: '王秀兰', status: 'ACTIVE', villageCount: 2, overloaded: false, provider: { id: 'p1', name: '正义律师事务所' } };

const EVENT = {
  id: 'e1',
  kind: 'ADVISER_REASSIGNED' as const,
  at: '2026-11-20T06:30:00.000Z',
  actorName: '天宁镇司法所',
  reason: '原法律顾问已被移出名册',
  addedAdviserName: '赵建国',
  endedAdviserNames: ['周立新'],
};

const LEFT = aCase({ id: 'c1', caseNo: '（2026）交调字第7号', needsAdviser: true, version: 3, advisers: [SUSPENDED, STAYING], events: [EVENT] });

function serve(kase: MediationCase, reassign: Handler = () => ({ ...kase, version: kase.version + 1 })) {
  return serveGraphQL({
    mediationCase: () => kase,
    legalAdvisers: () => ({ items: [NEW], totalItems: 1 }),
    reassignMediationCase: reassign,
  });
}

const renderShow = (role: Role, id = 'c1') =>
  renderAs(
    role,
    <ResourceContextProvider value="mediationCases">
      <MediationCaseShow />
    </ResourceContextProvider>,
    { path: `/mediationCases/${id}/show`, route: '/mediationCases/:id/show' },
  );

/** Opens the dialog and fills it: the new adviser, the adviser to replace (optional) and the reason. */
async function fillDialog({ replace }: { replace?: string } = {}) {
  fireEvent.click(await screen.findByTestId('action-reassign'));
  const dialog = await screen.findByTestId('dialog-reassign-case');
  const picker = within(dialog).getByRole('combobox', { name: /新承办法律顾问/ });
  fireEvent.focus(picker);
  fireEvent.change(picker, { target: { value: '王' } });
  fireEvent.click(await screen.findByRole('option', { name: /王秀兰/ }));
  if (replace) {
    fireEvent.mouseDown(within(dialog).getByRole('combobox', { name: /同时替换/ }));
    fireEvent.click(await screen.findByRole('option', { name: replace }));
  }
  fireEvent.change(within(dialog).getByRole('textbox', { name: /改派原因/ }), { target: { value: ' 原法律顾问暂停执业 ' } });
  return dialog;
}

afterEach(() => vi.unstubAllGlobals());

describe('reassigning a case (改派)', () => {
  it('sends the chosen adviser, the handover, the reason and the version the page read, then reloads the case', async () => {
    const requests = serve(LEFT);
    renderShow('OFFICE_STAFF');
    expect(await screen.findByTestId('case-needs-adviser')).toBeTruthy();
    expect(screen.getByTestId('case-advisers').textContent).toBe('李明华（暂停）、赵建国');
    const dialog = await fillDialog({ replace: '赵建国' });
    // Only a still-active adviser can be handed over; the suspended one is ended by the API anyway.
    expect(within(dialog).getByTestId('reassign-current').textContent).toContain('李明华（暂停）');
    fireEvent.click(within(dialog).getByTestId('action-submit'));

    await waitFor(() => expect(screen.queryByTestId('dialog-reassign-case')).toBeNull());
    const sent = requests.find((r) => r.field === 'reassignMediationCase')!;
    expect(sent.variables).toEqual({
      id: 'c1',
      input: { adviserId: 'a3', reason: '原法律顾问暂停执业', replaceAdviserId: 'a2', version: 3 },
    });
    await waitFor(() => expect(requests.filter((r) => r.field === 'mediationCase')).toHaveLength(2));
  });

  it('sends no handover when none is chosen', async () => {
    const requests = serve(LEFT);
    renderShow('BUREAU_ADMIN');
    const dialog = await fillDialog();
    fireEvent.click(within(dialog).getByTestId('action-submit'));
    await waitFor(() => expect(requests.some((r) => r.field === 'reassignMediationCase')).toBe(true));
    const sent = requests.find((r) => r.field === 'reassignMediationCase')!;
    expect(sent.variables.input).toEqual({ adviserId: 'a3', reason: '原法律顾问暂停执业', replaceAdviserId: null, version: 3 });
  });

  it('says when someone changed the case meanwhile, and offers to reload it', async () => {
    const requests = serve(LEFT, () => new Refusal('CONFLICT', 'version'));
    renderShow('OFFICE_STAFF');
    const dialog = await fillDialog();
    fireEvent.click(within(dialog).getByTestId('action-submit'));
    const alert = await within(dialog).findByTestId('action-error');
    expect(alert.textContent).toContain('此记录已被他人修改');
    expect(requests.filter((r) => r.field === 'mediationCase')).toHaveLength(1);

    fireEvent.click(within(alert).getByTestId('action-reload'));
    await waitFor(() => expect(screen.queryByTestId('dialog-reassign-case')).toBeNull());
    await waitFor(() => expect(requests.filter((r) => r.field === 'mediationCase')).toHaveLength(2));
  });

  it('names the refusal of an adviser who cannot take the case, and keeps the dialog open', async () => {
    serve(LEFT, () => new Refusal('BAD_USER_INPUT', 'adviserId'));
    renderShow('OFFICE_STAFF');
    const dialog = await fillDialog();
    fireEvent.click(within(dialog).getByTestId('action-submit'));
    expect((await within(dialog).findByTestId('action-error')).textContent).toContain('该法律顾问不能承办本案');
    expect(within(dialog).queryByTestId('action-reload')).toBeNull();
  });

  it('shows the reassignment record, its time in Shanghai', async () => {
    serve(LEFT);
    renderShow('OFFICE_STAFF');
    const event = await screen.findByTestId('case-event');
    expect(within(event).getByTestId('case-event-at').textContent).toBe(formatDateTime(EVENT.at, 'zh-CN'));
    expect(within(event).getByTestId('case-event-at').textContent).toContain('14:30');
    expect(event.textContent).toContain('改派法律顾问');
    expect(event.textContent).toContain('操作人：天宁镇司法所');
    expect(event.textContent).toContain('结束承办：周立新');
    expect(event.textContent).toContain('新承办：赵建国');
    expect(event.textContent).toContain('原因：原法律顾问已被移出名册');
  });

  it('offers no reassignment of a closed case, nor to an adviser or a party', async () => {
    serve(aCase({ id: 'c2', caseNo: '（2026）交调字第8号', status: 'AGREEMENT_REACHED', advisers: [STAYING] }));
    renderShow('OFFICE_STAFF', 'c2');
    expect((await screen.findByTestId('case-registration')).textContent).toContain('（2026）交调字第8号');
    expect(screen.queryByTestId('action-reassign')).toBeNull();
    expect(screen.queryByTestId('case-events')).toBeNull();
  });

  it.each(['ADVISER', 'PARTY'] as const)('offers %s no reassignment of an open case', async (role) => {
    serve(LEFT);
    renderShow(role);
    expect(await screen.findByTestId('case-event')).toBeTruthy();
    expect(screen.queryByTestId('action-reassign')).toBeNull();
  });
});
