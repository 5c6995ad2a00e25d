import { fireEvent, screen, waitFor, within } from '@testing-library/react';
import { ResourceContextProvider } from 'react-admin';
import { afterEach, describe, expect, it, vi } from 'vitest';
import type { ActionItem } from '../providers/supervision';
import { Refusal, serveGraphQL } from '../test/graphqlServer';
import { renderAs } from '../test/render';
import { UpdateItemButton } from './consultationMeetings/ActionItems';
import { ZeroReportButton } from './mediationCases/CaseActions';
import { ApproveButton, ReturnButton, SubmitMonthButton } from './monthlyReports/ReportActions';
import { RegionEdit } from './regions/RegionEdit';
import { CommitteePanel, type Committee } from './villages/CommitteePanel';
import type { MonthlyReport } from './workLogEntries/workLogFormat';

// Every change of a record the API versions sends back the version the page read, so that a change made meanwhile
// by someone else is refused (CONFLICT) instead of overwritten; the dialog then offers to reload.

afterEach(() => vi.unstubAllGlobals());

const REPORT = { id: 'r1', month: '2026-10', status: 'SUBMITTED', version: 4, adviser: { id: 'a1', name: '李明华' } } as unknown as MonthlyReport;

describe('the township office’s review of a month', () => {
  it('approves with the version it read', async () => {
    const requests = serveGraphQL({ approveMonthlyReport: () => ({ ...REPORT, status: 'APPROVED', version: 5 }) });
    renderAs('OFFICE_STAFF', <ApproveButton record={REPORT} />);
    fireEvent.click(await screen.findByTestId('action-approve'));
    fireEvent.click(within(await screen.findByTestId('dialog-approve')).getByTestId('action-submit'));
    await waitFor(() => expect(screen.queryByTestId('dialog-approve')).toBeNull());
    expect(requests.find((r) => r.field === 'approveMonthlyReport')!.variables).toMatchObject({ id: 'r1', version: 4 });
  });

  it('returns with the version it read; a stale one keeps the dialog open and offers to reload', async () => {
    const requests = serveGraphQL({ returnMonthlyReport: () => new Refusal('CONFLICT', 'version', { reason: 'STALE_VERSION' }) });
    renderAs('OFFICE_STAFF', <ReturnButton record={REPORT} />);
    fireEvent.click(await screen.findByTestId('action-return'));
    const dialog = await screen.findByTestId('dialog-return');
    fireEvent.change(within(dialog).getByRole('textbox'), { target: { value: '请补充服务内容' } });
    fireEvent.click(within(dialog).getByTestId('action-submit'));
    expect((await within(dialog).findByTestId('action-error')).textContent).toContain('此记录已被他人修改');
    expect(requests.find((r) => r.field === 'returnMonthlyReport')!.variables).toEqual({ id: 'r1', version: 4, comment: '请补充服务内容' });
    fireEvent.click(within(dialog).getByTestId('action-reload'));
    await waitFor(() => expect(screen.queryByTestId('dialog-return')).toBeNull());
  });

  it('says a month submitted already is submitted, rather than a bare conflict', async () => {
    serveGraphQL({ submitMonthlyReport: () => new Refusal('CONFLICT', 'month', { reason: 'REPORT_EXISTS', existingId: 'r1' }) });
    renderAs('ADVISER', <SubmitMonthButton month="2026-10" />);
    fireEvent.click(await screen.findByTestId('action-submit'));
    const dialog = await screen.findByTestId('dialog-submit');
    fireEvent.click(within(dialog).getByTestId('action-submit'));
    expect((await within(dialog).findByTestId('action-error')).textContent).toBe('该月工作日志已经提交，无需重复提交');
  });
});

describe('a village committee’s members', () => {
  const COMMITTEE: Committee = {
    id: 'c1',
    name: '东关村人民调解委员会',
    fixedOffice: true,
    mediationRoom: true,
    noticeBoardPosted: true,
    version: 2,
    members: [{ id: 'm1', name: '刘调解', role: 'MEMBER', phone: null, version: 7 }],
  };

  it('are changed with the member’s version', async () => {
    const requests = serveGraphQL({ updateCommitteeMember: () => ({ ...COMMITTEE.members[0], role: 'DEPUTY', version: 8 }) });
    renderAs('OFFICE_STAFF', <CommitteePanel villageId="v1" committee={COMMITTEE} />);
    fireEvent.click(await screen.findByRole('button', { name: '编辑调解员 刘调解' }));
    const dialog = await screen.findByTestId('dialog-member');
    fireEvent.click(within(dialog).getByTestId('action-submit'));
    await waitFor(() => expect(requests.some((r) => r.field === 'updateCommitteeMember')).toBe(true));
    expect(requests.find((r) => r.field === 'updateCommitteeMember')!.variables).toEqual({
      id: 'm1',
      version: 7,
      input: { name: '刘调解', role: 'MEMBER', phone: null },
    });
  });
});

