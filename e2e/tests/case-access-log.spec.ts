import { expect, test, type Page } from '@playwright/test';
import { demoCases } from '@fengqiao/seeds';
import { ConsolePage } from '../pages/console.js';

// Demo case 1: a written agreement; party.1 (张建国) is its applicant and adviser.1 (李明华) its adviser.
const kase = demoCases()[0]!;
const scanPath = `/api/mediation-cases/${kase.id}/agreement-scan`;

/** A small PDF standing for the signed paper (its bytes are only compared, never rendered). */
function signedPdf(marker: string): Buffer {
  return Buffer.from(`%PDF-1.4\n1 0 obj << /Type /Catalog >> endobj\n% ${marker}\ntrailer << /Root 1 0 R >>\n%%EOF\n`, 'utf8');
}

/** GET on the scan route with the signed-in session's token: the status and the body as text. */
async function fetchScan(page: Page): Promise<{ status: number; text: string }> {
  return page.evaluate(async (path) => {
    const res = await fetch(path, { headers: { authorization: `Bearer ${localStorage.getItem('fengqiao.token')}` } });
    return { status: res.status, text: await res.text() };
  }, scanPath);
}

test.describe
  .serial('who read my case, and the signed paper', () => {
    const marker = `signed-${Date.now().toString(36)}`;

    test('adviser.1 reads the case and uploads the signed agreement', async ({ page }, testInfo) => {
      const console = new ConsolePage(page, testInfo);
      await console.signIn('adviser.1');
      await expect(page.getByTestId('welcome-card')).toBeVisible();
      await console.goto(`/mediationCases/${kase.id}/show`);
      await expect(page.getByTestId('agreement-content')).toContainText(kase.agreement!.content!.slice(0, 8));
      await page.getByTestId('agreement-scan-input').setInputFiles({ name: '协议书.pdf', mimeType: 'application/pdf', buffer: signedPdf(marker) });
      await expect(page.getByTestId('agreement-scan-status')).toContainText('已上传');
      await expect(page.getByTestId('agreement-scan-open')).toBeVisible();
      // The adviser's own read is in the case's access log.
      await expect(page.getByTestId('case-access-log')).toContainText('李明华');
      await console.screenshot('case-access-log-adviser');
    });

    test('the bureau sees that a scan exists but is refused its content; its access log masks the parties', async ({ page }, testInfo) => {
      const console = new ConsolePage(page, testInfo);
      await console.signIn('bureau');
      await expect(page.getByTestId('welcome-card')).toBeVisible();
      await console.goto(`/mediationCases/${kase.id}/show`);
      await expect(page.getByTestId('case-detail')).toHaveAttribute('data-confidential', 'withheld');
      await expect(page.getByTestId('agreement-scan-status')).toContainText('已上传');
      await expect(page.getByTestId('agreement-scan-withheld')).toBeVisible();
      await expect(page.getByTestId('agreement-scan-open')).toHaveCount(0);
      const refused = await fetchScan(page);
      expect(refused.status).toBe(403);
      expect(refused.text).not.toContain(marker);
      await expect(page.getByTestId('case-access-log')).toContainText('村居法律顾问 李明华');
      expect(console.outside).toEqual([]);
    });

    test('party.1 opens the scan, and the access log lists the reads made here', async ({ page }, testInfo) => {
      const console = new ConsolePage(page, testInfo);
      await console.signIn('party.1');
      await expect(page.getByTestId('welcome-card')).toBeVisible();
      await console.goto(`/mediationCases/${kase.id}/show`);
      await expect(page.getByTestId('case-detail')).toHaveAttribute('data-confidential', 'readable');
      const [download] = await Promise.all([page.waitForEvent('download'), page.getByTestId('agreement-scan-open').click()]);
      const path = await download.path();
      const { readFileSync } = await import('node:fs');
      expect(readFileSync(path!, 'utf8')).toContain(marker);
      const served = await fetchScan(page);
      expect(served.status).toBe(200);
      expect(served.text).toContain(marker);

      // Reload: the log now holds party.1's own reads (the page and the scan) and adviser.1's.
      await page.reload();
      const log = page.getByTestId('case-access-log');
      await expect(log).toBeVisible();
      await expect(log.getByTestId('access-log-reader').filter({ hasText: '（您）' }).first()).toBeVisible();
      await expect(log).toContainText('协议书扫描件');
      await expect(log).toContainText('村居法律顾问 李明华');
      await console.screenshot('case-access-log-party');
      expect(console.outside).toEqual([]);
    });
  });
