import { fireEvent, render, screen, waitFor } from '@testing-library/react';
import { AdminContext, memoryStore, TestMemoryRouter } from 'react-admin';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { createI18nProvider } from '../i18n';
import { authProvider } from '../providers/authProvider';
import { rememberSignOutReason, TOKEN_KEY, USER_KEY } from '../providers/session';
import { LoginPage } from './LoginPage';

// The page fetches the first page's code while the user types (preloadFirstPage); here that would outlive the test
// file and load modules after its environment is gone, so the tests only see that it is asked for.
const { preloadFirstPage } = vi.hoisted(() => ({ preloadFirstPage: vi.fn() }));
vi.mock('./preloadFirstPage', () => ({ preloadFirstPage }));

// Whether the installation awaits its first run: asked by the page before anything else (a test below says yes).
const { setupNeeded } = vi.hoisted(() => ({ setupNeeded: vi.fn(async () => false) }));
vi.mock('../setup/setupApi', () => ({ setupNeeded }));
beforeEach(() => {
  setupNeeded.mockReset();
  setupNeeded.mockResolvedValue(false);
});

function renderLogin() {
  return render(
    <AdminContext i18nProvider={createI18nProvider('zh-CN')} authProvider={authProvider} store={memoryStore()}>
      <LoginPage />
    </AdminContext>,
  );
}

function answer(body: unknown, status = 200) {
  return vi.fn(async () => new Response(JSON.stringify(body), { status, headers: { 'content-type': 'application/json' } }));
}

const signIn = (username: string, password: string) => {
  fireEvent.change(screen.getByLabelText('用户名'), { target: { value: username } });
  fireEvent.change(screen.getByLabelText('密码'), { target: { value: password } });
  fireEvent.click(screen.getByRole('button', { name: '登录' }));
};

afterEach(() => vi.unstubAllGlobals());

