import { fireEvent, screen, waitFor, within } from '@testing-library/react';
import { afterEach, describe, expect, it, vi } from 'vitest';
import type { SubsidyLine, SubsidyRate, SubsidyStatement } from '../../providers/subsidy';
import { Refusal, serveGraphQL } from '../../test/graphqlServer';
import { renderAs } from '../../test/render';
import { SubsidyPage } from './SubsidyPage';

const downloads = vi.hoisted(() => ({ urls: [] as string[] }));
vi.mock('../../providers/files', async (importOriginal) => ({
  ...(await importOriginal<typeof import('../../providers/files')>()),
  downloadFile: vi.fn(async (url: string) => {
    downloads.urls.push(url);
  }),
}));

const RATE: SubsidyRate = {
  id: 'rate1',
  effectiveFrom: '2020-01-01',
  ordinaryFen: 20_000,
  difficultFen: 50_000,
  majorFen: 100_000,
  consultationFen: 1_000,
  consultationMonthlyCapFen: 30_000,
  version: 3,
  gradeFactors: [],
};

const caseLine = (caseNo: string, amountFen: number, reason: SubsidyLine['reason'] = null, tier: SubsidyLine['tier'] = 'ORDINARY'): SubsidyLine => ({
  kind: 'CASE',
  caseId: `case-${caseNo}`,
  caseNo,
  tier,
  closedOn: '2020-02-10',
  month: null,
  count: 1,
  amountFen,
  reason,
  note: null,
});

const statement = (id: string, name: string, period: string, patch: Partial<SubsidyStatement> = {}): SubsidyStatement => ({
  id: null,
  period,
  status: 'DRAFT',
  totalFen: 73_000,
  confirmedAt: null,
  paidOn: null,
  voucherNo: null,
  version: 0,
  adviser: { id, name },
  lines: [
    caseLine('（2020）交调字第1号', 20_000),
    caseLine('（2020）交调字第2号', 50_000, null, 'DIFFICULT'),
    {
      kind: 'CONSULTATION',
      caseId: null,
      caseNo: null,
      tier: null,
      closedOn: null,
      month: '2020-02',
      count: 3,
      amountFen: 3_000,
      reason: null,
      note: null,
    },
    caseLine('（2020）交调字第3号', 0, 'NO_RETURN_VISIT'),
    {
      kind: 'CONSULTATION',
      caseId: null,
      caseNo: null,
      tier: null,
      closedOn: null,
      month: '2020-03',
      count: 2,
      amountFen: 0,
      reason: 'MONTH_NOT_APPROVED',
      note: null,
    },
  ],
  ...patch,
});

afterEach(() => vi.unstubAllGlobals());

