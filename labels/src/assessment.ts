import type { LabelMaps } from './locale.js';

/** The year-end assessment (考核, rule 11, docs/domain.md): its indicators, how they score, and the grades. */
export const ASSESSMENT_VALUES = {
  AssessmentIndicator: [
    'TRAININGS_HELD',
    'REPORTS_ON_TIME',
    'REPORTS_NOT_RETURNED',
    'CHECK_RATINGS',
    'HIGHLIGHTS',
    'CASES_MEDIATED',
    'AGREEMENT_SHARE',
    'AGREEMENTS_REVIEWED',
    'CONFIRMATIONS',
    'RETURN_VISITS',
    'CONSULTATIONS',
    'ANNUAL_TRAINING',
    'ZERO_REPORTS_ON_TIME',
  ],
  IndicatorKind: ['RATIO', 'COUNT', 'MEAN'],
  AssessmentGrade: ['EXCELLENT', 'PASS', 'BASIC_PASS', 'FAIL'],
  AssessmentStatus: ['DRAFT', 'PUBLISHED'],
  ObjectionStatus: ['OPEN', 'UPHELD', 'REJECTED'],
} as const;

export const ASSESSMENT_LABELS: LabelMaps<typeof ASSESSMENT_VALUES> = {
  AssessmentIndicator: {
    'zh-CN': {
      TRAININGS_HELD: '村居法治培训开展率',
      REPORTS_ON_TIME: '工作日志按时提交率',
      REPORTS_NOT_RETURNED: '工作日志一次通过率',
      CHECK_RATINGS: '司法所每月核查评分',
      HIGHLIGHTS: '亮点上报',
      CASES_MEDIATED: '参与调解案件数',
      AGREEMENT_SHARE: '调解成功率',
      AGREEMENTS_REVIEWED: '协议把关率',
      CONFIRMATIONS: '司法确认申请率',
      RETURN_VISITS: '回访率',
      CONSULTATIONS: '法律咨询次数',
      ANNUAL_TRAINING: '参加年度培训',
      ZERO_REPORTS_ON_TIME: '零上报按时率',
    },
    en: {
      TRAININGS_HELD: 'Village trainings held',
      REPORTS_ON_TIME: 'Work logs submitted on time',
      REPORTS_NOT_RETURNED: 'Work logs accepted first time',
      CHECK_RATINGS: 'Monthly check ratings',
      HIGHLIGHTS: 'Highlights reported',
      CASES_MEDIATED: 'Cases mediated',
      AGREEMENT_SHARE: 'Cases ending in agreement',
      AGREEMENTS_REVIEWED: 'Agreements reviewed',
      CONFIRMATIONS: 'Judicial confirmations applied for',
      RETURN_VISITS: 'Return visits made',
      CONSULTATIONS: 'Consultations logged',
      ANNUAL_TRAINING: 'Annual bureau training attended',
      ZERO_REPORTS_ON_TIME: 'Zero reports on time',
    },
  },
  IndicatorKind: {
    'zh-CN': { RATIO: '比例', COUNT: '计数', MEAN: '平均分' },
    en: { RATIO: 'Ratio', COUNT: 'Count against a target', MEAN: 'Mean rating' },
  },
  AssessmentGrade: {
    'zh-CN': { EXCELLENT: '优秀', PASS: '合格', BASIC_PASS: '基本合格', FAIL: '不合格' },
    en: { EXCELLENT: 'Excellent', PASS: 'Pass', BASIC_PASS: 'Basic pass', FAIL: 'Fail' },
  },
  AssessmentStatus: {
    'zh-CN': { DRAFT: '草稿', PUBLISHED: '已公示' },
    en: { DRAFT: 'Draft', PUBLISHED: 'Published' },
  },
  ObjectionStatus: {
    'zh-CN': { OPEN: '待处理', UPHELD: '成立', REJECTED: '不成立' },
    en: { OPEN: 'Open', UPHELD: 'Upheld', REJECTED: 'Rejected' },
  },
};
