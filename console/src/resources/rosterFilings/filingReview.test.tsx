import { fireEvent, screen, waitFor } from '@testing-library/react';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { canDecide, countyRollup, filingStatusLook, isAboveCounty } from '../../providers/cityTier';
import { Refusal, serveGraphQL } from '../../test/graphqlServer';
import { renderAs } from '../../test/render';
import { actionLabel } from '../auditEvents/AuditEventList';
import { FilingReview, type ReviewedFiling } from './FilingReview';

afterEach(() => vi.unstubAllGlobals());

const CITY = { id: 'c', name: '吕梁市', level: 'CITY' as const };
const COUNTY = { id: 'k', name: '文水县', level: 'COUNTY' as const };
const filed: ReviewedFiling = { id: 'f1', number: 1, status: 'FILED', county: { id: 'k', name: '文水县' } };

// Rendered dialogs take longer than vitest's default 5 s beside the whole suite: the budget of the console's other dialog tests.
describe('the city tier', { timeout: 20_000 }, () => {
  it('stands a bureau above the counties only when its scope is a city or a province', () => {
    expect(isAboveCounty('BUREAU_ADMIN', 'CITY')).toBe(true);
    expect(isAboveCounty('BUREAU_ADMIN', 'PROVINCE')).toBe(true);
    expect(isAboveCounty('BUREAU_ADMIN', 'COUNTY')).toBe(false);
    expect(isAboveCounty('ANALYST', 'CITY')).toBe(false);
    expect(isAboveCounty('BUREAU_ADMIN', null)).toBe(false);
    expect([canDecide(true, 'FILED'), canDecide(true, 'ACKNOWLEDGED'), canDecide(false, 'FILED')]).toEqual([true, false, false]);
    expect(filingStatusLook('RETURNED')).toEqual({ color: 'error', labelKey: 'fq.enum.RosterFilingStatus.RETURNED' });
  });

  it('rolls coverage and cases up per county, in coverage’s order, a county without cases at 0', () => {
    const rows = countyRollup(
      [
        { county: { id: 'w', name: '文水县', code: '141121000000' }, villageCount: 13, coveredCount: 12, uncoveredCount: 1, ratio: 0.9231 },
        { county: { id: 'j', name: '交城县', code: '141122000000' }, villageCount: 140, coveredCount: 136, uncoveredCount: 4, ratio: 0.9714 },
      ],
      [{ county: { id: 'j' }, total: 30, resolved: 8 }],
    );
    expect(rows.map((r) => [r.name, r.ratio, r.cases, r.resolved])).toEqual([
      ['文水县', 0.9231, 0, 0],
      ['交城县', 0.9714, 30, 8],
    ]);
  });

  it('words the audit trail’s filing decisions', () => {
    const translate = (key: string) => ({ 'fq.audit.action.ROSTER_FILING_ACKNOWLEDGED': '签收名册备案' })[key] ?? key;
    expect(actionLabel(translate, 'ROSTER_FILING_ACKNOWLEDGED')).toBe('签收名册备案');
  });

  it('lets the city acknowledge a filing awaiting it', async () => {
    const requests = serveGraphQL({ acknowledgeRosterFiling: () => ({ ...filed, status: 'ACKNOWLEDGED' }) });
    renderAs('BUREAU_ADMIN', <FilingReview filing={filed} />, { scopeRegion: CITY });
    expect((await screen.findByTestId('filing-status-FILED')).textContent).toBe('待签收');
    fireEvent.click(await screen.findByTestId('action-acknowledge-filing'));
    fireEvent.click(await screen.findByTestId('action-submit'));
    await waitFor(() => expect(requests.find((r) => r.field === 'acknowledgeRosterFiling')?.variables).toEqual({ id: 'f1' }));
  });

  it('requires a reason to return a filing, then sends it', async () => {
    const requests = serveGraphQL({ returnRosterFiling: () => ({ ...filed, status: 'RETURNED', reviewComment: '请补充' }) });
    renderAs('BUREAU_ADMIN', <FilingReview filing={filed} />, { scopeRegion: CITY });
    fireEvent.click(await screen.findByTestId('action-return-filing'));
    fireEvent.click(await screen.findByTestId('action-submit'));
    expect(requests.find((r) => r.field === 'returnRosterFiling')).toBeUndefined();
    fireEvent.change(await screen.findByLabelText(/退回意见/), { target: { value: '请补充执业证号' } });
    fireEvent.click(await screen.findByTestId('action-submit'));
    await waitFor(() => expect(requests.find((r) => r.field === 'returnRosterFiling')?.variables).toEqual({ id: 'f1', comment: '请补充执业证号' }));
  });

  it('says a second decision was refused', async () => {
    serveGraphQL({ acknowledgeRosterFiling: () => new Refusal('CONFLICT', undefined, { reason: 'FILING_DECIDED' }) });
    renderAs('BUREAU_ADMIN', <FilingReview filing={filed} />, { scopeRegion: CITY });
    fireEvent.click(await screen.findByTestId('action-acknowledge-filing'));
    fireEvent.click(await screen.findByTestId('action-submit'));
    expect((await screen.findByTestId('action-error')).textContent).toContain('这次备案已经签收或退回');
  });

  it('shows the county where its filing stands, with the city’s reason, and no decision to take', async () => {
    const returned: ReviewedFiling = {
      ...filed,
      status: 'RETURNED',
      reviewerName: '吕梁市司法局',
      reviewedAt: '2026-07-02T10:00:00+08:00',
      reviewComment: '请补充执业证号',
    };
    renderAs('BUREAU_ADMIN', <FilingReview filing={returned} />, { scopeRegion: COUNTY });
    const review = await screen.findByTestId('filing-review');
    expect(review.textContent).toContain('已退回');
    expect(review.textContent).toContain('吕梁市司法局');
    expect(review.textContent).toContain('请补充执业证号');
    expect(screen.queryByTestId('action-acknowledge-filing')).toBeNull();
  });
});
