import { ErrorCode } from './app-error.js';

/**
 * Every `extensions.reason` a CONFLICT (and the FORBIDDEN or UNAUTHENTICATED errors that have one) can carry: what
 * happened, machine-readable, so that a client says it in its own words and shows what to do. `zh` is the API's own
 * Chinese message for the reason (the default language of its error messages; `%{name}` takes `extensions.name`).
 * docs/api-conventions.md lists them; a test checks that every reason the code throws is here and there.
 */
export const REASONS = {
  // ---- CONFLICT: the record's state or another record is in the way ------------------------------------------------
  STALE_VERSION: { code: ErrorCode.CONFLICT, zh: '此记录已被他人修改，请重新加载后再保存' },
  CONCURRENT_WRITE: { code: ErrorCode.CONFLICT, zh: '有人同时提交了相冲突的修改，本次未保存，请刷新后重试' },
  DUPLICATE: { code: ErrorCode.CONFLICT, zh: '已有相同的记录，本次未保存' },
  OVERLAP: { code: ErrorCode.CONFLICT, zh: '与已有记录的日期重叠，本次未保存' },
  MONTH_SUBMITTED: { code: ErrorCode.CONFLICT, zh: '%{month} 的工作日志已提交，不能再修改；请选择未提交的月份，或请司法所退回后再改' },
  IDEMPOTENCY_KEY_REUSED: { code: ErrorCode.CONFLICT, zh: '这个 clientKey 已用于另一条工作日志；新的记录请使用新的 clientKey' },
  REPORT_NOT_SUBMITTED: { code: ErrorCode.CONFLICT, zh: '只能审核已提交的工作日志，该日志当前不是已提交状态' },
  REPORT_EXISTS: { code: ErrorCode.CONFLICT, zh: '%{month} 的工作日志已经提交，无需重复提交' },
  CHECK_EXISTS: { code: ErrorCode.CONFLICT, zh: '该法律顾问 %{month} 的月度检查已存在，请打开它修改' },
  ZERO_REPORT_EXISTS: { code: ErrorCode.CONFLICT, zh: '该村（社区）本月已经零上报，无需重复上报' },
  VILLAGE_UNCOVERED: { code: ErrorCode.CONFLICT, zh: '%{village}今天没有结对的法律顾问：请先为该村结对法律顾问，再打印公示牌' },
  ADVISER_NOT_ACTIVE: { code: ErrorCode.CONFLICT, zh: '%{village}的法律顾问已暂停或移出名册：请先改派，再打印公示牌' },
  VILLAGE_ALREADY_PAIRED: { code: ErrorCode.CONFLICT, zh: '该村在这段日期内已有结对的法律顾问：请先结束原结对，或改派该村' },
  VILLAGE_RETIRED: { code: ErrorCode.CONFLICT, zh: '该村已于 %{retiredOn} 撤并，不能再结对或登记案件' },
  MEDIATOR_ON_CASES: { code: ErrorCode.CONFLICT, zh: '该调解员参与过调解案件，须保留在调委会的记录中' },
  LICENCE_NO_TAKEN: { code: ErrorCode.CONFLICT, zh: '已有法律顾问使用这个执业证号' },
  USERNAME_TAKEN: { code: ErrorCode.CONFLICT, zh: '用户名已被其他账号使用' },
  ACCOUNT_EXISTS: { code: ErrorCode.CONFLICT, zh: '该人员已有账号' },
  PHONE_TAKEN: { code: ErrorCode.CONFLICT, zh: '该手机号已被其他账号验证使用' },
  OWN_ACCOUNT: { code: ErrorCode.CONFLICT, zh: '不能停用自己的账号' },
  PROVIDER_NAME_TAKEN: { code: ErrorCode.CONFLICT, zh: '本县已有同名的服务机构' },
  REGION_CODE_TAKEN: { code: ErrorCode.CONFLICT, zh: '已有区划使用这个代码' },
  OFFICE_EXISTS: { code: ErrorCode.CONFLICT, zh: '该乡镇已有司法所' },
  COMMITTEE_EXISTS: { code: ErrorCode.CONFLICT, zh: '该村已有人民调解委员会' },
  NO_AGREEMENT: { code: ErrorCode.CONFLICT, zh: '请先登记调解协议，再上传签字扫描件' },
  ORAL_AGREEMENT: { code: ErrorCode.CONFLICT, zh: '口头协议没有书面签字件，不能上传扫描件' },
  AGREEMENT_EXISTS: { code: ErrorCode.CONFLICT, zh: '该案件已有调解协议' },
  CASE_NO_TAKEN: { code: ErrorCode.CONFLICT, zh: '案件编号被同时登记的案件占用，本次未保存，请重试' },
  ALREADY_ON_CASE: { code: ErrorCode.CONFLICT, zh: '该人员已在本案中' },
  LEAD_ADVISER_CHANGED: { code: ErrorCode.CONFLICT, zh: '本案的主办法律顾问刚被他人指定，请刷新后再看' },
  PARTICIPANT_DUPLICATE: { code: ErrorCode.CONFLICT, zh: '参会单位重复' },
  ATTENDANCE_DUPLICATE: { code: ErrorCode.CONFLICT, zh: '参训人员重复' },
  FILE_IN_USE: { code: ErrorCode.CONFLICT, zh: '该文件已用于其他记录，请重新上传' },
  WORKBOOK_IMPORTED: { code: ErrorCode.CONFLICT, zh: '该工作簿已经导入过' },
  FILING_NUMBER_TAKEN: { code: ErrorCode.CONFLICT, zh: '同时有另一次名册备案，本次未保存，请刷新后重新备案' },
  FILING_DECIDED: { code: ErrorCode.CONFLICT, zh: '这次备案已经签收或退回，不能再次处理；请刷新查看结果' },
  ASSESSMENT_PUBLISHED: { code: ErrorCode.CONFLICT, zh: '本县该年度的考核结果已经公示' },
  OBJECTION_WINDOW_CLOSED: { code: ErrorCode.CONFLICT, zh: '异议期已结束，不能再提出异议' },
  OBJECTION_EXISTS: { code: ErrorCode.CONFLICT, zh: '您已对这项结果提出过异议' },
  OBJECTION_DECIDED: { code: ErrorCode.CONFLICT, zh: '这项异议已经处理' },
  STATEMENT_CONFIRMED: { code: ErrorCode.CONFLICT, zh: '该补贴结算单已经确认' },
  STATEMENT_PAID: { code: ErrorCode.CONFLICT, zh: '该补贴结算单已经发放；更正请记入以后的结算单' },
  LINE_ALREADY_PAID: { code: ErrorCode.CONFLICT, zh: '结算单中有一项已在另一张结算单中发放，请刷新后再确认' },
  LINE_ALREADY_SETTLED: { code: ErrorCode.CONFLICT, zh: '结算单中有一项已经结算，请刷新后重试' },
  CASE_PAID: { code: ErrorCode.CONFLICT, zh: '本案的补贴已经发放，不能再更换主办法律顾问' },
  SETUP_DONE: { code: ErrorCode.CONFLICT, zh: '系统已经完成初始化，请直接登录' },
  // ---- FORBIDDEN: who may do it -------------------------------------------------------------------------------------
  OUTSIDE_JURISDICTION: { code: ErrorCode.FORBIDDEN, zh: '该记录不在您的管辖范围内' },
  ROLE_NOT_ADMINISTERED: { code: ErrorCode.FORBIDDEN, zh: '您不能管理这个角色的账号' },
  PASSWORD_CHANGE_REQUIRED: { code: ErrorCode.FORBIDDEN, zh: '请先修改初始密码' },
  FIXED_PERIODS_ONLY: { code: ErrorCode.FORBIDDEN, zh: '分析人员只能按整月、整季或整年查询案件数' },
  COUNTY_BUREAU_ONLY: { code: ErrorCode.FORBIDDEN, zh: '只有县级司法局可以办理此事项' },
  NOT_YOUR_TOWNSHIP: { code: ErrorCode.FORBIDDEN, zh: '该法律顾问的工作日志由其他乡镇的司法所审核' },
  NOT_YOUR_VILLAGE: { code: ErrorCode.FORBIDDEN, zh: '您在该日期没有为这个村服务：只能为结对的村登记培训' },
  NOT_YOUR_ITEM: { code: ErrorCode.FORBIDDEN, zh: '该事项由其他单位负责，只能更新本单位的事项' },
  NOT_REVIEWER: { code: ErrorCode.FORBIDDEN, zh: '名册备案由该县上级的市级或省级司法局签收或退回' },
  FILE_TYPE_NOT_ALLOWED: { code: ErrorCode.FORBIDDEN, zh: '您的角色不能上传这类文件' },
  LINK_EXPIRED: { code: ErrorCode.FORBIDDEN, zh: '文件链接无效或已过期，请刷新页面' },
  // ---- UNAUTHENTICATED: why the sign-in no longer works --------------------------------------------------------------
  expired: { code: ErrorCode.UNAUTHENTICATED, zh: '登录已过期，请重新登录' },
  invalid: { code: ErrorCode.UNAUTHENTICATED, zh: '登录凭据无效，请重新登录' },
  ACCOUNT_DISABLED: { code: ErrorCode.UNAUTHENTICATED, zh: '该账号已停用，请联系管理员' },
  PASSWORD_CHANGED: { code: ErrorCode.UNAUTHENTICATED, zh: '密码已修改，请用新密码重新登录' },
  PASSWORD_RESET: { code: ErrorCode.UNAUTHENTICATED, zh: '管理员已重置密码，请用发给您的一次性密码登录' },
  SESSION_ENDED: { code: ErrorCode.UNAUTHENTICATED, zh: '登录已结束，请重新登录' },
} as const satisfies Record<string, { code: ErrorCode; zh: string }>;

export type Reason = keyof typeof REASONS;
