import { fireEvent, screen, waitFor, within } from '@testing-library/react';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { createI18nProvider } from '../../i18n';
import { Refusal, serveGraphQL } from '../../test/graphqlServer';
import { renderAs } from '../../test/render';
import { RegionImportPage } from './RegionImportPage';
import { changeDetail, problemReason, tableTypeOf, type RegionImportChange, type RegionImportPreview } from './regionImport';

// The upload itself (XMLHttpRequest with progress) is tested in providers/files; here it answers at once.
const uploads = vi.hoisted(() => ({ files: [] as File[] }));
vi.mock('../../providers/files', async (importOriginal) => ({
  ...(await importOriginal<typeof import('../../providers/files')>()),
  uploadFile: vi.fn(async (file: File) => {
    uploads.files.push(file);
    return { id: 'att-1', mime: file.type, size: file.size };
  }),
}));

const LIMITS = {
  maxPhotoBytes: 5 << 20,
  maxSpreadsheetBytes: 10 << 20,
  acceptedPhotoTypes: ['image/jpeg'],
  uploadsPerHour: 60,
  megabytesPerDay: 200,
};

const change = (row: number | null, code: string, name: string, oldValue: string | null, newValue: string | null): RegionImportChange => ({
  row,
  code,
  name,
  level: 'VILLAGE' as RegionImportChange['level'],
  oldValue,
  newValue,
  regionId: row === null || oldValue ? `r-${code}` : null,
});

const preview = (over: Partial<RegionImportPreview> = {}): RegionImportPreview => ({
  attachmentId: 'att-1',
  canImport: true,
  rowCount: 22,
  createdCount: 1,
  renamedCount: 1,
  movedCount: 0,
  retiredCount: 1,
  reclassifiedCount: 0,
  unchangedCount: 19,
  problems: [],
  created: [change(22, '141122106290', '洪相新村', null, '220')],
  renamed: [change(6, '141122106205', '前塔新村', '前塔村', '前塔新村')],
  moved: [],
  retired: [change(null, '141122106208', '郭窑村', null, null)],
  reclassified: [],
  ...over,
});

const RESULT = {
  createdCount: 1,
  renamedCount: 1,
  movedCount: 0,
  retiredCount: 1,
  reclassifiedCount: 0,
  unchangedCount: 19,
  endedPairingCount: 1,
  effectiveOn: '2026-07-01',
};

const choose = (name: string, text = '统计用区划代码,名称\n') => {
  const input = screen.getByTestId('region-import-file') as HTMLInputElement;
  fireEvent.change(input, { target: { files: [new File([text], name)] } });
};

beforeEach(() => {
  uploads.files = [];
});
afterEach(() => vi.unstubAllGlobals());

