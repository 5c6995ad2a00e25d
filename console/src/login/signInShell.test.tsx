import { fireEvent, render, screen, waitFor } from '@testing-library/react';
import { AdminContext, memoryStore } from 'react-admin';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { SHELL_ID, signInShellHtml } from '../../build/signInShell';
import { createI18nProvider } from '../i18n';
import { authProvider } from '../providers/authProvider';
import { TOKEN_KEY } from '../providers/session';
import { LoginPage } from './LoginPage';

// The page fetches the first page's code while the user types (preloadFirstPage); here that would outlive the test
// file and load modules after its environment is gone, so the tests only see that it is asked for.
const { preloadFirstPage } = vi.hoisted(() => ({ preloadFirstPage: vi.fn() }));
vi.mock('./preloadFirstPage', () => ({ preloadFirstPage }));

vi.mock('../setup/setupApi', () => ({ setupNeeded: vi.fn(async () => false) }));

/** Puts the page's own form into the document and runs its script, as the browser does while parsing index.html. */
function drawShell() {
  const html = signInShellHtml();
  const script = /<script>([\s\S]*)<\/script>$/.exec(html)![1]!;
  document.body.insertAdjacentHTML('afterbegin', html.replace(/<script>[\s\S]*<\/script>$/, ''));
  const shell = document.getElementById(SHELL_ID)!;
  new Function(script)();
  return shell;
}

const field = (shell: HTMLElement, name: string) => shell.querySelector<HTMLInputElement>(`input[name="${name}"]`)!;

function type(shell: HTMLElement, name: string, value: string) {
  const input = field(shell, name);
  input.value = value;
  input.dispatchEvent(new Event('input', { bubbles: true }));
}

const submitShell = (shell: HTMLElement) => shell.querySelector('form')!.dispatchEvent(new Event('submit', { bubbles: true, cancelable: true }));

beforeEach(() => window.history.replaceState(null, '', '/'));
afterEach(() => {
  document.getElementById(SHELL_ID)?.remove();
  delete window.__fqSignIn;
  vi.unstubAllGlobals();
});

describe('the sign-in form in index.html (before the console has started)', () => {
  it('is shown at once to a visitor without a session, in Chinese, with the fields the console’s form has', () => {
    const shell = drawShell();
    expect(shell.hidden).toBe(false);
    expect(shell.querySelector('h1')!.textContent).toBe('枫桥');
    expect([...shell.querySelectorAll('label span')].map((s) => s.textContent)).toEqual(['用户名', '密码']);
    expect(field(shell, 'password').type).toBe('password');
    expect(shell.querySelector('button')!.textContent).toBe('登录');
  });

  it('speaks English when English was chosen', () => {
    localStorage.setItem('RaStore.locale', JSON.stringify('en'));
    const shell = drawShell();
    expect(shell.querySelector('button')!.textContent).toBe('Sign in');
    expect([...shell.querySelectorAll('label span')].map((s) => s.textContent)).toEqual(['Username', 'Password']);
    document.documentElement.lang = 'zh-CN';
  });

  it('is taken out of the page for a signed-in visitor and on any other page than sign-in', () => {
    localStorage.setItem(TOKEN_KEY, 'h.p.s');
    drawShell();
    expect(document.getElementById(SHELL_ID)).toBeNull();
    expect(document.querySelector('input[name="username"]')).toBeNull();
    localStorage.removeItem(TOKEN_KEY);
    window.history.replaceState(null, '', '/#/mediationCases');
    drawShell();
    expect(document.getElementById(SHELL_ID)).toBeNull();
  });

  it('sends nothing by itself: an empty field takes the focus, a full form is kept as sent', () => {
    const shell = drawShell();
    type(shell, 'username', 'adviser.1');
    submitShell(shell);
    expect(window.__fqSignIn?.submitted).toBe(false);
    expect(document.activeElement).toBe(field(shell, 'password'));
    type(shell, 'password', 'jiaocheng-demo');
    submitShell(shell);
    expect(window.__fqSignIn).toMatchObject({ username: 'adviser.1', password: 'jiaocheng-demo', submitted: true });
    expect(shell.querySelector('button')!.disabled).toBe(true);
    expect(shell.querySelector('button')!.textContent).toBe('正在登录…');
  });
});

const renderLogin = () =>
  render(
    <AdminContext i18nProvider={createI18nProvider('zh-CN')} authProvider={authProvider} store={memoryStore()}>
      <LoginPage />
    </AdminContext>,
  );

describe('the console taking the form over', () => {
  it('keeps what was typed, removes the page’s form and sends nothing until asked', async () => {
    const shell = drawShell();
    type(shell, 'username', 'office.tianning');
    type(shell, 'password', 'half-typed');
    const fetch = vi.fn();
    vi.stubGlobal('fetch', fetch);
    renderLogin();
    expect((screen.getByLabelText('用户名') as HTMLInputElement).value).toBe('office.tianning');
    expect((screen.getByLabelText('密码') as HTMLInputElement).value).toBe('half-typed');
    expect(document.getElementById(SHELL_ID)).toBeNull();
    expect(window.__fqSignIn).toBeUndefined();
    expect(fetch.mock.calls.filter(([, init]) => String((init as RequestInit | undefined)?.body).includes('login'))).toEqual([]);
  });

  it('signs in at once with a form sent before the console started', async () => {
    const shell = drawShell();
    type(shell, 'username', ' adviser.1 ');
    type(shell, 'password', 'jiaocheng-demo');
    submitShell(shell);
    const fetch = vi.fn(
      async (_url: string, _init: RequestInit) =>
        new Response(JSON.stringify({ errors: [{ message: 'x', extensions: { code: 'UNAUTHENTICATED' } }] }), { status: 200 }),
    );
    vi.stubGlobal('fetch', fetch);
    renderLogin();
    await waitFor(() => expect(fetch).toHaveBeenCalled());
    const body = JSON.parse(String(fetch.mock.calls[0]![1].body)) as { variables: unknown };
    expect(body.variables).toEqual({ username: 'adviser.1', password: 'jiaocheng-demo' });
    // The answer is the console's to show, in its own form.
    expect((await screen.findByTestId('login-error')).textContent).toBe('用户名或密码错误');
    fireEvent.change(screen.getByLabelText('密码'), { target: { value: 'again' } });
    expect((screen.getByLabelText('密码') as HTMLInputElement).value).toBe('again');
  });
});
