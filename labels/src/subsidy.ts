import type { LabelMaps } from './locale.js';

/** Case and consultation subsidies (rule 12, docs/domain.md): line kinds, why a line pays nothing, statement states. */
export const SUBSIDY_VALUES = {
  SubsidyLineKind: ['CASE', 'CONSULTATION', 'ADJUSTMENT'],
  NonQualifyingReason: [
    'NO_AGREEMENT',
    'NO_SESSION_RECORD',
    'NOT_REVIEWED',
    'NO_RETURN_VISIT',
    'NOT_PERFORMED',
    'ALREADY_PAID',
    'MONTH_NOT_APPROVED',
    'NO_RATE',
    'NOT_LEAD',
  ],
  StatementStatus: ['DRAFT', 'CONFIRMED', 'PAID'],
  CaseSplit: ['EQUAL', 'LEAD'],
} as const;

export const SUBSIDY_LABELS: LabelMaps<typeof SUBSIDY_VALUES> = {
  SubsidyLineKind: {
    'zh-CN': { CASE: '案件补贴', CONSULTATION: '咨询补贴', ADJUSTMENT: '调整' },
    en: { CASE: 'Case subsidy', CONSULTATION: 'Consultation subsidy', ADJUSTMENT: 'Adjustment' },
  },
  NonQualifyingReason: {
    'zh-CN': {
      NO_AGREEMENT: '未达成调解协议',
      NO_SESSION_RECORD: '卷宗缺少调解记录',
      NOT_REVIEWED: '协议未经把关通过',
      NO_RETURN_VISIT: '未回访',
      NOT_PERFORMED: '协议未履行',
      ALREADY_PAID: '已在其他清单中发放',
      MONTH_NOT_APPROVED: '当月工作日志未审核通过',
      NO_RATE: '无适用的补贴标准',
      NOT_LEAD: '非主办法律顾问（由主办领取）',
    },
    en: {
      NO_AGREEMENT: 'No agreement reached',
      NO_SESSION_RECORD: 'No session record in the file',
      NOT_REVIEWED: 'Agreement not reviewed and approved',
      NO_RETURN_VISIT: 'No return visit',
      NOT_PERFORMED: 'Agreement not performed',
      ALREADY_PAID: 'Already paid in another statement',
      MONTH_NOT_APPROVED: 'The month’s work log is not approved',
      NO_RATE: 'No subsidy rate in force',
      NOT_LEAD: 'Not the lead adviser (the lead is paid)',
    },
  },
  StatementStatus: {
    'zh-CN': { DRAFT: '草稿', CONFIRMED: '已确认', PAID: '已发放' },
    en: { DRAFT: 'Draft', CONFIRMED: 'Confirmed', PAID: 'Paid' },
  },
  CaseSplit: {
    'zh-CN': { EQUAL: '平均分配', LEAD: '主办法律顾问领取' },
    en: { EQUAL: 'Split equally', LEAD: 'Paid to the lead adviser' },
  },
};
