import { type Browser, devices, expect, type Locator, type Page, test, type TestInfo } from '@playwright/test';
import { DEMO_ADVISERS, lastEndedQuarter, shanghaiDay } from '@fengqiao/seeds';
import ExcelJS from 'exceljs';
import { ConsolePage } from '../pages/console.js';

// Issue 13 in the console: the bureau sets the year's scheme and publishes this year (2026), closing it early with a
// reason (the server runs on the real clock, so the demo's year has not ended); adviser.1 reads their result and objects; the bureau upholds the
// objection with an adjustment and the adviser sees the grade change. Then the bureau confirms a quarter's subsidy
// statement, records its payment and downloads the payment sheet (发放明细表), whose total row is the sum of its rows.
//
// Publishing a year and objecting to a result happen once in the shared demo database: the assessment test runs in
// one project (desktop) with the bureau at desktop width and adviser.1 in a phone-sized browser of their own, and the
// bureau's page is looked at at phone width in the same run (as issue12-real-county.spec does with its one-time import).
// The subsidy test runs in both projects on distinct data: the desktop project confirms and pays adviser.1's statement
// of the last ended quarter, the phone project that of another adviser of the demo with a paying line in that quarter.

const ADVISER_1 = DEMO_ADVISERS[0]!;
/** The year the demo's assessment records belong to: the current one (2026 when this was written), never ended yet. */
const YEAR = Number(shanghaiDay(new Date()).slice(0, 4));
/** The scheme's default grade thresholds (unchanged by the scheme the bureau saves below). */
const THRESHOLDS = [
  { grade: '优秀', from: 90 },
  { grade: '合格', from: 75 },
  { grade: '基本合格', from: 60 },
  { grade: '不合格', from: Number.NEGATIVE_INFINITY },
] as const;
const gradeOf = (total: number) => THRESHOLDS.find((t) => total >= t.from)!.grade;

/** Opens the assessment page on this year (the page opens on last year, the one usually assessed). */
async function openAssessmentYear(console: ConsolePage) {
  // Back on the page it is already showing, a reload: what others did since must be read again.
  if (console.page.url().endsWith('#/assessment')) await console.page.reload();
  else await console.goto('/assessment');
  await expect(console.page.getByTestId('assessment-page')).toBeVisible();
  await console.page.getByRole('combobox', { name: '考核年度' }).click();
  await console.page.getByRole('option', { name: String(YEAR), exact: true }).click();
  await expect(console.page.getByRole('heading', { level: 1 })).toContainText(`${YEAR} 年度考核`);
  await expect(console.page.getByTestId('assessment-status')).toBeVisible();
}

/** A result card's total as a number (62.2 for "62.2"). */
async function totalOf(card: Locator): Promise<number> {
  const text = (await card.getByTestId('result-total').textContent())!.trim();
  return Number.parseFloat(text);
}

/** Adviser.1 in a browser of their own at phone size, signed in. */
async function adviserOnPhone(browser: Browser, testInfo: TestInfo): Promise<{ console: ConsolePage; page: Page; close: () => Promise<void> }> {
  const context = await browser.newContext({
    ...devices['Pixel 7'],
    viewport: { width: 390, height: 844 },
    locale: 'zh-CN',
    timezoneId: 'Asia/Shanghai',
  });
  const page = await context.newPage();
  const console = new ConsolePage(page, testInfo);
  await console.signIn('adviser.1');
  await expect(page.getByTestId('welcome-card')).toBeVisible();
  return { console, page, close: () => context.close() };
}

