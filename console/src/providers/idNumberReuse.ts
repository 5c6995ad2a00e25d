import { parse } from 'graphql';

/**
 * A case registered, before parties were kept per case, with a party ID number already on file: the registration
 * showed the earlier case's party (the API's `IdNumberReuseRow`, bureau only).
 */
export interface IdNumberReuseRow {
  caseId: string;
  caseNo: string;
  earlierCaseNo: string;
  registeredAt: string;
  /** Username of who registered it; null when unknown. */
  registeredBy: string | null;
  /** Whether the registrant was an adviser of the earlier case, and so could read that party anyway. */
  registrantEntitled: boolean;
}

export const idNumberReuseReportQuery = parse(/* GraphQL */ `
  query IdNumberReuseReport {
    idNumberReuseReport { caseId caseNo earlierCaseNo registeredAt registeredBy registrantEntitled }
  }
`);
