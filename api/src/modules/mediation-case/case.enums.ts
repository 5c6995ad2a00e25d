import { registerEnumType } from 'type-graphql';

export enum CaseSource {
  SCREENING = 'SCREENING',
  APPLICATION = 'APPLICATION',
  REFERRAL = 'REFERRAL',
}
registerEnumType(CaseSource, {
  name: 'CaseSource',
  description: '主动调解（排查发现）, 申请调解, 委托移送',
  valuesConfig: {
    SCREENING: { description: '主动调解: found by the adviser or committee while screening disputes (排查)' },
    APPLICATION: { description: '申请调解: a party applied' },
    REFERRAL: { description: '委托移送: referred by a court, the police or another body (see referrerKind)' },
  },
});

export enum ReferrerKind {
  COURT = 'COURT',
  POLICE = 'POLICE',
  PETITION_OFFICE = 'PETITION_OFFICE',
  GOVERNMENT = 'GOVERNMENT',
  OTHER = 'OTHER',
}
registerEnumType(ReferrerKind, {
  name: 'ReferrerKind',
  description: '法院, 公安, 信访, 政府部门, 其他',
  valuesConfig: {
    COURT: { description: '法院' },
    POLICE: { description: '公安' },
    PETITION_OFFICE: { description: '信访' },
    GOVERNMENT: { description: '政府部门' },
    OTHER: { description: '其他' },
  },
});

/** The Ministry of Justice's people's-mediation statistics categories. */
export enum DisputeType {
  MARRIAGE_FAMILY = 'MARRIAGE_FAMILY',
  NEIGHBOUR = 'NEIGHBOUR',
  HOUSING_HOMESTEAD = 'HOUSING_HOMESTEAD',
  CONTRACT = 'CONTRACT',
  PRODUCTION_BUSINESS = 'PRODUCTION_BUSINESS',
  DAMAGES = 'DAMAGES',
  FOREST_LAND = 'FOREST_LAND',
  LAND_EXPROPRIATION = 'LAND_EXPROPRIATION',
  ENVIRONMENT = 'ENVIRONMENT',
  LABOUR = 'LABOUR',
  CONSUMER = 'CONSUMER',
  MEDICAL = 'MEDICAL',
  TRAFFIC_ACCIDENT = 'TRAFFIC_ACCIDENT',
  PROPERTY_MANAGEMENT = 'PROPERTY_MANAGEMENT',
  OTHER = 'OTHER',
}
registerEnumType(DisputeType, {
  name: 'DisputeType',
  description: '婚姻家庭, 邻里, 房屋宅基地, 合同, 生产经营, 损害赔偿, 山林土地, 征地拆迁, 环境污染, 劳动争议, 消费, 医疗, 道路交通事故, 物业, 其他',
  valuesConfig: {
    MARRIAGE_FAMILY: { description: '婚姻家庭' },
    NEIGHBOUR: { description: '邻里' },
    HOUSING_HOMESTEAD: { description: '房屋宅基地' },
    CONTRACT: { description: '合同' },
    PRODUCTION_BUSINESS: { description: '生产经营' },
    DAMAGES: { description: '损害赔偿' },
    FOREST_LAND: { description: '山林土地' },
    LAND_EXPROPRIATION: { description: '征地拆迁' },
    ENVIRONMENT: { description: '环境污染' },
    LABOUR: { description: '劳动争议' },
    CONSUMER: { description: '消费' },
    MEDICAL: { description: '医疗' },
    TRAFFIC_ACCIDENT: { description: '道路交通事故' },
    PROPERTY_MANAGEMENT: { description: '物业' },
    OTHER: { description: '其他' },
  },
});

export enum CaseTier {
  ORDINARY = 'ORDINARY',
  DIFFICULT = 'DIFFICULT',
  MAJOR = 'MAJOR',
}
registerEnumType(CaseTier, {
  name: 'CaseTier',
  description: '一般, 疑难, 重大',
  valuesConfig: {
    ORDINARY: { description: '一般' },
    DIFFICULT: { description: '疑难: complex or long-running' },
    MAJOR: { description: '重大: large, many parties or a risk of escalation' },
  },
});

export enum CaseStatus {
  REGISTERED = 'REGISTERED',
  ACCEPTED = 'ACCEPTED',
  DECLINED = 'DECLINED',
  IN_MEDIATION = 'IN_MEDIATION',
  AGREEMENT_REACHED = 'AGREEMENT_REACHED',
  FAILED = 'FAILED',
  WITHDRAWN = 'WITHDRAWN',
  REFERRED = 'REFERRED',
}
registerEnumType(CaseStatus, {
  name: 'CaseStatus',
  description: '登记, 受理, 不予受理, 调解中, 达成协议, 调解不成, 撤回, 移交',
  valuesConfig: {
    REGISTERED: { description: '已登记: recorded, not yet accepted' },
    ACCEPTED: { description: '已受理: accepted for mediation' },
    DECLINED: { description: '不予受理: not accepted (closed)' },
    IN_MEDIATION: { description: '调解中: at least one session held' },
    AGREEMENT_REACHED: { description: '达成协议: closed with an agreement' },
    FAILED: { description: '调解不成: closed without agreement' },
    WITHDRAWN: { description: '已撤回: the applicant withdrew (closed)' },
    REFERRED: { description: '已移交: handed to arbitration, litigation or an administrative body (closed)' },
  },
});

