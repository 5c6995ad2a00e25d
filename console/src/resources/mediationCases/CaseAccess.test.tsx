import { screen, within } from '@testing-library/react';
import { ResourceContextProvider } from 'react-admin';
import { afterEach, describe, expect, it, vi } from 'vitest';
import type { Role } from '../../providers/session';
import { aCase } from '../../test/cases';
import { serveGraphQL } from '../../test/graphqlServer';
import { renderAs } from '../../test/render';
import type { CaseAgreement, CaseRead } from './caseFormat';
import { MediationCaseShow } from './MediationCaseShow';

const AGREEMENT: CaseAgreement = {
  id: 'g1',
  form: 'WRITTEN',
  signedAt: '2026-10-20',
  amountFen: 0,
  content: null,
  version: 1,
  reviewStatus: 'PENDING',
  reviewComment: null,
  reviewedAt: null,
  performance: 'PENDING',
  confirmationAppliedOn: null,
  confirmationCourt: null,
  confirmationResult: null,
  confirmationDecidedOn: null,
  confirmationRulingNo: null,
  confirmationDeadline: '2026-11-19',
  confirmationDueSoon: false,
  scan: { mime: 'application/pdf', size: 204_800, uploadedAt: '2026-10-21T02:00:00.000Z' },
};

const LOG: CaseRead[] = [
  {
    at: '2026-10-22T02:00:00.000Z',
    readerRole: 'PARTY' as CaseRead['readerRole'],
    readerName: '王*刚',
    organisation: null,
    fields: ['summary'],
    you: false,
  },
  {
    at: '2026-10-21T03:00:00.000Z',
    readerRole: 'ADVISER' as CaseRead['readerRole'],
    readerName: '李明华',
    organisation: '山西交城律师事务所',
    fields: ['agreement.content', 'agreement.scan'],
    you: false,
  },
];

const renderShow = (role: Role) =>
  renderAs(
    role,
    <ResourceContextProvider value="mediationCases">
      <MediationCaseShow />
    </ResourceContextProvider>,
    { path: '/mediationCases/c1/show', route: '/mediationCases/:id/show' },
  );

afterEach(() => vi.unstubAllGlobals());

describe('who read the case (查阅记录) and the signed scan', { timeout: 20_000 }, () => {
  it('lists the reads with role, name, organisation and what was read; the bureau sees the scan exists, not its content', async () => {
    serveGraphQL({
      mediationCase: () => aCase({ id: 'c1', caseNo: '（2026）交调字第9号', status: 'AGREEMENT_REACHED', agreement: AGREEMENT, accessLog: LOG }),
    });
    renderShow('BUREAU_ADMIN');
    const log = await screen.findByTestId('case-access-log');
    const readers = within(log).getAllByTestId('access-log-reader');
    expect(readers.map((r) => r.textContent)).toEqual(['当事人 王*刚', '村居法律顾问 李明华山西交城律师事务所']);
    expect(log.textContent).toContain('协议内容、协议书扫描件');
    expect(screen.getByTestId('agreement-scan-status').textContent).toContain('200 KB');
    expect(screen.getByTestId('agreement-scan-withheld')).toBeTruthy();
    expect(screen.queryByTestId('agreement-scan-open')).toBeNull();
    expect(screen.queryByTestId('agreement-scan-upload')).toBeNull();
  });

  it('shows no panel when the API withholds the log (the office), and offers the adviser the scan and its upload', async () => {
    serveGraphQL({
      mediationCase: () =>
        aCase({
          id: 'c1',
          caseNo: '（2026）交调字第9号',
          status: 'AGREEMENT_REACHED',
          agreement: AGREEMENT,
          accessLog: null,
          canReadConfidential: true,
        }),
    });
    renderShow('ADVISER');
    await screen.findByTestId('agreement-scan-open');
    expect(screen.getByTestId('agreement-scan-upload').textContent).toBe('重新上传');
    expect(screen.queryByTestId('case-access-log')).toBeNull();
  });
});