describe('SubsidyPage', { timeout: 20_000 }, () => {
  it('shows the bureau each adviser’s draft with its lines, the cases that did not count and why, and the rates in yuan', async () => {
    serveGraphQL({
      subsidyStatements: ({ period }) => [
        statement('a1', '李明华', String(period)),
        statement('a2', '王秀兰', String(period), { lines: [], totalFen: 0 }),
      ],
      subsidyRates: () => [RATE],
    });
    renderAs('BUREAU_ADMIN', <SubsidyPage />);
    expect((await screen.findByTestId('subsidy-advisers-value')).textContent).toBe('2');
    expect(screen.getByTestId('subsidy-total-value').textContent).toBe('¥730.00');
    expect(screen.getByTestId('subsidy-failing-value').textContent).toBe('2');
    const card = screen.getByTestId('subsidy-statement-a1');
    expect(within(card).getByText('未计入补贴 2 项')).toBeTruthy();
    fireEvent.click(within(card).getByText('李明华'));
    const failing = await within(card).findByTestId('subsidy-failing-lines-a1');
    expect(within(failing).getByTestId('subsidy-reason-NO_RETURN_VISIT').textContent).toBe('未回访');
    expect(within(failing).getByTestId('subsidy-reason-MONTH_NOT_APPROVED').textContent).toBe('当月工作日志未审核通过');
    const paying = within(card).getByTestId('subsidy-lines-a1');
    expect(within(paying).getAllByTestId('subsidy-line')).toHaveLength(3);
    expect(paying.textContent).toContain('¥500.00');
    const rates = screen.getByTestId('subsidy-rates');
    expect(rates.textContent).toContain('¥1,000.00');
    expect(rates.textContent).toContain('¥300.00');
    expect(screen.getByTestId('subsidy-set-rates')).toBeTruthy();
  });

  it('sends the rates typed in yuan as integer fen, with the version of the date’s rates', async () => {
    const requests = serveGraphQL({
      subsidyStatements: () => [],
      subsidyRates: () => [RATE],
      saveSubsidyRate: ({ input }) => ({ ...(input as object), id: 'rate1', version: 4 }),
    });
    renderAs('BUREAU_ADMIN', <SubsidyPage />);
    fireEvent.click(await screen.findByTestId('subsidy-set-rates'));
    const dialog = await screen.findByTestId('subsidy-rate-dialog');
    expect((within(dialog).getByTestId('rate-ordinary') as HTMLInputElement).value).toBe('200.00');
    fireEvent.change(dialog.querySelector('input[name="effectiveFrom"]')!, { target: { value: '2020年01月01日' } });
    fireEvent.change(within(dialog).getByTestId('rate-ordinary'), { target: { value: '250.5' } });
    fireEvent.change(within(dialog).getByTestId('rate-major'), { target: { value: '1,200' } });
    fireEvent.change(within(dialog).getByTestId('rate-consultation'), { target: { value: '0.1' } });
    fireEvent.change(within(dialog).getByTestId('rate-cap'), { target: { value: '' } });
    fireEvent.click(within(dialog).getByRole('button', { name: '保存' }));
    await waitFor(() => expect(requests.some((r) => r.field === 'saveSubsidyRate')).toBe(true));
    expect(requests.find((r) => r.field === 'saveSubsidyRate')!.variables.input).toEqual({
      effectiveFrom: '2020-01-01',
      ordinaryFen: 25_050,
      difficultFen: 50_000,
      majorFen: 120_000,
      consultationFen: 10,
      consultationMonthlyCapFen: null,
      gradeFactors: null,
      version: 3,
    });
  });

  it('refuses an amount that is not yuan with at most two decimals, sending nothing', async () => {
    const requests = serveGraphQL({ subsidyStatements: () => [], subsidyRates: () => [] });
    renderAs('BUREAU_ADMIN', <SubsidyPage />);
    expect(await screen.findByText('尚未设置补贴标准：没有标准的案件和咨询不计补贴。')).toBeTruthy();
    fireEvent.click(screen.getByTestId('subsidy-set-rates'));
    const dialog = await screen.findByTestId('subsidy-rate-dialog');
    for (const field of ['ordinary', 'difficult', 'major', 'consultation']) {
      fireEvent.change(within(dialog).getByTestId(`rate-${field}`), { target: { value: '10' } });
    }
    fireEvent.change(within(dialog).getByTestId('rate-difficult'), { target: { value: '12.345' } });
    fireEvent.click(within(dialog).getByRole('button', { name: '保存' }));
    expect(await within(dialog).findByText('请填写金额（元），最多两位小数')).toBeTruthy();
    expect(requests.some((r) => r.field === 'saveSubsidyRate')).toBe(false);
  });

  it('confirms a draft of an ended period, then records its payment with date, voucher and version', async () => {
    let confirmed = false;
    const requests = serveGraphQL({
      subsidyStatements: ({ period }) => [
        confirmed
          ? statement('a1', '李明华', String(period), { id: 's1', status: 'CONFIRMED', version: 2, confirmedAt: '2020-04-02T09:00:00+08:00' })
          : statement('a1', '李明华', String(period)),
      ],
      subsidyRates: () => [RATE],
      confirmSubsidyStatement: ({ period }) => {
        confirmed = true;
        return statement('a1', '李明华', String(period), { id: 's1', status: 'CONFIRMED', version: 2 });
      },
      markSubsidyStatementPaid: ({ period }) => statement('a1', '李明华', String(period), { id: 's1', status: 'PAID', version: 3 }),
    });
    renderAs('BUREAU_ADMIN', <SubsidyPage />);
    const card = await screen.findByTestId('subsidy-statement-a1');
    fireEvent.click(within(card).getByText('李明华'));
    fireEvent.click(await within(card).findByTestId('statement-confirm'));
    const confirm = await screen.findByTestId('subsidy-confirm-dialog');
    expect(confirm.textContent).toContain('¥730.00');
    fireEvent.click(within(confirm).getByRole('button', { name: '确认清单' }));
    await waitFor(() => expect(requests.some((r) => r.field === 'confirmSubsidyStatement')).toBe(true));
    const sent = requests.find((r) => r.field === 'confirmSubsidyStatement')!.variables;
    expect(sent).toMatchObject({ adviserId: 'a1' });
    expect(String(sent.period)).toMatch(/^\d{4}-Q[1-4]$/);

    const paidButton = await screen.findByTestId('statement-paid');
    fireEvent.click(paidButton);
    const paid = await screen.findByTestId('subsidy-paid-dialog');
    fireEvent.change(paid.querySelector('input[name="paidOn"]')!, { target: { value: '2020年04月15日' } });
    fireEvent.change(within(paid).getByTestId('voucher-no'), { target: { value: ' 记-0415 ' } });
    fireEvent.click(within(paid).getByRole('button', { name: '登记发放' }));
    await waitFor(() => expect(requests.some((r) => r.field === 'markSubsidyStatementPaid')).toBe(true));
    expect(requests.find((r) => r.field === 'markSubsidyStatementPaid')!.variables).toEqual({
      id: 's1',
      input: { paidOn: '2020-04-15', voucherNo: '记-0415', version: 2 },
    });
  });

  it('lets an office read its township’s statements without setting rates, confirming or paying', async () => {
    serveGraphQL({ subsidyStatements: ({ period }) => [statement('a1', '李明华', String(period))], subsidyRates: () => [RATE] });
    renderAs('OFFICE_STAFF', <SubsidyPage />);
    const card = await screen.findByTestId('subsidy-statement-a1');
    fireEvent.click(within(card).getByText('李明华'));
    expect(await within(card).findByTestId('subsidy-failing-lines-a1')).toBeTruthy();
    expect(screen.queryByTestId('subsidy-set-rates')).toBeNull();
    expect(screen.queryByTestId('statement-confirm')).toBeNull();
  });

  it('lets a city’s bureau read statements and download the payment sheet, but not set rates, confirm, pay, adjust or settle', async () => {
    serveGraphQL({
      subsidyStatements: ({ period }) => [
        statement('a1', '李明华', String(period)),
        statement('a2', '王秀兰', String(period), { id: 's2', status: 'CONFIRMED' }),
      ],
      subsidyRates: () => [RATE],
    });
    renderAs('BUREAU_ADMIN', <SubsidyPage />, { scopeRegion: { id: 'city', name: '吕梁市', level: 'CITY' } });
    const card = await screen.findByTestId('subsidy-statement-a2');
    fireEvent.click(within(card).getByText('王秀兰'));
    expect(await within(card).findByTestId('subsidy-statement-pdf')).toBeTruthy();
    expect(screen.getByTestId('subsidy-payments-xlsx')).toBeTruthy();
    for (const id of ['subsidy-set-rates', 'statement-confirm', 'statement-paid', 'statement-adjust', 'subsidy-case-split', 'subsidy-settle-year']) {
      expect({ id, shown: screen.queryByTestId(id) !== null }).toEqual({ id, shown: false });
    }
  });

  it('shows an adviser their own statement open, with the cases that did not count, why, and a link to fix the file', async () => {
    serveGraphQL({ subsidyStatements: ({ period }) => [statement('a1', '李明华', String(period))], subsidyRates: () => [RATE] });
    renderAs('ADVISER', <SubsidyPage />);
    const failing = await screen.findByTestId('subsidy-failing-lines-a1');
    expect(within(failing).getByTestId('subsidy-reason-NO_RETURN_VISIT')).toBeTruthy();
    expect(within(failing).getByTestId('subsidy-case-link-case-（2020）交调字第3号').getAttribute('href')).toContain('/mediationCases/');
    expect(screen.getByText('我的补贴清单')).toBeTruthy();
    expect(screen.queryByTestId('subsidy-advisers')).toBeNull();
    expect(screen.queryByTestId('statement-confirm')).toBeNull();
  });

  it('downloads each adviser’s statement as a PDF and, for the bureau, the period’s payment sheet', async () => {
    downloads.urls.length = 0;
    serveGraphQL({ subsidyStatements: ({ period }) => [statement('a1', '李明华', String(period))], subsidyRates: () => [RATE] });
    renderAs('BUREAU_ADMIN', <SubsidyPage />);
    const card = await screen.findByTestId('subsidy-statement-a1');
    fireEvent.click(within(card).getByText('李明华'));
    fireEvent.click(await within(card).findByTestId('subsidy-statement-pdf'));
    fireEvent.click(screen.getByTestId('subsidy-payments-xlsx'));
    await waitFor(() => expect(downloads.urls).toHaveLength(2));
    expect(downloads.urls[0]).toMatch(/^\/api\/exports\/subsidy-statement\.pdf\?period=\d{4}-Q[1-4]&adviserId=a1$/);
    expect(downloads.urls[1]).toMatch(/^\/api\/exports\/subsidy-payments\.xlsx\?period=\d{4}-Q[1-4]$/);
  });

  it('gives an adviser their statement PDF but not the payment sheet, the case split or the settlement', async () => {
    serveGraphQL({ subsidyStatements: ({ period }) => [statement('a1', '李明华', String(period))], subsidyRates: () => [RATE] });
    renderAs('ADVISER', <SubsidyPage />);
    expect(await screen.findByTestId('subsidy-statement-pdf')).toBeTruthy();
    expect(screen.queryByTestId('subsidy-payments-xlsx')).toBeNull();
    expect(screen.queryByTestId('subsidy-settings')).toBeNull();
    expect(screen.queryByTestId('subsidy-settlement')).toBeNull();
  });

  it('adds an adjustment in yuan (negative recovers) with its reason to a confirmed statement, and lists adjustments with theirs', async () => {
    const confirmed = (period: string) =>
      statement('a1', '李明华', period, {
        id: 's1',
        status: 'CONFIRMED',
        version: 2,
        confirmedAt: '2020-04-02T09:00:00+08:00',
        lines: [
          caseLine('（2020）交调字第1号', 20_000),
          { ...caseLine('', -2_000), kind: 'ADJUSTMENT', caseId: null, caseNo: null, tier: null, closedOn: null, note: '重复计算的咨询扣回' },
        ],
      });
    const requests = serveGraphQL({
      subsidyStatements: ({ period }) => [confirmed(String(period))],
      subsidyRates: () => [RATE],
      addSubsidyAdjustment: () => confirmed('2020-Q1'),
    });
    renderAs('BUREAU_ADMIN', <SubsidyPage />);
    const card = await screen.findByTestId('subsidy-statement-a1');
    fireEvent.click(within(card).getByText('李明华'));
    const adjustments = await within(card).findByTestId('subsidy-adjustments-a1');
    expect(adjustments.textContent).toContain('重复计算的咨询扣回');
    expect(adjustments.textContent).toContain('-¥20.00');
    expect(within(card).getAllByTestId('subsidy-line')).toHaveLength(1);

    fireEvent.click(within(card).getByTestId('statement-adjust'));
    const dialog = await screen.findByTestId('subsidy-adjustment-dialog');
    fireEvent.change(within(dialog).getByTestId('adjustment-amount'), { target: { value: '0' } });
    fireEvent.click(within(dialog).getByRole('button', { name: '添加调整' }));
    expect(await within(dialog).findByText('请填写不为零的金额（元），可为负数，最多两位小数')).toBeTruthy();
    expect(within(dialog).getByText('必填')).toBeTruthy();
    fireEvent.change(within(dialog).getByTestId('adjustment-amount'), { target: { value: '-50.5' } });
    fireEvent.change(within(dialog).getByTestId('adjustment-reason'), { target: { value: ' 回访记录补正后核减 ' } });
    fireEvent.click(within(dialog).getByRole('button', { name: '添加调整' }));
    await waitFor(() => expect(requests.some((r) => r.field === 'addSubsidyAdjustment')).toBe(true));
    expect(requests.find((r) => r.field === 'addSubsidyAdjustment')!.variables).toEqual({
      statementId: 's1',
      input: { amountFen: -5_050, reason: '回访记录补正后核减', version: 2 },
    });
  });

  it('says in words why an adjustment was refused: the statement was paid meanwhile, or the reason is missing', async () => {
    let refusal = new Refusal('CONFLICT', undefined, { reason: 'STATEMENT_PAID' });
    serveGraphQL({
      subsidyStatements: ({ period }) => [statement('a1', '李明华', String(period), { id: 's1', status: 'CONFIRMED', version: 2 })],
      subsidyRates: () => [RATE],
      addSubsidyAdjustment: () => refusal,
    });
    renderAs('BUREAU_ADMIN', <SubsidyPage />);
    const card = await screen.findByTestId('subsidy-statement-a1');
    fireEvent.click(within(card).getByText('李明华'));
    fireEvent.click(await within(card).findByTestId('statement-adjust'));
    const dialog = await screen.findByTestId('subsidy-adjustment-dialog');
    fireEvent.change(within(dialog).getByTestId('adjustment-amount'), { target: { value: '10' } });
    fireEvent.change(within(dialog).getByTestId('adjustment-reason'), { target: { value: '补发' } });
    fireEvent.click(within(dialog).getByRole('button', { name: '添加调整' }));
    expect(await within(dialog).findByText('该清单已发放，不能再调整；请在之后的清单中更正。')).toBeTruthy();
    refusal = new Refusal('BAD_USER_INPUT', 'reason');
    fireEvent.click(within(dialog).getByRole('button', { name: '添加调整' }));
    expect(await within(dialog).findByText('请填写调整原因')).toBeTruthy();
  });

  it('sends the grade factors filled in as decimals, and refuses one that is not', async () => {
    const requests = serveGraphQL({
      subsidyStatements: () => [],
      subsidyRates: () => [{ ...RATE, gradeFactors: [{ grade: 'FAIL', factor: '0' }] }],
      saveSubsidyRate: ({ input }) => ({ ...(input as object), id: 'rate1', version: 4 }),
    });
    renderAs('BUREAU_ADMIN', <SubsidyPage />);
    expect((await screen.findByTestId('subsidy-rate-factors')).textContent).toBe('不合格 × 0');
    fireEvent.click(screen.getByTestId('subsidy-set-rates'));
    const dialog = await screen.findByTestId('subsidy-rate-dialog');
    expect((within(dialog).getByTestId('rate-factor-FAIL') as HTMLInputElement).value).toBe('0');
    fireEvent.change(within(dialog).getByTestId('rate-factor-BASIC_PASS'), { target: { value: '0.8.1' } });
    fireEvent.click(within(dialog).getByRole('button', { name: '保存' }));
    expect(await within(dialog).findByText('请填写 0 到 10 之间的小数，最多六位小数')).toBeTruthy();
    fireEvent.change(within(dialog).getByTestId('rate-factor-BASIC_PASS'), { target: { value: '0.8' } });
    fireEvent.change(within(dialog).getByTestId('rate-factor-EXCELLENT'), { target: { value: '1.2' } });
    fireEvent.click(within(dialog).getByRole('button', { name: '保存' }));
    await waitFor(() => expect(requests.some((r) => r.field === 'saveSubsidyRate')).toBe(true));
    expect((requests.find((r) => r.field === 'saveSubsidyRate')!.variables.input as { gradeFactors: unknown }).gradeFactors).toEqual([
      { grade: 'EXCELLENT', factor: '1.2' },
      { grade: 'BASIC_PASS', factor: '0.8' },
      { grade: 'FAIL', factor: '0' },
    ]);
  });

  it('lets the bureau choose how a shared case is paid, with the version read', async () => {
    const requests = serveGraphQL({
      subsidyStatements: () => [],
      subsidyRates: () => [RATE],
      subsidySettings: () => ({ countyId: 'county1', caseSplit: 'EQUAL', version: 0 }),
      saveSubsidySettings: ({ input }) => ({ countyId: 'county1', caseSplit: (input as { caseSplit: string }).caseSplit, version: 1 }),
    });
    renderAs('BUREAU_ADMIN', <SubsidyPage />);
    const card = await screen.findByTestId('subsidy-settings');
    const save = await within(card).findByTestId('subsidy-save-settings');
    expect((save as HTMLButtonElement).disabled).toBe(true);
    fireEvent.click(within(card).getByTestId('case-split-LEAD'));
    fireEvent.click(save);
    await waitFor(() => expect(requests.some((r) => r.field === 'saveSubsidySettings')).toBe(true));
    expect(requests.find((r) => r.field === 'saveSubsidySettings')!.variables).toEqual({
      input: { caseSplit: 'LEAD', countyId: null, version: 0 },
    });
  });

  it('waits for the year’s published assessment before settling, then settles and shows the settlement statements', async () => {
    let status = 'DRAFT';
    const requests = serveGraphQL({
      subsidyStatements: ({ period }) => [statement('a1', '李明华', String(period), { status: 'CONFIRMED', id: 's9', version: 1 })],
      subsidyRates: () => [RATE],
      assessment: ({ year }) => ({ year, status, publishedAt: status === 'PUBLISHED' ? '2020-01-10T09:00:00+08:00' : null }),
      settleSubsidyYear: () => [],
    });
    const view = renderAs('BUREAU_ADMIN', <SubsidyPage />);
    const card = await screen.findByTestId('subsidy-settlement');
    expect((await within(card).findByTestId('subsidy-settle-status')).textContent).toMatch(/年度考核公布后才能结算/);
    expect((within(card).getByTestId('subsidy-settle') as HTMLButtonElement).disabled).toBe(true);
    view.unmount();

    status = 'PUBLISHED';
    renderAs('BUREAU_ADMIN', <SubsidyPage />);
    const ready = await screen.findByTestId('subsidy-settlement');
    const year = Number(requests.filter((r) => r.field === 'assessment').at(-1)!.variables.year);
    await waitFor(() => expect((within(ready).getByTestId('subsidy-settle') as HTMLButtonElement).disabled).toBe(false));
    fireEvent.click(within(ready).getByTestId('subsidy-settle'));
    const dialog = await screen.findByTestId('subsidy-settle-dialog');
    expect(dialog.textContent).toContain(`${year}-Y`);
    fireEvent.click(within(dialog).getByRole('button', { name: `结算 ${year} 年度` }));
    await waitFor(() => expect(requests.some((r) => r.field === 'settleSubsidyYear')).toBe(true));
    expect(requests.find((r) => r.field === 'settleSubsidyYear')!.variables).toMatchObject({ year });
    await waitFor(() => expect(requests.filter((r) => r.field === 'subsidyStatements').at(-1)!.variables.period).toBe(`${year}-Y`));
    expect(await screen.findByText(`${year} 年度考核结算 补贴清单`)).toBeTruthy();
  });
});