export enum CaseLevel {
  VILLAGE = 'VILLAGE',
  TOWNSHIP = 'TOWNSHIP',
  COUNTY = 'COUNTY',
}
registerEnumType(CaseLevel, {
  name: 'CaseLevel',
  description: '村（社区）, 乡镇, 县及以上',
  valuesConfig: {
    VILLAGE: { description: '村（社区）: the village or community committee' },
    TOWNSHIP: { description: '乡镇: the township committee and judicial office' },
    COUNTY: { description: '县及以上: the county or above' },
  },
});

export enum ClosureReason {
  NOT_ACCEPTED = 'NOT_ACCEPTED',
  WITHDRAWN = 'WITHDRAWN',
  AGREEMENT_SIGNED = 'AGREEMENT_SIGNED',
  FAILED = 'FAILED',
  REFERRED_ARBITRATION = 'REFERRED_ARBITRATION',
  REFERRED_LITIGATION = 'REFERRED_LITIGATION',
  REFERRED_ADMINISTRATIVE = 'REFERRED_ADMINISTRATIVE',
}
registerEnumType(ClosureReason, {
  name: 'ClosureReason',
  description: '不予受理, 撤回, 达成协议, 调解不成, 转仲裁, 转诉讼, 转行政处理',
  valuesConfig: {
    NOT_ACCEPTED: { description: '不予受理' },
    WITHDRAWN: { description: '撤回' },
    AGREEMENT_SIGNED: { description: '达成协议' },
    FAILED: { description: '调解不成' },
    REFERRED_ARBITRATION: { description: '转仲裁' },
    REFERRED_LITIGATION: { description: '转诉讼' },
    REFERRED_ADMINISTRATIVE: { description: '转行政处理' },
  },
});

export enum PartyRole {
  APPLICANT = 'APPLICANT',
  RESPONDENT = 'RESPONDENT',
  THIRD_PARTY = 'THIRD_PARTY',
}
registerEnumType(PartyRole, {
  name: 'PartyRole',
  description: '申请人, 被申请人, 第三人',
  valuesConfig: {
    APPLICANT: { description: '申请人' },
    RESPONDENT: { description: '被申请人' },
    THIRD_PARTY: { description: '第三人' },
  },
});

export const OPEN_STATUSES: readonly CaseStatus[] = [CaseStatus.REGISTERED, CaseStatus.ACCEPTED, CaseStatus.IN_MEDIATION];

export enum AgreementForm {
  WRITTEN = 'WRITTEN',
  ORAL = 'ORAL',
}
registerEnumType(AgreementForm, {
  name: 'AgreementForm',
  description: '书面协议, 口头协议',
  valuesConfig: {
    WRITTEN: { description: '书面协议' },
    ORAL: { description: '口头协议 (recorded by the mediator)' },
  },
});

export enum ReviewStatus {
  PENDING = 'PENDING',
  APPROVED = 'APPROVED',
  CHANGES_REQUESTED = 'CHANGES_REQUESTED',
}
registerEnumType(ReviewStatus, {
  name: 'ReviewStatus',
  description: 'The adviser’s legal review (协议把关)',
  valuesConfig: {
    PENDING: { description: '待审查: not reviewed yet' },
    APPROVED: { description: '审查通过' },
    CHANGES_REQUESTED: { description: '需修改: see reviewComment' },
  },
});

export enum ConfirmationResult {
  CONFIRMED = 'CONFIRMED',
  REJECTED = 'REJECTED',
}
registerEnumType(ConfirmationResult, {
  name: 'ConfirmationResult',
  description: 'Judicial confirmation (司法确认)',
  valuesConfig: {
    CONFIRMED: { description: '确认有效: the court ruled the agreement valid; it is enforceable' },
    REJECTED: { description: '驳回申请: the court dismissed the application' },
  },
});

export enum Performance {
  PENDING = 'PENDING',
  PERFORMED = 'PERFORMED',
  PARTIAL = 'PARTIAL',
  NOT_PERFORMED = 'NOT_PERFORMED',
}
registerEnumType(Performance, {
  name: 'Performance',
  description: '履行情况',
  valuesConfig: {
    PENDING: { description: '待履行: not yet due or not yet checked' },
    PERFORMED: { description: '已履行' },
    PARTIAL: { description: '部分履行' },
    NOT_PERFORMED: { description: '未履行' },
  },
});

export enum SessionMode {
  ONLINE = 'ONLINE',
  OFFLINE = 'OFFLINE',
}
registerEnumType(SessionMode, {
  name: 'SessionMode',
  description: '线上, 线下',
  valuesConfig: {
    ONLINE: { description: '线上' },
    OFFLINE: { description: '线下' },
  },
});

export enum ReferralChannel {
  ARBITRATION = 'ARBITRATION',
  LITIGATION = 'LITIGATION',
  ADMINISTRATIVE = 'ADMINISTRATIVE',
}
registerEnumType(ReferralChannel, {
  name: 'ReferralChannel',
  description: '仲裁, 诉讼, 行政处理',
  valuesConfig: {
    ARBITRATION: { description: '仲裁' },
    LITIGATION: { description: '诉讼' },
    ADMINISTRATIVE: { description: '行政处理' },
  },
});

export enum Satisfaction {
  SATISFIED = 'SATISFIED',
  BASICALLY_SATISFIED = 'BASICALLY_SATISFIED',
  DISSATISFIED = 'DISSATISFIED',
}
registerEnumType(Satisfaction, {
  name: 'Satisfaction',
  description: '满意, 基本满意, 不满意',
  valuesConfig: {
    SATISFIED: { description: '满意' },
    BASICALLY_SATISFIED: { description: '基本满意' },
    DISSATISFIED: { description: '不满意' },
  },
});
