import { expect, test } from '@playwright/test';
import { demoRegions, DEMO_ADVISERS, townshipId } from '@fengqiao/seeds';
import { readFileSync } from 'node:fs';
import { ConsolePage } from '../pages/console.js';

// A village of 西社镇: outside 天宁镇, so outside office.tianning's jurisdiction.
const xisheVillage = demoRegions().find((r) => r.parentId === townshipId('xishe') && r.level === 'VILLAGE')!;
const tianningVillage = demoRegions().find((r) => r.parentId === townshipId('tianning') && r.level === 'VILLAGE')!;
const adviser1 = DEMO_ADVISERS[0]!;

test('the bureau pairs an adviser with an uncovered village and sees the coverage ratio rise', async ({ page }, testInfo) => {
  const console = new ConsolePage(page, testInfo);
  await console.signIn('bureau');
  await expect(page.getByTestId('welcome-card')).toBeVisible();
  await console.goto('/coverage');
  const before = await console.coverageRatio();
  const uncoveredBefore = await page.getByTestId('uncovered-village').count();
  expect(uncoveredBefore).toBeGreaterThan(0);

  // One click from the highlighted village to the pairing form, the village already chosen.
  const village = page.getByTestId('uncovered-village').first();
  const villageName = (await village.locator('a').first().textContent())!;
  await village.getByTestId('pair-uncovered').click();
  await expect(page).toHaveURL(/#\/pairings\/create/);
  await expect(page.getByRole('combobox', { name: /村（社区）/ })).toHaveValue(villageName);
  await console.pickFirst(/法律顾问/);
  await page.getByRole('button', { name: '保存' }).click();

  // Back on the coverage page, with one village more covered.
  await expect(page).toHaveURL(/#\/coverage/);
  await expect.poll(() => console.coverageRatio()).toBeGreaterThan(before);
  await expect(page.getByTestId('uncovered-village')).toHaveCount(uncoveredBefore - 1);
  await expect(page.getByTestId('uncovered-village').filter({ hasText: villageName })).toHaveCount(0);
  await console.screenshot('coverage-after-pairing');
  expect(console.outside).toEqual([]);
});

test("office staff of one township cannot open another township's village", async ({ page }, testInfo) => {
  const console = new ConsolePage(page, testInfo);
  await console.signIn('office.tianning');
  await expect(page.getByTestId('welcome-card')).toBeVisible();
  // Their own village opens…
  await console.goto(`/villages/${tianningVillage.id}/show`);
  await expect(page.getByTestId('village-name')).toHaveText(tianningVillage.name);
  // …another township's does not: the not-found state, and none of its data.
  await console.goto(`/villages/${xisheVillage.id}/show`);
  await expect(page.getByTestId('record-not-found')).toBeVisible();
  await expect(page.getByTestId('record-not-found')).toContainText('不在您的管辖范围内');
  await expect(page.getByTestId('village-name')).toHaveCount(0);
  await expect(page.getByText(xisheVillage.name)).toHaveCount(0);
  await console.screenshot('village-out-of-scope-office');
  expect(console.outside).toEqual([]);
});

test('the bureau looks at the coverage page, an adviser and a village', async ({ page }, testInfo) => {
  const console = new ConsolePage(page, testInfo);
  await console.signIn('bureau');
  await expect(page.getByTestId('welcome-card')).toBeVisible();
  await expect(page.getByTestId('stat-coverage-value')).toHaveText(/%$/);

  await console.goto('/coverage');
  await console.coverageRatio();
  await expect(page.getByTestId('coverage-chart').locator('.recharts-bar-rectangle').first()).toBeVisible();
  await expect(page.getByTestId('adviser-load').first()).toBeVisible();
  await expect(page.getByTestId('coverage-loads')).toContainText('超负荷');
  await page.mouse.move(0, 0);
  await console.screenshot('coverage-bureau');

  await console.goto(`/legalAdvisers/${adviser1.id}/show`);
  await expect(page.getByTestId('adviser-name')).toHaveText(adviser1.name);
  await expect(page.getByTestId('roster-event').first()).toBeVisible();
  await expect(page.getByTestId('adviser-villages')).toContainText('天宁镇');
  await console.screenshot('adviser-show-bureau');

  await console.goto(`/villages/${tianningVillage.id}/show`);
  await expect(page.getByTestId('village-name')).toHaveText(tianningVillage.name);
  await expect(page.getByTestId('village-adviser-name')).toHaveText(adviser1.name);
  await expect(page.getByTestId('committee-checklist')).toBeVisible();
  await console.screenshot('village-show-bureau');
  expect(console.outside).toEqual([]);
});

test('the analyst sees coverage without any adviser name', async ({ page }, testInfo) => {
  const console = new ConsolePage(page, testInfo);
  const asked: string[] = [];
  page.on('request', (r) => {
    if (r.url().endsWith('/graphql')) asked.push(r.postData() ?? '');
  });
  await console.signIn('analyst');
  await expect(page.getByTestId('welcome-card')).toBeVisible();
  await console.goto('/coverage');
  await console.coverageRatio();
  await expect(page.getByTestId('coverage-no-names')).toBeVisible();
  await expect(page.getByTestId('coverage-loads')).toHaveCount(0);
  await expect(page.getByTestId('pair-uncovered')).toHaveCount(0);
  await expect(page.getByText(adviser1.name)).toHaveCount(0);
  expect(asked.some((body) => body.includes('adviserLoads'))).toBe(false);
  await console.screenshot('coverage-analyst');
  expect(console.outside).toEqual([]);
});

test('an edit made on a stale copy of an adviser is refused with a reload message', async ({ page }, testInfo) => {
  const console = new ConsolePage(page, testInfo);
  // Each project edits its own adviser, so the desktop and phone runs do not meet.
  const adviserId = testInfo.project.name === 'phone' ? '00000030-0000-4000-8000-00000000000b' : '00000030-0000-4000-8000-00000000000a';
  await console.signIn('bureau');
  await expect(page.getByTestId('welcome-card')).toBeVisible();
  await console.goto(`/legalAdvisers/${adviserId}`);
  const scope = page.getByLabel('服务范围');
  await expect(scope).not.toHaveValue('');

  // Meanwhile someone else saves the same adviser.
  const answer = await page.evaluate(async (id) => {
    const token = localStorage.getItem('fengqiao.token');
    const call = (query: string, variables: object) =>
      fetch('/graphql', {
        method: 'POST',
        headers: { 'content-type': 'application/json', authorization: `Bearer ${token}` },
        body: JSON.stringify({ query, variables }),
      }).then((r) => r.json());
    const { data } = await call('query($id: ID!) { legalAdviser(id: $id) { version } }', { id });
    return call(
      'mutation($id: ID!, $v: Int!) { updateLegalAdviser(id: $id, input: { version: $v, serviceScope: "另一位同事的修改" }) { version } }',
      {
        id,
        v: data.legalAdviser.version,
      },
    );
  }, adviserId);
  expect(answer.errors).toBeUndefined();

  await scope.fill('法律咨询、纠纷调解');
  await page.getByRole('button', { name: '保存' }).click();
  await expect(page.getByTestId('conflict-alert')).toContainText('已被他人修改');
  await console.screenshot('adviser-edit-conflict');
  // Reload brings in their version; saving again works.
  await page.getByTestId('conflict-alert').getByRole('button', { name: '重新加载' }).click();
  await expect(page.getByTestId('conflict-alert')).toHaveCount(0);
  await scope.fill('法律咨询、纠纷调解');
  await page.getByRole('button', { name: '保存' }).click();
  await expect(page).toHaveURL(/\/show$/);
  await expect(page.getByTestId('roster-event').first()).toContainText('法律咨询、纠纷调解');
  expect(console.outside).toEqual([]);
});

test('office staff keep their village committee: checklist and mediators', async ({ page }, testInfo) => {
  const console = new ConsolePage(page, testInfo);
  const member = testInfo.project.name === 'phone' ? '测试调解员乙' : '测试调解员甲';
  await console.signIn('office.tianning');
  await expect(page.getByTestId('welcome-card')).toBeVisible();
  await console.goto(`/villages/${tianningVillage.id}/show`);
  await expect(page.getByTestId('committee-checklist')).toBeVisible();

  await page.getByTestId('edit-committee').click();
  const room = page.getByRole('switch', { name: '调解室' }).or(page.getByLabel('调解室'));
  const wasOn = await room.isChecked();
  await room.click();
  await page.getByTestId('committee-save').click();
  await expect(page.getByTestId('check-mediationRoom')).toHaveAttribute('data-done', String(!wasOn));

  await page.getByTestId('add-member').click();
  const dialog = page.getByTestId('dialog-member');
  await dialog.getByLabel('姓名').fill(member);
  await dialog.getByLabel('电话').fill('13800000000');
  await dialog.getByTestId('action-submit').click();
  await expect(page.getByTestId('committee-members')).toContainText(member);
  expect(console.outside).toEqual([]);
});

test('the bureau files the roster and downloads it, and a notice board, as files', async ({ page }, testInfo) => {
  const console = new ConsolePage(page, testInfo);
  await console.signIn('bureau');
  await expect(page.getByTestId('welcome-card')).toBeVisible();
  await console.goto('/rosterFilings');
  await page.getByTestId('file-roster').first().click();
  await page.getByTestId('dialog-file-roster').getByTestId('action-submit').click();
  await expect(page).toHaveURL(/#\/rosterFilings\/[^/]+\/show/);
  await expect(page.getByTestId('filing-diff')).toBeVisible();
  await expect(page.getByTestId('filing-entries')).toContainText(adviser1.name);

  const [xlsx] = await Promise.all([page.waitForEvent('download'), page.getByTestId('download-filing').first().click()]);
  expect(xlsx.suggestedFilename()).toMatch(/\.xlsx$/);
  expect(
    readFileSync((await xlsx.path())!)
      .subarray(0, 2)
      .toString(),
  ).toBe('PK');

  await console.goto(`/villages/${tianningVillage.id}/show`);
  const [pdf] = await Promise.all([page.waitForEvent('download'), page.getByTestId('download-notice-board').click()]);
  expect(pdf.suggestedFilename()).toMatch(/\.pdf$/);
  expect(
    readFileSync((await pdf.path())!)
      .subarray(0, 5)
      .toString(),
  ).toBe('%PDF-');
  expect(console.outside).toEqual([]);
});

test('the roster import checks an uploaded workbook before anything is written', async ({ page }, testInfo) => {
  const console = new ConsolePage(page, testInfo);
  await console.signIn('bureau');
  await expect(page.getByTestId('welcome-card')).toBeVisible();
  await console.goto('/roster-import');
  // The template as downloaded has only its example row: uploaded unchanged, it has no adviser to import.
  const [template] = await Promise.all([page.waitForEvent('download'), page.getByTestId('download-template').click()]);
  expect(template.suggestedFilename()).toMatch(/\.xlsx$/);
  await page.getByTestId('import-next').click();
  await page.getByTestId('import-file').setInputFiles({
    name: 'roster.xlsx',
    mimeType: 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet',
    buffer: readFileSync((await template.path())!),
  });
  await expect(page.getByTestId('import-file-problems')).toBeVisible();
  await expect(page.getByTestId('import-confirm')).toBeDisabled();
  await console.screenshot('roster-import-empty-template');
  expect(console.outside).toEqual([]);
});

test('an adviser opens 我的信息 (their own record) and 我的村居, and changes nothing', async ({ page }, testInfo) => {
  const console = new ConsolePage(page, testInfo);
  await console.signIn('adviser.1');
  await expect(page.getByTestId('welcome-card')).toBeVisible();
  await console.goto('/legalAdvisers');
  await expect(page).toHaveURL(new RegExp(`#/legalAdvisers/${adviser1.id}/show`));
  await expect(page.getByTestId('adviser-name')).toHaveText(adviser1.name);
  await expect(page.getByTestId('roster-suspend')).toHaveCount(0);
  await expect(page.getByRole('link', { name: /编辑/ })).toHaveCount(0);
  await console.screenshot('adviser-own-record');

  await console.goto('/villages');
  await expect(page.getByText(tianningVillage.name).first()).toBeVisible();
  await console.goto(`/villages/${tianningVillage.id}/show`);
  await expect(page.getByTestId('committee-checklist')).toBeVisible();
  await expect(page.getByTestId('edit-committee')).toHaveCount(0);
  await expect(page.getByTestId('add-member')).toHaveCount(0);
  await expect(page.getByTestId('download-notice-board')).toBeVisible();
  expect(console.outside).toEqual([]);
});
