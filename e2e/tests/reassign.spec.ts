import { expect, test } from '@playwright/test';
import { demoAccount } from '@fengqiao/seeds';
import { ConsolePage } from '../pages/console.js';

// The advisers' names on the roster: their accounts' display names without the （法律顾问） suffix.
const adviserName = (username: string) => demoAccount(username).displayName.replace(/（.*）$/, '');
const from = adviserName('adviser.1');
const to = adviserName('adviser.2');

test.describe
  .serial('the bureau hands a case over to another adviser (改派)', () => {
    let casePath = '';
    const reason = `交接测试-${Date.now().toString(36)}`;

    test('adviser.1 registers a case', async ({ page }, testInfo) => {
      const console = new ConsolePage(page, testInfo);
      await console.signIn('adviser.1');
      await expect(page.getByTestId('welcome-card')).toBeVisible();
      await console.goto('/mediationCases/create');
      await page.getByRole('combobox', { name: /纠纷类型/ }).click();
      await page.getByRole('option', { name: '邻里' }).click();
      await page.locator('[name="summary"]').fill(`宅前堆放柴草引发争执（${testInfo.project.name}）`);
      await page.locator('[name="parties.0.name"]').fill('周永福');
      await page.locator('[name="parties.1.name"]').fill('吴桂芳');
      await page.getByRole('button', { name: '保存' }).click();
      await expect(page).toHaveURL(/#\/mediationCases\/[^/]+\/show/);
      casePath = new URL(page.url()).hash.slice(1);
      await expect(page.getByTestId('case-advisers')).toHaveText(from);
      // Advisers handle their cases; reassigning is the office's and the bureau's.
      await expect(page.getByTestId('action-reassign')).toHaveCount(0);
    });

    test('the bureau gives it to adviser.2 in place of adviser.1, with a reason on record', async ({ page }, testInfo) => {
      const console = new ConsolePage(page, testInfo);
      await console.signIn('bureau');
      await expect(page.getByTestId('stat-needs-adviser-value')).toHaveText(/^\d+$/);
      await console.goto(casePath);
      await expect(page.getByTestId('case-advisers')).toHaveText(from);
      await page.getByTestId('action-reassign').click();
      const dialog = page.getByTestId('dialog-reassign-case');
      // A select of the roster's active advisers, each with the number of villages they serve: pick adviser.2 by name.
      await dialog.getByRole('combobox', { name: /新承办法律顾问/ }).click();
      await page.getByRole('option', { name: new RegExp(`^${to}`) }).click();
      await dialog.getByRole('combobox', { name: /同时替换/ }).click();
      await page.getByRole('option', { name: from }).click();
      await dialog.locator('[name="reason"]').fill(reason);
      await console.screenshot('case-reassign-dialog');
      await dialog.getByTestId('action-submit').click();
      await expect(dialog).toHaveCount(0);

      await expect(page.getByTestId('case-advisers')).toHaveText(to);
      const event = page.getByTestId('case-event');
      await expect(event).toHaveCount(1);
      await expect(event).toContainText(reason);
      await expect(event).toContainText(`结束承办：${from}`);
      await expect(event).toContainText(`新承办：${to}`);
      await console.screenshot('case-reassigned-bureau');
      expect(console.outside).toEqual([]);
    });

    test('adviser.2 now reads the case', async ({ page }, testInfo) => {
      const console = new ConsolePage(page, testInfo);
      await console.signIn('adviser.2');
      await expect(page.getByTestId('welcome-card')).toBeVisible();
      await console.goto(casePath);
      await expect(page.getByTestId('case-detail')).toHaveAttribute('data-confidential', 'readable');
      await expect(page.getByTestId('case-summary-text')).toContainText('宅前堆放柴草');
    });

    test('adviser.1 no longer reads it', async ({ page }, testInfo) => {
      const console = new ConsolePage(page, testInfo);
      await console.signIn('adviser.1');
      await expect(page.getByTestId('welcome-card')).toBeVisible();
      await console.goto(casePath);
      // Still a case of adviser.1's village, so listed; its confidential text is no longer theirs to read.
      await expect(page.getByTestId('case-detail')).toHaveAttribute('data-confidential', 'withheld');
    });
  });

test('the bureau opens the ID-number reuse check (the menus of the other tiers lack it: sign-in.spec)', async ({ page }, testInfo) => {
  const console = new ConsolePage(page, testInfo);
  await console.signIn('bureau');
  await expect(page.getByTestId('welcome-card')).toBeVisible();
  await console.goto('/id-number-reuse');
  await expect(page.getByTestId('id-reuse-explanation')).toBeVisible();
  await expect(page.getByTestId('id-reuse-rows').or(page.getByTestId('id-reuse-empty'))).toBeVisible();
  await console.screenshot('id-number-reuse');
  expect(console.outside).toEqual([]);
});
