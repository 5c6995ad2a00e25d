/** An adviser's statement for a period (2026-07 or 2026-Q3) as a PDF with signature lines; whoever may read it may print it. */
export function subsidyStatementPdfUrl(period: string, adviserId: string, countyId?: string | null): string {
  const params = new URLSearchParams({ period, adviserId });
  if (countyId) params.set('countyId', countyId);
  return `/api/exports/subsidy-statement.pdf?${params.toString()}`;
}

/** The period's payment sheet (发放明细表) of the confirmed statements, for the bureau. */
export function subsidyPaymentsXlsxUrl(period: string, countyId?: string | null): string {
  const params = new URLSearchParams({ period });
  if (countyId) params.set('countyId', countyId);
  return `/api/exports/subsidy-payments.xlsx?${params.toString()}`;
}
