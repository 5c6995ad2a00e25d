import { screen, within } from '@testing-library/react';
import { afterEach, describe, expect, it, vi } from 'vitest';
import type { Role } from '../providers/session';
import { serveGraphQL } from '../test/graphqlServer';
import { renderAs } from '../test/render';
import { Dashboard } from './Dashboard';

const item = (kind: string, count: number, list: string, filter: Record<string, unknown>, extra: Record<string, unknown> = {}) => ({
  kind,
  count,
  attention: count > 0,
  list,
  filter: JSON.stringify(filter),
  month: null,
  deadline: null,
  status: null,
  ...extra,
});

const QUEUES: Partial<Record<Role, unknown[]>> = {
  ADVISER: [
    item(
      'MONTHLY_REPORT',
      12,
      'workLogEntries',
      { month: '2026-11' },
      { month: '2026-11', deadline: '2026-12-05', status: 'DRAFT', attention: true },
    ),
    item('OVERDUE_CASES', 2, 'mediationCases', { adviserId: 'a1', overdue: true }),
    item('CONFIRMATIONS_CLOSING', 0, 'mediationCases', { adviserId: 'a1', confirmationDueSoon: true }),
    item('TRAINING_DUE', 3, 'villages', { untrainedInQuarter: '2026-Q4' }),
  ],
  OFFICE_STAFF: [
    item('REPORTS_TO_REVIEW', 4, 'monthlyReports', { status: ['SUBMITTED'] }),
    item('CHECKS_TO_DO', 5, 'legalAdvisers', { status: 'ACTIVE', uncheckedInMonth: '2026-11' }, { month: '2026-11' }),
    item('OVERDUE_CASES', 1, 'mediationCases', { overdue: true }),
    item('SILENT_VILLAGES', 6, 'villages', { covered: true, silentInMonth: '2026-11' }, { month: '2026-11' }),
  ],
  BUREAU_ADMIN: [
    item('UNCOVERED_VILLAGES', 4, 'villages', { covered: false }),
    item('OVERDUE_ACTION_ITEMS', 1, 'consultationMeetings', { withOverdueItems: true }),
    item('ROSTER_FILINGS', 0, 'rosterFilings', { status: ['RETURNED'] }),
    item('LATE_REPORTS', 2, 'monthlyReports', { month: '2026-10', late: true }, { month: '2026-10' }),
  ],
};

function serve(role: Role) {
  return serveGraphQL({
    workQueue: () => ({ asOf: '2026-11-28', items: QUEUES[role] ?? [] }),
    coverage: () => ({ region: { id: 'r', name: '交城县', level: 'COUNTY' }, asOf: '2026-11-28', villageCount: 1, coveredCount: 1, ratio: 1 }),
    mediationCases: () => ({ items: [], totalItems: 0 }),
    villages: () => ({ items: [], totalItems: 0 }),
    regions: () => ({ items: [], totalItems: 0 }),
  });
}

const href = (el: HTMLElement) => decodeURIComponent(el.getAttribute('href') ?? '');

afterEach(() => vi.unstubAllGlobals());

describe('Home page: the day’s work', () => {
  it('shows the adviser the month to submit with its status and deadline, and each item links to its filtered list', async () => {
    serve('ADVISER');
    renderAs('ADVISER', <Dashboard />);
    const report = await screen.findByTestId('work-item-MONTHLY_REPORT');
    expect(report.textContent).toContain('工作日志月报');
    expect(report.textContent).toContain('2026年11月 · 截止 2026年12月5日 · 12 条日志');
    expect(within(report).getByTestId('work-item-status').textContent).toBe('未提交');
    expect(href(report)).toBe('/workLogEntries?filter={"month":"2026-11"}');
    const overdue = screen.getByTestId('work-item-OVERDUE_CASES');
    expect(within(overdue).getByTestId('work-item-count').textContent).toBe('2');
    expect(href(overdue)).toBe('/mediationCases?filter={"adviserId":"a1","overdue":true}');
    expect(href(screen.getByTestId('work-item-TRAINING_DUE'))).toBe('/villages?filter={"untrainedInQuarter":"2026-Q4"}');
    expect(screen.getByTestId('work-item-CONFIRMATIONS_CLOSING').getAttribute('data-attention')).toBe('false');
    expect(screen.getByTestId('work-queue-summary').textContent).toBe('3 项需要处理');
  });

  it('shows the office its reports to review, checks to do, overdue cases and silent villages', async () => {
    serve('OFFICE_STAFF');
    renderAs('OFFICE_STAFF', <Dashboard />);
    await screen.findByTestId('work-item-REPORTS_TO_REVIEW');
    const rows = screen.getAllByTestId(/^work-item-[A-Z_]+$/);
    expect(rows.map((r) => r.getAttribute('data-testid'))).toEqual([
      'work-item-REPORTS_TO_REVIEW',
      'work-item-CHECKS_TO_DO',
      'work-item-OVERDUE_CASES',
      'work-item-SILENT_VILLAGES',
    ]);
    expect(href(screen.getByTestId('work-item-CHECKS_TO_DO'))).toBe('/legalAdvisers?filter={"status":"ACTIVE","uncheckedInMonth":"2026-11"}');
    expect(screen.getByTestId('work-item-SILENT_VILLAGES').textContent).toContain('本月无工作日志的村居');
  });

  it('shows the bureau uncovered villages, overdue action items, filings and late reports, in English too', async () => {
    serve('BUREAU_ADMIN');
    renderAs('BUREAU_ADMIN', <Dashboard />, { locale: 'en', scopeRegion: { id: 'j', name: '交城县', level: 'COUNTY' } });
    const uncovered = await screen.findByTestId('work-item-UNCOVERED_VILLAGES');
    expect(uncovered.textContent).toContain('Uncovered villages');
    expect(href(uncovered)).toBe('/villages?filter={"covered":false}');
    expect(href(screen.getByTestId('work-item-OVERDUE_ACTION_ITEMS'))).toBe('/consultationMeetings?filter={"withOverdueItems":true}');
    expect(href(screen.getByTestId('work-item-LATE_REPORTS'))).toBe('/monthlyReports?filter={"month":"2026-10","late":true}');
  });

  it('writes the adviser’s month and deadline in English as the console writes dates', async () => {
    serve('ADVISER');
    renderAs('ADVISER', <Dashboard />, { locale: 'en' });
    const report = await screen.findByTestId('work-item-MONTHLY_REPORT');
    expect(report.textContent).toContain('Nov 2026 · due 5 Dec 2026');
  });

  it.each(['PARTY', 'ANALYST'] as Role[])('asks nothing for %s, who has no work queue', async (role) => {
    const requests = serve(role);
    renderAs(role, <Dashboard />);
    await screen.findByTestId('welcome-role');
    expect(screen.queryByTestId('work-queue')).toBeNull();
    expect(requests.some((r) => r.field === 'workQueue')).toBe(false);
  });
});