describe('the region import wizard', { timeout: 20_000 }, () => {
  it('lists every bad row with its reason in Chinese, and offers no import until the file is right', async () => {
    serveGraphQL({
      uploadLimits: () => LIMITS,
      previewRegionImport: () =>
        preview({
          canImport: false,
          problems: [
            { row: 3, column: '统计用区划代码', code: 'BAD_CODE', message: 'Not a 12-digit code', value: '14112210620' },
            { row: 4, column: '城乡分类代码', code: 'BAD_CLASS_CODE', message: 'Bad class', value: '999' },
            { row: 5, column: '名称', code: 'EMPTY_NAME', message: 'Empty', value: '' },
            { row: 7, column: '统计用区划代码', code: 'PARENT_MISSING', message: 'No parent', value: '141122199201' },
          ],
        }),
    });
    renderAs('BUREAU_ADMIN', <RegionImportPage />);
    await waitFor(() => expect((screen.getByRole('button', { name: '选择文件' }) as HTMLButtonElement).disabled).toBe(false));
    choose('regions.csv');
    const problems = await screen.findAllByTestId('region-import-problem');
    expect(problems.map((p) => p.getAttribute('data-row'))).toEqual(['3', '4', '5', '7']);
    expect(problems[0]!.textContent).toContain('第 3 行');
    expect(problems[0]!.textContent).toContain('统计用区划代码「14112210620」');
    expect(problems[0]!.textContent).toContain('统计用区划代码应为 12 位数字');
    expect(problems[2]!.textContent).toContain('名称为空');
    expect(problems[3]!.textContent).toContain('上级区划（按代码）既不在文件中，也不在系统中');
    expect(screen.getByTestId('region-import-blocked').textContent).toContain('4 处问题');
    expect((screen.getByTestId('region-import-apply') as HTMLButtonElement).disabled).toBe(true);
    // The CSV went up as CSV.
    expect(uploads.files[0]!.type).toBe('text/csv');
  });

  it('summarises what would change, then applies from the chosen date and shows what changed', async () => {
    const requests = serveGraphQL({ uploadLimits: () => LIMITS, previewRegionImport: () => preview(), applyRegionImport: () => RESULT });
    renderAs('BUREAU_ADMIN', <RegionImportPage />);
    await waitFor(() => expect((screen.getByRole('button', { name: '选择文件' }) as HTMLButtonElement).disabled).toBe(false));
    choose('交城县区划.xlsx');
    expect((await screen.findByTestId('region-import-count-created')).textContent).toBe('新设 1');
    expect(screen.getByTestId('region-import-count-renamed').textContent).toBe('更名 1');
    expect(screen.getByTestId('region-import-count-retired').textContent).toBe('撤并 1');
    expect(screen.getByTestId('region-import-count-moved').textContent).toBe('调整隶属 0');
    expect(screen.getByTestId('region-import-renamed').textContent).toContain('原名 前塔村，改为 前塔新村');
    expect(screen.getByTestId('region-import-created').textContent).toContain('洪相新村');
    expect(screen.getByTestId('region-import-retired').textContent).toContain('文件中没有该村');
    expect(uploads.files[0]!.type).toBe('application/vnd.openxmlformats-officedocument.spreadsheetml.sheet');

    // The date shows in Chinese whatever the browser's locale; a cleared one offers no import; the API gets YYYY-MM-DD.
    const effectiveOn = screen.getByTestId('region-import-effective-on') as HTMLInputElement;
    expect(effectiveOn.value).toMatch(/^\d{4}年\d{2}月\d{2}日$/);
    fireEvent.change(effectiveOn, { target: { value: '' } });
    await waitFor(() => expect((screen.getByTestId('region-import-apply') as HTMLButtonElement).disabled).toBe(true));
    fireEvent.change(effectiveOn, { target: { value: '2026年07月01日' } });
    expect(effectiveOn.value).toBe('2026年07月01日');
    expect(screen.getByTestId('region-import-retire-warning').textContent).toContain('1 个村（社区）将自 2026-07-01 起撤并');
    fireEvent.click(screen.getByTestId('region-import-apply'));
    expect((await screen.findByTestId('region-import-result')).textContent).toBe('区划已导入，自 2026-07-01 起生效。');
    expect(screen.getByTestId('region-import-result-ended_pairings').textContent).toContain('1');
    expect(requests.find((r) => r.field === 'applyRegionImport')!.variables).toEqual({
      attachmentId: 'att-1',
      effectiveOn: '2026-07-01',
      fileName: '交城县区划.xlsx',
    });
  });

  it('says a file that matches the regions on record changes nothing', async () => {
    serveGraphQL({
      uploadLimits: () => LIMITS,
      previewRegionImport: () =>
        preview({ createdCount: 0, renamedCount: 0, retiredCount: 0, unchangedCount: 22, created: [], renamed: [], retired: [] }),
    });
    renderAs('BUREAU_ADMIN', <RegionImportPage />);
    await waitFor(() => expect((screen.getByRole('button', { name: '选择文件' }) as HTMLButtonElement).disabled).toBe(false));
    choose('regions.csv');
    expect((await screen.findByTestId('region-import-no-changes')).textContent).toContain('不会改变任何数据');
  });

  it('shows the first 20 changes of a kind until asked for all', async () => {
    const retired = Array.from({ length: 25 }, (_, i) => change(null, `1411221062${String(i + 30).padStart(2, '0')}`, `村${i}`, null, null));
    serveGraphQL({ uploadLimits: () => LIMITS, previewRegionImport: () => preview({ retiredCount: 25, retired }) });
    renderAs('BUREAU_ADMIN', <RegionImportPage />);
    await waitFor(() => expect((screen.getByRole('button', { name: '选择文件' }) as HTMLButtonElement).disabled).toBe(false));
    choose('regions.csv');
    const list = await screen.findByTestId('region-import-retired');
    expect(within(list).getAllByTestId('region-import-change')).toHaveLength(20);
    fireEvent.click(within(list).getByTestId('region-import-show-all-retired'));
    expect(within(list).getAllByTestId('region-import-change')).toHaveLength(25);
    expect(within(list).queryByTestId('region-import-show-all-retired')).toBeNull();
  });

  it('refuses a file that is neither XLSX nor CSV before uploading it', async () => {
    serveGraphQL({ uploadLimits: () => LIMITS });
    renderAs('BUREAU_ADMIN', <RegionImportPage />);
    await waitFor(() => expect((screen.getByRole('button', { name: '选择文件' }) as HTMLButtonElement).disabled).toBe(false));
    choose('regions.xls');
    expect((await screen.findByTestId('region-import-error')).textContent).toBe('请选择 Excel（.xlsx）或 CSV（.csv）文件');
    expect(uploads.files).toEqual([]);
  });

  it('checks again when the apply finds a bad row the check did not, and shows it', async () => {
    let checks = 0;
    serveGraphQL({
      uploadLimits: () => LIMITS,
      previewRegionImport: () => {
        checks += 1;
        return checks === 1
          ? preview()
          : preview({
              canImport: false,
              problems: [{ row: 6, column: '统计用区划代码', code: 'BAD_CODE', message: 'retired', value: '141122106205' }],
            });
      },
      applyRegionImport: () => new Refusal('BAD_USER_INPUT', 'attachmentId'),
    });
    renderAs('BUREAU_ADMIN', <RegionImportPage />);
    await waitFor(() => expect((screen.getByRole('button', { name: '选择文件' }) as HTMLButtonElement).disabled).toBe(false));
    choose('regions.csv');
    fireEvent.click(await screen.findByTestId('region-import-apply'));
    expect((await screen.findByTestId('region-import-notice')).textContent).toContain('已重新检查');
    const problems = within(screen.getByTestId('region-import-problems')).getAllByTestId('region-import-problem');
    expect(problems.map((p) => p.getAttribute('data-row'))).toEqual(['6']);
    expect(screen.queryByTestId('region-import-result')).toBeNull();
  });
});

