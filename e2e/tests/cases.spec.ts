import { expect, test, type Page } from '@playwright/test';
import { demoCasePersons } from '@fengqiao/seeds';
import { ConsolePage } from '../pages/console.js';

// 张建国, whose account is party.1: the adviser registers a new dispute of his with his phone, which is the account's
// verified phone, so the case joins party.1's own list (a matching ID number alone would not).
const party1 = demoCasePersons()[0]!;

/** Picks an option of a react-admin SelectInput by the input's label. */
async function select(page: Page, label: string | RegExp, option: string | RegExp) {
  await page.getByRole('combobox', { name: label }).click();
  await page.getByRole('option', { name: option }).click();
}

/** Opens a case from the list by its number (a table on a desktop, a simple list on a phone). */
async function openCase(console: ConsolePage, caseNo: string) {
  const { page } = console;
  await console.goto('/mediationCases');
  await page.getByPlaceholder(/搜索案号/).fill(caseNo);
  // Filtered down to the one case: its number in a table row or a phone's list item (the search box holds a value, no text).
  await expect(page.getByText(/交调字/)).toHaveCount(1);
  await page.getByText(caseNo).click();
  await expect(page.getByTestId('case-detail')).toBeVisible();
}

test.describe
  .serial('a mediation case from intake to agreement, and who reads what', () => {
    let caseNo = '';
    // Text only the parties and the assigned advisers may read; it must never reach the bureau's screen.
    const canary = `协议正文-${Date.now().toString(36)}`;
    const sessionCanary = `调解记录-${Date.now().toString(36)}`;

    test('adviser.1 registers a case on a phone-sized form, records a session and an agreement', async ({ page }, testInfo) => {
      const console = new ConsolePage(page, testInfo);
      await console.signIn('adviser.1');
      await expect(page.getByTestId('welcome-card')).toBeVisible();
      await console.goto('/mediationCases/create');

      // The village is the adviser's own, already chosen; the date is today.
      await expect(page.getByRole('combobox', { name: /村（社区）/ })).not.toHaveText('');
      await select(page, /纠纷类型/, '邻里');
      await page.locator('[name="summary"]').fill(`两户因院墙滴水发生争执（${testInfo.project.name}）`);
      await page.locator('[name="parties.0.name"]').fill(party1.name);
      await page.locator('[name="parties.0.phone"]').fill(party1.phone!);
      await page.locator('[name="parties.0.idNumber"]').fill(party1.idNumber);
      await page.locator('[name="parties.1.name"]').fill('李二虎');
      await console.screenshot('case-intake');
      await page.getByRole('button', { name: '保存' }).click();

      await expect(page).toHaveURL(/#\/mediationCases\/[^/]+\/show/);
      await expect(page.getByTestId('case-status').first()).toHaveText('已登记');
      caseNo = (await page
        .getByTestId('case-registration')
        .getByText(/交调字/)
        .first()
        .textContent())!.trim();
      expect(caseNo).toMatch(/交调字第\d+号/);

      await page.getByTestId('action-accept').click();
      await page.getByTestId('dialog-accept').getByTestId('action-submit').click();
      await expect(page.getByTestId('case-status').first()).toHaveText('已受理');

      await page.getByTestId('action-recordSession').click();
      const session = page.getByTestId('dialog-recordSession');
      await session.locator('[name="participants"]').fill('申请人、被申请人、调解员');
      await session.locator('[name="record"]').fill(`双方同意由被申请人改建排水槽。${sessionCanary}`);
      await session.getByTestId('action-submit').click();
      await expect(page.getByTestId('case-status').first()).toHaveText('调解中');
      await expect(page.getByTestId('session-record')).toContainText(sessionCanary);

      await page.getByTestId('action-recordAgreement').click();
      const agreement = page.getByTestId('dialog-recordAgreement');
      await agreement.locator('[name="amountYuan"]').fill('800');
      await agreement.locator('[name="content"]').fill(`被申请人于十日内改建排水槽，费用八百元由双方各半负担。${canary}`);
      await agreement.getByTestId('action-submit').click();
      await expect(page.getByTestId('case-status').first()).toHaveText('达成协议');
      await expect(page.getByTestId('agreement-content')).toContainText(canary);
      await expect(page.getByTestId('case-detail')).toHaveAttribute('data-confidential', 'readable');
      await console.screenshot('case-agreement-adviser');
      expect(console.outside).toEqual([]);
    });

    test('the bureau sees the case with the content withheld and the parties masked', async ({ page }, testInfo) => {
      const console = new ConsolePage(page, testInfo);
      await console.signIn('bureau');
      await expect(page.getByTestId('welcome-card')).toBeVisible();
      // The ledger of the filtered list downloads as Excel (metadata only; its content is checked by the API's tests).
      await console.goto('/mediationCases');
      const [ledger] = await Promise.all([page.waitForEvent('download'), page.getByTestId('case-ledger').click()]);
      expect(ledger.suggestedFilename()).toMatch(/人民调解案件台账.*\.xlsx$/);
      await openCase(console, caseNo);

      const detail = page.getByTestId('case-detail');
      await expect(detail).toHaveAttribute('data-confidential', 'withheld');
      await expect(page.getByTestId('case-status').first()).toHaveText('达成协议');
      await expect(page.getByTestId('case-summary-text-withheld')).toContainText('保密');
      await expect(page.getByTestId('agreement-content-withheld')).toContainText('保密');
      await expect(page.getByTestId('session-record-withheld')).toContainText('保密');
      await expect(page.getByTestId('party-name').first()).toHaveText(/\*/);
      await expect(page.getByText(party1.name)).toHaveCount(0);
      await expect(page.getByText(canary)).toHaveCount(0);
      await expect(page.getByText(sessionCanary)).toHaveCount(0);
      // No workflow for the bureau, and no case file to download.
      await expect(page.getByTestId('action-recordSession')).toHaveCount(0);
      await expect(page.getByTestId('case-file')).toHaveCount(0);
      expect(await page.content()).not.toContain(canary);
      await console.screenshot('case-withheld-bureau');

      await console.goto('/case-statistics');
      await expect(page.getByTestId('stat-case-total-value')).toHaveText(/^\d+$/);
      await expect(page.getByTestId('chart-status').locator('svg').first()).toBeVisible();
      await expect(page.getByTestId('chart-resolution').locator('svg').first()).toBeVisible();
      await console.screenshot('case-statistics-bureau');
      expect(console.outside).toEqual([]);
    });

    test('party.1 signs in and reads their agreement', async ({ page }, testInfo) => {
      const console = new ConsolePage(page, testInfo);
      await console.signIn('party.1');
      await expect(page.getByTestId('dashboard-party')).toBeVisible();
      const mine = page.getByTestId('party-case').filter({ hasText: caseNo });
      await expect(mine).toHaveCount(1);
      await console.screenshot('dashboard-party-cases');
      await mine.click();
      await expect(page.getByTestId('case-detail')).toHaveAttribute('data-confidential', 'readable');
      await expect(page.getByTestId('agreement-content')).toContainText(canary);
      await expect(page.getByTestId('party-name').filter({ hasText: party1.name })).toHaveCount(1);
      // A party reads; only the advisers act.
      await expect(page.getByTestId('action-review')).toHaveCount(0);
      await console.screenshot('case-agreement-party');
      expect(console.outside).toEqual([]);
    });
  });

test('the analyst has the statistics but no case list', async ({ page }, testInfo) => {
  const console = new ConsolePage(page, testInfo);
  await console.signIn('analyst');
  await expect(page.getByTestId('welcome-card')).toBeVisible();
  await console.goto('/case-statistics');
  await expect(page.getByTestId('stat-case-total-value')).toHaveText(/^\d+$/);
  await console.goto('/mediationCases');
  await expect(page.getByTestId('case-list')).toHaveCount(0);
  await expect(page.getByText(/交调字/)).toHaveCount(0);
  expect(console.outside).toEqual([]);
});
