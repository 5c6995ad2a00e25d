import { expect, test } from '@playwright/test';
import { DEMO_ACCOUNTS } from '@fengqiao/seeds';
import { ConsolePage } from '../pages/console.js';

// Each tier's menu: the dashboard plus what the tier works with (sorted: the helper sorts what it finds).
const MENUS: Record<string, string[]> = {
  BUREAU_ADMIN: [
    'menu-assessment',
    'menu-auditEvents',
    'menu-caseStatistics',
    'menu-consultationMeetings',
    'menu-coverage',
    'menu-dashboard',
    'menu-idNumberReuse',
    'menu-legalAdvisers',
    'menu-mediationCases',
    'menu-monthlyChecks',
    'menu-monthlyReports',
    'menu-pairings',
    'menu-providers',
    'menu-regionImport',
    'menu-regions',
    'menu-rosterFilings',
    'menu-settings',
    'menu-subsidies',
    'menu-supervision',
    'menu-trainingCompliance',
    'menu-trainings',
    'menu-users',
    'menu-villages',
    'menu-workLogEntries',
  ],
  OFFICE_STAFF: [
    'menu-assessment',
    'menu-caseStatistics',
    'menu-consultationMeetings',
    'menu-coverage',
    'menu-dashboard',
    'menu-legalAdvisers',
    'menu-mediationCases',
    'menu-monthlyChecks',
    'menu-monthlyReports',
    'menu-regions',
    'menu-subsidies',
    'menu-trainingCompliance',
    'menu-trainings',
    'menu-users',
    'menu-villages',
    'menu-workLogEntries',
  ],
  ADVISER: [
    'menu-assessment',
    'menu-dashboard',
    'menu-legalAdvisers',
    'menu-mediationCases',
    'menu-monthlyReports',
    'menu-subsidies',
    'menu-trainings',
    'menu-villages',
    'menu-workLogEntries',
  ],
  PARTY: ['menu-dashboard', 'menu-mediationCases'],
  ANALYST: ['menu-assessment', 'menu-caseStatistics', 'menu-coverage', 'menu-dashboard', 'menu-regions'],
};

for (const account of DEMO_ACCOUNTS) {
  test(`${account.username} signs in and sees the ${account.role} menu`, async ({ page }, testInfo) => {
    const console = new ConsolePage(page, testInfo);
    await console.signInWithForm(account.username);
    await expect(page.getByTestId('welcome-card')).toBeVisible();
    await expect(page.getByTestId('welcome-card')).toContainText(account.displayName);
    await console.screenshot(`dashboard-${account.username}`);
    expect(await console.menuEntries()).toEqual(MENUS[account.role]);
    await console.screenshot(`menu-${account.username}`);
    expect(console.outside).toEqual([]);
  });
}

test('a wrong password is refused with a Chinese message', async ({ page }, testInfo) => {
  const console = new ConsolePage(page, testInfo);
  await console.signInWithForm('bureau', 'not-the-password');
  await expect(page.getByTestId('login-error')).toHaveText(/用户名或密码错误/);
  await console.screenshot('login-wrong-password');
  expect(console.outside).toEqual([]);
});

test('the bureau opens the regions list and a village', async ({ page }, testInfo) => {
  const console = new ConsolePage(page, testInfo);
  await console.signIn('bureau');
  await expect(page.getByTestId('welcome-card')).toBeVisible();
  await page.goto('/#/regions');
  await expect(page.getByText('天宁镇').first()).toBeVisible();
  await console.screenshot('regions-bureau');
  expect(console.outside).toEqual([]);
});