describe('LoginPage', () => {
  it('says why the last session ended (account disabled), until someone signs in again', async () => {
    rememberSignOutReason('ACCOUNT_DISABLED');
    const view = renderLogin();
    expect((await screen.findByTestId('login-signed-out')).textContent).toBe('您的账号已被停用，请联系管理员。');
    // While the user reads and types, the first page's code is fetched.
    expect(preloadFirstPage).toHaveBeenCalled();
    view.unmount();
    // Rendered again (react-admin may mount the page twice on the way out): still said.
    renderLogin();
    expect((await screen.findByTestId('login-signed-out')).textContent).toContain('已被停用');
    vi.stubGlobal(
      'fetch',
      answer({
        data: {
          login: {
            token: 'h.p.s',
            user: { id: 'u', username: 'analyst', role: 'ANALYST', displayName: 'A', mustChangePassword: false, scopeRegion: null },
          },
        },
      }),
    );
    await authProvider.login({ username: 'analyst', password: 'jiaocheng-demo' });
    expect(window.sessionStorage.getItem('fengqiao.signedOutReason')).toBeNull();
  });

  it('sends a new installation without accounts to the setup page', async () => {
    setupNeeded.mockResolvedValue(true);
    let pathname = '';
    render(
      <TestMemoryRouter initialEntries={['/login']} locationCallback={(l) => (pathname = l.pathname)}>
        <AdminContext i18nProvider={createI18nProvider('zh-CN')} authProvider={authProvider} store={memoryStore()}>
          <LoginPage />
        </AdminContext>
      </TestMemoryRouter>,
    );
    await waitFor(() => expect(pathname).toBe('/setup'));
  });

  it('shows the product in Chinese first', async () => {
    renderLogin();
    expect(await screen.findByRole('heading', { level: 1, name: '枫桥' })).toBeTruthy();
    expect(screen.getByText('村居法律顾问调解平台')).toBeTruthy();
    expect(screen.getByLabelText('用户名')).toBeTruthy();
    expect(screen.getByRole('button', { name: '登录' })).toBeTruthy();
  });

  it('switches to English from its language menu', async () => {
    renderLogin();
    fireEvent.click(await screen.findByRole('button', { name: /中文/ }));
    fireEvent.click(await screen.findByRole('menuitem', { name: 'English' }));
    expect(await screen.findByRole('heading', { level: 1, name: 'Fengqiao' })).toBeTruthy();
    expect(screen.getByText('Village legal advisers and mediation')).toBeTruthy();
    expect(screen.getByRole('button', { name: 'Sign in' })).toBeTruthy();
  });

  it('says the username or password is wrong, in Chinese, on UNAUTHENTICATED', async () => {
    const fetch = answer({ data: null, errors: [{ message: 'Wrong username or password', extensions: { code: 'UNAUTHENTICATED' } }] });
    vi.stubGlobal('fetch', fetch);
    renderLogin();
    signIn('bureau', 'nope');
    expect((await screen.findByTestId('login-error')).textContent).toBe('用户名或密码错误');
    const [url, init] = fetch.mock.calls[0] as unknown as [string, RequestInit];
    expect(url).toBe('/graphql');
    expect((init.headers as Record<string, string>)['content-type']).toBe('application/json');
    expect((init.headers as Record<string, string>).authorization).toBeUndefined();
    expect(JSON.parse(String(init.body)).variables).toEqual({ username: 'bureau', password: 'nope' });
    expect(localStorage.getItem(TOKEN_KEY)).toBeNull();
  });

  it('says how long to wait when sign-ins are rate limited', async () => {
    vi.stubGlobal('fetch', answer({ data: null, errors: [{ message: 'Too many', extensions: { code: 'RATE_LIMITED', retryAfterSeconds: 600 } }] }));
    renderLogin();
    signIn('bureau', 'nope');
    expect((await screen.findByTestId('login-error')).textContent).toBe('登录失败次数过多，请 10 分钟后再试');
  });

  it('asks for the missing field without calling the server', async () => {
    const fetch = answer({});
    vi.stubGlobal('fetch', fetch);
    renderLogin();
    signIn('', 'secret');
    expect((await screen.findByTestId('login-error')).textContent).toBe('请填写用户名');
    expect(fetch).not.toHaveBeenCalled();
  });

  it('stores the token and the user where the console and GraphiQL read them', async () => {
    const user = { id: 'u1', username: 'bureau', role: 'BUREAU_ADMIN', displayName: '交城县司法局', scopeRegion: null };
    vi.stubGlobal('fetch', answer({ data: { login: { token: 'aaa.bbb.ccc', user } } }));
    renderLogin();
    signIn('bureau', 'jiaocheng-demo');
    await waitFor(() => expect(localStorage.getItem(TOKEN_KEY)).toBe('aaa.bbb.ccc'));
    expect(JSON.parse(localStorage.getItem(USER_KEY)!)).toEqual(user);
    expect(await authProvider.getPermissions!({})).toBe('BUREAU_ADMIN');
    expect(await authProvider.getIdentity!()).toMatchObject({ fullName: '交城县司法局' });
  });

  it('signs a party in with a code sent to their phone', async () => {
    const user = { id: 'u5', username: 'party.1', role: 'PARTY', displayName: '张建国', scopeRegion: null };
    const fetch = vi.fn(async (_url: string, init: RequestInit) => {
      const { operationName } = JSON.parse(String(init.body)) as { operationName: string };
      const data = operationName === 'requestLoginCode' ? { requestLoginCode: true } : { loginWithCode: { token: 'a.b.c', user } };
      return new Response(JSON.stringify({ data }), { status: 200, headers: { 'content-type': 'application/json' } });
    });
    vi.stubGlobal('fetch', fetch);
    renderLogin();
    fireEvent.click(await screen.findByRole('tab', { name: '手机验证码' }));
    fireEvent.change(screen.getByLabelText('手机号'), { target: { value: '13835805678' } });
    fireEvent.click(screen.getByRole('button', { name: '获取验证码' }));
    expect((await screen.findByTestId('login-code-sent')).textContent).toContain('13835805678');
    expect(screen.getByTestId('login-send-code').textContent).toMatch(/秒后重发/);
    fireEvent.change(screen.getByLabelText('验证码'), { target: { value: '12a3456' } });
    fireEvent.click(screen.getByRole('button', { name: '登录' }));
    await waitFor(() => expect(localStorage.getItem(TOKEN_KEY)).toBe('a.b.c'));
    const bodies = fetch.mock.calls.map(([, init]) => JSON.parse(String(init.body)) as { operationName: string; variables: unknown });
    expect(bodies.map((b) => b.operationName)).toEqual(['requestLoginCode', 'loginWithCode']);
    // Only digits reach the server.
    expect(bodies[1]!.variables).toEqual({ phone: '13835805678', code: '123456' });
  });

  it('says a wrong code is wrong or expired, and refuses a malformed phone before asking the server', async () => {
    const fetch = answer({ data: null, errors: [{ message: 'Wrong code', extensions: { code: 'UNAUTHENTICATED' } }] });
    vi.stubGlobal('fetch', fetch);
    renderLogin();
    fireEvent.click(await screen.findByRole('tab', { name: '手机验证码' }));
    fireEvent.change(screen.getByLabelText('手机号'), { target: { value: '1383' } });
    fireEvent.click(screen.getByRole('button', { name: '获取验证码' }));
    expect((await screen.findByTestId('login-error')).textContent).toBe('请输入 11 位手机号');
    expect(fetch).not.toHaveBeenCalled();
    fireEvent.change(screen.getByLabelText('手机号'), { target: { value: '13835805678' } });
    fireEvent.change(screen.getByLabelText('验证码'), { target: { value: '000000' } });
    fireEvent.click(screen.getByRole('button', { name: '登录' }));
    await waitFor(() => expect(screen.getByTestId('login-error').textContent).toBe('验证码错误或已过期'));
  });
});
