import { registerEnumType } from 'type-graphql';

/** What kind of service a work-log entry records. */
export enum WorkLogCategory {
  CONSULTATION = 'CONSULTATION',
  MEDIATION = 'MEDIATION',
  LECTURE = 'LECTURE',
  AGREEMENT_REVIEW = 'AGREEMENT_REVIEW',
  SCREENING = 'SCREENING',
  DOCUMENT_DRAFTING = 'DOCUMENT_DRAFTING',
  LEGAL_OPINION = 'LEGAL_OPINION',
  OTHER = 'OTHER',
}
registerEnumType(WorkLogCategory, {
  name: 'WorkLogCategory',
  description: '法律咨询, 人民调解, 法治讲座, 协议把关, 矛盾排查, 文书代写, 法律意见, 其他',
  valuesConfig: {
    CONSULTATION: { description: '法律咨询' },
    MEDIATION: { description: '人民调解' },
    LECTURE: { description: '法治讲座: needs venue, attendee count and a photo' },
    AGREEMENT_REVIEW: { description: '协议把关' },
    SCREENING: { description: '矛盾排查' },
    DOCUMENT_DRAFTING: { description: '文书代写' },
    LEGAL_OPINION: { description: '法律意见' },
    OTHER: { description: '其他' },
  },
});

export enum WorkLogMode {
  ONLINE = 'ONLINE',
  OFFLINE = 'OFFLINE',
}
registerEnumType(WorkLogMode, {
  name: 'WorkLogMode',
  description: '线上, 线下',
  valuesConfig: {
    ONLINE: { description: '线上' },
    OFFLINE: { description: '线下' },
  },
});

/** A month is a DRAFT until submitted (no report row is stored for it); then SUBMITTED, RETURNED or APPROVED. */
export enum MonthlyReportStatus {
  DRAFT = 'DRAFT',
  SUBMITTED = 'SUBMITTED',
  RETURNED = 'RETURNED',
  APPROVED = 'APPROVED',
}
registerEnumType(MonthlyReportStatus, {
  name: 'MonthlyReportStatus',
  description: '未提交, 已提交（待审核）, 已退回, 已审核通过',
  valuesConfig: {
    DRAFT: { description: '未提交: the adviser is still writing the month' },
    SUBMITTED: { description: '已提交（待审核）: entries frozen, awaiting the office' },
    RETURNED: { description: '已退回: reopened for correction and resubmission' },
    APPROVED: { description: '已审核通过: entries frozen for good' },
  },
});

export enum CheckRating {
  EXCELLENT = 'EXCELLENT',
  GOOD = 'GOOD',
  FAIR = 'FAIR',
  POOR = 'POOR',
}
registerEnumType(CheckRating, {
  name: 'CheckRating',
  description: '优秀, 良好, 一般, 较差',
  valuesConfig: {
    EXCELLENT: { description: '优秀' },
    GOOD: { description: '良好' },
    FAIR: { description: '一般' },
    POOR: { description: '较差' },
  },
});
