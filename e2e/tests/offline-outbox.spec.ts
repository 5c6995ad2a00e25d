import { expect, test, type APIRequestContext, type Page } from '@playwright/test';
import { ConsolePage } from '../pages/console.js';

/*
 * An adviser in a village without a signal saves a work-log entry: it waits on the phone as 待同步 instead of a
 * spinner, and is sent once when the signal returns; the server then has exactly one such entry. The entry is deleted
 * at the end, so the adviser's month is as the other specs expect it. Desktop: adviser.1, phone: adviser.2.
 */
const ADVISERS = { desktop: 'adviser.1', phone: 'adviser.2' } as const;

const thisMonth = () =>
  new Intl.DateTimeFormat('en-CA', { timeZone: 'Asia/Shanghai', year: 'numeric', month: '2-digit' }).format(new Date()).slice(0, 7);

const tokenOf = (page: Page) => page.evaluate(() => localStorage.getItem('fengqiao.token'));

async function gql<T>(request: APIRequestContext, token: string, query: string, variables: Record<string, unknown>): Promise<T> {
  const response = await request.post('/graphql', {
    headers: { authorization: `Bearer ${token}`, 'content-type': 'application/json' },
    data: { query, variables },
  });
  const body = (await response.json()) as { data: T; errors?: unknown[] };
  expect(body.errors).toBeUndefined();
  return body.data;
}

const ENTRIES = `query($o: WorkLogEntryListOptions) { workLogEntries(options: $o) { items { id matter content } } }`;

test('a work-log entry saved offline waits on the phone as 待同步 and is sent once when the signal returns', async ({
  page,
  context,
  request,
}, testInfo) => {
  test.setTimeout(120_000);
  const console = new ConsolePage(page, testInfo);
  await console.signIn(ADVISERS[testInfo.project.name as keyof typeof ADVISERS]);
  await expect(page.getByTestId('welcome-card')).toBeVisible({ timeout: 30_000 });
  const token = (await tokenOf(page))!;
  const stamp = `${Date.now().toString(36)}-${testInfo.project.name}`;
  const matter = `离线记录的咨询-${stamp}`;
  // A phone's list shows the person served rather than the matter: both carry the stamp.
  const person = `孙玉兰-${stamp.slice(0, 8)}`;
  const content = `在没有信号的山村记下：解答赡养纠纷问题（${stamp}）`;

  await console.goto('/workLogEntries/create');
  // The form opens once the adviser's villages are read (slow on a loaded machine).
  await expect(page.getByRole('combobox', { name: /村（社区）/ })).not.toHaveText('', { timeout: 30_000 });
  await page.locator('[name="personServed"]').fill(person);
  await page.locator('[name="phone"]').fill('13835812345');
  await page.locator('[name="matter"]').fill(matter);
  await page.locator('[name="content"]').fill(content);

  // The signal goes just before saving.
  await context.setOffline(true);
  await page.getByRole('button', { name: '保存' }).click();
  await expect(page).toHaveURL(/#\/workLogEntries(\?|$)/);
  const outbox = page.getByTestId('outbox');
  await expect(outbox).toBeVisible();
  const waiting = outbox.getByTestId('outbox-entry').filter({ hasText: stamp });
  await expect(waiting).toHaveCount(1);
  await expect(waiting.getByTestId('outbox-status')).toHaveText('待同步');
  await expect(waiting.getByTestId('outbox-content')).toHaveText(content);
  await console.screenshot('offline-outbox-waiting');

  // The signal returns: the entry is sent and leaves the outbox; the list shows it from the server.
  await context.setOffline(false);
  await expect(page.getByTestId('outbox')).toHaveCount(0, { timeout: 30_000 });
  await expect(page.getByText(console.isPhone ? person : matter).first()).toBeVisible({ timeout: 30_000 });
  await console.screenshot('offline-outbox-synced');

  const { workLogEntries } = await gql<{ workLogEntries: { items: Array<{ id: string; matter: string; content: string }> } }>(
    request,
    token,
    ENTRIES,
    { o: { filter: { month: thisMonth() }, take: 100 } },
  );
  const mine = workLogEntries.items.filter((e) => e.matter === matter);
  expect(mine).toHaveLength(1);
  expect(mine[0]!.content).toBe(content);
  // Nothing is left on the phone.
  expect(await page.evaluate(() => Object.keys(localStorage).filter((k) => k.startsWith('fengqiao.outbox.')))).toEqual([]);
  expect(console.outside).toEqual([]);

  await gql(request, token, 'mutation($id: ID!) { deleteWorkLogEntry(id: $id) }', { id: mine[0]!.id });
});
