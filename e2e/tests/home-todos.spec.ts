import { expect, test, type Page } from '@playwright/test';
import { ConsolePage } from '../pages/console.js';

/*
 * The home pages' work (首页待办) for the adviser, the township office and the bureau: every item is a count and a link,
 * and following the link opens its list with the item's filter in the address, listing exactly as many rows as the
 * item counted. Screenshots of each home page, at desktop and phone width, go with the other specs' artifacts.
 */

interface Item {
  testId: string;
  count: number;
  href: string;
}

const ACCOUNTS = [
  { username: 'adviser.1', kinds: ['MONTHLY_REPORT', 'OVERDUE_CASES', 'CONFIRMATIONS_CLOSING', 'TRAINING_DUE'] },
  { username: 'office.tianning', kinds: ['REPORTS_TO_REVIEW', 'CHECKS_TO_DO', 'OVERDUE_CASES', 'SILENT_VILLAGES'] },
  { username: 'bureau', kinds: ['UNCOVERED_VILLAGES', 'OVERDUE_ACTION_ITEMS', 'ROSTER_FILINGS', 'LATE_REPORTS'] },
];

async function items(page: Page): Promise<Item[]> {
  const rows = page.locator('[data-testid="work-queue"] [data-testid^="work-item-"][data-count]');
  await expect(rows.first()).toBeVisible();
  return rows.evaluateAll((els) =>
    els.map((e) => ({ testId: e.getAttribute('data-testid')!, count: Number(e.getAttribute('data-count')), href: e.getAttribute('href')! })),
  );
}

/** The list and filter of an item's link: `#/villages?filter=%7B…%7D`. */
function target(href: string): { list: string; filter: Record<string, unknown> } {
  const [path, query] = href.replace(/^#/, '').split('?') as [string, string];
  return { list: path.replace(/^\//, ''), filter: JSON.parse(new URLSearchParams(query).get('filter')!) };
}

/** Rows a react-admin list shows: a table's rows on a desktop, a simple list's items on a phone. */
const listRows = (page: Page) => page.locator('.RaList-content').locator('tbody tr, li');

/** JSON with keys sorted at every level: the data provider may write a filter's keys in the input type's order. */
const canonical = (value: unknown): string =>
  JSON.stringify(value, (_k, v) => (v && typeof v === 'object' && !Array.isArray(v) ? Object.fromEntries(Object.entries(v).sort()) : v));

for (const { username, kinds } of ACCOUNTS) {
  test(`${username}: the home page's items link to their lists, each listing what it counts`, async ({ page }, testInfo) => {
    test.setTimeout(240_000);
    const console = new ConsolePage(page, testInfo);
    await console.signIn(username);
    await expect(page.getByTestId('work-queue')).toBeVisible();
    const found = await items(page);
    expect(found.map((i) => i.testId)).toEqual(kinds.map((k) => `work-item-${k}`));
    // Nothing of the page is wider than the screen (a phone scrolls down, never sideways).
    const overflow = await page.evaluate(() => document.documentElement.scrollWidth - document.documentElement.clientWidth);
    expect(overflow).toBeLessThanOrEqual(0);
    await console.screenshot(`home-${username}`);

    for (const item of found) {
      const { list, filter } = target(item.href);
      // The list's own answer: the request that carries the item's filter, and its total.
      const answered = page.waitForResponse(async (res) => {
        if (!res.url().endsWith('/graphql') || res.request().method() !== 'POST') return false;
        const body = res.request().postDataJSON() as { variables?: { options?: { filter?: unknown } }; query?: string };
        return !!body.query?.includes(`${list}(`) && canonical(body.variables?.options?.filter) === canonical(filter);
      });
      await page.getByTestId(item.testId).click();
      await expect(page).toHaveURL(new RegExp(`#/${list}\\?`));
      expect(target(new URL(page.url()).hash).filter).toEqual(filter);
      const response = await answered;
      const data = (await response.json()) as { data: Record<string, { totalItems: number }> };
      expect({ item: item.testId, total: data.data[list]!.totalItems }).toEqual({ item: item.testId, total: item.count });
      if (item.count > 0) await expect(listRows(page).first()).toBeVisible();
      else await expect(listRows(page)).toHaveCount(0);
      await console.goto('/');
      await expect(page.getByTestId('work-queue')).toBeVisible();
    }
  });
}
