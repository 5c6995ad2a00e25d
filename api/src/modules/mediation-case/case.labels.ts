// Chinese labels for the printed case file (the console has its own i18n for screens).
export const CASE_LABELS = {
  disputeType: {
    MARRIAGE_FAMILY: '婚姻家庭', NEIGHBOUR: '邻里', HOUSING_HOMESTEAD: '房屋宅基地', CONTRACT: '合同', PRODUCTION_BUSINESS: '生产经营',
    DAMAGES: '损害赔偿', FOREST_LAND: '山林土地', LAND_EXPROPRIATION: '征地拆迁', ENVIRONMENT: '环境污染', LABOUR: '劳动争议',
    CONSUMER: '消费', MEDICAL: '医疗', TRAFFIC_ACCIDENT: '道路交通事故', PROPERTY_MANAGEMENT: '物业', OTHER: '其他',
  },
  source: { SCREENING: '主动调解（排查发现）', APPLICATION: '申请调解', REFERRAL: '委托移送' },
  tier: { ORDINARY: '一般', DIFFICULT: '疑难', MAJOR: '重大' },
  status: {
    REGISTERED: '已登记', ACCEPTED: '已受理', DECLINED: '不予受理', IN_MEDIATION: '调解中', AGREEMENT_REACHED: '达成协议',
    FAILED: '调解不成', WITHDRAWN: '已撤回', REFERRED: '已移交',
  },
  level: { VILLAGE: '村（社区）', TOWNSHIP: '乡镇', COUNTY: '县及以上' },
  partyRole: { APPLICANT: '申请人', RESPONDENT: '被申请人', THIRD_PARTY: '第三人' },
  sessionMode: { ONLINE: '线上', OFFLINE: '线下' },
  agreementForm: { WRITTEN: '书面协议', ORAL: '口头协议' },
  reviewStatus: { PENDING: '待审查', APPROVED: '审查通过', CHANGES_REQUESTED: '需修改' },
  confirmation: { CONFIRMED: '已确认', REJECTED: '驳回' },
  performance: { PENDING: '待履行', PERFORMED: '已履行', PARTIAL: '部分履行', NOT_PERFORMED: '未履行' },
} as const;

export function label(table: Record<string, string>, key: string): string {
  return table[key] ?? key;
}
