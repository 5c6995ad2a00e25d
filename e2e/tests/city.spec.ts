import { expect, type Page, test } from '@playwright/test';
import { ConsolePage } from '../pages/console.js';

// The city tier (issue 12): 文水县's bureau files its roster, 吕梁市's bureau acknowledges it (签收) from its inbox, and
// the county sees the filing acknowledged. Each project (desktop, phone) files a filing of its own.

async function signInAfresh(console: ConsolePage, page: Page, username: string) {
  // Signed out: the stored session gone and the console loaded afresh without it, on the sign-in page (reloaded on
  // the page it was showing, react-admin would return there after signing in instead of to the home page).
  await page.evaluate(() => localStorage.clear());
  await page.goto('/#/login');
  await page.reload();
  await console.signIn(username);
  await expect(page.getByTestId('welcome-card')).toBeVisible();
}

test('the city acknowledges a filing that the county filed, and the county sees it acknowledged', async ({ page }, testInfo) => {
  const console = new ConsolePage(page, testInfo);
  await console.signIn('bureau.wenshui');
  await expect(page.getByTestId('welcome-card')).toBeVisible();
  await console.goto('/rosterFilings');
  await page.getByTestId('file-roster').first().click();
  await page.getByTestId('dialog-file-roster').getByTestId('action-submit').click();
  await expect(page).toHaveURL(/#\/rosterFilings\/[^/]+\/show/);
  const path = new URL(page.url()).hash.slice(1);
  await expect(page.getByTestId('filing-review')).toContainText('待签收');

  await signInAfresh(console, page, 'city');
  // The city's dashboard: each county's coverage and cases.
  await expect(page.getByTestId('county-rollup-row')).toHaveCount(2);
  await expect(page.getByTestId('county-rollup')).toContainText('文水县');
  await console.screenshot('city-dashboard');
  // Its inbox lists the counties' filings; it files none itself.
  await console.goto('/rosterFilings');
  await expect(page.getByText('文水县').first()).toBeVisible();
  await expect(page.getByTestId('file-roster')).toHaveCount(0);
  await console.goto(path);
  await page.getByTestId('action-acknowledge-filing').click();
  await page.getByTestId('action-submit').click();
  await expect(page.getByTestId('filing-status-ACKNOWLEDGED')).toBeVisible();
  await expect(page.getByTestId('action-acknowledge-filing')).toHaveCount(0);
  await console.screenshot('city-filing-acknowledged');

  await signInAfresh(console, page, 'bureau.wenshui');
  await console.goto(path);
  await expect(page.getByTestId('filing-review')).toContainText('已签收');
  await expect(page.getByTestId('filing-review')).toContainText('吕梁市司法局');
  expect(console.outside).toEqual([]);
});
