import { expect, test } from '@playwright/test';
import { ConsolePage } from '../pages/console.js';

// The bureau makes an office account; its holder signs in with the one-time password, can do nothing but choose their
// own, and then works; the bureau disables it and the holder's open session ends with the reason said. A new account
// per project (desktop, phone), so that the demo accounts the other tests sign in with stay as they are.
test('an account made by the bureau must change its one-time password first, and a disabled one is signed out with the reason', async ({
  page,
  browser,
}, testInfo) => {
  const bureau = new ConsolePage(page, testInfo);
  const username = `office.e2e.${testInfo.project.name}`;
  await bureau.signIn('bureau');
  await expect(page.getByTestId('welcome-card')).toBeVisible();
  await bureau.goto('/users/create');
  await page.getByRole('combobox', { name: '角色' }).click();
  await page.getByRole('option', { name: '司法所' }).click();
  await bureau.pickFirst('管辖区域', '天宁');
  await page.locator('input[name="username"]').fill(username);
  await page.locator('input[name="displayName"]').fill('天宁司法所（测试）');
  await page.getByRole('button', { name: '保存' }).click();
  const dialog = page.getByTestId('one-time-password-dialog');
  await expect(dialog.getByTestId('one-time-password-warning')).toContainText('只显示这一次');
  const oneTime = (await dialog.getByTestId('one-time-password').textContent())!.trim();
  expect(oneTime).toMatch(/^[a-z2-9]{4}-[a-z2-9]{4}-[a-z2-9]{4}$/);
  await dialog.getByTestId('one-time-password-done').click();
  await expect(page).toHaveURL(/#\/users\/[0-9a-f-]+\/show/);
  const accountUrl = page.url();

  // The holder, in another browser context: straight to the change of password, and nothing else opens.
  const holderContext = await browser.newContext({ viewport: page.viewportSize() ?? undefined, locale: 'zh-CN' });
  const holderPage = await holderContext.newPage();
  const holder = new ConsolePage(holderPage, testInfo);
  await holder.signInWithForm(username, oneTime);
  await expect(holderPage.getByTestId('change-password-forced')).toBeVisible();
  await holder.goto('/villages');
  await expect(holderPage.getByTestId('change-password-title')).toBeVisible();
  await holderPage.getByTestId('password-current').fill(oneTime);
  await holderPage.getByTestId('password-new').fill('password123');
  await holderPage.getByTestId('password-again').fill('password123');
  await holderPage.getByTestId('change-password-submit').click();
  await expect(holderPage.getByText('这是常见密码，很容易被猜到，请换一个')).toBeVisible();
  await holderPage.getByTestId('password-new').fill('tianning-river-lantern');
  await holderPage.getByTestId('password-again').fill('tianning-river-lantern');
  await holderPage.getByTestId('change-password-submit').click();
  await expect(holderPage.getByTestId('welcome-card')).toBeVisible();

  // The bureau disables the account; the holder's next request ends the session, and the sign-in page says why.
  await page.goto(accountUrl);
  await page.getByTestId('action-disable').click();
  await page.getByTestId('action-submit').click();
  await expect(page.getByTestId('chip-disabled')).toBeVisible();
  await holder.goto('/villages');
  await expect(holderPage.getByTestId('login-signed-out')).toContainText('已被停用');
  await holderContext.close();

  // The audit trail lists what happened, in words.
  await bureau.goto('/auditEvents');
  await expect(page.getByText('停用账号').first()).toBeVisible();
  await expect(page.getByText(`账号 ${username}`).first()).toBeVisible();
});