test.describe(`the year-end assessment of ${YEAR}`, () => {
  test.skip(
    ({ isMobile }) => isMobile,
    'publishing a year and objecting happen once in the shared database; the adviser works at phone width in the same run',
  );

  test('the bureau sets the scheme and publishes early; adviser.1 objects; the upheld objection changes the grade', async ({
    page,
    browser,
  }, testInfo) => {
    test.setTimeout(180_000);
    const bureau = new ConsolePage(page, testInfo);
    await bureau.signIn('bureau');
    await expect(page.getByTestId('welcome-card')).toBeVisible();
    await openAssessmentYear(bureau);
    await expect(page.getByTestId('assessment-status')).toHaveText('草稿');

    // The scheme: weights that do not add up to 100 are refused naming the weights; then a valid one is saved.
    const scheme = page.getByTestId('assessment-scheme');
    await expect(scheme).toContainText('尚未保存本年度方案');
    await scheme.getByTestId('scheme-weight-TRAININGS_HELD').fill('25');
    await expect(scheme.getByTestId('scheme-weight-sum')).toHaveText('权重合计 105（须为 100）');
    await scheme.getByTestId('scheme-save').click();
    await expect(scheme.getByTestId('scheme-error')).toBeVisible();
    await scheme.getByTestId('scheme-weight-REPORTS_ON_TIME').fill('10');
    await expect(scheme.getByTestId('scheme-weight-sum')).toHaveText('权重合计 100（须为 100）');
    await scheme.getByTestId('scheme-save').click();
    await expect(scheme).toContainText('本年度方案已保存（第 1 版）');
    await expect(scheme.getByTestId('scheme-error')).toHaveCount(0);

    // The live draft follows the scheme; adviser.1 is among the results.
    const bureauCard = page.getByTestId(`assessment-result-${ADVISER_1.id}`);
    await expect(bureauCard).toContainText(ADVISER_1.name);
    await expect(bureauCard.getByTestId('result-grade')).toBeVisible();

    // The year has not ended: publishing asks why the year is closed early, and says so once published.
    await page.getByTestId('assessment-publish').click();
    const publish = page.getByTestId('assessment-publish-dialog');
    await expect(publish).toContainText(`${YEAR} 年尚未结束，提前公示须说明原因`);
    await publish.getByTestId('action-submit').click();
    await expect(publish.getByText('必填')).toBeVisible();
    await publish.getByRole('textbox', { name: '提前结束的原因' }).fill('县局年终考评会议提前至十二月上旬召开');
    await publish.getByTestId('action-submit').click();
    await expect(publish).toHaveCount(0);
    await expect(page.getByTestId('assessment-status')).toHaveText('已公示');
    await expect(page.getByText('提前结束考核：县局年终考评会议提前至十二月上旬召开')).toBeVisible();
    await expect(page.getByTestId('assessment-publish')).toHaveCount(0);

    // At phone width the bureau's page fits the screen.
    const desktop = page.viewportSize()!;
    await page.setViewportSize({ width: 390, height: 844 });
    await expect(page.getByTestId('assessment-results')).toBeVisible();
    expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(390);
    await page.setViewportSize(desktop);

    // Adviser.1, on a phone: only their own result, open, with every indicator's figures; they object.
    const adviser = await adviserOnPhone(browser, testInfo);
    await openAssessmentYear(adviser.console);
    await expect(adviser.page.getByTestId('assessment-status')).toHaveText('已公示');
    await expect(adviser.page.locator('[data-testid^="assessment-result-"]')).toHaveCount(1);
    const ownCard = adviser.page.getByTestId(`assessment-result-${ADVISER_1.id}`);
    const indicators = ownCard.getByTestId(`assessment-indicators-${ADVISER_1.id}`);
    await expect(indicators.getByTestId('indicator-TRAININGS_HELD')).toBeVisible();
    await expect(indicators.getByTestId('indicator-TRAININGS_HELD')).toContainText('村居法治培训开展率');
    const before = await totalOf(ownCard);
    const gradeBefore = (await ownCard.getByTestId('result-grade').textContent())!.trim();
    expect(gradeBefore).toBe(gradeOf(before));
    expect(await adviser.page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(390);

    await ownCard.getByTestId('result-object').click();
    const object = adviser.page.getByTestId('assessment-object-dialog');
    await object.getByRole('textbox', { name: '异议理由' }).fill('第三季度两次村培训已举办，签到表当时未能上传，现已补录');
    await object.getByTestId('action-submit').click();
    await expect(object).toHaveCount(0);
    await expect(ownCard.getByTestId('result-objection')).toHaveText('异议·待处理');
    await expect(ownCard.getByTestId('result-object')).toHaveCount(0);

    // The bureau upholds it with enough points to cross into the next grade (or, at the top, to fall below it).
    const above = THRESHOLDS.filter((t) => t.from > before).at(-1);
    const adjustment = above ? Math.ceil(above.from - before) + 1 : -(Math.floor(before - THRESHOLDS[0].from) + 1);
    expect(Math.abs(adjustment)).toBeLessThanOrEqual(20);
    const after = Math.round((before + adjustment) * 100) / 100;
    const gradeAfter = gradeOf(after);
    expect(gradeAfter).not.toBe(gradeBefore);

    await openAssessmentYear(bureau);
    await expect(bureauCard.getByTestId('result-objection')).toHaveText('异议·待处理');
    await bureauCard.getByText(ADVISER_1.name).click();
    await bureauCard.getByTestId('result-decide').click();
    const decide = page.getByTestId('assessment-decide-dialog');
    await expect(decide).toContainText('第三季度两次村培训已举办');
    await expect(decide.getByRole('radio', { name: '异议成立' })).toBeChecked();
    await decide.getByRole('textbox', { name: '处理意见' }).fill('经核对签到表，培训确已举办，予以调整');
    await decide.getByRole('spinbutton', { name: /调整分数/ }).fill(String(adjustment));
    await decide.getByTestId('action-submit').click();
    await expect(decide).toHaveCount(0);
    await expect(bureauCard.getByTestId('result-objection')).toHaveText('异议·成立');
    await expect(bureauCard.getByTestId('result-grade')).toHaveText(gradeAfter);

    // The adviser sees the new grade, the total with its adjustment, and the bureau's reason.
    await openAssessmentYear(adviser.console);
    await expect(ownCard.getByTestId('result-grade')).toHaveText(gradeAfter);
    expect(await totalOf(ownCard)).toBeCloseTo(after, 2);
    await expect(ownCard.getByTestId('result-objection')).toHaveText('异议·成立');
    await expect(ownCard.getByTestId('result-adjustment')).toContainText('经核对签到表，培训确已举办，予以调整');
    await expect(ownCard).toContainText('处理意见：经核对签到表，培训确已举办，予以调整');
    await adviser.console.screenshot('assessment-adviser-upheld');
    await adviser.close();
    expect(bureau.outside).toEqual([]);
  });

  // The indicator's name is a button (`indicator-records-<CODE>`) opening `indicator-records-dialog`, whose records
  // link to their pages (`indicator-record-link`).
  test('adviser.1 follows an indicator of their result to the records behind it', async ({ browser }, testInfo) => {
    const adviser = await adviserOnPhone(browser, testInfo);
    await openAssessmentYear(adviser.console);
    const ownCard = adviser.page.getByTestId(`assessment-result-${ADVISER_1.id}`);
    const figures = (await ownCard.getByTestId('indicator-TRAININGS_HELD').locator('td').nth(1).textContent())!.trim();
    await ownCard.getByTestId('indicator-records-TRAININGS_HELD').click();
    const dialog = adviser.page.getByTestId('indicator-records-dialog');
    await expect(dialog).toContainText('村居法治培训开展率');
    await expect(dialog.getByTestId('indicator-records-figures')).toContainText(figures);
    await expect(dialog.getByTestId('indicator-record').first()).toBeVisible();
    const link = dialog.getByTestId('indicator-record-link').first();
    await expect(link).toBeVisible();
    const href = await link.getAttribute('href');
    await link.click();
    await expect(adviser.page).toHaveURL(new RegExp(`${href!.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}$`));
    await expect(adviser.page.getByTestId('indicator-records-dialog')).toHaveCount(0);
    await adviser.close();
  });
});

test('the bureau confirms a quarter’s subsidy statement, records its payment and downloads the payment sheet whose total is the sum of its rows', async ({
  page,
}, testInfo) => {
  // Distinct statements per project (a statement is confirmed and paid once): adviser.1's quarter on the desktop,
  // with qualifying and non-qualifying cases; another demo adviser's quarter of consultations on the phone.
  const adviserName = testInfo.project.name === 'phone' ? '刘宏伟' : ADVISER_1.name;
  const period = lastEndedQuarter(shanghaiDay(new Date()));
  const quarterLabel = `${period.code.slice(0, 4)} 年第 ${period.code.slice(-1)} 季度`;
  const voucherNo = `记-${period.code}-E2E-${testInfo.project.name}`;
  const bureau = new ConsolePage(page, testInfo);
  await bureau.signIn('bureau');
  await expect(page.getByTestId('welcome-card')).toBeVisible();
  await bureau.goto('/subsidies');
  await expect(page.getByTestId('subsidy-page')).toBeVisible();
  // The last ended quarter is the period the page opens on.
  await expect(page.getByRole('heading', { level: 1 })).toContainText(quarterLabel);

  const statement = page.locator('[data-testid^="subsidy-statement-"]').filter({ hasText: adviserName });
  await expect(statement).toHaveCount(1);
  await expect(statement.getByTestId('statement-status')).toHaveText('草稿');
  await statement.getByText(adviserName).click();
  const total = (await statement.getByTestId('statement-total').textContent())!.trim();
  expect(total).not.toBe('¥0.00');
  if (adviserName === ADVISER_1.name) {
    // The draft explains what does not pay: the case paid with the quarter's first month, a file without its review.
    await expect(statement.getByTestId('subsidy-reason-ALREADY_PAID').first()).toBeVisible();
    await expect(statement.getByTestId('subsidy-reason-NOT_REVIEWED').first()).toBeVisible();
  }

  await statement.getByTestId('statement-confirm').click();
  const confirm = page.getByTestId('subsidy-confirm-dialog');
  await expect(confirm).toContainText(adviserName);
  await expect(confirm).toContainText(total);
  await confirm.getByTestId('action-submit').click();
  await expect(confirm).toHaveCount(0);
  await expect(statement.getByTestId('statement-status')).toHaveText('已确认');
  await expect(statement.getByTestId('statement-confirm')).toHaveCount(0);

  await statement.getByTestId('statement-paid').click();
  const paid = page.getByTestId('subsidy-paid-dialog');
  await paid.getByTestId('voucher-no').fill(voucherNo);
  await paid.getByTestId('action-submit').click();
  await expect(paid).toHaveCount(0);
  await expect(statement.getByTestId('statement-status')).toHaveText('已发放');
  await expect(statement.getByTestId('statement-confirmed')).toContainText(`凭证号 ${voucherNo}`);
  await expect(statement.getByTestId('statement-total')).toHaveText(total);

  // The payment sheet of the quarter, as finance receives it: the paid statement is a row, and the total row is the
  // sum of the rows to the fen.
  const [download] = await Promise.all([page.waitForEvent('download'), page.getByTestId('subsidy-payments-xlsx').click()]);
  expect(download.suggestedFilename()).toMatch(/\.xlsx$/);
  const path = testInfo.outputPath('payments.xlsx');
  await download.saveAs(path);
  const workbook = new ExcelJS.Workbook();
  await workbook.xlsx.readFile(path);
  const sheet = workbook.worksheets[0]!;
  const fen = (value: ExcelJS.CellValue) => Math.round(Number(value) * 100);
  const header = findRow(sheet, (row) => row.getCell(1).value === '序号');
  const totalColumn = (header.values as ExcelJS.CellValue[]).indexOf('合计（元）');
  expect(totalColumn).toBeGreaterThan(0);
  const rows: ExcelJS.Row[] = [];
  let totalRow: ExcelJS.Row | undefined;
  for (let n = header.number + 1; n <= sheet.rowCount; n++) {
    const row = sheet.getRow(n);
    if (row.getCell(1).value === '合计') {
      totalRow = row;
      break;
    }
    if (typeof row.getCell(1).value === 'number') rows.push(row);
  }
  expect(totalRow).toBeDefined();
  const ours = rows.filter((r) => r.getCell(2).value === adviserName);
  expect(ours).toHaveLength(1);
  expect(fen(ours[0]!.getCell(totalColumn).value)).toBe(Math.round(Number(total.replace(/[^\d.]/g, '')) * 100));
  expect((ours[0]!.values as ExcelJS.CellValue[]).map(String)).toContain(voucherNo);
  for (const column of [4, 5, 6, totalColumn]) {
    const sum = rows.reduce((acc, r) => acc + fen(r.getCell(column).value), 0);
    expect(fen(totalRow!.getCell(column).value), `column ${column}`).toBe(sum);
  }
  await bureau.screenshot('subsidy-paid');
  expect(bureau.outside).toEqual([]);
});

function findRow(sheet: ExcelJS.Worksheet, match: (row: ExcelJS.Row) => boolean): ExcelJS.Row {
  for (let n = 1; n <= sheet.rowCount; n++) {
    const row = sheet.getRow(n);
    if (match(row)) return row;
  }
  throw new Error('no such row in the sheet');
}
