import { registerEnumType } from 'type-graphql';

export enum CaseSource {
  SCREENING = 'SCREENING',
  APPLICATION = 'APPLICATION',
  REFERRAL = 'REFERRAL',
}
registerEnumType(CaseSource, { name: 'CaseSource', description: '主动调解（排查发现）, 申请调解, 委托移送' });

export enum ReferrerKind {
  COURT = 'COURT',
  POLICE = 'POLICE',
  PETITION_OFFICE = 'PETITION_OFFICE',
  GOVERNMENT = 'GOVERNMENT',
  OTHER = 'OTHER',
}
registerEnumType(ReferrerKind, { name: 'ReferrerKind', description: '法院, 公安, 信访, 政府部门, 其他' });

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
});

export enum CaseTier {
  ORDINARY = 'ORDINARY',
  DIFFICULT = 'DIFFICULT',
  MAJOR = 'MAJOR',
}
registerEnumType(CaseTier, { name: 'CaseTier', description: '一般, 疑难, 重大' });

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
registerEnumType(CaseStatus, { name: 'CaseStatus', description: '登记, 受理, 不予受理, 调解中, 达成协议, 调解不成, 撤回, 移交' });

export enum CaseLevel {
  VILLAGE = 'VILLAGE',
  TOWNSHIP = 'TOWNSHIP',
  COUNTY = 'COUNTY',
}
registerEnumType(CaseLevel, { name: 'CaseLevel', description: '村（社区）, 乡镇, 县及以上' });

export enum ClosureReason {
  NOT_ACCEPTED = 'NOT_ACCEPTED',
  WITHDRAWN = 'WITHDRAWN',
  AGREEMENT_SIGNED = 'AGREEMENT_SIGNED',
  FAILED = 'FAILED',
  REFERRED_ARBITRATION = 'REFERRED_ARBITRATION',
  REFERRED_LITIGATION = 'REFERRED_LITIGATION',
  REFERRED_ADMINISTRATIVE = 'REFERRED_ADMINISTRATIVE',
}
registerEnumType(ClosureReason, { name: 'ClosureReason', description: '不予受理, 撤回, 达成协议, 调解不成, 转仲裁, 转诉讼, 转行政处理' });

export enum PartyRole {
  APPLICANT = 'APPLICANT',
  RESPONDENT = 'RESPONDENT',
  THIRD_PARTY = 'THIRD_PARTY',
}
registerEnumType(PartyRole, { name: 'PartyRole', description: '申请人, 被申请人, 第三人' });

export const OPEN_STATUSES: readonly CaseStatus[] = [CaseStatus.REGISTERED, CaseStatus.ACCEPTED, CaseStatus.IN_MEDIATION];

export enum AgreementForm {
  WRITTEN = 'WRITTEN',
  ORAL = 'ORAL',
}
registerEnumType(AgreementForm, { name: 'AgreementForm', description: '书面协议, 口头协议' });

export enum ReviewStatus {
  PENDING = 'PENDING',
  APPROVED = 'APPROVED',
  CHANGES_REQUESTED = 'CHANGES_REQUESTED',
}
registerEnumType(ReviewStatus, { name: 'ReviewStatus', description: 'The adviser’s legal review (协议把关)' });

export enum ConfirmationResult {
  CONFIRMED = 'CONFIRMED',
  REJECTED = 'REJECTED',
}
registerEnumType(ConfirmationResult, { name: 'ConfirmationResult', description: 'Judicial confirmation (司法确认)' });

export enum Performance {
  PENDING = 'PENDING',
  PERFORMED = 'PERFORMED',
  PARTIAL = 'PARTIAL',
  NOT_PERFORMED = 'NOT_PERFORMED',
}
registerEnumType(Performance, { name: 'Performance', description: '履行情况' });

export enum SessionMode {
  ONLINE = 'ONLINE',
  OFFLINE = 'OFFLINE',
}
registerEnumType(SessionMode, { name: 'SessionMode', description: '线上, 线下' });

export enum ReferralChannel {
  ARBITRATION = 'ARBITRATION',
  LITIGATION = 'LITIGATION',
  ADMINISTRATIVE = 'ADMINISTRATIVE',
}
registerEnumType(ReferralChannel, { name: 'ReferralChannel', description: '仲裁, 诉讼, 行政处理' });

export enum Satisfaction {
  SATISFIED = 'SATISFIED',
  BASICALLY_SATISFIED = 'BASICALLY_SATISFIED',
  DISSATISFIED = 'DISSATISFIED',
}
registerEnumType(Satisfaction, { name: 'Satisfaction', description: '满意, 基本满意, 不满意' });
