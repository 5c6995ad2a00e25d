import { parse } from 'graphql';
import type { WorkLogMonthQuery, WorkLogMonthQueryVariables } from '../generated/operations';

/** One adviser's month, submitted or not (the API's `workLogMonth`), with its report when there is one. */
export const workLogMonthQuery = parse(/* GraphQL */ `
  query WorkLogMonth($month: String!, $adviserId: ID) {
    workLogMonth(month: $month, adviserId: $adviserId) {
      month
      status
      deadline
      overdue
      entryCount
      totalMinutes
      adviser { id name }
      report {
        id month status deadline late frozen entryCount totalMinutes submittedAt reviewComment reviewedAt pdfPath version
        reviewedBy { id displayName }
        adviser { id name }
        township { id name }
      }
    }
  }
`);

export type WorkLogMonthParams = WorkLogMonthQueryVariables & { signal?: AbortSignal };

/** One adviser's month, submitted or not, with its report when there is one. */
export type WorkLogMonth = NonNullable<WorkLogMonthQuery['workLogMonth']>;
