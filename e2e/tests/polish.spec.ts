import { expect, test } from '@playwright/test';
import { ConsolePage } from '../pages/console.js';

/*
 * Console polish (issue 14): the case opened from the list shows its own adviser "loading", never the refusal meant
 * for outsiders; the 404 page; month pickers and months in Chinese. Screenshots at 1280 and 390 px.
 */

test('the adviser opening their case from the list never sees the refusal', async ({ page }, testInfo) => {
  const console = new ConsolePage(page, testInfo);
  await console.signIn('adviser.1');
  await expect(page.locator('header')).toBeVisible();
  await console.goto('/mediationCases');
  await page.getByPlaceholder(/搜索案号/).fill('交调字第1号');
  await page
    .getByText(/交调字第1号/)
    .first()
    .click();
  const detail = page.getByTestId('case-detail');
  await expect(detail).toBeVisible();
  // Until the case says otherwise it is loading or readable: never withheld from its own adviser.
  expect(await detail.getAttribute('data-confidential')).not.toBe('withheld');
  await expect(detail).toHaveAttribute('data-confidential', 'readable');
  await expect(page.getByText('调解内容依法保密，仅当事人和承办的法律顾问可以查看。')).toHaveCount(0);
  await expect(page.getByTestId('confidential-mark').first()).toBeVisible();
  await console.screenshot('polish-case-adviser');
});

test('the party’s case page leads with the agreement', async ({ page }, testInfo) => {
  const console = new ConsolePage(page, testInfo);
  await console.signIn('party.1');
  await console.goto('/mediationCases');
  await page
    .getByText(/交调字第1号/)
    .first()
    .click();
  const detail = page.getByTestId('case-detail');
  await expect(detail).toHaveAttribute('data-confidential', 'readable');
  await console.screenshot('polish-case-party');
});

test('an unknown address shows 页面不存在 with the way home', async ({ page }, testInfo) => {
  const console = new ConsolePage(page, testInfo);
  await console.signIn('office.tianning');
  await expect(page.locator('header')).toBeVisible();
  await console.goto('/no-such-page');
  await expect(page.getByTestId('page-not-found')).toBeVisible();
  await expect(page.getByTestId('page-not-found').getByRole('heading', { name: '页面不存在' })).toBeVisible();
  await console.screenshot('polish-404');
});

test('the office’s work log opens on a month with entries, months in Chinese', async ({ page }, testInfo) => {
  const console = new ConsolePage(page, testInfo);
  await console.signIn('office.tianning');
  await expect(page.locator('header')).toBeVisible();
  await console.goto('/workLogEntries');
  await expect(page.locator('input[name="month"]')).toHaveValue(/^\d{4}年\d{1,2}月$/);
  await console.screenshot('polish-work-log');
  await console.goto('/monthlyReports');
  await console.screenshot('polish-monthly-reports');
});
