import { describe, expect, it } from 'vitest';
import { assessmentTableUrl } from './assessment';
import { subsidyPaymentsXlsxUrl, subsidyStatementPdfUrl } from './subsidyDocuments';

describe('document download addresses', () => {
  it('points at the subsidy statement PDF and the payment sheet of a period', () => {
    expect(subsidyStatementPdfUrl('2026-07', 'a1')).toBe('/api/exports/subsidy-statement.pdf?period=2026-07&adviserId=a1');
    expect(subsidyStatementPdfUrl('2026-Q3', 'a1', 'c1')).toBe('/api/exports/subsidy-statement.pdf?period=2026-Q3&adviserId=a1&countyId=c1');
    expect(subsidyPaymentsXlsxUrl('2026-07')).toBe('/api/exports/subsidy-payments.xlsx?period=2026-07');
  });

  it('points at the year’s assessment table in either format', () => {
    expect(assessmentTableUrl(2026, 'xlsx')).toBe('/api/exports/assessment.xlsx?year=2026');
    expect(assessmentTableUrl(2026, 'pdf', 'c1')).toBe('/api/exports/assessment.pdf?year=2026&countyId=c1');
  });
});
