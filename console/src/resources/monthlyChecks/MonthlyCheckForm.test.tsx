import { fireEvent, screen, waitFor, within } from '@testing-library/react';
import { ResourceContextProvider } from 'react-admin';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { Refusal, serveGraphQL, type Handler } from '../../test/graphqlServer';
import { renderAs } from '../../test/render';
import { currentMonth, previousMonth } from '../workLogEntries/workLogFormat';
import { MonthlyCheckCreate, MonthlyCheckEdit } from './MonthlyCheckForm';

const ADVISER = { id: 'a1', name: '李明华' };
const CHECK = {
  id: 'k1',
  month: '2026-10',
  rating: 'EXCELLENT',
  notes: '卷宗规范，群众评价高',
  logComplete: true,
  casesFollowedUp: true,
  noticeBoardPosted: true,
  trainingOnTrack: true,
  checkedAt: '2026-11-02T02:00:00.000Z',
  version: 3,
  adviser: ADVISER,
  township: { id: 't1', name: '天宁镇' },
  highlights: [{ id: 'h1', title: '化解土地承包纠纷', text: '当月就地化解2起', modelCase: true, markedAt: '2026-11-03T02:00:00.000Z', photos: [] }],
};

function serve(handlers: Record<string, Handler>) {
  return serveGraphQL({
    legalAdvisers: () => ({ items: [ADVISER], totalItems: 1 }),
    monthlyCheck: () => CHECK,
    ...handlers,
  });
}

const inResource = (element: React.ReactElement) => <ResourceContextProvider value="monthlyChecks">{element}</ResourceContextProvider>;

afterEach(() => vi.unstubAllGlobals());

describe('新建 of a monthly check', () => {
  it('creates the check through createMonthlyCheck and shows it', async () => {
    const requests = serve({ createMonthlyCheck: () => ({ ...CHECK, id: 'k2', version: 1 }) });
    const { location } = renderAs('OFFICE_STAFF', inResource(<MonthlyCheckCreate />), {
      path: '/monthlyChecks/create',
      route: '/monthlyChecks/create',
    });
    fireEvent.mouseDown(await screen.findByRole('combobox', { name: /法律顾问/ }));
    fireEvent.click(await screen.findByRole('option', { name: '李明华' }));
    fireEvent.click(screen.getByRole('button', { name: '保存' }));
    await waitFor(() => expect(location.current?.pathname).toBe('/monthlyChecks/k2/show'));
    const sent = requests.find((r) => r.field === 'createMonthlyCheck')!;
    // The form's defaults: last month (on the tests' fixed clock), rated 良好.
    expect(sent.variables.input).toMatchObject({ adviserId: 'a1', month: previousMonth(currentMonth()), rating: 'GOOD', highlights: [] });
  });

  it('opens the check a month has already instead of replacing it', async () => {
    const requests = serve({ createMonthlyCheck: () => new Refusal('CONFLICT', 'month', { reason: 'CHECK_EXISTS', existingId: 'k1' }) });
    const { location } = renderAs('OFFICE_STAFF', inResource(<MonthlyCheckCreate />), {
      path: '/monthlyChecks/create',
      route: '/monthlyChecks/create',
    });
    fireEvent.mouseDown(await screen.findByRole('combobox', { name: /法律顾问/ }));
    fireEvent.click(await screen.findByRole('option', { name: '李明华' }));
    fireEvent.click(screen.getByRole('button', { name: '保存' }));
    await waitFor(() => expect(location.current?.pathname).toBe('/monthlyChecks/k1/show'));
    // One create, refused; nothing else was sent that could change the existing check.
    expect(requests.filter((r) => r.field.endsWith('MonthlyCheck')).map((r) => r.field)).toEqual(['createMonthlyCheck']);
  });
});

describe('修改 of a monthly check', () => {
  const renderEdit = () => renderAs('OFFICE_STAFF', inResource(<MonthlyCheckEdit />), { path: '/monthlyChecks/k1', route: '/monthlyChecks/:id' });

  it('sends updateMonthlyCheck with the version it loaded, keeping the highlight’s id', async () => {
    const requests = serve({ updateMonthlyCheck: () => ({ ...CHECK, version: 4 }) });
    const { location } = renderEdit();
    const notes = await screen.findByDisplayValue('卷宗规范，群众评价高');
    fireEvent.change(notes, { target: { value: '卷宗规范' } });
    fireEvent.click(screen.getByRole('button', { name: '保存' }));
    await waitFor(() => expect(location.current?.pathname).toBe('/monthlyChecks/k1/show'));
    expect(requests.find((r) => r.field === 'updateMonthlyCheck')!.variables).toEqual({
      id: 'k1',
      input: {
        version: 3,
        rating: 'EXCELLENT',
        notes: '卷宗规范',
        logComplete: true,
        casesFollowedUp: true,
        noticeBoardPosted: true,
        trainingOnTrack: true,
        highlights: [{ id: 'h1', title: '化解土地承包纠纷', text: '当月就地化解2起', photoIds: [] }],
      },
    });
  });

  it('says when someone changed the check meanwhile, keeps what was typed, and reloads on request', async () => {
    const requests = serve({ updateMonthlyCheck: () => new Refusal('CONFLICT', 'version', { reason: 'STALE_VERSION' }) });
    const { location } = renderEdit();
    fireEvent.change(await screen.findByDisplayValue('卷宗规范，群众评价高'), { target: { value: '我的修改' } });
    fireEvent.click(screen.getByRole('button', { name: '保存' }));
    const alert = await screen.findByTestId('conflict-alert');
    expect(alert.textContent).toContain('此记录已被他人修改');
    expect(location.current?.pathname).toBe('/monthlyChecks/k1');
    expect(screen.getByDisplayValue('我的修改')).toBeTruthy();
    const loads = requests.filter((r) => r.field === 'monthlyCheck').length;

    fireEvent.click(within(alert).getByTestId('conflict-reload'));
    await waitFor(() => expect(screen.queryByTestId('conflict-alert')).toBeNull());
    expect(requests.filter((r) => r.field === 'monthlyCheck').length).toBeGreaterThan(loads);
  });
});
