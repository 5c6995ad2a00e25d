import type { LabelMaps } from './locale.js';

/** The work log, its monthly report and the office's monthly check (rules 5 and 6, docs/domain.md). */
export const WORK_LOG_VALUES = {
  WorkLogCategory: ['CONSULTATION', 'MEDIATION', 'LECTURE', 'AGREEMENT_REVIEW', 'SCREENING', 'DOCUMENT_DRAFTING', 'LEGAL_OPINION', 'OTHER'],
  WorkLogMode: ['OFFLINE', 'ONLINE'],
  MonthlyReportStatus: ['DRAFT', 'SUBMITTED', 'RETURNED', 'APPROVED'],
  CheckRating: ['EXCELLENT', 'GOOD', 'FAIR', 'POOR'],
} as const;

export const WORK_LOG_LABELS: LabelMaps<typeof WORK_LOG_VALUES> = {
  WorkLogCategory: {
    'zh-CN': {
      CONSULTATION: '法律咨询',
      MEDIATION: '人民调解',
      LECTURE: '法治讲座',
      AGREEMENT_REVIEW: '协议把关',
      SCREENING: '矛盾排查',
      DOCUMENT_DRAFTING: '文书代写',
      LEGAL_OPINION: '法律意见',
      OTHER: '其他',
    },
    en: {
      CONSULTATION: 'Legal consultation',
      MEDIATION: 'Mediation',
      LECTURE: 'Law lecture',
      AGREEMENT_REVIEW: 'Agreement review',
      SCREENING: 'Dispute screening',
      DOCUMENT_DRAFTING: 'Document drafting',
      LEGAL_OPINION: 'Legal opinion',
      OTHER: 'Other',
    },
  },
  WorkLogMode: {
    'zh-CN': { OFFLINE: '线下', ONLINE: '线上' },
    en: { OFFLINE: 'In person', ONLINE: 'Online' },
  },
  MonthlyReportStatus: {
    'zh-CN': { DRAFT: '未提交', SUBMITTED: '待审核', RETURNED: '已退回', APPROVED: '已通过' },
    en: { DRAFT: 'Not submitted', SUBMITTED: 'Awaiting review', RETURNED: 'Returned', APPROVED: 'Approved' },
  },
  CheckRating: {
    'zh-CN': { EXCELLENT: '优秀', GOOD: '良好', FAIR: '一般', POOR: '较差' },
    en: { EXCELLENT: 'Excellent', GOOD: 'Good', FAIR: 'Fair', POOR: 'Poor' },
  },
};
