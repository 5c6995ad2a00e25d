import type { LabelMaps } from './locale.js';

/** Mediation cases (rule 7, docs/domain.md): the case, its parties, sessions, agreement, return visit and closure. */
export const CASE_VALUES = {
  CaseStatus: ['REGISTERED', 'ACCEPTED', 'IN_MEDIATION', 'AGREEMENT_REACHED', 'FAILED', 'WITHDRAWN', 'DECLINED', 'REFERRED'],
  CaseLevel: ['VILLAGE', 'TOWNSHIP', 'COUNTY'],
  CaseSource: ['APPLICATION', 'SCREENING', 'REFERRAL'],
  CaseTier: ['ORDINARY', 'DIFFICULT', 'MAJOR'],
  DisputeType: [
    'MARRIAGE_FAMILY', 'NEIGHBOUR', 'HOUSING_HOMESTEAD', 'CONTRACT', 'PRODUCTION_BUSINESS', 'DAMAGES', 'FOREST_LAND',
    'LAND_EXPROPRIATION', 'ENVIRONMENT', 'LABOUR', 'CONSUMER', 'MEDICAL', 'TRAFFIC_ACCIDENT', 'PROPERTY_MANAGEMENT', 'OTHER',
  ],
  PartyRole: ['APPLICANT', 'RESPONDENT', 'THIRD_PARTY'],
  SessionMode: ['OFFLINE', 'ONLINE'],
  AgreementForm: ['WRITTEN', 'ORAL'],
  ReviewStatus: ['PENDING', 'APPROVED', 'CHANGES_REQUESTED'],
  ConfirmationResult: ['CONFIRMED', 'REJECTED'],
  Performance: ['PENDING', 'PERFORMED', 'PARTIAL', 'NOT_PERFORMED'],
  Satisfaction: ['SATISFIED', 'BASICALLY_SATISFIED', 'DISSATISFIED'],
  ReferrerKind: ['COURT', 'POLICE', 'PETITION_OFFICE', 'GOVERNMENT', 'OTHER'],
  ReferralChannel: ['ARBITRATION', 'LITIGATION', 'ADMINISTRATIVE'],
  ClosureReason: [
    'AGREEMENT_SIGNED', 'FAILED', 'WITHDRAWN', 'NOT_ACCEPTED', 'REFERRED_ARBITRATION', 'REFERRED_LITIGATION', 'REFERRED_ADMINISTRATIVE',
  ],
  CaseEventKind: ['ADVISER_REASSIGNED'],
} as const;

