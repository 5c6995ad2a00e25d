import { registerEnumType } from 'type-graphql';

/** What a statement line pays for. */
export enum SubsidyLineKind {
  CASE = 'CASE',
  CONSULTATION = 'CONSULTATION',
}
registerEnumType(SubsidyLineKind, {
  name: 'SubsidyLineKind',
  description: '案件补贴, 咨询补贴',
  valuesConfig: {
    CASE: { description: '人民调解案件补贴' },
    CONSULTATION: { description: '法律咨询补贴' },
  },
});

/** Why a case or a month of consultations does not qualify for a subsidy, so the adviser can fix the file. */
export enum NonQualifyingReason {
  NO_AGREEMENT = 'NO_AGREEMENT',
  NO_SESSION_RECORD = 'NO_SESSION_RECORD',
  NOT_REVIEWED = 'NOT_REVIEWED',
  NO_RETURN_VISIT = 'NO_RETURN_VISIT',
  NOT_PERFORMED = 'NOT_PERFORMED',
  ALREADY_PAID = 'ALREADY_PAID',
  MONTH_NOT_APPROVED = 'MONTH_NOT_APPROVED',
  NO_RATE = 'NO_RATE',
}
registerEnumType(NonQualifyingReason, {
  name: 'NonQualifyingReason',
  description: 'Why a line pays nothing: 未达成协议, 无调解记录, 协议未把关, 未回访, 协议未履行, 已发放, 当月日志未审核通过, 无补贴标准',
  valuesConfig: {
    NO_AGREEMENT: { description: '未达成调解协议' },
    NO_SESSION_RECORD: { description: '卷宗缺少调解记录' },
    NOT_REVIEWED: { description: '协议未经法律顾问把关通过' },
    NO_RETURN_VISIT: { description: '未回访' },
    NOT_PERFORMED: { description: '协议未履行' },
    ALREADY_PAID: { description: '已在其他清单中发放' },
    MONTH_NOT_APPROVED: { description: '当月工作日志未审核通过' },
    NO_RATE: { description: '当日无适用的补贴标准' },
  },
});

export enum StatementStatus {
  DRAFT = 'DRAFT',
  CONFIRMED = 'CONFIRMED',
  PAID = 'PAID',
}
registerEnumType(StatementStatus, {
  name: 'StatementStatus',
  description: '草稿, 已确认, 已发放',
  valuesConfig: {
    DRAFT: { description: '草稿：由记录实时计算' },
    CONFIRMED: { description: '已确认：明细冻结' },
    PAID: { description: '已发放' },
  },
});
