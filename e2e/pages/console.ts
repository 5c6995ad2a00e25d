import { expect, type Page, type TestInfo } from '@playwright/test';
import { DEMO_PASSWORD } from '@fengqiao/seeds';
import { mkdirSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

/** What the console's sign-in form sends (console/src/providers/session.ts), and so what it keeps of the answer. */
const LOGIN = `mutation login($username: String!, $password: String!) {
  login(username: $username, password: $password) {
    token
    user { id username role displayName mustChangePassword scopeRegion { id name level } }
  }
}`;

const ARTIFACTS = join(dirname(fileURLToPath(import.meta.url)), '..', 'artifacts');

/** The console as a person uses it: sign in, open the menu (a drawer on a phone), look. */
export class ConsolePage {
  readonly outside: string[] = [];

  constructor(
    readonly page: Page,
    readonly testInfo: TestInfo,
  ) {
    // Nothing may leave the machine: record every request to another origin.
    page.on('request', (req) => {
      const url = new URL(req.url());
      if (!['127.0.0.1', 'localhost'].includes(url.hostname) && !url.protocol.startsWith('data') && !url.protocol.startsWith('blob')) {
        this.outside.push(req.url());
      }
    });
  }

  async gotoLogin() {
    await this.page.goto('/#/login');
    await expect(this.page.getByTestId('login-title')).toBeVisible();
  }

  /**
   * Signs in through the sign-in form, as a person does: for the tests about signing in (a refused password, a one-time
   * password). Returns once the sign-in is answered, and when it was accepted once the console has left the sign-in
   * page: a navigation right after the click could otherwise overtake the token being kept and land back on the form.
   */
  async signInWithForm(username: string, password = DEMO_PASSWORD) {
    await this.gotoLogin();
    await this.page.locator('input[name="username"]').fill(username);
    await this.page.locator('input[name="password"]').fill(password);
    const answered = this.page.waitForResponse((r) => r.url().endsWith('/graphql') && /\blogin\(/.test(r.request().postData() ?? ''));
    await this.page.locator('button[type="submit"]').click();
    const body = (await (await answered).json().catch(() => null)) as { data?: { login?: { token?: string } } } | null;
    if (body?.data?.login?.token) await expect(this.page).not.toHaveURL(/#\/login\b/);
  }

  /**
   * Signs in for a test about something else, and opens the console at home: the `login` mutation the sign-in form
   * sends, its answer kept where the console keeps a session (console/src/providers/session.ts). Loading the sign-in
   * page and filling it in took about two of the seconds each test spends; the form has its own tests
   * (signInWithForm). A refused sign-in fails the test here.
   */
  async signIn(username: string, password = DEMO_PASSWORD) {
    const response = await this.page.request.post('/graphql', {
      data: { operationName: 'login', query: LOGIN, variables: { username, password } },
    });
    const body = (await response.json().catch(() => null)) as { data?: { login?: { token: string; user: unknown } }; errors?: unknown } | null;
    const login = body?.data?.login;
    if (!login?.token) throw new Error(`${username} was not signed in: ${JSON.stringify(body?.errors ?? response.status())}`);
    // localStorage belongs to the origin: a small file of it is opened to keep the session there.
    await this.page.goto('/favicon.svg');
    await this.page.evaluate(
      ([token, user]) => {
        localStorage.setItem('fengqiao.token', token);
        localStorage.setItem('fengqiao.user', user);
      },
      [login.token, JSON.stringify(login.user)] as const,
    );
    await this.page.goto('/');
    // The app bar is drawn (its brand is hidden on a phone).
    await expect(this.page.getByTestId('app-brand')).toBeAttached();
  }

  get isPhone(): boolean {
    return (this.page.viewportSize()?.width ?? 1280) < 600;
  }

  /** Opens the side menu where it is a drawer, and returns the test ids of its entries. */
  async menuEntries(): Promise<string[]> {
    const menu = this.page.getByTestId('app-menu');
    if (this.isPhone && !(await this.page.getByTestId('menu-dashboard').isVisible())) {
      await this.page.locator('header button').first().click();
    }
    await expect(menu.getByTestId('menu-dashboard')).toBeVisible();
    const ids = await menu.locator('[data-testid^="menu-"]').evaluateAll((els) => els.map((e) => e.getAttribute('data-testid')!));
    return [...new Set(ids)].sort();
  }

  async closeMenuIfDrawer() {
    if (this.isPhone) await this.page.keyboard.press('Escape');
  }

  /** Opens a console route (`/coverage`, `/villages/<id>/show`) in the signed-in session. */
  async goto(path: string) {
    await this.page.goto(`/#${path}`);
  }

  /** The coverage page's ratio as a number (97.4 for "97.4%"), once the figure has loaded. */
  async coverageRatio(): Promise<number> {
    const value = this.page.getByTestId('coverage-ratio-value');
    await expect(value).toHaveText(/%$/);
    return Number.parseFloat((await value.textContent())!.replace('%', ''));
  }

  /** Picks the first option of a react-admin AutocompleteInput by its label, optionally after typing. */
  async pickFirst(label: string | RegExp, typed?: string) {
    const input = this.page.getByRole('combobox', { name: label });
    await input.click();
    if (typed !== undefined) await input.fill(typed);
    const option = this.page.getByRole('option').first();
    await expect(option).toBeVisible();
    const text = (await option.textContent()) ?? '';
    await option.click();
    return text;
  }

  /**
   * Types a date (`YYYY-MM-DD`) or month (`YYYY-MM`) into the date picker whose form value is named `name` (or, for a
   * page's own picker, whose hidden input has the test id `{ testId }`), as a user does: into its sections (年, 月, 日),
   * which take the digits in order.
   */
  async typeDate(target: string | { testId: string }, value: string) {
    const input = typeof target === 'string' ? this.page.locator(`[name="${target}"]`) : this.page.getByTestId(target.testId);
    const field = input.locator('..');
    await field.getByRole('spinbutton').first().click();
    await this.page.keyboard.type(value.replaceAll('-', ''));
  }

  async screenshot(name: string) {
    mkdirSync(ARTIFACTS, { recursive: true });
    await this.page.screenshot({ path: join(ARTIFACTS, `${this.testInfo.project.name}-${name}.png`), fullPage: true });
  }
}
