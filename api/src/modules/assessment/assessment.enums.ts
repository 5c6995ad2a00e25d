import { registerEnumType } from 'type-graphql';
import { Grade, IndicatorKind } from './scoring.js';

export { Grade, IndicatorKind };

/** An objection is open until the bureau upholds or rejects it. */
export enum ObjectionStatus {
  OPEN = 'OPEN',
  UPHELD = 'UPHELD',
  REJECTED = 'REJECTED',
}

/** Whether a year's results are still computed live or frozen by publication. */
export enum AssessmentStatus {
  DRAFT = 'DRAFT',
  PUBLISHED = 'PUBLISHED',
}

registerEnumType(AssessmentStatus, {
  name: 'AssessmentStatus',
  description: '草稿（实时计算）, 已公示',
  valuesConfig: {
    DRAFT: { description: '草稿：由记录实时计算' },
    PUBLISHED: { description: '已公示：结果已冻结' },
  },
});

registerEnumType(ObjectionStatus, {
  name: 'ObjectionStatus',
  description: '待处理, 成立, 不成立',
  valuesConfig: {
    OPEN: { description: '待处理' },
    UPHELD: { description: '成立' },
    REJECTED: { description: '不成立' },
  },
});

/** The indicators the platform can compute for an adviser over a year, each from records it already keeps. */
export enum AssessmentIndicator {
  TRAININGS_HELD = 'TRAININGS_HELD',
  REPORTS_ON_TIME = 'REPORTS_ON_TIME',
  REPORTS_NOT_RETURNED = 'REPORTS_NOT_RETURNED',
  CHECK_RATINGS = 'CHECK_RATINGS',
  HIGHLIGHTS = 'HIGHLIGHTS',
  CASES_MEDIATED = 'CASES_MEDIATED',
  AGREEMENT_SHARE = 'AGREEMENT_SHARE',
  AGREEMENTS_REVIEWED = 'AGREEMENTS_REVIEWED',
  CONFIRMATIONS = 'CONFIRMATIONS',
  RETURN_VISITS = 'RETURN_VISITS',
  CONSULTATIONS = 'CONSULTATIONS',
  ANNUAL_TRAINING = 'ANNUAL_TRAINING',
  ZERO_REPORTS_ON_TIME = 'ZERO_REPORTS_ON_TIME',
}

registerEnumType(AssessmentIndicator, {
  name: 'AssessmentIndicator',
  description: 'An indicator of the year-end assessment (考核指标), computed from the records',
  valuesConfig: {
    TRAININGS_HELD: { description: '村居法治培训：已开展 / 应开展（每个结对村每季度一次）' },
    REPORTS_ON_TIME: { description: '工作日志按时提交：按时提交的月份 / 在岗月份' },
    REPORTS_NOT_RETURNED: { description: '工作日志未被退回：1 − 退回 / 提交' },
    CHECK_RATINGS: { description: '司法所每月核查评分的平均分' },
    HIGHLIGHTS: { description: '上报亮点数（对照目标）' },
    CASES_MEDIATED: { description: '参与调解的案件数（对照目标）' },
    AGREEMENT_SHARE: { description: '调解成功率：达成协议的案件 / 已结案件' },
    AGREEMENTS_REVIEWED: { description: '协议把关：本人审核的协议 / 协议' },
    CONFIRMATIONS: { description: '司法确认：已申请 / 应申请（书面协议 30 日期限届满于本年）' },
    RETURN_VISITS: { description: '回访：已回访 / 应回访（履行期限届满于本年）' },
    CONSULTATIONS: { description: '法律咨询次数（对照目标）' },
    ANNUAL_TRAINING: { description: '参加县司法局年度培训' },
    ZERO_REPORTS_ON_TIME: { description: '结对村零上报按时率' },
  },
});

registerEnumType(IndicatorKind, {
  name: 'IndicatorKind',
  description: 'How an indicator scores: a ratio, a count against a target, or a mean of ratings',
  valuesConfig: {
    RATIO: { description: '比例：分子 / 分母 × 100' },
    COUNT: { description: '计数：min(数量 / 目标, 1) × 100' },
    MEAN: { description: '平均分' },
  },
});

