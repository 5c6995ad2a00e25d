import { expect, test, type APIRequestContext } from '@playwright/test';
import { DEMO_PASSWORD, demoAccount, demoPairings, demoRegions, demoRoster, townshipId } from '@fengqiao/seeds';
import { ConsolePage } from '../pages/console.js';

// The QR code on a village's notice board opens the village's public page on this server: no sign-in, the adviser's
// name and phone, nothing confidential.
const adviserId = demoAccount('adviser.1').adviserId!;
const adviser = demoRoster().find((a) => a.id === adviserId)!;
const village = demoRegions().find((r) => r.id === demoPairings().find((p) => p.adviserId === adviserId)!.villageId)!;
const tianning = townshipId('tianning');

async function token(request: APIRequestContext, username: string): Promise<string> {
  const res = await request.post('/graphql', {
    data: {
      query: 'mutation($u: String!, $p: String!) { login(username: $u, password: $p) { token } }',
      variables: { u: username, p: DEMO_PASSWORD },
    },
  });
  return (await res.json()).data.login.token as string;
}

/** The link under the QR code: pdfkit writes a link annotation's target as a plain `/URI (…)` string. */
function qrLink(pdf: Buffer): string {
  const match = /\/URI \(([^)]*)\)/.exec(pdf.toString('latin1'));
  if (!match) throw new Error('the notice board has no link annotation');
  return match[1]!.replace(/\\([()\\])/g, '$1');
}

test('the notice board’s QR code opens the village’s public page, without signing in', async ({ browser, request }, testInfo) => {
  const res = await request.get(`/api/villages/${village.id}/notice-board.pdf`, {
    headers: { authorization: `Bearer ${await token(request, 'bureau')}` },
  });
  expect(res.status()).toBe(200);
  const url = qrLink(await res.body());
  expect(url).toMatch(new RegExp(`/v/${village.code}$`));

  // A phone that has just scanned the board: a fresh browser, nobody signed in.
  const phone = await browser.newContext({ viewport: { width: 390, height: 844 }, locale: 'zh-CN', isMobile: true, hasTouch: true });
  const page = await phone.newPage();
  const visitor = new ConsolePage(page, testInfo);
  const scripts: string[] = [];
  page.on('request', (r) => {
    if (r.resourceType() === 'script') scripts.push(r.url());
  });
  const opened = await page.goto(url);
  expect(opened!.status()).toBe(200);
  await expect(page.locator('html')).toHaveAttribute('lang', 'zh-CN');
  await expect(page.locator('h1')).toHaveText(village.name);
  await expect(page.getByText(adviser.name, { exact: true })).toBeVisible();
  await expect(page.getByRole('link', { name: adviser.phone })).toHaveAttribute('href', `tel:${adviser.phone.replace(/[^0-9+]/g, '')}`);
  const text = await page.content();
  // No ID number, no record id, no sign-in form, no case.
  expect(text).not.toMatch(/[1-9]\d{16}[\dX]/);
  expect(text).not.toMatch(/[0-9a-f]{8}-[0-9a-f]{4}-/);
  expect(text).not.toMatch(/登录|案件|案号/);
  expect(await page.locator('script').count()).toBe(0);
  expect(scripts).toEqual([]);
  // It fits the phone: nothing wider than the screen.
  expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(390);
  await visitor.screenshot('public-village');

  const unknown = await page.goto('/v/999999999999');
  expect(unknown!.status()).toBe(404);
  await expect(page.locator('h1')).toHaveText('未找到该村（社区）');
  expect(visitor.outside).toEqual([]);
  await phone.close();
});

test('a township office prints all its villages’ notice boards from the township’s page', async ({ page }, testInfo) => {
  const console = new ConsolePage(page, testInfo);
  await console.signIn('office.tianning');
  await expect(page.getByTestId('welcome-card')).toBeVisible();
  await console.goto(`/regions/${tianning}/show`);
  const button = page.getByTestId('download-township-notice-boards');
  await expect(button).toHaveText('打印全部公示牌');
  const [pdf] = await Promise.all([page.waitForEvent('download', { timeout: 120_000 }), button.click()]);
  expect(pdf.suggestedFilename()).toMatch(/\.pdf$/);
  expect(console.outside).toEqual([]);
});
