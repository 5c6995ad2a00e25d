import { registerEnumType } from 'type-graphql';

/** What a statement line pays for. */
export enum SubsidyLineKind {
  CASE = 'CASE',
  CONSULTATION = 'CONSULTATION',
  /** A correction after confirmation, or the year-end settlement by assessment grade: positive or negative, with a reason. */
  ADJUSTMENT = 'ADJUSTMENT',
}
registerEnumType(SubsidyLineKind, {
  name: 'SubsidyLineKind',
  description: '案件补贴, 咨询补贴, 调整',
  valuesConfig: {
    CASE: { description: '人民调解案件补贴' },
    CONSULTATION: { description: '法律咨询补贴' },
    ADJUSTMENT: { description: '调整（确认后更正或年度考核结算），可正可负，附理由' },
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
  /** The county pays a shared case's subsidy to the lead adviser the bureau named, and this adviser is not the lead. */
  NOT_LEAD = 'NOT_LEAD',
}
registerEnumType(NonQualifyingReason, {
  name: 'NonQualifyingReason',
  description:
    'Why a line pays nothing: 未达成协议, 无调解记录, 协议未把关, 未回访, 协议未履行, 已发放, 当月日志未审核通过, 无补贴标准, 非主办法律顾问',
  valuesConfig: {
    NO_AGREEMENT: { description: '未达成调解协议' },
    NO_SESSION_RECORD: { description: '卷宗缺少调解记录' },
    NOT_REVIEWED: { description: '协议未经法律顾问把关通过' },
    NO_RETURN_VISIT: { description: '未回访' },
    NOT_PERFORMED: { description: '协议未履行' },
    ALREADY_PAID: { description: '已在其他清单中发放' },
    MONTH_NOT_APPROVED: { description: '当月工作日志未审核通过' },
    NO_RATE: { description: '当日无适用的补贴标准' },
    NOT_LEAD: { description: '本县案件补贴由主办法律顾问领取，本人非主办' },
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

/** How a case with several advisers is paid (a county's setting). */
export enum CaseSplit {
  /** Split equally; the remainder fen go to the lead adviser when named, else to the first by id. */
  EQUAL = 'EQUAL',
  /** The whole case subsidy goes to the lead adviser the bureau named; split equally while none is named. */
  LEAD = 'LEAD',
}
registerEnumType(CaseSplit, {
  name: 'CaseSplit',
  description: '多名法律顾问的案件补贴：平均分配, 或由主办法律顾问领取',
  valuesConfig: {
    EQUAL: { description: '平均分配（余数归主办，未指定则归编号最小者）' },
    LEAD: { description: '由局指定的主办法律顾问全额领取（未指定时平均分配）' },
  },
});
