import type { LabelMaps } from './locale.js';

/** The kinds of work a home page lists (首页待办): each is the title of one item. */
export const WORK_QUEUE_VALUES = {
  WorkItemKind: [
    'MONTHLY_REPORT',
    'OVERDUE_CASES',
    'CONFIRMATIONS_CLOSING',
    'TRAINING_DUE',
    'REPORTS_TO_REVIEW',
    'CHECKS_TO_DO',
    'SILENT_VILLAGES',
    'UNCOVERED_VILLAGES',
    'OVERDUE_ACTION_ITEMS',
    'ROSTER_FILINGS',
    'LATE_REPORTS',
  ],
} as const;

export const WORK_QUEUE_LABELS: LabelMaps<typeof WORK_QUEUE_VALUES> = {
  WorkItemKind: {
    'zh-CN': {
      MONTHLY_REPORT: '工作日志月报',
      OVERDUE_CASES: '超期未结案件',
      CONFIRMATIONS_CLOSING: '司法确认即将到期',
      TRAINING_DUE: '本季度待开展培训的村居',
      REPORTS_TO_REVIEW: '待审核的月报',
      CHECKS_TO_DO: '本月待核查的法律顾问',
      SILENT_VILLAGES: '本月无工作日志的村居',
      UNCOVERED_VILLAGES: '未覆盖的村居',
      OVERDUE_ACTION_ITEMS: '有逾期事项的会商',
      ROSTER_FILINGS: '待处理的名册备案',
      LATE_REPORTS: '迟报的月报',
    },
    en: {
      MONTHLY_REPORT: 'Monthly work-log report',
      OVERDUE_CASES: 'Overdue open cases',
      CONFIRMATIONS_CLOSING: 'Judicial confirmations closing',
      TRAINING_DUE: 'Villages to train this quarter',
      REPORTS_TO_REVIEW: 'Reports to review',
      CHECKS_TO_DO: 'Advisers to check this month',
      SILENT_VILLAGES: 'Villages with no work log this month',
      UNCOVERED_VILLAGES: 'Uncovered villages',
      OVERDUE_ACTION_ITEMS: 'Meetings with overdue action items',
      ROSTER_FILINGS: 'Roster filings to act on',
      LATE_REPORTS: 'Late reports',
    },
  },
};
