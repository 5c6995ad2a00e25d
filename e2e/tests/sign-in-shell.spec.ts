import { expect, type Page, test } from '@playwright/test';
import { DEMO_PASSWORD } from '@fengqiao/seeds';
import { ConsolePage } from '../pages/console.js';

// On a village phone the console's code takes seconds to arrive; the sign-in form is in the page itself
// (console/build/signInShell.ts) and the console takes it over when it starts.

/** Holds the console's code back, as a slow network would, until the returned function is called. */
async function holdConsoleCode(page: Page): Promise<() => void> {
  let release!: () => void;
  const held = new Promise<void>((resolve) => {
    release = resolve;
  });
  await page.route('**/assets/*.js', async (route) => {
    await held;
    await route.continue();
  });
  return release;
}
test('the sign-in form is there before the console’s code, and a form sent early signs in once the code arrives', async ({ page }, testInfo) => {
  const release = await holdConsoleCode(page);
  // Neither 'load' nor DOMContentLoaded comes while the code is held: the page is only committed.
  await page.goto('/', { waitUntil: 'commit' });
  const shell = page.locator('#fq-signin-shell');
  await expect(shell).toBeVisible();
  await expect(page.getByTestId('login-title')).toHaveCount(0);
  await new ConsolePage(page, testInfo).screenshot('sign-in-before-the-code');
  await page.locator('input[name="username"]').fill('adviser.1');
  await page.locator('input[name="password"]').fill(DEMO_PASSWORD);
  await page.locator('button[type="submit"]').click();
  await expect(shell.locator('button')).toHaveText('正在登录…');
  await expect(shell.locator('button')).toBeDisabled();

  release();
  await expect(page.getByTestId('welcome-card')).toBeVisible({ timeout: 30_000 });
  await expect(shell).toHaveCount(0);
});

test('what was typed before the console started stays in its form, and nothing is sent until asked', async ({ page }) => {
  const release = await holdConsoleCode(page);
  const logins: string[] = [];
  page.on('request', (req) => {
    if (req.url().endsWith('/graphql') && (req.postData() ?? '').includes('login(')) logins.push(req.url());
  });
  await page.goto('/#/login', { waitUntil: 'commit' });
  await page.locator('input[name="username"]').fill('office.tianning');
  release();
  await expect(page.getByTestId('login-title')).toBeVisible({ timeout: 30_000 });
  await expect(page.locator('#fq-signin-shell')).toHaveCount(0);
  await expect(page.locator('input[name="username"]')).toHaveValue('office.tianning');
  await expect(page.locator('input[name="password"]')).toHaveValue('');
  expect(logins).toEqual([]);
});