registerEnumType(Grade, {
  name: 'AssessmentGrade',
  description: 'A year-end grade: 优秀, 合格, 基本合格, 不合格',
  valuesConfig: {
    EXCELLENT: { description: '优秀' },
    PASS: { description: '合格' },
    BASIC_PASS: { description: '基本合格' },
    FAIL: { description: '不合格' },
  },
});

/** Each indicator's kind and the bureau's starting point: the default scheme's weights sum to 100. */
export const INDICATORS: Readonly<Record<AssessmentIndicator, { kind: IndicatorKind; weight: number; target: number | null }>> = {
  TRAININGS_HELD: { kind: IndicatorKind.RATIO, weight: 20, target: null },
  REPORTS_ON_TIME: { kind: IndicatorKind.RATIO, weight: 15, target: null },
  REPORTS_NOT_RETURNED: { kind: IndicatorKind.RATIO, weight: 5, target: null },
  CHECK_RATINGS: { kind: IndicatorKind.MEAN, weight: 15, target: null },
  HIGHLIGHTS: { kind: IndicatorKind.COUNT, weight: 5, target: 2 },
  CASES_MEDIATED: { kind: IndicatorKind.COUNT, weight: 5, target: 5 },
  AGREEMENT_SHARE: { kind: IndicatorKind.RATIO, weight: 5, target: null },
  AGREEMENTS_REVIEWED: { kind: IndicatorKind.RATIO, weight: 5, target: null },
  CONFIRMATIONS: { kind: IndicatorKind.RATIO, weight: 5, target: null },
  RETURN_VISITS: { kind: IndicatorKind.RATIO, weight: 5, target: null },
  CONSULTATIONS: { kind: IndicatorKind.COUNT, weight: 5, target: 24 },
  ANNUAL_TRAINING: { kind: IndicatorKind.RATIO, weight: 5, target: null },
  ZERO_REPORTS_ON_TIME: { kind: IndicatorKind.RATIO, weight: 5, target: null },
};

/** What a monthly check's rating scores in CHECK_RATINGS (clarified: EXCELLENT 100, GOOD 85, FAIR 70, POOR 50). */
export const DEFAULT_RATING_SCORES = Object.freeze({ excellent: 100, good: 85, fair: 70, poor: 50 });
export const DEFAULT_EXCELLENT_CAP_PERCENT = 15;
export const DEFAULT_OBJECTION_DAYS = 15;

/** What kind of record stands behind an indicator's figures (the console opens it by kind). */
export enum AssessmentRecordKind {
  /** A village training slot (paired village × quarter ended); the record is the training held there, if any. */
  VILLAGE_TRAINING = 'VILLAGE_TRAINING',
  /** A month served in a township; the record is that month's work log, if any. */
  MONTHLY_REPORT = 'MONTHLY_REPORT',
  MONTHLY_CHECK = 'MONTHLY_CHECK',
  /** A highlight; the record is the monthly check it was reported on. */
  HIGHLIGHT = 'HIGHLIGHT',
  MEDIATION_CASE = 'MEDIATION_CASE',
  /** An agreement; the record is its mediation case. */
  AGREEMENT = 'AGREEMENT',
  /** A consultation; the record is the work-log entry. */
  CONSULTATION = 'CONSULTATION',
  BUREAU_TRAINING = 'BUREAU_TRAINING',
  /** A paired village's month without a case; the record is its zero report, if any. */
  ZERO_REPORT = 'ZERO_REPORT',
}

registerEnumType(AssessmentRecordKind, {
  name: 'AssessmentRecordKind',
  description: 'The kind of record behind an assessment indicator',
  valuesConfig: {
    VILLAGE_TRAINING: { description: '村居法治培训（结对村 × 季度）；记录为当季开展的培训' },
    MONTHLY_REPORT: { description: '在岗月份（乡镇 × 月）；记录为该月工作日志' },
    MONTHLY_CHECK: { description: '司法所月度核查' },
    HIGHLIGHT: { description: '亮点；记录为所在的月度核查' },
    MEDIATION_CASE: { description: '调解案件' },
    AGREEMENT: { description: '调解协议；记录为所属案件' },
    CONSULTATION: { description: '法律咨询；记录为工作日志条目' },
    BUREAU_TRAINING: { description: '县司法局年度培训' },
    ZERO_REPORT: { description: '结对村无案件的月份；记录为零上报' },
  },
});
