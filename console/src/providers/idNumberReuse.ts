import { parse } from 'graphql';
import type { IdNumberReuseReportQuery } from '../generated/operations';

/**
 * A case registered, before parties were kept per case, with a party ID number already on file: the registration
 * showed the earlier case's party (the API's `IdNumberReuseRow`, bureau only).
 */
export type IdNumberReuseRow = IdNumberReuseReportQuery['idNumberReuseReport'][number];

export const idNumberReuseReportQuery = parse(/* GraphQL */ `
  query IdNumberReuseReport {
    idNumberReuseReport { caseId caseNo earlierCaseNo registeredAt registeredBy registrantEntitled }
  }
`);
