import { fireEvent, screen, waitFor } from '@testing-library/react';
import { ResourceContextProvider, SimpleForm, TextInput } from 'react-admin';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { serveGraphQL } from '../test/graphqlServer';
import { renderAs } from '../test/render';
import { MonthSummary } from '../resources/monthlyReports/MonthCard';
import { noticeBoardBlocked, VillageShow } from '../resources/villages/VillageShow';
import { entryMonth, EntryToolbar } from '../resources/workLogEntries/WorkLogEntryCreate';
import type { WorkLogMonth } from '../providers/workLog';

afterEach(() => vi.unstubAllGlobals());

const VILLAGE = { id: 'v1', name: '西街村', code: '141122100299', kind: 'VILLAGE', township: { id: 't1', name: '天宁镇' }, pairings: [] };
const ADVISER = { id: 'a1', name: '李明华', phone: '13800000001', profession: 'LAWYER', status: 'ACTIVE', photoUrl: null, provider: null };

function month(patch: Partial<WorkLogMonth>): WorkLogMonth {
  return {
    month: '2026-11',
    status: 'DRAFT',
    deadline: '2026-12-05',
    overdue: false,
    entryCount: 3,
    totalMinutes: 90,
    adviser: { id: 'a1', name: '李明华' },
    report: null,
    ...patch,
  } as WorkLogMonth;
}

const SUBMITTED_REPORT = {
  id: 'r1',
  month: '2026-11',
  status: 'SUBMITTED',
  frozen: true,
  pdfPath: '/api/x.pdf',
  version: 1,
} as WorkLogMonth['report'];

describe('the notice board button', () => {
  const showVillage = (village: Record<string, unknown>) => {
    serveGraphQL({ village: () => village });
    renderAs(
      'BUREAU_ADMIN',
      <ResourceContextProvider value="villages">
        <VillageShow />
      </ResourceContextProvider>,
      { path: '/villages/v1/show', route: '/villages/:id/show' },
    );
  };

  it('is disabled for a village without an adviser, saying so', async () => {
    showVillage({ ...VILLAGE, currentAdviser: null });
    const button = await screen.findByTestId('download-notice-board');
    await waitFor(() => expect((button as HTMLButtonElement).disabled).toBe(true));
    const reason = screen.getByTestId('notice-board-blocked');
    expect(reason.textContent).toBe('该村未配备法律顾问');
    expect(button.getAttribute('aria-describedby')).toBe(reason.id);
  });

  it('works for a village whose adviser serves it', async () => {
    showVillage({ ...VILLAGE, currentAdviser: ADVISER });
    expect((await screen.findByTestId('village-adviser-name')).textContent).toBe('李明华');
    expect((screen.getByTestId('download-notice-board') as HTMLButtonElement).disabled).toBe(false);
    expect(screen.queryByTestId('notice-board-blocked')).toBeNull();
  });

  it('knows why from the village: none, a suspended adviser, or not yet known', () => {
    expect(noticeBoardBlocked({ currentAdviser: null })).toBe('fq.disabled.no_adviser');
    expect(noticeBoardBlocked({ currentAdviser: { ...ADVISER, status: 'SUSPENDED' } as never })).toBe('fq.disabled.adviser_not_active');
    expect(noticeBoardBlocked({ currentAdviser: ADVISER as never })).toBeNull();
    expect(noticeBoardBlocked({})).toBeNull();
  });
});

describe('the month card of a work log', () => {
  it('disables adding an entry to a submitted month, saying what to do', () => {
    renderAs('ADVISER', <MonthSummary data={month({ status: 'SUBMITTED', report: SUBMITTED_REPORT })} refetch={() => undefined} current />);
    expect(screen.getByTestId('month-add-entry').getAttribute('aria-disabled')).toBe('true');
    expect(screen.getByTestId('month-add-entry-blocked').textContent).toBe(
      '该月工作日志已提交，不能再添加；请选择未提交的月份，或请司法所退回后再改',
    );
  });

  it('disables submitting a month with no entries, and lets an open month with entries be added to and submitted', () => {
    const { unmount } = renderAs('ADVISER', <MonthSummary data={month({ entryCount: 0, totalMinutes: 0 })} refetch={() => undefined} current />);
    expect((screen.getByTestId('submit-disabled') as HTMLButtonElement).disabled).toBe(true);
    expect(screen.getByTestId('submit-blocked').textContent).toBe('本月还没有工作日志，无需提交');
    expect(screen.queryByTestId('action-submit')).toBeNull();
    unmount();

    renderAs('ADVISER', <MonthSummary data={month({})} refetch={() => undefined} current />, { locale: 'en' });
    expect((screen.getByTestId('action-submit') as HTMLButtonElement).disabled).toBe(false);
    expect(screen.getByTestId('month-add-entry').getAttribute('aria-disabled')).not.toBe('true');
    expect(screen.queryByTestId('submit-blocked')).toBeNull();
    expect(screen.queryByTestId('month-add-entry-blocked')).toBeNull();
  });
});

describe('saving a new work-log entry', () => {
  const form = (at: string) => (
    <ResourceContextProvider value="workLogEntries">
      <SimpleForm defaultValues={{ at }} toolbar={<EntryToolbar />} onSubmit={() => undefined}>
        <TextInput source="matter" label="事项" />
      </SimpleForm>
    </ResourceContextProvider>
  );

  it('is disabled with the reason while the time falls in a submitted month', async () => {
    const requests = serveGraphQL({ workLogMonth: (v) => month({ month: v.month as string, status: 'SUBMITTED', report: SUBMITTED_REPORT }) });
    renderAs('ADVISER', form('2026-11-15T10:00'));
    fireEvent.change(screen.getByLabelText('事项'), { target: { value: '宅基地咨询' } });
    expect((await screen.findByTestId('entry-month-submitted')).textContent).toMatch(/^该月工作日志已提交/);
    expect((screen.getByRole('button', { name: '保存' }) as HTMLButtonElement).disabled).toBe(true);
    expect(requests.map((r) => [r.field, r.variables.month])).toEqual([['workLogMonth', '2026-11']]);
  });

  it('is enabled for a month still open', async () => {
    const requests = serveGraphQL({ workLogMonth: (v) => month({ month: v.month as string }) });
    renderAs('ADVISER', form('2026-11-15T10:00'));
    await waitFor(() => expect(requests.length).toBe(1));
    fireEvent.change(screen.getByLabelText('事项'), { target: { value: '宅基地咨询' } });
    await waitFor(() => expect((screen.getByRole('button', { name: '保存' }) as HTMLButtonElement).disabled).toBe(false));
    expect(screen.queryByTestId('entry-month-submitted')).toBeNull();
  });

  it('reads the month of the entry’s time on the Shanghai calendar', () => {
    expect(entryMonth('2026-10-31T16:30:00Z')).toBe('2026-11');
    expect(entryMonth('')).toBeUndefined();
  });
});
