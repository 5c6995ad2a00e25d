import { parse } from 'graphql';

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

export interface WorkLogMonthParams {
  month: string;
  adviserId?: string | null;
  signal?: AbortSignal;
}