export const CASE_LABELS: LabelMaps<typeof CASE_VALUES> = {
  CaseStatus: {
    'zh-CN': {
      REGISTERED: '已登记',
      ACCEPTED: '已受理',
      IN_MEDIATION: '调解中',
      AGREEMENT_REACHED: '达成协议',
      FAILED: '调解不成',
      WITHDRAWN: '已撤回',
      DECLINED: '不予受理',
      REFERRED: '已移交',
    },
    en: {
      REGISTERED: 'Registered',
      ACCEPTED: 'Accepted',
      IN_MEDIATION: 'In mediation',
      AGREEMENT_REACHED: 'Agreement reached',
      FAILED: 'Failed',
      WITHDRAWN: 'Withdrawn',
      DECLINED: 'Declined',
      REFERRED: 'Referred',
    },
  },
  CaseLevel: {
    'zh-CN': { VILLAGE: '村（社区）', TOWNSHIP: '乡镇', COUNTY: '县及以上' },
    en: { VILLAGE: 'Village', TOWNSHIP: 'Township', COUNTY: 'County and above' },
  },
  CaseSource: {
    'zh-CN': { APPLICATION: '申请调解', SCREENING: '主动调解（排查发现）', REFERRAL: '委托移送' },
    en: { APPLICATION: 'Application', SCREENING: 'Screening (found by us)', REFERRAL: 'Referral' },
  },
  CaseTier: {
    'zh-CN': { ORDINARY: '一般', DIFFICULT: '疑难', MAJOR: '重大' },
    en: { ORDINARY: 'Ordinary', DIFFICULT: 'Difficult', MAJOR: 'Major' },
  },
  // The Ministry of Justice's people's-mediation statistics categories.
  DisputeType: {
    'zh-CN': {
      MARRIAGE_FAMILY: '婚姻家庭',
      NEIGHBOUR: '邻里',
      HOUSING_HOMESTEAD: '房屋宅基地',
      CONTRACT: '合同',
      PRODUCTION_BUSINESS: '生产经营',
      DAMAGES: '损害赔偿',
      FOREST_LAND: '山林土地',
      LAND_EXPROPRIATION: '征地拆迁',
      ENVIRONMENT: '环境污染',
      LABOUR: '劳动争议',
      CONSUMER: '消费',
      MEDICAL: '医疗',
      TRAFFIC_ACCIDENT: '道路交通事故',
      PROPERTY_MANAGEMENT: '物业',
      OTHER: '其他',
    },
    en: {
      MARRIAGE_FAMILY: 'Marriage and family',
      NEIGHBOUR: 'Neighbours',
      HOUSING_HOMESTEAD: 'Housing and homestead',
      CONTRACT: 'Contract',
      PRODUCTION_BUSINESS: 'Production and business',
      DAMAGES: 'Damages',
      FOREST_LAND: 'Forest and land',
      LAND_EXPROPRIATION: 'Land expropriation',
      ENVIRONMENT: 'Environmental pollution',
      LABOUR: 'Labour',
      CONSUMER: 'Consumer',
      MEDICAL: 'Medical',
      TRAFFIC_ACCIDENT: 'Road traffic accident',
      PROPERTY_MANAGEMENT: 'Property management',
      OTHER: 'Other',
    },
  },
  PartyRole: {
    'zh-CN': { APPLICANT: '申请人', RESPONDENT: '被申请人', THIRD_PARTY: '第三人' },
    en: { APPLICANT: 'Applicant', RESPONDENT: 'Respondent', THIRD_PARTY: 'Third party' },
  },
  SessionMode: {
    'zh-CN': { OFFLINE: '线下', ONLINE: '线上' },
    en: { OFFLINE: 'In person', ONLINE: 'Online' },
  },
  AgreementForm: {
    'zh-CN': { WRITTEN: '书面协议', ORAL: '口头协议' },
    en: { WRITTEN: 'Written agreement', ORAL: 'Oral agreement' },
  },
  ReviewStatus: {
    'zh-CN': { PENDING: '待审查', APPROVED: '审查通过', CHANGES_REQUESTED: '需修改' },
    en: { PENDING: 'Awaiting review', APPROVED: 'Approved', CHANGES_REQUESTED: 'Changes requested' },
  },
  // The court's two rulings on an application for judicial confirmation (司法确认): it rules the agreement valid
  // (确认调解协议有效) or dismisses the application (驳回申请), in the words of the Civil Procedure Law.
  ConfirmationResult: {
    'zh-CN': { CONFIRMED: '确认有效', REJECTED: '驳回申请' },
    en: { CONFIRMED: 'Confirmed', REJECTED: 'Rejected' },
  },
  Performance: {
    'zh-CN': { PENDING: '待履行', PERFORMED: '已履行', PARTIAL: '部分履行', NOT_PERFORMED: '未履行' },
    en: { PENDING: 'Pending', PERFORMED: 'Performed', PARTIAL: 'Partly performed', NOT_PERFORMED: 'Not performed' },
  },
  Satisfaction: {
    'zh-CN': { SATISFIED: '满意', BASICALLY_SATISFIED: '基本满意', DISSATISFIED: '不满意' },
    en: { SATISFIED: 'Satisfied', BASICALLY_SATISFIED: 'Mostly satisfied', DISSATISFIED: 'Dissatisfied' },
  },
  ReferrerKind: {
    'zh-CN': { COURT: '人民法院', POLICE: '公安机关', PETITION_OFFICE: '信访部门', GOVERNMENT: '乡镇政府及部门', OTHER: '其他单位' },
    en: {
      COURT: 'Court',
      POLICE: 'Police',
      PETITION_OFFICE: 'Petition office',
      GOVERNMENT: 'Township government or department',
      OTHER: 'Other body',
    },
  },
  ReferralChannel: {
    'zh-CN': { ARBITRATION: '仲裁', LITIGATION: '诉讼', ADMINISTRATIVE: '行政处理' },
    en: { ARBITRATION: 'Arbitration', LITIGATION: 'Litigation', ADMINISTRATIVE: 'Administrative handling' },
  },
  ClosureReason: {
    'zh-CN': {
      AGREEMENT_SIGNED: '达成调解协议',
      FAILED: '调解不成',
      WITHDRAWN: '当事人撤回',
      NOT_ACCEPTED: '不予受理',
      REFERRED_ARBITRATION: '移交仲裁',
      REFERRED_LITIGATION: '引导诉讼',
      REFERRED_ADMINISTRATIVE: '移交行政处理',
    },
    en: {
      AGREEMENT_SIGNED: 'Agreement signed',
      FAILED: 'Mediation failed',
      WITHDRAWN: 'Withdrawn by the parties',
      NOT_ACCEPTED: 'Not accepted',
      REFERRED_ARBITRATION: 'Referred to arbitration',
      REFERRED_LITIGATION: 'Referred to litigation',
      REFERRED_ADMINISTRATIVE: 'Referred for administrative handling',
    },
  },
  CaseEventKind: {
    'zh-CN': { ADVISER_REASSIGNED: '改派法律顾问' },
    en: { ADVISER_REASSIGNED: 'Adviser reassigned' },
  },
};
