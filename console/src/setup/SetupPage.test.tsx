import { fireEvent, render, screen, waitFor } from '@testing-library/react';
import { AdminContext, memoryStore, TestMemoryRouter } from 'react-admin';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { createI18nProvider } from '../i18n';
import { authProvider } from '../providers/authProvider';
import { TOKEN_KEY } from '../providers/session';
import { rootLevelOf } from './setupApi';
import { SetupPage } from './SetupPage';

type Answer = { data?: unknown; errors?: Array<{ message: string; extensions: Record<string, unknown> }> };

/** Answers setupStatus with `needed` and completeSetup with `complete`, recording what the page sent. */
function serve(needed: boolean, complete: Answer) {
  const sent: Array<{ operationName: string; variables: Record<string, unknown> }> = [];
  const fetch = vi.fn(async (_url: string, init: RequestInit) => {
    const body = JSON.parse(String(init.body));
    sent.push(body);
    const answer = body.operationName === 'setupStatus' ? { data: { setupStatus: { needed } } } : complete;
    return new Response(JSON.stringify(answer), { status: 200, headers: { 'content-type': 'application/json' } });
  });
  vi.stubGlobal('fetch', fetch);
  return sent;
}

function renderSetup() {
  const location = { pathname: '' };
  render(
    <TestMemoryRouter initialEntries={['/setup']} locationCallback={(l) => (location.pathname = l.pathname)}>
      <AdminContext i18nProvider={createI18nProvider('zh-CN')} authProvider={authProvider} store={memoryStore()}>
        <SetupPage />
      </AdminContext>
    </TestMemoryRouter>,
  );
  return location;
}

const type = (testId: string, value: string) => fireEvent.change(screen.getByTestId(testId), { target: { value } });

function fillCounty() {
  type('setup-token', 'abcde-fghjk-mnpqr-stvwx');
  type('setup-rootCode', '141122000000');
  type('setup-rootName', '交城县');
  type('setup-cityName', '吕梁市');
  type('setup-username', 'admin.jiaocheng');
  type('setup-displayName', '县司法局管理员');
  type('setup-password', 'Jiaocheng-2026-fengqiao');
  type('setup-passwordAgain', 'Jiaocheng-2026-fengqiao');
}

const assign = vi.fn();
beforeEach(() => {
  localStorage.clear();
  assign.mockReset();
  vi.stubGlobal('location', { ...window.location, assign });
});
afterEach(() => vi.unstubAllGlobals());

// Many fields typed on a machine shared with other suites: more than the default 5 s.
describe('SetupPage', { timeout: 20_000 }, () => {
  it('reads the root level off the code as the server does', () => {
    expect(rootLevelOf('140000000000')).toBe('PROVINCE');
    expect(rootLevelOf('141100000000')).toBe('CITY');
    expect(rootLevelOf('141122000000')).toBe('COUNTY');
    expect(rootLevelOf('141122100000')).toBeNull();
    expect(rootLevelOf('000000000000')).toBeNull();
    expect(rootLevelOf('1411')).toBeNull();
  });

  it('asks for the city only under a county code, sends the form and signs the administrator in', async () => {
    const user = { id: 'u1', username: 'admin.jiaocheng', role: 'BUREAU_ADMIN', displayName: '县司法局管理员', scopeRegion: null };
    const sent = serve(true, { data: { completeSetup: { token: 'aaa.bbb.ccc', user } } });
    renderSetup();
    await screen.findByTestId('setup-token');
    expect(screen.queryByTestId('setup-cityName')).toBeNull();
    type('setup-rootCode', '141100000000');
    expect(screen.getByText('这是一个市')).toBeTruthy();
    expect(screen.queryByTestId('setup-cityName')).toBeNull();
    fillCounty();
    expect(screen.getByText('这是一个县（区）')).toBeTruthy();
    fireEvent.click(screen.getByTestId('setup-submit'));
    await waitFor(() => expect(assign).toHaveBeenCalledWith('/'));
    expect(sent.at(-1)).toEqual({
      operationName: 'completeSetup',
      query: expect.stringContaining('completeSetup(input: $input)'),
      variables: {
        input: {
          token: 'abcde-fghjk-mnpqr-stvwx',
          rootCode: '141122000000',
          rootName: '交城县',
          cityName: '吕梁市',
          username: 'admin.jiaocheng',
          displayName: '县司法局管理员',
          password: 'Jiaocheng-2026-fengqiao',
        },
      },
    });
    expect(localStorage.getItem(TOKEN_KEY)).toBe('aaa.bbb.ccc');
  });

  it('checks the form before sending: empty fields, a malformed code, passwords that differ', async () => {
    const sent = serve(true, { data: null });
    renderSetup();
    await screen.findByTestId('setup-token');
    type('setup-rootCode', '1411221');
    type('setup-password', 'Jiaocheng-2026-fengqiao');
    type('setup-passwordAgain', 'Jiaocheng-2026-fengqiaO');
    fireEvent.click(screen.getByTestId('setup-submit'));
    expect(await screen.findByText('请填写一次性设置码')).toBeTruthy();
    expect(screen.getByText('请输入 12 位的省、市或县级统计用区划代码')).toBeTruthy();
    expect(screen.getByText('两次输入的密码不一致')).toBeTruthy();
    expect(sent.map((s) => s.operationName)).toEqual(['setupStatus']);
  });

  it('puts a refused token under the token field, in Chinese', async () => {
    serve(true, {
      data: null,
      errors: [{ message: 'token: not the setup token', extensions: { code: 'BAD_USER_INPUT', field: 'token', reason: 'SETUP_TOKEN_INVALID' } }],
    });
    renderSetup();
    await screen.findByTestId('setup-token');
    fillCounty();
    fireEvent.click(screen.getByTestId('setup-submit'));
    expect(await screen.findByText('设置码不正确。请核对服务器日志中最近一次启动打印的设置码。')).toBeTruthy();
    expect(assign).not.toHaveBeenCalled();
    expect(localStorage.getItem(TOKEN_KEY)).toBeNull();
  });

  it('says the installation is set up already when another setup won, and sends everyone else to sign in', async () => {
    serve(true, { data: null, errors: [{ message: 'already set up', extensions: { code: 'CONFLICT', reason: 'SETUP_DONE' } }] });
    renderSetup();
    await screen.findByTestId('setup-token');
    fillCounty();
    fireEvent.click(screen.getByTestId('setup-submit'));
    expect((await screen.findByTestId('setup-done-already')).textContent).toBe('本系统已经设置过了，请直接登录。');

    vi.unstubAllGlobals();
    serve(false, { data: null });
    const location = renderSetup();
    await waitFor(() => expect(location.pathname).toBe('/login'));
  });
});