describe('an action item', () => {
  const ITEM = {
    id: 'i1',
    title: '补训',
    dueOn: '2026-12-01',
    status: 'OPEN',
    overdue: false,
    canUpdate: true,
    version: 3,
    note: null,
    ownerKind: 'OFFICE',
    ownerName: '天宁镇司法所',
  } as ActionItem;

  it('is marked done with the version it was read at; a stale one offers to reload', async () => {
    const requests = serveGraphQL({ updateActionItem: () => new Refusal('CONFLICT', 'version', { reason: 'STALE_VERSION' }) });
    renderAs('OFFICE_STAFF', <UpdateItemButton item={ITEM} />);
    fireEvent.click(await screen.findByTestId('item-done'));
    const dialog = await screen.findByTestId('dialog-updateActionItem');
    fireEvent.change(within(dialog).getByRole('textbox'), { target: { value: ' 已全部补训 ' } });
    fireEvent.click(within(dialog).getByTestId('action-submit'));
    expect((await within(dialog).findByTestId('action-error')).textContent).toContain('此记录已被他人修改');
    expect(requests.find((r) => r.field === 'updateActionItem')!.variables).toEqual({ id: 'i1', status: 'DONE', note: '已全部补训', version: 3 });
    expect(within(dialog).getByTestId('action-reload')).toBeTruthy();
  });
});

describe('a zero report (零上报)', () => {
  it('says the village has reported that month already', async () => {
    serveGraphQL({
      villages: () => ({ items: [{ id: 'v1', name: '东关村' }], totalItems: 1 }),
      reportZeroDisputes: () => new Refusal('CONFLICT', 'month', { reason: 'ZERO_REPORT_EXISTS', existingId: 'z1' }),
    });
    renderAs('ADVISER', <ZeroReportButton />);
    fireEvent.click(await screen.findByTestId('action-zeroReport'));
    const dialog = await screen.findByTestId('dialog-zeroReport');
    await waitFor(() => expect(within(dialog).getByRole('combobox').textContent).toContain('东关村'));
    fireEvent.click(within(dialog).getByTestId('action-submit'));
    expect((await within(dialog).findByTestId('action-error')).textContent).toBe('该村（社区）本月已经零上报，无需重复上报');
  });
});

describe('the bureau’s edit of a township', () => {
  const TOWNSHIP = {
    id: 't1',
    name: '洪相乡',
    code: '141122106000',
    level: 'TOWNSHIP',
    terrain: 'PLAIN',
    townshipKind: 'TOWNSHIP',
    supervisionPhone: null,
    urbanRuralCode: null,
    retiredOn: null,
    demo: true,
    version: 4,
    parent: { id: 'c', name: '交城县' },
    changes: [],
  };
  const renderEdit = () =>
    renderAs(
      'BUREAU_ADMIN',
      <ResourceContextProvider value="regions">
        <RegionEdit />
      </ResourceContextProvider>,
      { path: '/regions/t1', route: '/regions/:id' },
    );

  it('saves terrain and the supervision phone with the version it read, and nothing the import owns', async () => {
    const requests = serveGraphQL({
      region: () => TOWNSHIP,
      updateRegion: (v) => ({ ...TOWNSHIP, ...(v.input as object), version: 5 }),
    });
    renderEdit();
    const phone = (await screen.findByLabelText('监督电话')) as HTMLInputElement;
    fireEvent.change(phone, { target: { value: '0358-3520999' } });
    fireEvent.click(screen.getByRole('button', { name: '保存' }));
    await waitFor(() => expect(requests.some((r) => r.field === 'updateRegion')).toBe(true));
    expect(requests.find((r) => r.field === 'updateRegion')!.variables).toEqual({
      id: 't1',
      input: { terrain: 'PLAIN', townshipKind: 'TOWNSHIP', supervisionPhone: '0358-3520999', version: 4 },
    });
  });

  it('keeps the form when someone saved the township meanwhile, and offers to reload', async () => {
    serveGraphQL({ region: () => TOWNSHIP, updateRegion: () => new Refusal('CONFLICT', 'version', { reason: 'STALE_VERSION' }) });
    renderEdit();
    fireEvent.change(await screen.findByLabelText('监督电话'), { target: { value: '13935800001' } });
    fireEvent.click(screen.getByRole('button', { name: '保存' }));
    expect((await screen.findByTestId('conflict-alert')).textContent).toContain('此记录已被他人修改');
    expect((screen.getByLabelText('监督电话') as HTMLInputElement).value).toBe('13935800001');
  });
});
