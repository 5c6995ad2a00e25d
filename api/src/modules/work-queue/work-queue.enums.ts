import { registerEnumType } from 'type-graphql';

/** One kind of work on a home page (首页待办). Each counts the rows of one list with one filter. */
export enum WorkItemKind {
  MONTHLY_REPORT = 'MONTHLY_REPORT',
  OVERDUE_CASES = 'OVERDUE_CASES',
  CONFIRMATIONS_CLOSING = 'CONFIRMATIONS_CLOSING',
  TRAINING_DUE = 'TRAINING_DUE',
  REPORTS_TO_REVIEW = 'REPORTS_TO_REVIEW',
  CHECKS_TO_DO = 'CHECKS_TO_DO',
  SILENT_VILLAGES = 'SILENT_VILLAGES',
  UNCOVERED_VILLAGES = 'UNCOVERED_VILLAGES',
  OVERDUE_ACTION_ITEMS = 'OVERDUE_ACTION_ITEMS',
  ROSTER_FILINGS = 'ROSTER_FILINGS',
  LATE_REPORTS = 'LATE_REPORTS',
}
registerEnumType(WorkItemKind, {
  name: 'WorkItemKind',
  description: '首页待办事项的种类',
  valuesConfig: {
    MONTHLY_REPORT: { description: '工作日志月报: the month the adviser submits next, its status and deadline; counts its entries' },
    OVERDUE_CASES: { description: '超期案件: open cases past their 30 days (an adviser: the cases assigned to them)' },
    CONFIRMATIONS_CLOSING: { description: '司法确认即将到期: agreements not yet brought to court whose 30-day window closes within 7 days' },
    TRAINING_DUE: { description: '本季度待培训村居: villages with no quarterly rule-of-law training this quarter' },
    REPORTS_TO_REVIEW: { description: '待审核月报: monthly work logs submitted and waiting for the office' },
    CHECKS_TO_DO: { description: '本月待核查: active advisers not yet checked this month' },
    SILENT_VILLAGES: { description: '本月无日志村居: covered villages with no work-log entry this month' },
    UNCOVERED_VILLAGES: { description: '未覆盖村居: villages without an adviser today' },
    OVERDUE_ACTION_ITEMS: { description: '会商事项逾期: consultation meetings with an action item open past its due date' },
    ROSTER_FILINGS: { description: '名册备案: filings returned by the city to file again (above a county: filings waiting for a decision)' },
    LATE_REPORTS: { description: '迟报月报: monthly work logs of the last month due that were submitted after the deadline' },
  },
});