describe('the import’s words', () => {
  const en = createI18nProvider('en').translate;
  it('reads the file type from the name, and words changes and problems in the console’s language', () => {
    expect(tableTypeOf('A.XLSX')).toBe('application/vnd.openxmlformats-officedocument.spreadsheetml.sheet');
    expect(tableTypeOf('a.csv')).toBe('text/csv');
    expect(tableTypeOf('a.xls')).toBeNull();
    expect(changeDetail(en, 'renamed', change(6, '141122106205', '前塔新村', '前塔村', '前塔新村'))).toBe('前塔村 → 前塔新村');
    expect(changeDetail(en, 'retired', change(null, '141122106208', '郭窑村', null, '141122106201'))).toBe('Merged into 141122106201');
    expect(changeDetail(en, 'moved', change(4, '141122107213', '郭窑村', '141122106208', '141122107213'))).toBe('Code 141122106208 → 141122107213');
    expect(problemReason(en, { row: 2, column: '名称', code: 'DUPLICATE_CODE', message: 'dup', value: null })).toBe(
      'The same code is on more than one row',
    );
    // A code the console does not know yet: the API's own English.
    expect(problemReason(en, { row: 2, column: null, code: 'SOMETHING_NEW' as never, message: 'Something new', value: null })).toBe('Something new');
  });
});
