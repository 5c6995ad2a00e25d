import { expect, test } from '@playwright/test';
import { DEMO_PASSWORD } from '@fengqiao/seeds';
import { ConsolePage } from '../pages/console.js';

const QUERY = '{ me { username role } regions(options: { take: 1, filter: { level: TOWNSHIP } }) { totalItems } }';

test('the analyst signs in to GraphiQL and runs a query, with no request leaving the machine', async ({ page }, testInfo) => {
  const console = new ConsolePage(page, testInfo);
  await page.goto('/graphiql');
  await page.locator('input[name="username"]').fill('analyst');
  await page.locator('input[name="password"]').fill(DEMO_PASSWORD);
  await page.locator('button[type="submit"]').click();
  await expect(page.getByTestId('graphiql-bar')).toBeVisible();
  // Wait for the editor before typing (GraphiQL loads Monaco lazily).
  const editor = page.locator('.graphiql-query-editor .monaco-editor').first();
  await expect(editor).toBeVisible({ timeout: 30_000 });
  await editor.click();
  await page.keyboard.press('ControlOrMeta+A');
  await page.keyboard.press('Delete');
  await page.keyboard.insertText(QUERY);
  // The editor may auto-close a brace after the cursor. Drop everything up to the end of the document: on a phone
  // the line wraps, and End (the end of the visual line, which moves with the font's width) left a stray brace
  // behind in about half of the runs.
  await page.keyboard.press('ControlOrMeta+Shift+End');
  await page.keyboard.press('Delete');
  const answered = page.waitForResponse((r) => r.url().endsWith('/graphql') && r.request().postData()?.includes('totalItems') === true);
  await page.locator('.graphiql-execute-button').click();
  const response = await answered;
  expect(JSON.parse(response.request().postData() ?? '{}').query).toBe(QUERY);
  const body = await response.json();
  expect(body.errors).toBeUndefined();
  expect(body.data).toEqual({ me: { username: 'analyst', role: 'ANALYST' }, regions: { totalItems: 10 } });
  // The editor renders only what fits, so on a phone the panel shows the start of the answer.
  await expect(page.locator('.graphiql-response')).toContainText('"data"', { timeout: 15_000 });
  await console.screenshot('graphiql-analyst');
  expect(console.outside).toEqual([]);
});
