import { fireEvent, screen, waitFor, within } from '@testing-library/react';
import { afterEach, describe, expect, it, vi } from 'vitest';
import type { Settings } from '../../providers/settings';
import { Refusal, serveGraphQL } from '../../test/graphqlServer';
import { renderAs } from '../../test/render';
import { SettingsPage } from './SettingsPage';

const JIAOCHENG = { id: 'j', name: '交城县', level: 'COUNTY' as const };
const LVLIANG = { id: 'c', name: '吕梁市', level: 'CITY' as const };

const settings = (patch: Partial<Settings> = {}): Settings => ({
  adviserLoadCap: 8,
  keepPhotoLocation: false,
  monthlyReportDeadlineDay: 5,
  noticeBoardQrUrl: 'https://fq.example/a/{adviserId}',
  setHere: ['adviserLoadCap'],
  version: 2,
  region: JIAOCHENG,
  ...patch,
});

afterEach(() => vi.unstubAllGlobals());

const origin = (field: string) => screen.getByTestId(`settings-origin-${field}`).textContent;

describe('SettingsPage', { timeout: 20_000 }, () => {
  it('shows the settings in force for the county, each set here or inherited', async () => {
    const requests = serveGraphQL({ settings: () => settings() });
    renderAs('BUREAU_ADMIN', <SettingsPage />, { scopeRegion: JIAOCHENG });
    expect(((await screen.findByTestId('settings-adviserLoadCap')) as HTMLInputElement).value).toBe('8');
    expect((screen.getByTestId('settings-monthlyReportDeadlineDay') as HTMLInputElement).value).toBe('5');
    expect(origin('adviserLoadCap')).toBe('本级设置');
    expect(origin('monthlyReportDeadlineDay')).toBe('沿用上级/默认');
    expect(origin('noticeBoardQrUrl')).toBe('沿用上级/默认');
    expect(screen.getByTestId('settings-card').textContent).toContain('交城县');
    // A county's bureau has no county to pick.
    expect(screen.queryByTestId('settings-region')).toBeNull();
    expect(requests.find((r) => r.field === 'settings')!.variables).toEqual({ regionId: null });
    expect((screen.getByTestId('settings-save') as HTMLButtonElement).disabled).toBe(true);
  });

  it('speaks English too', async () => {
    serveGraphQL({ settings: () => settings() });
    renderAs('BUREAU_ADMIN', <SettingsPage />, { scopeRegion: JIAOCHENG, locale: 'en' });
    await screen.findByTestId('settings-adviserLoadCap');
    expect(origin('adviserLoadCap')).toBe('Set here');
    expect(origin('keepPhotoLocation')).toBe('Inherited / default');
    expect(screen.getByText('Work log deadline day', { selector: 'label' })).toBeTruthy();
  });

  it('saves only what changed, with the version read, and shows it set here', async () => {
    let saved = false;
    const requests = serveGraphQL({
      settings: () =>
        saved ? settings({ monthlyReportDeadlineDay: 10, setHere: ['adviserLoadCap', 'monthlyReportDeadlineDay'], version: 3 }) : settings(),
      updateSettings: () => {
        saved = true;
        return settings({ monthlyReportDeadlineDay: 10, setHere: ['adviserLoadCap', 'monthlyReportDeadlineDay'], version: 3 });
      },
    });
    renderAs('BUREAU_ADMIN', <SettingsPage />, { scopeRegion: JIAOCHENG });
    fireEvent.change(await screen.findByTestId('settings-monthlyReportDeadlineDay'), { target: { value: '10' } });
    fireEvent.click(screen.getByTestId('settings-save'));
    await waitFor(() => expect(requests.some((r) => r.field === 'updateSettings')).toBe(true));
    expect(requests.find((r) => r.field === 'updateSettings')!.variables).toEqual({
      input: { monthlyReportDeadlineDay: 10, version: 2 },
      regionId: null,
    });
    await waitFor(() => expect(origin('monthlyReportDeadlineDay')).toBe('本级设置'));
  });

  it('says a stale version and a refused value by the setting’s name, and refuses a number that is not whole unsent', async () => {
    let refusal = new Refusal('CONFLICT', 'version', { reason: 'STALE_VERSION' });
    const requests = serveGraphQL({ settings: () => settings(), updateSettings: () => refusal });
    renderAs('BUREAU_ADMIN', <SettingsPage />, { scopeRegion: JIAOCHENG });
    const cap = await screen.findByTestId('settings-adviserLoadCap');
    fireEvent.change(cap, { target: { value: '2.5' } });
    fireEvent.click(screen.getByTestId('settings-save'));
    expect(await screen.findByText('请填写 1–50 的整数')).toBeTruthy();
    fireEvent.change(cap, { target: { value: '51' } });
    fireEvent.click(screen.getByTestId('settings-save'));
    expect(requests.some((r) => r.field === 'updateSettings')).toBe(false);

    fireEvent.change(cap, { target: { value: '12' } });
    fireEvent.change(screen.getByTestId('settings-noticeBoardQrUrl'), { target: { value: 'ftp://x' } });
    refusal = new Refusal('BAD_USER_INPUT', 'input.noticeBoardQrUrl');
    fireEvent.click(screen.getByTestId('settings-save'));
    expect((await screen.findByTestId('settings-error')).textContent).toBe('输入有误：公示牌二维码网址');
    expect(requests.find((r) => r.field === 'updateSettings')!.variables.input).toEqual({
      adviserLoadCap: 12,
      noticeBoardQrUrl: 'ftp://x',
      version: 2,
    });

    refusal = new Refusal('CONFLICT', 'version', { reason: 'STALE_VERSION' });
    fireEvent.click(screen.getByTestId('settings-save'));
    await waitFor(() => expect(screen.getByTestId('settings-error').textContent).toContain('此记录已被他人修改'));
  });

  it('lets a city’s bureau pick one of its counties, and saves that county’s settings', async () => {
    const requests = serveGraphQL({
      regions: () => ({ items: [{ id: 'j', name: '交城县', level: 'COUNTY' }], totalItems: 1 }),
      settings: ({ regionId }) => (regionId === 'j' ? settings() : settings({ region: LVLIANG, setHere: [], version: 0 })),
      updateSettings: () => settings({ keepPhotoLocation: true, setHere: ['adviserLoadCap', 'keepPhotoLocation'], version: 3 }),
    });
    renderAs('BUREAU_ADMIN', <SettingsPage />, { scopeRegion: LVLIANG });
    await waitFor(() => expect(screen.getByTestId('settings-card').textContent).toContain('吕梁市'));
    expect(origin('adviserLoadCap')).toBe('沿用上级/默认');
    expect(requests.find((r) => r.field === 'regions')!.variables).toMatchObject({ options: { filter: { level: 'COUNTY' } } });
    fireEvent.mouseDown(within(screen.getByTestId('settings-region')).getByRole('combobox'));
    fireEvent.click(await screen.findByRole('option', { name: '交城县' }));
    await waitFor(() => expect(screen.getByTestId('settings-card').textContent).toContain('交城县'));
    expect(origin('adviserLoadCap')).toBe('本级设置');
    fireEvent.click(screen.getByTestId('settings-keepPhotoLocation'));
    fireEvent.click(screen.getByTestId('settings-save'));
    await waitFor(() => expect(requests.some((r) => r.field === 'updateSettings')).toBe(true));
    expect(requests.find((r) => r.field === 'updateSettings')!.variables).toEqual({ input: { keepPhotoLocation: true, version: 2 }, regionId: 'j' });
  });
});
