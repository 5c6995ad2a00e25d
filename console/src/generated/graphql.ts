export type Maybe<T> = T | null;
export type InputMaybe<T> = Maybe<T>;
/** All built-in and custom scalars, mapped to their actual values */
export type Scalars = {
  ID: { input: string; output: string; }
  String: { input: string; output: string; }
  Boolean: { input: boolean; output: boolean; }
  Int: { input: number; output: number; }
  Float: { input: number; output: number; }
  /** A calendar date written YYYY-MM-DD (Asia/Shanghai calendar) */
  Date: { input: string; output: string; }
  /** An instant in ISO 8601 with its offset (served in +08:00) */
  DateTime: { input: string; output: string; }
  /** The `JSON` scalar type represents JSON values as specified by [ECMA-404](http://www.ecma-international.org/publications/files/ECMA-ST/ECMA-404.pdf). */
  JSON: { input: unknown; output: unknown; }
  /** The `SafeInt` scalar type represents non-fractional signed whole numeric values that are considered safe as defined by the ECMAScript specification. */
  SafeInt: { input: number; output: number; }
  /** Federation: an entity representation, `{ __typename, <key fields> }`, as a gateway sends it */
  _Any: { input: unknown; output: unknown; }
};

/** An account and the one-time password it signs in with, shown once and never again */
export type AccountCredentials = {
  /** One-time password (12 letters and digits in groups of four); the holder must change it at first sign-in */
  oneTimePassword: Scalars['String']['output'];
  /** The account */
  user: User;
};

/** 会商工作事项 */
export type ActionItem = {
  /** You may update it: the bureau any item, an office the items its office owns */
  canUpdate: Scalars['Boolean']['output'];
  /** When it was recorded */
  createdAt: Scalars['DateTime']['output'];
  /** When it was marked done; null while open */
  doneAt: Maybe<Scalars['DateTime']['output']>;
  /** Day it is due */
  dueOn: Scalars['Date']['output'];
  /** Stable identifier (UUID) */
  id: Scalars['ID']['output'];
  /** The meeting it came from */
  meeting: ConsultationMeeting;
  /** Progress note by the owner */
  note: Maybe<Scalars['String']['output']>;
  /** Open and past its due date (Asia/Shanghai) */
  overdue: Scalars['Boolean']['output'];
  /** Who owns it: an office, a provider or the bureau */
  ownerKind: ActionItemOwnerKind;
  /** The owner’s name (司法所, 律所 or 县司法局) */
  ownerName: Scalars['String']['output'];
  /** The owning judicial office; null unless ownerKind is OFFICE */
  ownerOffice: Maybe<JudicialOffice>;
  /** The owning provider; null unless ownerKind is PROVIDER */
  ownerProvider: Maybe<Provider>;
  /** Open or done */
  status: ActionItemStatus;
  /** What is to be done */
  title: Scalars['String']['output'];
  /** Send it back with an update; a stale one is CONFLICT */
  version: Scalars['Int']['output'];
};

/** Criteria for the action-item list; all optional, combined with AND */
export type ActionItemFilter = {
  /** Of this meeting */
  meetingId?: InputMaybe<Scalars['ID']['input']>;
  /** Only items your office owns (the bureau: items the bureau owns) */
  mine?: InputMaybe<Scalars['Boolean']['input']>;
  /** Open and past their due date */
  overdue?: InputMaybe<Scalars['Boolean']['input']>;
  /** Owned by this judicial office */
  ownerOfficeId?: InputMaybe<Scalars['ID']['input']>;
  /** Open or done */
  status?: InputMaybe<ActionItemStatus>;
};

/** A follow-up: its owner (an office or provider taking part, or the bureau) and due date */
export type ActionItemInput = {
  /** Day it is due (YYYY-MM-DD) */
  dueOn: Scalars['Date']['input'];
  /** Who owns it */
  ownerKind: ActionItemOwnerKind;
  /** With ownerKind OFFICE: a participating judicial office */
  ownerOfficeId?: InputMaybe<Scalars['ID']['input']>;
  /** With ownerKind PROVIDER: a participating provider */
  ownerProviderId?: InputMaybe<Scalars['ID']['input']>;
  /** What is to be done */
  title: Scalars['String']['input'];
};

/** One page of ActionItem rows and how many match */
export type ActionItemList = {
  /** The rows of this page */
  items: Array<ActionItem>;
  /** Pass as `options.after` for the next page; null on the last page */
  nextCursor: Maybe<Scalars['String']['output']>;
  /** Rows matching the filter within your jurisdiction, before skip and take; exact up to 10,000, past that 10,000 with totalItemsExact false. Counted only when selected */
  totalItems: Scalars['Int']['output'];
  /** False when more than 10,000 rows match and totalItems is a floor (shown as “10,000+”) */
  totalItemsExact: Scalars['Boolean']['output'];
};

/** Paging, sorting and filtering of a ActionItem list; all optional */
export type ActionItemListOptions = {
  /** Keyset pagination: the `nextCursor` of the previous page, with the same sort and filter. Page 5,000 then costs what page 1 does; `skip` counts on from the cursor */
  after?: InputMaybe<Scalars['String']['input']>;
  /** Only rows matching every given criterion */
  filter?: InputMaybe<ActionItemFilter>;
  /** Rows to skip (default 0) */
  skip?: InputMaybe<Scalars['Int']['input']>;
  /** Sort keys in order of precedence; without them the order is the query’s default */
  sort?: InputMaybe<Array<ActionItemSort>>;
  /** Rows to return, at most 100 (default 25) */
  take?: InputMaybe<Scalars['Int']['input']>;
};

/** 司法所, 法律服务机构, 县司法局 */
export type ActionItemOwnerKind =
  /** 县司法局 */
  | 'BUREAU'
  /** 司法所 */
  | 'OFFICE'
  /** 法律服务机构 (law firm etc.) */
  | 'PROVIDER';

/** One sort key of a ActionItem list; later keys break ties of earlier ones */
export type ActionItemSort = {
  /** What to sort on */
  field: ActionItemSortField;
  /** ASC unless given */
  order?: SortOrder;
};

/** What a ActionItem list can be sorted on; id always breaks ties */
export type ActionItemSortField =
  /** By `createdAt` */
  | 'CREATED_AT'
  /** By `dueOn` */
  | 'DUE_ON'
  /** By `status` */
  | 'STATUS';

/** 未完成, 已完成 */
export type ActionItemStatus =
  /** 已完成 */
  | 'DONE'
  /** 未完成 */
  | 'OPEN';

/** An adviser’s load: villages served on the date */
export type AdviserLoad = {
  /** The adviser */
  adviser: LegalAdviser;
  /** More villages than the load cap setting */
  overloaded: Scalars['Boolean']['output'];
  /** Villages served on the date */
  villageCount: Scalars['Int']['output'];
};

/** Standing on the roster: 在册, 暂停, 移出 */
export type AdviserStatus =
  /** 在册: serves villages and takes cases */
  | 'ACTIVE'
  /** 移出: off the roster; pairings ended, account disabled */
  | 'REMOVED'
  /** 暂停: cannot sign in or take cases until reinstated; pairings continue */
  | 'SUSPENDED';

/** An adviser and the annual trainings of a year they attended */
export type AdviserTrainingAttendance = {
  /** The adviser */
  adviser: LegalAdviser;
  /** Attended at least one annual training that year */
  attended: Scalars['Boolean']['output'];
  /** The annual trainings of the year they attended */
  trainings: Array<Training>;
};

/** 调解协议 */
export type Agreement = {
  /** Amount agreed, in fen */
  amountFen: Scalars['Int']['output'];
  /** Judicial confirmation applied for (司法确认申请) */
  confirmationAppliedOn: Maybe<Scalars['Date']['output']>;
  /** Court applied to for judicial confirmation; null when not applied for */
  confirmationCourt: Maybe<Scalars['String']['output']>;
  /** Last day to apply for judicial confirmation: 30 days after signing (art. 33) */
  confirmationDeadline: Maybe<Scalars['Date']['output']>;
  /** Day the court decided; null until decided */
  confirmationDecidedOn: Maybe<Scalars['Date']['output']>;
  /** Not yet applied for, and the window closes within 7 days */
  confirmationDueSoon: Scalars['Boolean']['output'];
  /** The court’s decision; null while pending or not applied for */
  confirmationResult: Maybe<ConfirmationResult>;
  /** Ruling number (裁定书文号); null until decided */
  confirmationRulingNo: Maybe<Scalars['String']['output']>;
  /** ★ Confidential: the parties and assigned advisers only; null for everyone else; every read is audited */
  content: Maybe<Scalars['String']['output']>;
  /** Written or oral (书面协议, 口头协议) */
  form: AgreementForm;
  /** Stable identifier (UUID) */
  id: Scalars['ID']['output'];
  /** Whether the parties carried it out (履行情况), as the latest return visit found */
  performance: Performance;
  /** ★ The reviewing adviser’s comments: confidential like the agreement */
  reviewComment: Maybe<Scalars['String']['output']>;
  /** The assigned adviser’s legal review (协议把关): PENDING until they review it */
  reviewStatus: ReviewStatus;
  /** When the adviser reviewed it; null until reviewed */
  reviewedAt: Maybe<Scalars['DateTime']['output']>;
  /** The signed paper (签字扫描件) of a written agreement: its type, size and upload time, for whoever sees the agreement; null when none. Its content is served, audited, only to the parties and assigned advisers by GET /api/mediation-cases/{id}/agreement-scan */
  scan: Maybe<AgreementScan>;
  /** The day it was signed (or recorded, when oral) */
  signedAt: Maybe<Scalars['Date']['output']>;
  /** Send it back with an update (review, judicial confirmation); a stale one is CONFLICT */
  version: Scalars['Int']['output'];
};

/** 书面协议, 口头协议 */
export type AgreementForm =
  /** 口头协议 (recorded by the mediator) */
  | 'ORAL'
  /** 书面协议 */
  | 'WRITTEN';

/** The mediation agreement (调解协议) reached in a case */
export type AgreementInput = {
  /** Amount agreed, in fen */
  amountFen?: Scalars['Int']['input'];
  /** ★ Confidential text of the agreement */
  content: Scalars['String']['input'];
  /** Written or oral */
  form: AgreementForm;
  /** Day it was signed (or reached, when oral); not in the future */
  signedAt: Scalars['Date']['input'];
};

/** The assigned adviser’s legal review of an agreement (协议把关) */
export type AgreementReviewInput = {
  /** true: approved; false: changes requested */
  approved: Scalars['Boolean']['input'];
  /** Required when changes are requested */
  comment?: InputMaybe<Scalars['String']['input']>;
  /** The agreement’s version you read; a stale one is CONFLICT */
  version: Scalars['Int']['input'];
};

/** 协议书签字扫描件: that a signed scan exists, and what it is; its content is served only to the entitled */
export type AgreementScan = {
  /** What the file is, sniffed from its bytes: image/jpeg, image/png or application/pdf */
  mime: Scalars['String']['output'];
  /** Its size in bytes */
  size: Scalars['Int']['output'];
  /** When it was uploaded */
  uploadedAt: Scalars['DateTime']['output'];
};

/** A county’s year-end assessment, computed live from the records while the year is a draft */
export type Assessment = {
  /** Whether the cap moved anyone from 优秀 to 合格 */
  capBites: Scalars['Boolean']['output'];
  /** Why the year was closed before it ended; null otherwise */
  closedEarlyReason: Maybe<Scalars['String']['output']>;
  /** The county */
  county: Region;
  /** How many may be graded 优秀 under the cap; null without a cap */
  excellentAllowed: Maybe<Scalars['Int']['output']>;
  /** Grades across the whole county */
  gradeCounts: Array<AssessmentGradeCount>;
  /** The last day an adviser may object; null in a draft */
  objectionsUntil: Maybe<Scalars['Date']['output']>;
  /** When the bureau published it; null in a draft */
  publishedAt: Maybe<Scalars['DateTime']['output']>;
  /** The advisers you may see, by township and name */
  results: Array<AssessmentResult>;
  /** The scheme it was computed with */
  scheme: AssessmentScheme;
  /** DRAFT (computed live) or PUBLISHED (frozen) */
  status: AssessmentStatus;
  /** Records up to this day count (the year’s end, or yesterday while it runs) */
  through: Scalars['Date']['output'];
  /** The year assessed */
  year: Scalars['Int']['output'];
};

/** A year-end grade: 优秀, 合格, 基本合格, 不合格 */
export type AssessmentGrade =
  /** 基本合格 */
  | 'BASIC_PASS'
  /** 优秀 */
  | 'EXCELLENT'
  /** 不合格 */
  | 'FAIL'
  /** 合格 */
  | 'PASS';

/** Advisers with a grade, as published to you (see CountCell) */
export type AssessmentGradeCell = {
  /** Advisers with it */
  count: CountCell;
  /** The grade */
  grade: AssessmentGrade;
};

/** How many advisers got a grade */
export type AssessmentGradeCount = {
  /** Advisers with it */
  count: Scalars['Int']['output'];
  /** The grade */
  grade: AssessmentGrade;
};

/** Grade counts by township: no adviser named, no score. Exact for the bureau (an office: its own township); for an ANALYST every count under 3 reads "<3" and no total gives one away (see CountCell). An adviser serving several townships counts once, under the first by id; advisers not graded (no indicator applicable) are not counted */
export type AssessmentGradeTable = {
  /** The county */
  county: Region;
  /** DRAFT (computed live) or PUBLISHED (frozen) */
  status: AssessmentStatus;
  /** Graded advisers of those townships */
  total: CountCell;
  /** Those townships together, per grade */
  totals: Array<AssessmentGradeCell>;
  /** The townships you may see, by division code */
  townships: Array<AssessmentTownshipGrades>;
  /** The year assessed */
  year: Scalars['Int']['output'];
};

/** An indicator of the year-end assessment (考核指标), computed from the records */
export type AssessmentIndicator =
  /** 协议把关：本人审核的协议 / 协议 */
  | 'AGREEMENTS_REVIEWED'
  /** 调解成功率：达成协议的案件 / 已结案件 */
  | 'AGREEMENT_SHARE'
  /** 参加县司法局年度培训 */
  | 'ANNUAL_TRAINING'
  /** 参与调解的案件数（对照目标） */
  | 'CASES_MEDIATED'
  /** 司法所每月核查评分的平均分 */
  | 'CHECK_RATINGS'
  /** 司法确认：已申请 / 应申请（书面协议 30 日期限届满于本年） */
  | 'CONFIRMATIONS'
  /** 法律咨询次数（对照目标） */
  | 'CONSULTATIONS'
  /** 上报亮点数（对照目标） */
  | 'HIGHLIGHTS'
  /** 工作日志未被退回：1 − 退回 / 提交 */
  | 'REPORTS_NOT_RETURNED'
  /** 工作日志按时提交：按时提交的月份 / 在岗月份 */
  | 'REPORTS_ON_TIME'
  /** 回访：已回访 / 应回访（履行期限届满于本年） */
  | 'RETURN_VISITS'
  /** 村居法治培训：已开展 / 应开展（每个结对村每季度一次） */
  | 'TRAININGS_HELD'
  /** 结对村零上报按时率 */
  | 'ZERO_REPORTS_ON_TIME';

/** One record behind an indicator’s figures, or a slot that was due with no record (a missed training, a month without a work log). Never confidential: a case shows its number only, never parties or summary */
export type AssessmentIndicatorRecord = {
  /** Counts toward the indicator’s denominator (what was due) */
  inDenominator: Scalars['Boolean']['output'];
  /** Counts toward the indicator’s numerator */
  inNumerator: Scalars['Boolean']['output'];
  /** What kind of record it is */
  kind: AssessmentRecordKind;
  /** A short, non-confidential label: a case number, a village, a township or a training’s title */
  label: Scalars['String']['output'];
  /** When it happened (held, submitted, received, closed, signed, reported), or the slot’s end when missed */
  on: Maybe<Scalars['Date']['output']>;
  /** Whether the record lies within the viewer’s jurisdiction so that its own page opens (an office: records of its township); whether the viewer’s role has such a page at all is the client’s to know */
  openable: Scalars['Boolean']['output'];
  /** The period it belongs to: a month YYYY-MM or a quarter YYYY-Qn */
  period: Maybe<Scalars['String']['output']>;
  /** For a monthly check: the points its rating scores (the numerator is their sum) */
  points: Maybe<Scalars['Int']['output']>;
  /** The record to open (for an agreement its case, for a highlight its monthly check); null for a slot that was due with no record */
  recordId: Maybe<Scalars['ID']['output']>;
};

/** One indicator of one adviser’s result: the figures behind it and what it scored */
export type AssessmentIndicatorResult = {
  /** False when there was nothing to measure (不适用); its weight went to the others */
  applicable: Scalars['Boolean']['output'];
  /** The indicator */
  code: AssessmentIndicator;
  /** What was due (a ratio’s denominator, the number of ratings); 0 for a count */
  denominator: Scalars['Int']['output'];
  /** The weight it carried after spreading the inapplicable ones’ */
  effectiveWeight: Scalars['Float']['output'];
  /** How it scores */
  kind: IndicatorKind;
  /** What was done (a ratio’s numerator, a count, or the sum of rating scores) */
  numerator: Scalars['Int']['output'];
  /** Its share of the total: score × effective weight / 100 */
  points: Scalars['Float']['output'];
  /** Score out of 100, two decimals; null when not applicable */
  score: Maybe<Scalars['Float']['output']>;
  /** For a count: the count that scores full */
  target: Maybe<Scalars['Int']['output']>;
  /** Its weight in the scheme */
  weight: Scalars['Int']['output'];
};

/** An adviser’s objection (异议) to their published result, and the bureau’s decision */
export type AssessmentObjectionView = {
  /** Points the decision added or took away; 0 when rejected or open */
  adjustmentPoints: Scalars['Float']['output'];
  /** When the bureau decided; null while open */
  decidedAt: Maybe<Scalars['DateTime']['output']>;
  /** The bureau’s reason for its decision; null while open */
  decisionReason: Maybe<Scalars['String']['output']>;
  /** Stable identifier (UUID) */
  id: Scalars['ID']['output'];
  /** When it was raised */
  raisedAt: Scalars['DateTime']['output'];
  /** Why the adviser objects */
  reason: Scalars['String']['output'];
  /** Open, upheld or rejected */
  status: ObjectionStatus;
  /** Send it back with decideAssessmentObjection; a stale one is CONFLICT */
  version: Scalars['Int']['output'];
};

/** The kind of record behind an assessment indicator */
export type AssessmentRecordKind =
  /** 调解协议；记录为所属案件 */
  | 'AGREEMENT'
  /** 县司法局年度培训 */
  | 'BUREAU_TRAINING'
  /** 法律咨询；记录为工作日志条目 */
  | 'CONSULTATION'
  /** 亮点；记录为所在的月度核查 */
  | 'HIGHLIGHT'
  /** 调解案件 */
  | 'MEDIATION_CASE'
  /** 司法所月度核查 */
  | 'MONTHLY_CHECK'
  /** 在岗月份（乡镇 × 月）；记录为该月工作日志 */
  | 'MONTHLY_REPORT'
  /** 村居法治培训（结对村 × 季度）；记录为当季开展的培训 */
  | 'VILLAGE_TRAINING'
  /** 结对村无案件的月份；记录为零上报 */
  | 'ZERO_REPORT';

/** One adviser’s assessment for the year */
export type AssessmentResult = {
  /** Points added or taken away by upheld objections */
  adjustmentPoints: Scalars['Float']['output'];
  /** Why the total was adjusted; null without an adjustment */
  adjustmentReason: Maybe<Scalars['String']['output']>;
  /** The adviser */
  adviser: LegalAdviser;
  /** Reached 优秀 but graded 合格 because of the cap on the share graded 优秀 */
  cappedFromExcellent: Scalars['Boolean']['output'];
  /** The total the records gave, before any adjustment */
  computedTotal: Maybe<Scalars['Float']['output']>;
  /** Graded 优秀 by an upheld objection, outside the cap */
  exemptFromCap: Scalars['Boolean']['output'];
  /** The grade; null when there is no total */
  grade: Maybe<AssessmentGrade>;
  /** The frozen result’s id once the year is published (to object to it); null in a draft */
  id: Maybe<Scalars['ID']['output']>;
  /** Every indicator of the scheme, with its figures */
  indicators: Array<AssessmentIndicatorResult>;
  /** The adviser’s objection, if they raised one */
  objection: Maybe<AssessmentObjectionView>;
  /** Weighted total out of 100 after adjustments; null when no indicator applied */
  total: Maybe<Scalars['Float']['output']>;
  /** The townships whose villages the adviser served during the year */
  townships: Array<Region>;
};

/** A county’s year-end assessment scheme (考核方案) for one year */
export type AssessmentScheme = {
  /** The county the scheme belongs to */
  county: Region;
  /** At most this percentage of the county’s advisers graded 优秀; null: no cap */
  excellentCapPercent: Maybe<Scalars['Int']['output']>;
  /** The indicators that count, with their weights */
  indicators: Array<AssessmentSchemeIndicator>;
  /** Days after publication in which an adviser may object (异议) */
  objectionDays: Scalars['Int']['output'];
  /** What each monthly-check rating scores */
  ratingScores: CheckRatingScores;
  /** False while the county uses the built-in scheme for this year */
  saved: Scalars['Boolean']['output'];
  /** Grade thresholds */
  thresholds: AssessmentThresholds;
  /** Send it back with saveAssessmentScheme (0 while unsaved); a stale one is CONFLICT */
  version: Scalars['Int']['output'];
  /** The year assessed */
  year: Scalars['Int']['output'];
};

/** One indicator of a scheme and what it weighs */
export type AssessmentSchemeIndicator = {
  /** The indicator */
  code: AssessmentIndicator;
  /** How it scores: a ratio, a count against the target, or a mean of ratings */
  kind: IndicatorKind;
  /** For a count: the count that earns the full score; null otherwise */
  target: Maybe<Scalars['Int']['output']>;
  /** Whole points out of 100; the scheme’s weights sum to 100 */
  weight: Scalars['Int']['output'];
};

/** An indicator and its weight */
export type AssessmentSchemeIndicatorInput = {
  /** The indicator */
  code: AssessmentIndicator;
  /** For a count indicator: the count that earns the full score (required there) */
  target?: InputMaybe<Scalars['Int']['input']>;
  /** Whole points out of 100 */
  weight: Scalars['Int']['input'];
};

/** 草稿（实时计算）, 已公示 */
export type AssessmentStatus =
  /** 草稿：由记录实时计算 */
  | 'DRAFT'
  /** 已公示：结果已冻结 */
  | 'PUBLISHED';

/** The lowest total that earns each grade */
export type AssessmentThresholds = {
  /** From this total: 基本合格 (default 60); below it 不合格 */
  basicPass: Scalars['Int']['output'];
  /** From this total: 优秀 (default 90) */
  excellent: Scalars['Int']['output'];
  /** From this total: 合格 (default 75) */
  pass: Scalars['Int']['output'];
};

/** Grade thresholds, strictly descending */
export type AssessmentThresholdsInput = {
  /** From this total: 基本合格 */
  basicPass: Scalars['Int']['input'];
  /** From this total: 优秀 */
  excellent: Scalars['Int']['input'];
  /** From this total: 合格 */
  pass: Scalars['Int']['input'];
};

/** One township’s advisers by grade */
export type AssessmentTownshipGrades = {
  /** Per grade, 优秀 first */
  counts: Array<AssessmentGradeCell>;
  /** Graded advisers of the township */
  total: CountCell;
  /** The township (乡镇) */
  township: Region;
};

/** 审计记录 */
export type AuditEvent = {
  /** READ_CONFIDENTIAL, USER_CREATED, USER_UPDATED, USER_DISABLED, USER_ENABLED, PASSWORD_RESET, PASSWORD_CHANGED, SETUP_COMPLETED, KEY_ROTATION_STARTED, KEY_ROTATION_FINISHED, ROSTER_FILING_ACKNOWLEDGED, ROSTER_FILING_RETURNED, … */
  action: Scalars['String']['output'];
  /** Who (display name); 系统 for the installation’s own jobs */
  actorName: Scalars['String']['output'];
  /** Who (username); system for the installation’s own jobs */
  actorUsername: Scalars['String']['output'];
  /** When it happened */
  at: Scalars['DateTime']['output'];
  /** What was done, never a confidential value or a password: counts and key ids for jobs, the account and its changes for account actions */
  details: Maybe<Scalars['JSON']['output']>;
  /** Which record, e.g. a case id */
  entityId: Scalars['ID']['output'];
  /** Kind of record, e.g. MediationCase */
  entityType: Scalars['String']['output'];
  /** The confidential field read, e.g. summary */
  field: Maybe<Scalars['String']['output']>;
  /** Stable identifier (UUID) */
  id: Scalars['ID']['output'];
  /** Client IP address as the server saw it */
  ip: Scalars['String']['output'];
  /** The request it happened in (X-Request-Id), to match server logs */
  requestId: Scalars['String']['output'];
};

/** Criteria for the audit trail; all optional, combined with AND */
export type AuditEventFilter = {
  /** This action exactly, e.g. READ_CONFIDENTIAL */
  action?: InputMaybe<Scalars['String']['input']>;
  /** Who */
  actorId?: InputMaybe<Scalars['ID']['input']>;
  /** Which record, e.g. a case id */
  entityId?: InputMaybe<Scalars['ID']['input']>;
  /** e.g. MediationCase */
  entityType?: InputMaybe<Scalars['String']['input']>;
  /** Which field, e.g. summary */
  field?: InputMaybe<Scalars['String']['input']>;
  /** At or after */
  from?: InputMaybe<Scalars['DateTime']['input']>;
  /** Before */
  to?: InputMaybe<Scalars['DateTime']['input']>;
};

/** One page of AuditEvent rows and how many match */
export type AuditEventList = {
  /** The rows of this page */
  items: Array<AuditEvent>;
  /** Pass as `options.after` for the next page; null on the last page */
  nextCursor: Maybe<Scalars['String']['output']>;
  /** Rows matching the filter within your jurisdiction, before skip and take; exact up to 10,000, past that 10,000 with totalItemsExact false. Counted only when selected */
  totalItems: Scalars['Int']['output'];
  /** False when more than 10,000 rows match and totalItems is a floor (shown as “10,000+”) */
  totalItemsExact: Scalars['Boolean']['output'];
};

/** Paging, sorting and filtering of a AuditEvent list; all optional */
export type AuditEventListOptions = {
  /** Keyset pagination: the `nextCursor` of the previous page, with the same sort and filter. Page 5,000 then costs what page 1 does; `skip` counts on from the cursor */
  after?: InputMaybe<Scalars['String']['input']>;
  /** Only rows matching every given criterion */
  filter?: InputMaybe<AuditEventFilter>;
  /** Rows to skip (default 0) */
  skip?: InputMaybe<Scalars['Int']['input']>;
  /** Sort keys in order of precedence; without them the order is the query’s default */
  sort?: InputMaybe<Array<AuditEventSort>>;
  /** Rows to return, at most 100 (default 25) */
  take?: InputMaybe<Scalars['Int']['input']>;
};

/** One sort key of a AuditEvent list; later keys break ties of earlier ones */
export type AuditEventSort = {
  /** What to sort on */
  field: AuditEventSortField;
  /** ASC unless given */
  order?: SortOrder;
};

/** What a AuditEvent list can be sorted on; id always breaks ties */
export type AuditEventSortField =
  /** By `action` */
  | 'ACTION'
  /** By `at` */
  | 'AT';

/** A bearer token and the account it signs in */
export type AuthPayload = {
  /** Send as `Authorization: Bearer <token>`; valid for 12 hours */
  token: Scalars['String']['output'];
  /** The signed-in account */
  user: User;
};

/** Case counts of a region for a fixed month, quarter or year, by status, type, source, level and the regions one level down: exact for the bureau and offices, small-cell suppressed for an ANALYST (a count of 1 or 2 reads "<3", and no total gives it away); no names, no text */
export type CaseCounts = {
  /** Sum of amounts involved, in fen; null when the total is withheld */
  amountFen: Maybe<Scalars['SafeInt']['output']>;
  /** Counts by DisputeType */
  byDisputeType: Array<KeyCountCell>;
  /** Counts by the CaseLevel handling the case */
  byLevel: Array<KeyCountCell>;
  /** Counts by the regions one level down, every one listed (0 included), by division code: a county’s townships, a township’s villages, a city’s counties */
  byRegion: Array<RegionCount>;
  /** Counts by CaseSource */
  bySource: Array<KeyCountCell>;
  /** Counts by CaseStatus (statuses with no case left out) */
  byStatus: Array<KeyCountCell>;
  /** The period counted (received in it) */
  period: StatisticsPeriod;
  /** The region counted */
  region: Region;
  /** Where the agreements were reached */
  resolution: ResolutionCounts;
  /** Cases received in the period */
  total: CountCell;
};

/** 案件记录（改派等） */
export type CaseEvent = {
  /** Who recorded it (display name) */
  actorName: Scalars['String']['output'];
  /** The adviser it assigned */
  addedAdviserName: Maybe<Scalars['String']['output']>;
  /** When it happened */
  at: Scalars['DateTime']['output'];
  /** Advisers whose assignment it ended, by the name they had then */
  endedAdviserNames: Array<Scalars['String']['output']>;
  /** Stable identifier (UUID) */
  id: Scalars['ID']['output'];
  /** What happened */
  kind: CaseEventKind;
  /** Why, as the office or bureau gave it */
  reason: Scalars['String']['output'];
};

/** 改派法律顾问 */
export type CaseEventKind =
  /** 改派: the case was given another adviser */
  | 'ADVISER_REASSIGNED';

/** 村（社区）, 乡镇, 县及以上 */
export type CaseLevel =
  /** 县及以上: the county or above */
  | 'COUNTY'
  /** 乡镇: the township committee and judicial office */
  | 'TOWNSHIP'
  /** 村（社区）: the village or community committee */
  | 'VILLAGE';

/** 当事人 */
export type CaseParty = {
  /** ★ Address: only for those in the case (audited); null for others */
  address: Maybe<Scalars['String']['output']>;
  /** Stable identifier (UUID) */
  id: Scalars['ID']['output'];
  /** ★ ID number: in full for the case's advisers and for a party's own record (audited), masked for others */
  idNumber: Maybe<Scalars['String']['output']>;
  /** Masked (张*三) unless you are in the case */
  name: Scalars['String']['output'];
  /** Masked (138****5678) unless you are in the case */
  phone: Maybe<Scalars['String']['output']>;
  /** Applicant, respondent or third party */
  role: PartyRole;
};

/** A party to a dispute (当事人); name, phone, ID number and address are stored sealed */
export type CasePartyInput = {
  /** ★ Confidential: read only by the parties and the assigned advisers */
  address?: InputMaybe<Scalars['String']['input']>;
  /** Resident ID number (checked with its check digit); stored sealed */
  idNumber?: InputMaybe<Scalars['String']['input']>;
  /** Full name; shown masked (张*三) to viewers outside the case */
  name: Scalars['String']['input'];
  /** Phone; shown masked (138****5678) to viewers outside the case */
  phone?: InputMaybe<Scalars['String']['input']>;
  /** Applicant, respondent or third party */
  role: PartyRole;
};

/** 查阅记录: one request that read the case’s confidential text */
export type CaseRead = {
  /** When it was read (the request’s first audited read) */
  at: Scalars['DateTime']['output'];
  /** The confidential fields read, e.g. summary, agreement.content, agreement.scan */
  fields: Array<Scalars['String']['output']>;
  /** The reader’s organisation: an adviser’s provider (服务机构), an office’s 司法所, a bureau’s 司法局; null for a party */
  organisation: Maybe<Scalars['String']['output']>;
  /** The reader’s name; another party’s is masked (张*三) for the parties and the bureau, in full for the case’s advisers and for the reader themself */
  readerName: Scalars['String']['output'];
  /** The reader’s role (法律顾问, 当事人, …) */
  readerRole: Role;
  /** Whether you are the reader */
  you: Scalars['Boolean']['output'];
};

/** 主动调解（排查发现）, 申请调解, 委托移送 */
export type CaseSource =
  /** 申请调解: a party applied */
  | 'APPLICATION'
  /** 委托移送: referred by a court, the police or another body (see referrerKind) */
  | 'REFERRAL'
  /** 主动调解: found by the adviser or committee while screening disputes (排查) */
  | 'SCREENING';

/** 多名法律顾问的案件补贴：平均分配, 或由主办法律顾问领取 */
export type CaseSplit =
  /** 平均分配（余数归主办，未指定则归编号最小者） */
  | 'EQUAL'
  /** 由局指定的主办法律顾问全额领取（未指定时平均分配） */
  | 'LEAD';

/** Case counts for a region and period: no names, no text */
export type CaseStatistics = {
  /** Sum of amounts involved, in fen (a 53-bit safe integer) */
  amountFen: Scalars['SafeInt']['output'];
  /** Per county of the region, by division code, every county listed even without a case: a city’s or province’s roll-up (for a county or township, its one county, counting the region’s cases) */
  byCounty: Array<CountyCaseCount>;
  /** Counts by DisputeType */
  byDisputeType: Array<KeyCount>;
  /** Counts by the CaseLevel handling the case */
  byLevel: Array<KeyCount>;
  /** Counts by CaseSource */
  bySource: Array<KeyCount>;
  /** Counts by CaseStatus */
  byStatus: Array<KeyCount>;
  /** First day of the period (received on or after) */
  from: Scalars['Date']['output'];
  /** The county or township counted */
  region: Region;
  /** Where the agreements were reached */
  resolution: ResolutionLevels;
  /** Last day of the period (received on or before) */
  to: Scalars['Date']['output'];
  /** Cases received in the period */
  total: Scalars['Int']['output'];
};

/** 登记, 受理, 不予受理, 调解中, 达成协议, 调解不成, 撤回, 移交 */
export type CaseStatus =
  /** 已受理: accepted for mediation */
  | 'ACCEPTED'
  /** 达成协议: closed with an agreement */
  | 'AGREEMENT_REACHED'
  /** 不予受理: not accepted (closed) */
  | 'DECLINED'
  /** 调解不成: closed without agreement */
  | 'FAILED'
  /** 调解中: at least one session held */
  | 'IN_MEDIATION'
  /** 已移交: handed to arbitration, litigation or an administrative body (closed) */
  | 'REFERRED'
  /** 已登记: recorded, not yet accepted */
  | 'REGISTERED'
  /** 已撤回: the applicant withdrew (closed) */
  | 'WITHDRAWN';

/** A step of the case workflow on a date */
export type CaseStepInput = {
  /** When it happened (default today); not in the future */
  on?: InputMaybe<Scalars['Date']['input']>;
  /** The version you saw; a stale one is CONFLICT */
  version?: InputMaybe<Scalars['Int']['input']>;
};

/** 一般, 疑难, 重大 */
export type CaseTier =
  /** 疑难: complex or long-running */
  | 'DIFFICULT'
  /** 重大: large, many parties or a risk of escalation */
  | 'MAJOR'
  /** 一般 */
  | 'ORDINARY';

/** An adviser in both filings whose details differ */
export type ChangedAdviser = {
  /** The adviser */
  adviserId: Scalars['ID']['output'];
  /** The fields that differ */
  changes: Array<FieldChange>;
  /** Licence number in this filing */
  licenceNo: Scalars['String']['output'];
  /** Name in this filing */
  name: Scalars['String']['output'];
};

/** 优秀, 良好, 一般, 较差 */
export type CheckRating =
  /** 优秀 */
  | 'EXCELLENT'
  /** 一般 */
  | 'FAIR'
  /** 良好 */
  | 'GOOD'
  /** 较差 */
  | 'POOR';

/** What each rating of the office’s monthly check scores */
export type CheckRatingScores = {
  /** 优秀 (default 100) */
  excellent: Scalars['Int']['output'];
  /** 一般 (default 70) */
  fair: Scalars['Int']['output'];
  /** 良好 (default 85) */
  good: Scalars['Int']['output'];
  /** 较差 (default 50) */
  poor: Scalars['Int']['output'];
};

/** What each monthly-check rating scores, 0–100 */
export type CheckRatingScoresInput = {
  /** 优秀 */
  excellent: Scalars['Int']['input'];
  /** 一般 */
  fair: Scalars['Int']['input'];
  /** 良好 */
  good: Scalars['Int']['input'];
  /** 较差 */
  poor: Scalars['Int']['input'];
};

/** 不予受理, 撤回, 达成协议, 调解不成, 转仲裁, 转诉讼, 转行政处理 */
export type ClosureReason =
  /** 达成协议 */
  | 'AGREEMENT_SIGNED'
  /** 调解不成 */
  | 'FAILED'
  /** 不予受理 */
  | 'NOT_ACCEPTED'
  /** 转行政处理 */
  | 'REFERRED_ADMINISTRATIVE'
  /** 转仲裁 */
  | 'REFERRED_ARBITRATION'
  /** 转诉讼 */
  | 'REFERRED_LITIGATION'
  /** 撤回 */
  | 'WITHDRAWN';

/** 人民调解员 */
export type CommitteeMember = {
  /** Stable identifier (UUID) */
  id: Scalars['ID']['output'];
  /** Full name */
  name: Scalars['String']['output'];
  /** Contact phone; null when none */
  phone: Maybe<Scalars['String']['output']>;
  /** 主任, 副主任 or 委员 */
  role: CommitteeRole;
  /** Send it back with an update; a stale one is CONFLICT */
  version: Scalars['Int']['output'];
};

/** A mediator (人民调解员) of a village committee */
export type CommitteeMemberInput = {
  /** Full name */
  name: Scalars['String']['input'];
  /** Contact phone; null when none */
  phone?: InputMaybe<Scalars['String']['input']>;
  /** 主任, 副主任 or 委员 */
  role: CommitteeRole;
};

/** 主任, 副主任, 委员（人民调解员） */
export type CommitteeRole =
  /** 副主任 */
  | 'DEPUTY'
  /** 主任 */
  | 'DIRECTOR'
  /** 委员（人民调解员） */
  | 'MEMBER';

/** The first run of a real installation: its root region and its first bureau administrator */
export type CompleteSetupInput = {
  /** Where the root is a county: the name of its city (e.g. 吕梁市), created above it with the code’s first four digits */
  cityName?: InputMaybe<Scalars['String']['input']>;
  /** The administrator’s name as shown in the console and the audit trail */
  displayName: Scalars['String']['input'];
  /** The administrator’s password: at least 10 characters, not the username, not a common password */
  password: Scalars['String']['input'];
  /** The 12-digit statistical division code (统计用区划代码) of the installation’s root: a province (e.g. 140000000000), a city (141100000000) or a county (141122000000) */
  rootCode: Scalars['String']['input'];
  /** The root region’s name, e.g. 交城县 */
  rootName: Scalars['String']['input'];
  /** The one-time setup token the server printed in its log when it started */
  token: Scalars['String']['input'];
  /** Sign-in name of the first bureau administrator (letters, digits, dot, dash, underscore) */
  username: Scalars['String']['input'];
};

/** Judicial confirmation (司法确认) */
export type ConfirmationResult =
  /** 确认有效: the court ruled the agreement valid; it is enforceable */
  | 'CONFIRMED'
  /** 驳回申请: the court dismissed the application */
  | 'REJECTED';

/** 会商会议 */
export type ConsultationMeeting = {
  /** Its follow-ups (工作事项), by due date */
  actionItems: Array<ActionItem>;
  /** Agenda (议程) */
  agenda: Scalars['String']['output'];
  /** When it was held */
  at: Scalars['DateTime']['output'];
  /** When it was recorded */
  createdAt: Scalars['DateTime']['output'];
  /** Decisions (议定事项) */
  decisions: Maybe<Scalars['String']['output']>;
  /** Stable identifier (UUID) */
  id: Scalars['ID']['output'];
  /** Minutes (会议纪要) */
  minutes: Maybe<Scalars['String']['output']>;
  /** Action items open past their due date */
  overdueCount: Scalars['Int']['output'];
  /** Offices, providers and villages that took part */
  participants: Array<MeetingParticipant>;
  /** Title, e.g. 2026年第二季度会商 */
  title: Scalars['String']['output'];
  /** When it was last changed */
  updatedAt: Scalars['DateTime']['output'];
  /** Where it was held */
  venue: Scalars['String']['output'];
  /** Send it back with an update; a stale one is CONFLICT */
  version: Scalars['Int']['output'];
};

/** Criteria for the meeting list; all optional, combined with AND */
export type ConsultationMeetingFilter = {
  /** Held on or after this day */
  from?: InputMaybe<Scalars['Date']['input']>;
  /** Meetings this office took part in */
  officeId?: InputMaybe<Scalars['ID']['input']>;
  /** Held on or before this day */
  to?: InputMaybe<Scalars['Date']['input']>;
  /** true: meetings with an action item open past its due date (rule 10) */
  withOverdueItems?: InputMaybe<Scalars['Boolean']['input']>;
};

/** One page of ConsultationMeeting rows and how many match */
export type ConsultationMeetingList = {
  /** The rows of this page */
  items: Array<ConsultationMeeting>;
  /** Pass as `options.after` for the next page; null on the last page */
  nextCursor: Maybe<Scalars['String']['output']>;
  /** Rows matching the filter within your jurisdiction, before skip and take; exact up to 10,000, past that 10,000 with totalItemsExact false. Counted only when selected */
  totalItems: Scalars['Int']['output'];
  /** False when more than 10,000 rows match and totalItems is a floor (shown as “10,000+”) */
  totalItemsExact: Scalars['Boolean']['output'];
};

/** Paging, sorting and filtering of a ConsultationMeeting list; all optional */
export type ConsultationMeetingListOptions = {
  /** Keyset pagination: the `nextCursor` of the previous page, with the same sort and filter. Page 5,000 then costs what page 1 does; `skip` counts on from the cursor */
  after?: InputMaybe<Scalars['String']['input']>;
  /** Only rows matching every given criterion */
  filter?: InputMaybe<ConsultationMeetingFilter>;
  /** Rows to skip (default 0) */
  skip?: InputMaybe<Scalars['Int']['input']>;
  /** Sort keys in order of precedence; without them the order is the query’s default */
  sort?: InputMaybe<Array<ConsultationMeetingSort>>;
  /** Rows to return, at most 100 (default 25) */
  take?: InputMaybe<Scalars['Int']['input']>;
};

/** One sort key of a ConsultationMeeting list; later keys break ties of earlier ones */
export type ConsultationMeetingSort = {
  /** What to sort on */
  field: ConsultationMeetingSortField;
  /** ASC unless given */
  order?: SortOrder;
};

/** What a ConsultationMeeting list can be sorted on; id always breaks ties */
export type ConsultationMeetingSortField =
  /** By `at` */
  | 'AT'
  /** By `createdAt` */
  | 'CREATED_AT'
  /** By `title` */
  | 'TITLE';

/** A count as published to you. Exact for the bureau and offices. For an ANALYST a count of 1 or 2 is withheld (value null, suppressed SMALL, display "<3"), and so are as many others as it takes (suppressed COMPLEMENTARY, display "x") that no published total gives a withheld one away; 0 is published */
export type CountCell = {
  /** What to show: the number, "<3" (SMALL) or "x" (COMPLEMENTARY) */
  display: Scalars['String']['output'];
  /** Why it is withheld; null when published */
  suppressed: Maybe<Suppression>;
  /** The count; null when withheld */
  value: Maybe<Scalars['Int']['output']>;
};

/** Case counts of one county for the period: no names, no text */
export type CountyCaseCount = {
  /** Sum of amounts involved, in fen (a 53-bit safe integer) */
  amountFen: Scalars['SafeInt']['output'];
  /** The county (区县) */
  county: Region;
  /** Of them, resolved by agreement */
  resolved: Scalars['Int']['output'];
  /** Resolved in the township (大事不出镇) */
  resolvedInTownship: Scalars['Int']['output'];
  /** Resolved in the village (小事不出村) */
  resolvedInVillage: Scalars['Int']['output'];
  /** Cases received in the period (of the region measured) */
  total: Scalars['Int']['output'];
};

/** Coverage of one county of the region measured */
export type CountyCoverage = {
  /** The county (区县) */
  county: Region;
  /** Those with an adviser on the date */
  coveredCount: Scalars['Int']['output'];
  /** coveredCount / villageCount, 0–1; 0 when there is no village */
  ratio: Scalars['Float']['output'];
  /** Those without (villageCount − coveredCount) */
  uncoveredCount: Scalars['Int']['output'];
  /** Villages and communities of the region measured in it */
  villageCount: Scalars['Int']['output'];
};

/** One county’s villages in a month (日常督导): with disputes, zero-reported, or silent */
export type CountyMonthSummary = {
  /** The county (区县) */
  county: Region;
  /** Villages with neither: silent */
  silent: Scalars['Int']['output'];
  /** Villages and communities of your jurisdiction in it */
  villageCount: Scalars['Int']['output'];
  /** Villages with a case received that month */
  withCases: Scalars['Int']['output'];
  /** Villages with a zero report (零上报) and no case */
  zeroReported: Scalars['Int']['output'];
};

/** Quarterly village trainings of one county of the region measured, for the year so far */
export type CountyTrainingCompliance = {
  /** The county (区县) */
  county: Region;
  /** Required village-quarters with a training */
  done: Scalars['Int']['output'];
  /** Required village-quarters without a training */
  missing: Scalars['Int']['output'];
  /** done / required, 1 when nothing is required yet */
  ratio: Scalars['Float']['output'];
  /** Village-quarters required so far: villages × quarters ended */
  required: Scalars['Int']['output'];
  /** Villages and communities of the region measured in it */
  villageCount: Scalars['Int']['output'];
};

/** 一村居一法律顾问: villages with an adviser on a date, out of all */
export type Coverage = {
  /** Advisers serving the region on the date, most loaded first, then by name: the first `limit` (names: not for analysts) */
  adviserLoads: Array<AdviserLoad>;
  /** The date measured */
  asOf: Scalars['Date']['output'];
  /** Per county of the region measured, by division code: a city’s or province’s roll-up (for a county or a township, its one county, counting the region’s villages) */
  byCounty: Array<CountyCoverage>;
  /** Those with an adviser on the date */
  coveredCount: Scalars['Int']['output'];
  /** The load cap setting: villages per adviser above which one is overloaded */
  loadCap: Scalars['Int']['output'];
  /** Of those, the advisers serving more villages than the load cap (all of them) */
  overloadedAdviserCount: Scalars['Int']['output'];
  /** coveredCount / villageCount, 0 when there is no village */
  ratio: Scalars['Float']['output'];
  /** The region measured: a township, county, city or province */
  region: Region;
  /** Advisers serving a village of the region on the date: all of them, however many adviserLoads lists */
  servingAdviserCount: Scalars['Int']['output'];
  /** Per township of the region (for a township, itself), by division code */
  townships: Array<TownshipCoverage>;
  /** Villages without an adviser on the date, by division code: the first `limit` of them (uncoveredCount counts them all) */
  uncovered: Array<Village>;
  /** Villages without an adviser on the date (villageCount − coveredCount): all of them, however many `uncovered` lists */
  uncoveredCount: Scalars['Int']['output'];
  /** Villages and communities in the region */
  villageCount: Scalars['Int']['output'];
};


/** 一村居一法律顾问: villages with an adviser on a date, out of all */
export type CoverageAdviserLoadsArgs = {
  limit?: Scalars['Int']['input'];
};


/** 一村居一法律顾问: villages with an adviser on a date, out of all */
export type CoverageUncoveredArgs = {
  limit?: Scalars['Int']['input'];
};

/** A consultation meeting (会商) the bureau held */
export type CreateConsultationMeetingInput = {
  /** Follow-ups, each owned by a participant or the bureau */
  actionItems?: Array<ActionItemInput>;
  /** Agenda (议程) */
  agenda: Scalars['String']['input'];
  /** When it was held */
  at: Scalars['DateTime']['input'];
  /** Decisions (议定事项); null when none */
  decisions?: InputMaybe<Scalars['String']['input']>;
  /** Minutes (会议纪要); null when not yet written */
  minutes?: InputMaybe<Scalars['String']['input']>;
  /** Judicial offices taking part */
  officeIds?: Array<Scalars['ID']['input']>;
  /** Law firms and other providers taking part */
  providerIds?: Array<Scalars['ID']['input']>;
  /** Title of the meeting */
  title: Scalars['String']['input'];
  /** Where it was held */
  venue: Scalars['String']['input'];
  /** Villages taking part */
  villageIds?: Array<Scalars['ID']['input']>;
};

/** A new adviser for your county’s roster */
export type CreateLegalAdviserInput = {
  /** 性别 */
  gender: Gender;
  /** The day the adviser joined the roster */
  joinedOn: Scalars['Date']['input'];
  /** Practising licence number (执业证号); unique */
  licenceNo: Scalars['String']['input'];
  /** Full name */
  name: Scalars['String']['input'];
  /** Public contact phone, as printed on notice boards */
  phone: Scalars['String']['input'];
  /** 职业 */
  profession: Profession;
  /** The provider (所属机构) the adviser works for */
  providerId: Scalars['ID']['input'];
  /** Recorded on the JOINED event; 新增法律顾问 unless given */
  reason?: Scalars['String']['input'];
  /** Service scope (服务范围) as printed on notice boards; empty unless given */
  serviceScope?: Scalars['String']['input'];
};

/** A dispute to register (登记); the case number is assigned by the server */
export type CreateMediationCaseInput = {
  /** Assigned advisers, at least one (an adviser registering a case is always one) */
  adviserIds: Array<Scalars['ID']['input']>;
  /** Amount involved, in fen */
  amountFen?: Scalars['Int']['input'];
  /** Category of the dispute (Ministry of Justice statistics) */
  disputeType: DisputeType;
  /** Mediators (人民调解员) of the village’s committee who take part; they do not read confidential text */
  mediatorIds?: Array<Scalars['ID']['input']>;
  /** Parties, at least one applicant */
  parties: Array<CasePartyInput>;
  /** Day the dispute was received (YYYY-MM-DD); not in the future */
  receivedOn: Scalars['Date']['input'];
  /** Required when the source is REFERRAL */
  referrerKind?: InputMaybe<ReferrerKind>;
  /** The referring body (委托移送单位), when the source is REFERRAL */
  referrerName?: InputMaybe<Scalars['String']['input']>;
  /** How the case came in */
  source: CaseSource;
  /** Confidential: read only by the parties and the assigned advisers */
  summary: Scalars['String']['input'];
  /** 一般, 疑难 or 重大; ORDINARY unless given */
  tier?: CaseTier;
  /** Village or community where the dispute arose; must be in your jurisdiction */
  villageId: Scalars['ID']['input'];
};

/** Pair an adviser with a village (结对) */
export type CreatePairingInput = {
  /** An ACTIVE adviser of the county’s roster */
  adviserId: Scalars['ID']['input'];
  /** The adviser serves as deputy director of the village committee */
  deputyDirector?: Scalars['Boolean']['input'];
  /** First day (YYYY-MM-DD) */
  validFrom: Scalars['Date']['input'];
  /** Last day; omit for an open-ended pairing */
  validTo?: InputMaybe<Scalars['Date']['input']>;
  /** The village or community */
  villageId: Scalars['ID']['input'];
};

/** A new account: its role and what it acts for. A one-time password is generated for it */
export type CreateUserInput = {
  /** ADVISER only: the roster entry (legal adviser) the account signs in as; one account per adviser */
  adviserId?: InputMaybe<Scalars['ID']['input']>;
  /** Name shown in the console and the audit trail; for an adviser, their roster name when left out */
  displayName?: InputMaybe<Scalars['String']['input']>;
  /** BUREAU_ADMIN, OFFICE_STAFF, ANALYST or ADVISER (party accounts are made by signing in with a phone code) */
  role: Role;
  /** The region the account serves: a township for OFFICE_STAFF, a county or city for BUREAU_ADMIN, any region above the villages for ANALYST; in your own region */
  scopeRegionId?: InputMaybe<Scalars['ID']['input']>;
  /** Sign-in name: 2 to 64 letters, digits, dots, dashes or underscores. For an adviser it may be left out: adviser.<licence number> */
  username?: InputMaybe<Scalars['String']['input']>;
};

/** The bureau’s decision on an objection */
export type DecideObjectionInput = {
  /** Points to add (or take away) when upholding, −20 to 20 in hundredths; 0 re-grades only */
  adjustmentPoints?: Scalars['Float']['input'];
  /** Why: shown to the adviser and kept in the audit trail */
  reason: Scalars['String']['input'];
  /** True to uphold the objection, false to reject it */
  uphold: Scalars['Boolean']['input'];
  /** The objection’s version you read; a stale one is CONFLICT */
  version: Scalars['Int']['input'];
};

/** 婚姻家庭, 邻里, 房屋宅基地, 合同, 生产经营, 损害赔偿, 山林土地, 征地拆迁, 环境污染, 劳动争议, 消费, 医疗, 道路交通事故, 物业, 其他 */
export type DisputeType =
  /** 消费 */
  | 'CONSUMER'
  /** 合同 */
  | 'CONTRACT'
  /** 损害赔偿 */
  | 'DAMAGES'
  /** 环境污染 */
  | 'ENVIRONMENT'
  /** 山林土地 */
  | 'FOREST_LAND'
  /** 房屋宅基地 */
  | 'HOUSING_HOMESTEAD'
  /** 劳动争议 */
  | 'LABOUR'
  /** 征地拆迁 */
  | 'LAND_EXPROPRIATION'
  /** 婚姻家庭 */
  | 'MARRIAGE_FAMILY'
  /** 医疗 */
  | 'MEDICAL'
  /** 邻里 */
  | 'NEIGHBOUR'
  /** 其他 */
  | 'OTHER'
  /** 生产经营 */
  | 'PRODUCTION_BUSINESS'
  /** 物业 */
  | 'PROPERTY_MANAGEMENT'
  /** 道路交通事故 */
  | 'TRAFFIC_ACCIDENT';

/** Raise a case to a higher level (上移) */
export type EscalateCaseInput = {
  /** TOWNSHIP or COUNTY: only upwards */
  level: CaseLevel;
  /** The case version you saw; a stale one is CONFLICT */
  version?: InputMaybe<Scalars['Int']['input']>;
};

/** An evidence photo (图片佐证) behind a short-lived signed link */
export type EvidencePhoto = {
  /** The attachment’s id */
  id: Scalars['ID']['output'];
  /** MIME type, e.g. image/jpeg */
  mime: Scalars['String']['output'];
  /** Signed link (/files/…), valid for a few minutes */
  url: Scalars['String']['output'];
};

/** One field that changed; villages are compared as one text, e.g. 天宁镇东庄村、西营镇西沟村 */
export type FieldChange = {
  /** name, gender, phone, profession, licenceNo, provider, serviceScope or villages */
  field: Scalars['String']['output'];
  /** Value in the previous filing; null when empty */
  from: Maybe<Scalars['String']['output']>;
  /** Value in this filing; null when empty */
  to: Maybe<Scalars['String']['output']>;
};

/** 备案名册中的法律顾问: details as they stood on the filing’s date */
export type FiledAdviser = {
  /** The adviser */
  adviserId: Scalars['ID']['output'];
  /** 性别 */
  gender: Gender;
  /** Day they joined the roster */
  joinedOn: Scalars['Date']['output'];
  /** Practising licence number (执业证号) */
  licenceNo: Scalars['String']['output'];
  /** Full name */
  name: Scalars['String']['output'];
  /** Contact phone */
  phone: Scalars['String']['output'];
  /** 职业 */
  profession: Profession;
  /** The provider’s name (所属机构) */
  provider: Maybe<Scalars['String']['output']>;
  /** Service scope (服务范围) */
  serviceScope: Scalars['String']['output'];
  /** Villages served on the filing’s date */
  villages: Array<FiledVillage>;
};

/** 备案时结对的村（社区） */
export type FiledVillage = {
  /** The village */
  id: Scalars['ID']['output'];
  /** Its name on the filing’s date */
  name: Scalars['String']['output'];
  /** The township (乡镇) name */
  township: Scalars['String']['output'];
};

/** 与上次备案相比的变动: added, removed, changed */
export type FilingDiff = {
  /** Advisers new since the previous filing */
  added: Array<FiledAdviser>;
  /** Advisers whose details differ */
  changed: Array<ChangedAdviser>;
  /** The filing compared with; null for the county’s first filing (everyone is added) */
  previousNumber: Maybe<Scalars['Int']['output']>;
  /** Advisers in the previous filing but not this one */
  removed: Array<FiledAdviser>;
};

/** 性别 */
export type Gender =
  /** 女 */
  | 'FEMALE'
  /** 男 */
  | 'MALE';

/** A factor for an assessment grade (for example 不合格 → "0", 基本合格 → "0.8") */
export type GradeFactorInput = {
  /** A non-negative decimal with at most six places, at most 10 */
  factor: Scalars['String']['input'];
  /** The grade */
  grade: AssessmentGrade;
};

/** A factor on a year’s paid subsidies for an assessment grade, applied by the year-end settlement */
export type GradeFactorView = {
  /** The factor as an exact decimal (for example "0.8"); amounts round half up to the fen */
  factor: Scalars['String']['output'];
  /** The published assessment grade */
  grade: AssessmentGrade;
};

/** 工作亮点 */
export type Highlight = {
  /** When it was recorded */
  createdAt: Scalars['DateTime']['output'];
  /** Stable identifier (UUID) */
  id: Scalars['ID']['output'];
  /** When the bureau marked it a model case; null when not marked */
  markedAt: Maybe<Scalars['DateTime']['output']>;
  /** Marked by the bureau as a model case (先进典型) */
  modelCase: Scalars['Boolean']['output'];
  /** Evidence photos (图片佐证) */
  photos: Array<EvidencePhoto>;
  /** What the adviser did well */
  text: Scalars['String']['output'];
  /** Title of the highlight */
  title: Scalars['String']['output'];
  /** Township of the office that reported it */
  township: Region;
};

/** A highlight of the check; with an id it updates that highlight (keeping its model-case mark) */
export type HighlightInput = {
  /** An existing highlight of this check to update; null for a new one */
  id?: InputMaybe<Scalars['ID']['input']>;
  /** Evidence photos you uploaded (POST /api/uploads) */
  photoIds?: Array<Scalars['ID']['input']>;
  /** What the adviser did well */
  text: Scalars['String']['input'];
  /** Title of the highlight */
  title: Scalars['String']['input'];
};

/** A case registered, before parties were kept per case, with an ID number already on file */
export type IdNumberReuseRow = {
  /** The case registered */
  caseId: Scalars['ID']['output'];
  /** Its case number */
  caseNo: Scalars['String']['output'];
  /** The earlier case whose party the registration was shown */
  earlierCaseNo: Scalars['String']['output'];
  /** When it was registered */
  registeredAt: Scalars['DateTime']['output'];
  /** Who registered it (username) */
  registeredBy: Maybe<Scalars['String']['output']>;
  /** Whether the registrant was an adviser of the earlier case, and so could read that party anyway */
  registrantEntitled: Scalars['Boolean']['output'];
};

/** How an indicator scores: a ratio, a count against a target, or a mean of ratings */
export type IndicatorKind =
  /** 计数：min(数量 / 目标, 1) × 100 */
  | 'COUNT'
  /** 平均分 */
  | 'MEAN'
  /** 比例：分子 / 分母 × 100 */
  | 'RATIO';

/** Judicial confirmation (司法确认, 人民调解法 art. 33): the application, and the court’s decision when known */
export type JudicialConfirmationInput = {
  /** Day the parties applied (YYYY-MM-DD) */
  appliedOn: Scalars['Date']['input'];
  /** The court applied to */
  court: Scalars['String']['input'];
  /** Day the court decided; with result */
  decidedOn?: InputMaybe<Scalars['Date']['input']>;
  /** The court’s decision; leave null while pending */
  result?: InputMaybe<ConfirmationResult>;
  /** Ruling number (裁定书文号) */
  rulingNo?: InputMaybe<Scalars['String']['input']>;
  /** The agreement’s version you read; a stale one is CONFLICT */
  version: Scalars['Int']['input'];
};

/** 司法所 */
export type JudicialOffice = {
  /** Postal address; null when not recorded */
  address: Maybe<Scalars['String']['output']>;
  /** Stable identifier (UUID) */
  id: Scalars['ID']['output'];
  /** e.g. 天宁司法所 */
  name: Scalars['String']['output'];
  /** Supervision phone (监督电话) printed on notice boards */
  phone: Scalars['String']['output'];
  /** The township (乡镇) the office serves */
  township: Region;
};

/** Criteria for the office list; all optional */
export type JudicialOfficeFilter = {
  /** Only these ids (react-admin getMany) */
  ids?: InputMaybe<Array<Scalars['ID']['input']>>;
  /** The office of this township */
  townshipId?: InputMaybe<Scalars['ID']['input']>;
};

/** One page of JudicialOffice rows and how many match */
export type JudicialOfficeList = {
  /** The rows of this page */
  items: Array<JudicialOffice>;
  /** Pass as `options.after` for the next page; null on the last page */
  nextCursor: Maybe<Scalars['String']['output']>;
  /** Rows matching the filter within your jurisdiction, before skip and take; exact up to 10,000, past that 10,000 with totalItemsExact false. Counted only when selected */
  totalItems: Scalars['Int']['output'];
  /** False when more than 10,000 rows match and totalItems is a floor (shown as “10,000+”) */
  totalItemsExact: Scalars['Boolean']['output'];
};

/** Paging, sorting and filtering of a JudicialOffice list; all optional */
export type JudicialOfficeListOptions = {
  /** Keyset pagination: the `nextCursor` of the previous page, with the same sort and filter. Page 5,000 then costs what page 1 does; `skip` counts on from the cursor */
  after?: InputMaybe<Scalars['String']['input']>;
  /** Only rows matching every given criterion */
  filter?: InputMaybe<JudicialOfficeFilter>;
  /** Rows to skip (default 0) */
  skip?: InputMaybe<Scalars['Int']['input']>;
  /** Sort keys in order of precedence; without them the order is the query’s default */
  sort?: InputMaybe<Array<JudicialOfficeSort>>;
  /** Rows to return, at most 100 (default 25) */
  take?: InputMaybe<Scalars['Int']['input']>;
};

/** One sort key of a JudicialOffice list; later keys break ties of earlier ones */
export type JudicialOfficeSort = {
  /** What to sort on */
  field: JudicialOfficeSortField;
  /** ASC unless given */
  order?: SortOrder;
};

/** What a JudicialOffice list can be sorted on; id always breaks ties */
export type JudicialOfficeSortField =
  /** By `name` */
  | 'NAME';

/** A count under a key (an enum value: status, dispute type, source or level) */
export type KeyCount = {
  /** Cases with it */
  count: Scalars['Int']['output'];
  /** The enum value, e.g. IN_MEDIATION or MARRIAGE_FAMILY */
  key: Scalars['String']['output'];
};

/** A count under a key, as published to you (see CountCell) */
export type KeyCountCell = {
  /** Cases with it */
  count: CountCell;
  /** The enum value, e.g. IN_MEDIATION or MARRIAGE_FAMILY */
  key: Scalars['String']['output'];
};

/** 村居（社区）法律顾问 */
export type LegalAdviser = {
  /** Pairings in force today, of villages in your jurisdiction (villageCount counts them all) */
  currentPairings: Array<Pairing>;
  /** Part of the seeded demo data, not a real adviser */
  demo: Scalars['Boolean']['output'];
  /** 性别 */
  gender: Gender;
  /** Roster history: joining, suspension, reinstatement, removal, changes */
  history: Array<RosterEvent>;
  /** Stable identifier (UUID) */
  id: Scalars['ID']['output'];
  /** Practising licence number (执业证号), unique */
  licenceNo: Scalars['String']['output'];
  /** Full name (姓名) */
  name: Scalars['String']['output'];
  /** Serves more villages than the load cap setting (flagged, not blocked) */
  overloaded: Scalars['Boolean']['output'];
  /** The adviser’s public contact phone, as printed on notice boards */
  phone: Scalars['String']['output'];
  /** A link to the photo (/files/…), signed for 10 minutes; null without a photo */
  photoUrl: Maybe<Scalars['String']['output']>;
  /** 职业: lawyer, grassroots legal worker, … */
  profession: Profession;
  /** The law firm or office the adviser works for (所属机构); null when none */
  provider: Maybe<Provider>;
  /** Service scope (服务范围) as printed on notice boards */
  serviceScope: Scalars['String']['output'];
  /** Standing on the roster */
  status: AdviserStatus;
  /** Send back with edits; a stale version is refused with CONFLICT */
  version: Scalars['Int']['output'];
  /** Number of villages served today */
  villageCount: Scalars['Int']['output'];
  /** Villages the adviser serves today that lie in your jurisdiction (villageCount counts them all) */
  villages: Array<Village>;
};

/** Criteria for the adviser list; all optional, combined with AND */
export type LegalAdviserFilter = {
  /** Only these ids (react-admin getMany) */
  ids?: InputMaybe<Array<Scalars['ID']['input']>>;
  /** Of this profession */
  profession?: InputMaybe<Profession>;
  /** Working for this provider */
  providerId?: InputMaybe<Scalars['ID']['input']>;
  /** Name, phone or licence number contains */
  q?: InputMaybe<Scalars['String']['input']>;
  /** With this roster status */
  status?: InputMaybe<AdviserStatus>;
  /** Advisers serving a village of this township today */
  townshipId?: InputMaybe<Scalars['ID']['input']>;
  /** YYYY-MM: advisers the township office has not yet checked (每月核查) that month */
  uncheckedInMonth?: InputMaybe<Scalars['String']['input']>;
};

/** One page of LegalAdviser rows and how many match */
export type LegalAdviserList = {
  /** The rows of this page */
  items: Array<LegalAdviser>;
  /** Pass as `options.after` for the next page; null on the last page */
  nextCursor: Maybe<Scalars['String']['output']>;
  /** Rows matching the filter within your jurisdiction, before skip and take; exact up to 10,000, past that 10,000 with totalItemsExact false. Counted only when selected */
  totalItems: Scalars['Int']['output'];
  /** False when more than 10,000 rows match and totalItems is a floor (shown as “10,000+”) */
  totalItemsExact: Scalars['Boolean']['output'];
};

/** Paging, sorting and filtering of a LegalAdviser list; all optional */
export type LegalAdviserListOptions = {
  /** Keyset pagination: the `nextCursor` of the previous page, with the same sort and filter. Page 5,000 then costs what page 1 does; `skip` counts on from the cursor */
  after?: InputMaybe<Scalars['String']['input']>;
  /** Only rows matching every given criterion */
  filter?: InputMaybe<LegalAdviserFilter>;
  /** Rows to skip (default 0) */
  skip?: InputMaybe<Scalars['Int']['input']>;
  /** Sort keys in order of precedence; without them the order is the query’s default */
  sort?: InputMaybe<Array<LegalAdviserSort>>;
  /** Rows to return, at most 100 (default 25) */
  take?: InputMaybe<Scalars['Int']['input']>;
};

/** One sort key of a LegalAdviser list; later keys break ties of earlier ones */
export type LegalAdviserSort = {
  /** What to sort on */
  field: LegalAdviserSortField;
  /** ASC unless given */
  order?: SortOrder;
};

/** What a LegalAdviser list can be sorted on; id always breaks ties */
export type LegalAdviserSortField =
  /** By `createdAt` */
  | 'CREATED_AT'
  /** By `licenceNo` */
  | 'LICENCE_NO'
  /** By `name` */
  | 'NAME'
  /** By `profession` */
  | 'PROFESSION'
  /** By `status` */
  | 'STATUS';

/** Payment of a confirmed statement */
export type MarkPaidInput = {
  /** The day it was paid */
  paidOn: Scalars['Date']['input'];
  /** The version you read; a stale one is CONFLICT */
  version: Scalars['Int']['input'];
  /** The payment voucher number (凭证号) */
  voucherNo: Scalars['String']['input'];
};

/** 人民调解案件 */
export type MediationCase = {
  /** Day it was accepted (受理); null before */
  acceptedOn: Maybe<Scalars['Date']['output']>;
  /** 查阅记录: who read this case’s confidential text and when, newest first (at most 200), from the audit trail. For the case’s parties and assigned advisers, and the bureau; null for everyone else. Other parties are shown masked */
  accessLog: Maybe<Array<CaseRead>>;
  /** Assigned advisers */
  advisers: Array<LegalAdviser>;
  /** The agreement; null until one is recorded. Its content is confidential */
  agreement: Maybe<Agreement>;
  /** Amount involved, in fen */
  amountFen: Scalars['Int']['output'];
  /** Whether you may read this case’s confidential text */
  canReadConfidential: Scalars['Boolean']['output'];
  /** Case number, per county and year, e.g. （2026）交调字第12号; unique within the county only */
  caseNo: Scalars['String']['output'];
  /** Day it was closed; null while open */
  closedOn: Maybe<Scalars['Date']['output']>;
  /** Why it was closed; null while open */
  closureReason: Maybe<ClosureReason>;
  /** When it was registered in the system */
  createdAt: Scalars['DateTime']['output'];
  /** Acceptance + 30 days: when mediation should have ended */
  deadline: Maybe<Scalars['Date']['output']>;
  /** Category of the dispute (纠纷类型, Ministry of Justice statistics) */
  disputeType: DisputeType;
  /** What happened to the case beside its workflow steps (reassignments), oldest first */
  events: Array<CaseEvent>;
  /** Stable identifier (UUID) */
  id: Scalars['ID']['output'];
  /** The lead adviser (主办法律顾问) the bureau named, one of the assigned advisers (setCaseLeadAdviser); null when none */
  leadAdviserId: Maybe<Scalars['ID']['output']>;
  /** Where the case is being handled: village, township or county and above */
  level: CaseLevel;
  /** Committee mediators (人民调解员) taking part */
  mediators: Array<CommitteeMember>;
  /** Open, and no active adviser is assigned any more (theirs was suspended or removed): to reassign */
  needsAdviser: Scalars['Boolean']['output'];
  /** Still open after its 30 days */
  overdue: Scalars['Boolean']['output'];
  /** Parties; names, phones and ID numbers masked unless you are in the case */
  parties: Array<CaseParty>;
  /** Day the dispute was received */
  receivedOn: Scalars['Date']['output'];
  /** Kind of referring body; null unless the source is REFERRAL */
  referrerKind: Maybe<ReferrerKind>;
  /** The referring body (委托移送单位) */
  referrerName: Maybe<Scalars['String']['output']>;
  /** Where it was resolved (小事不出村、大事不出镇) */
  resolvedLevel: Maybe<CaseLevel>;
  /** Return visits (回访), oldest first */
  returnVisits: Array<ReturnVisit>;
  /** Mediation sessions (调解记录), oldest first; each record is confidential */
  sessions: Array<MediationSession>;
  /** How the case came in (案件来源) */
  source: CaseSource;
  /** Where the case is in its workflow */
  status: CaseStatus;
  /** ★ Confidential: the parties and assigned advisers only; null for everyone else; every read is audited */
  summary: Maybe<Scalars['String']['output']>;
  /** 一般, 疑难 or 重大 */
  tier: CaseTier;
  /** Township of that village */
  township: Region;
  /** Send it back with a workflow step; a stale one is CONFLICT */
  version: Scalars['Int']['output'];
  /** Village or community where the dispute arose */
  village: Village;
};

/** Criteria for the case list; all optional, combined with AND */
export type MediationCaseFilter = {
  /** Cases this adviser is assigned to */
  adviserId?: InputMaybe<Scalars['ID']['input']>;
  /** true: cases whose agreement is not yet brought for judicial confirmation and whose 30-day window closes within 7 days, as `Agreement.confirmationDueSoon` says */
  confirmationDueSoon?: InputMaybe<Scalars['Boolean']['input']>;
  /** Of this dispute type */
  disputeType?: InputMaybe<DisputeType>;
  /** Only these ids (react-admin getMany) */
  ids?: InputMaybe<Array<Scalars['ID']['input']>>;
  /** Currently handled at this level */
  level?: InputMaybe<CaseLevel>;
  /** Open cases left without an active adviser (theirs was suspended or removed): to reassign */
  needsAdviser?: InputMaybe<Scalars['Boolean']['input']>;
  /** true: open cases past their deadline (accepted more than 30 days ago), as `overdue` says; false: all others */
  overdue?: InputMaybe<Scalars['Boolean']['input']>;
  /** Case number contains (never searches confidential text) */
  q?: InputMaybe<Scalars['String']['input']>;
  /** Received on or after */
  receivedFrom?: InputMaybe<Scalars['Date']['input']>;
  /** Received on or before */
  receivedTo?: InputMaybe<Scalars['Date']['input']>;
  /** Resolved at this level (小事不出村、大事不出镇), as the statistics count them */
  resolvedLevel?: InputMaybe<CaseLevel>;
  /** Of this source */
  source?: InputMaybe<CaseSource>;
  /** Any of these statuses */
  status?: InputMaybe<Array<CaseStatus>>;
  /** In this township */
  townshipId?: InputMaybe<Scalars['ID']['input']>;
  /** In this village */
  villageId?: InputMaybe<Scalars['ID']['input']>;
};

/** One page of MediationCase rows and how many match */
export type MediationCaseList = {
  /** The rows of this page */
  items: Array<MediationCase>;
  /** Pass as `options.after` for the next page; null on the last page */
  nextCursor: Maybe<Scalars['String']['output']>;
  /** Rows matching the filter within your jurisdiction, before skip and take; exact up to 10,000, past that 10,000 with totalItemsExact false. Counted only when selected */
  totalItems: Scalars['Int']['output'];
  /** False when more than 10,000 rows match and totalItems is a floor (shown as “10,000+”) */
  totalItemsExact: Scalars['Boolean']['output'];
};

/** Paging, sorting and filtering of a MediationCase list; all optional */
export type MediationCaseListOptions = {
  /** Keyset pagination: the `nextCursor` of the previous page, with the same sort and filter. Page 5,000 then costs what page 1 does; `skip` counts on from the cursor */
  after?: InputMaybe<Scalars['String']['input']>;
  /** Only rows matching every given criterion */
  filter?: InputMaybe<MediationCaseFilter>;
  /** Rows to skip (default 0) */
  skip?: InputMaybe<Scalars['Int']['input']>;
  /** Sort keys in order of precedence; without them the order is the query’s default */
  sort?: InputMaybe<Array<MediationCaseSort>>;
  /** Rows to return, at most 100 (default 25) */
  take?: InputMaybe<Scalars['Int']['input']>;
};

/** One sort key of a MediationCase list; later keys break ties of earlier ones */
export type MediationCaseSort = {
  /** What to sort on */
  field: MediationCaseSortField;
  /** ASC unless given */
  order?: SortOrder;
};

/** What a MediationCase list can be sorted on; id always breaks ties */
export type MediationCaseSortField =
  /** By `amountFen` */
  | 'AMOUNT_FEN'
  /** By `caseNo` */
  | 'CASE_NO'
  /** By `createdAt` */
  | 'CREATED_AT'
  /** By `disputeType` */
  | 'DISPUTE_TYPE'
  /** By `receivedOn` */
  | 'RECEIVED_ON'
  /** By `status` */
  | 'STATUS';

/** 人民调解委员会 */
export type MediationCommittee = {
  /** Has a fixed office (固定办公用房) */
  fixedOffice: Scalars['Boolean']['output'];
  /** Stable identifier (UUID) */
  id: Scalars['ID']['output'];
  /** Has a mediation room (调解室) */
  mediationRoom: Scalars['Boolean']['output'];
  /** Its mediators (人民调解员) */
  members: Array<CommitteeMember>;
  /** e.g. 东庄村人民调解委员会 */
  name: Scalars['String']['output'];
  /** The adviser notice board (公示牌) is posted */
  noticeBoardPosted: Scalars['Boolean']['output'];
  /** Send it back with updateMediationCommittee; a stale one is CONFLICT */
  version: Scalars['Int']['output'];
};

/** 调解记录 */
export type MediationSession = {
  /** When the session was held */
  at: Scalars['DateTime']['output'];
  /** Stable identifier (UUID) */
  id: Scalars['ID']['output'];
  /** Online or in person */
  mode: SessionMode;
  /** Who took part, by role (e.g. 申请人、被申请人、调解员); names are in the confidential record */
  participants: Scalars['String']['output'];
  /** Where it was held */
  place: Scalars['String']['output'];
  /** ★ Confidential session record: the parties and assigned advisers only; audited */
  record: Maybe<Scalars['String']['output']>;
};

/** A mediation session (调解记录) */
export type MediationSessionInput = {
  /** When it was held; not in the future */
  at: Scalars['DateTime']['input'];
  /** Online or in person */
  mode: SessionMode;
  /** Who took part, by role (e.g. 申请人、被申请人、调解员) */
  participants: Scalars['String']['input'];
  /** Where it was held */
  place: Scalars['String']['input'];
  /** ★ Confidential record of the session */
  record: Scalars['String']['input'];
};

/** 会商参加单位 */
export type MeetingParticipant = {
  /** Stable identifier (UUID) */
  id: Scalars['ID']['output'];
  /** Office, provider or village */
  kind: ParticipantKind;
  /** Its name when it was added */
  name: Scalars['String']['output'];
  /** The judicial office; null unless kind is OFFICE */
  office: Maybe<JudicialOffice>;
  /** The provider; null unless kind is PROVIDER */
  provider: Maybe<Provider>;
  /** The village, when it lies in your jurisdiction (its name is on the participant) */
  village: Maybe<Village>;
};

/** 司法所对法律顾问的每月核查 */
export type MonthlyCheck = {
  /** The adviser checked */
  adviser: LegalAdviser;
  /** 案件跟进到位 */
  casesFollowedUp: Scalars['Boolean']['output'];
  /** When the check was recorded */
  checkedAt: Scalars['DateTime']['output'];
  /** The office account that recorded it */
  checkedBy: User;
  /** Highlights (亮点) reported with the check */
  highlights: Array<Highlight>;
  /** Stable identifier (UUID) */
  id: Scalars['ID']['output'];
  /** 工作日志填写完整 */
  logComplete: Scalars['Boolean']['output'];
  /** YYYY-MM */
  month: Scalars['String']['output'];
  /** The office’s notes; empty when none */
  notes: Scalars['String']['output'];
  /** 公示牌已张贴 */
  noticeBoardPosted: Scalars['Boolean']['output'];
  /** 优秀, 良好, 一般 or 较差 */
  rating: CheckRating;
  /** Township of the checking office */
  township: Region;
  /** 季度法治培训按计划开展 */
  trainingOnTrack: Scalars['Boolean']['output'];
  /** Send it back with updateMonthlyCheck; a stale one is CONFLICT */
  version: Scalars['Int']['output'];
};

/** Criteria for the check list; all optional, combined with AND */
export type MonthlyCheckFilter = {
  /** Of this adviser */
  adviserId?: InputMaybe<Scalars['ID']['input']>;
  /** Only these ids (react-admin getMany) */
  ids?: InputMaybe<Array<Scalars['ID']['input']>>;
  /** Only checks with a highlight marked a model case */
  modelCase?: InputMaybe<Scalars['Boolean']['input']>;
  /** YYYY-MM */
  month?: InputMaybe<Scalars['String']['input']>;
  /** With this rating */
  rating?: InputMaybe<CheckRating>;
  /** By the office of this township */
  townshipId?: InputMaybe<Scalars['ID']['input']>;
};

/** The office’s check of one adviser for one month; a month that has its check already is CONFLICT with its existingId */
export type MonthlyCheckInput = {
  /** The adviser checked */
  adviserId: Scalars['ID']['input'];
  /** 案件跟进到位: cases are followed up */
  casesFollowedUp: Scalars['Boolean']['input'];
  /** Highlights (亮点) to report to the bureau */
  highlights?: Array<HighlightInput>;
  /** 工作日志填写完整: the work log is complete */
  logComplete: Scalars['Boolean']['input'];
  /** YYYY-MM */
  month: Scalars['String']['input'];
  /** The office’s notes; empty unless given */
  notes?: Scalars['String']['input'];
  /** 公示牌已张贴: the notice board is posted */
  noticeBoardPosted: Scalars['Boolean']['input'];
  /** 优秀, 良好, 一般 or 较差 */
  rating: CheckRating;
  /** 季度法治培训按计划开展: quarterly trainings are on schedule */
  trainingOnTrack: Scalars['Boolean']['input'];
};

/** One page of MonthlyCheck rows and how many match */
export type MonthlyCheckList = {
  /** The rows of this page */
  items: Array<MonthlyCheck>;
  /** Pass as `options.after` for the next page; null on the last page */
  nextCursor: Maybe<Scalars['String']['output']>;
  /** Rows matching the filter within your jurisdiction, before skip and take; exact up to 10,000, past that 10,000 with totalItemsExact false. Counted only when selected */
  totalItems: Scalars['Int']['output'];
  /** False when more than 10,000 rows match and totalItems is a floor (shown as “10,000+”) */
  totalItemsExact: Scalars['Boolean']['output'];
};

/** Paging, sorting and filtering of a MonthlyCheck list; all optional */
export type MonthlyCheckListOptions = {
  /** Keyset pagination: the `nextCursor` of the previous page, with the same sort and filter. Page 5,000 then costs what page 1 does; `skip` counts on from the cursor */
  after?: InputMaybe<Scalars['String']['input']>;
  /** Only rows matching every given criterion */
  filter?: InputMaybe<MonthlyCheckFilter>;
  /** Rows to skip (default 0) */
  skip?: InputMaybe<Scalars['Int']['input']>;
  /** Sort keys in order of precedence; without them the order is the query’s default */
  sort?: InputMaybe<Array<MonthlyCheckSort>>;
  /** Rows to return, at most 100 (default 25) */
  take?: InputMaybe<Scalars['Int']['input']>;
};

/** One sort key of a MonthlyCheck list; later keys break ties of earlier ones */
export type MonthlyCheckSort = {
  /** What to sort on */
  field: MonthlyCheckSortField;
  /** ASC unless given */
  order?: SortOrder;
};

/** What a MonthlyCheck list can be sorted on; id always breaks ties */
export type MonthlyCheckSortField =
  /** By `checkedAt` */
  | 'CHECKED_AT'
  /** By `month` */
  | 'MONTH'
  /** By `rating` */
  | 'RATING';

/** 法律顾问月度工作日志报送 */
export type MonthlyReport = {
  /** The adviser whose month it is */
  adviser: LegalAdviser;
  /** Last day to submit on time (the deadline day of the next month) */
  deadline: Scalars['Date']['output'];
  /** Entries of the month that you may see (an office: those in its township) */
  entryCount: Scalars['Int']['output'];
  /** Its entries cannot change (submitted or approved) */
  frozen: Scalars['Boolean']['output'];
  /** Stable identifier (UUID) */
  id: Scalars['ID']['output'];
  /** First submitted after the deadline */
  late: Scalars['Boolean']['output'];
  /** YYYY-MM */
  month: Scalars['String']['output'];
  /** The printable monthly log (PDF, bearer token required) */
  pdfPath: Scalars['String']['output'];
  /** The office’s comments when returning (or approving) it */
  reviewComment: Maybe<Scalars['String']['output']>;
  /** When the office last reviewed it; null until reviewed */
  reviewedAt: Maybe<Scalars['DateTime']['output']>;
  /** The office account that reviewed it; null until reviewed */
  reviewedBy: Maybe<User>;
  /** Submitted, returned or approved */
  status: MonthlyReportStatus;
  /** The latest submission */
  submittedAt: Scalars['DateTime']['output'];
  /** How many times the office has returned it for correction */
  timesReturned: Scalars['Int']['output'];
  /** Minutes of those entries */
  totalMinutes: Scalars['Int']['output'];
  /** The township whose office reviews it */
  township: Region;
  /** Send back with a review; a stale version is refused with CONFLICT */
  version: Scalars['Int']['output'];
};

/** Criteria for the report list; all optional, combined with AND */
export type MonthlyReportFilter = {
  /** Of this adviser */
  adviserId?: InputMaybe<Scalars['ID']['input']>;
  /** Only these ids (react-admin getMany) */
  ids?: InputMaybe<Array<Scalars['ID']['input']>>;
  /** true: first submitted after the deadline; false: on time */
  late?: InputMaybe<Scalars['Boolean']['input']>;
  /** YYYY-MM */
  month?: InputMaybe<Scalars['String']['input']>;
  /** Any of these statuses */
  status?: InputMaybe<Array<MonthlyReportStatus>>;
  /** Reviewed by the office of this township */
  townshipId?: InputMaybe<Scalars['ID']['input']>;
};

/** One page of MonthlyReport rows and how many match */
export type MonthlyReportList = {
  /** The rows of this page */
  items: Array<MonthlyReport>;
  /** Pass as `options.after` for the next page; null on the last page */
  nextCursor: Maybe<Scalars['String']['output']>;
  /** Rows matching the filter within your jurisdiction, before skip and take; exact up to 10,000, past that 10,000 with totalItemsExact false. Counted only when selected */
  totalItems: Scalars['Int']['output'];
  /** False when more than 10,000 rows match and totalItems is a floor (shown as “10,000+”) */
  totalItemsExact: Scalars['Boolean']['output'];
};

/** Paging, sorting and filtering of a MonthlyReport list; all optional */
export type MonthlyReportListOptions = {
  /** Keyset pagination: the `nextCursor` of the previous page, with the same sort and filter. Page 5,000 then costs what page 1 does; `skip` counts on from the cursor */
  after?: InputMaybe<Scalars['String']['input']>;
  /** Only rows matching every given criterion */
  filter?: InputMaybe<MonthlyReportFilter>;
  /** Rows to skip (default 0) */
  skip?: InputMaybe<Scalars['Int']['input']>;
  /** Sort keys in order of precedence; without them the order is the query’s default */
  sort?: InputMaybe<Array<MonthlyReportSort>>;
  /** Rows to return, at most 100 (default 25) */
  take?: InputMaybe<Scalars['Int']['input']>;
};

/** One sort key of a MonthlyReport list; later keys break ties of earlier ones */
export type MonthlyReportSort = {
  /** What to sort on */
  field: MonthlyReportSortField;
  /** ASC unless given */
  order?: SortOrder;
};

/** What a MonthlyReport list can be sorted on; id always breaks ties */
export type MonthlyReportSortField =
  /** By `month` */
  | 'MONTH'
  /** By `status` */
  | 'STATUS'
  /** By `submittedAt` */
  | 'SUBMITTED_AT';

/** 未提交, 已提交（待审核）, 已退回, 已审核通过 */
export type MonthlyReportStatus =
  /** 已审核通过: entries frozen for good */
  | 'APPROVED'
  /** 未提交: the adviser is still writing the month */
  | 'DRAFT'
  /** 已退回: reopened for correction and resubmission */
  | 'RETURNED'
  /** 已提交（待审核）: entries frozen, awaiting the office */
  | 'SUBMITTED';

export type Mutation = {
  /** registered → accepted (受理) */
  acceptMediationCase: MediationCase;
  /** 签收: acknowledge a county’s roster filing (the city or province bureau above the county only); a filing already decided is CONFLICT */
  acknowledgeRosterFiling: RosterFiling;
  /** Add an action item to a meeting */
  addActionItem: ActionItem;
  /** Add a mediator to a village committee */
  addCommitteeMember: CommitteeMember;
  /** Correct a confirmed, unpaid statement with an adjustment line and its reason (bureau; lines are never edited; audited) */
  addSubsidyAdjustment: SubsidyStatementView;
  /** Apply a checked region table from a date, in one transaction: any bad row is BAD_USER_INPUT with extensions.problems, and nothing is written. The same file again changes nothing */
  applyRegionImport: RegionImportResult;
  /** The township office approves a submitted month; another township’s office is FORBIDDEN */
  approveMonthlyReport: MonthlyReport;
  /** Change your own password (also right after a one-time password): other sessions end; the fresh token keeps you signed in */
  changePassword: AuthPayload;
  /** First run of a real installation: with the one-time token from the server log, creates the root region and the first bureau administrator, and signs them in. CONFLICT (reason SETUP_DONE) once any account exists */
  completeSetup: AuthPayload;
  /** Write every adviser of a checked workbook in one transaction; any problem is BAD_USER_INPUT with extensions.problems, and nothing is written */
  confirmRosterImport: RosterImportResult;
  /** Confirm an adviser’s statement for an ended period: its lines are frozen and paid once */
  confirmSubsidyStatement: SubsidyStatementView;
  /** The bureau records a consultation meeting with its participants and action items */
  createConsultationMeeting: ConsultationMeeting;
  /** Add an adviser to the roster (a JOINED event) */
  createLegalAdviser: LegalAdviser;
  /** Register a dispute (登记): numbered per county and year */
  createMediationCase: MediationCase;
  /** Create an account, each with a one-time password shown once, for every active adviser you administer who has none; [] when none is missing */
  createMissingAdviserAccounts: Array<AccountCredentials>;
  /** The township office records its check of an adviser for a month, with highlights for the bureau; a month checked already is CONFLICT (reason CHECK_EXISTS) naming existingId */
  createMonthlyCheck: MonthlyCheck;
  /** Pair an adviser with a village; an overlap with another pairing of the village is CONFLICT */
  createPairing: Pairing;
  /** Add a provider to your county */
  createProvider: Provider;
  /** Create an account with a one-time password, shown once. A bureau: staff, analysts and advisers of its region; an office: advisers serving its township */
  createUser: AccountCredentials;
  /** Record a service in your work log; a submitted month is frozen (CONFLICT, reason MONTH_SUBMITTED). Sent with a clientKey, a repeat of the same entry returns the entry recorded the first time */
  createWorkLogEntry: WorkLogEntry;
  /** Uphold or reject an objection with a reason; upholding re-grades that adviser only */
  decideAssessmentObjection: AssessmentObjectionView;
  /** registered → declined (不予受理) */
  declineMediationCase: MediationCase;
  /** Delete an entry of yours; a submitted month is frozen (CONFLICT) */
  deleteWorkLogEntry: Scalars['Boolean']['output'];
  /** Disable an account: it cannot sign in and its tokens stop working at once */
  disableUser: User;
  /** Enable a disabled account again */
  enableUser: User;
  /** Set the last day of a pairing */
  endPairing: Pairing;
  /** Raise an open case to the township or county level */
  escalateMediationCase: MediationCase;
  /** in mediation → failed (调解不成) */
  failMediation: MediationCase;
  /** File the roster as of a date (名册备案): an immutable, numbered snapshot of the active advisers with the difference from the last filing. Download it as XLSX from GET /api/roster-filings/<id>.xlsx */
  fileRoster: RosterFiling;
  /** Sign in; wrong credentials give UNAUTHENTICATED */
  login: AuthPayload;
  /** Sign in as a party with the code sent to the phone */
  loginWithCode: AuthPayload;
  /** The bureau marks a highlight a model case (先进典型), or unmarks it */
  markModelCase: Highlight;
  /** Record the payment of a confirmed statement (date and voucher number) */
  markSubsidyStatementPaid: SubsidyStatementView;
  /** Check a county region table (XLSX or CSV: 统计用区划代码, 名称, 城乡分类代码) uploaded to POST /api/uploads: every bad row and the planned changes; writes nothing */
  previewRegionImport: RegionImportPreview;
  /** Check a roster workbook uploaded to POST /api/uploads (template: GET /api/roster-import/template.xlsx); writes nothing */
  previewRosterImport: RosterImportPreview;
  /** Publish (公示) a county’s year: every result frozen as computed now; only after the year ends unless closed early with a reason */
  publishAssessment: Assessment;
  /** Object (异议) to your own published result, once, within the objection window */
  raiseAssessmentObjection: AssessmentObjectionView;
  /** Give an open case another adviser (改派), e.g. after its adviser was suspended or removed; recorded as a case event */
  reassignMediationCase: MediationCase;
  /** Give a village a new adviser from a date: ends the current pairing the day before, in one transaction */
  reassignVillage: Pairing;
  /** Record the agreement (assigned advisers only); the case is resolved at its current level */
  recordAgreement: Agreement;
  /** The bureau records its annual training of advisers, with who attended */
  recordAnnualTraining: Training;
  /** Record the application for judicial confirmation and the court’s decision */
  recordJudicialConfirmation: Agreement;
  /** Record a session (assigned advisers only); the case is then in mediation */
  recordMediationSession: MediationSession;
  /** Record a return visit; its finding on performance updates the agreement */
  recordReturnVisit: ReturnVisit;
  /** An adviser records a quarterly training in a village they served that day; at least one photo */
  recordVillageTraining: Training;
  /** Any open case → referred to arbitration, litigation or administrative handling */
  referMediationCase: MediationCase;
  /** Reinstate a SUSPENDED adviser (a REINSTATED event) */
  reinstateLegalAdviser: LegalAdviser;
  /** Remove a mediator from the committee; true when removed */
  removeCommitteeMember: Scalars['Boolean']['output'];
  /** Remove an adviser from the roster; their pairings end the day before */
  removeLegalAdviser: LegalAdviser;
  /** Report that a village had no dispute in a month (零上报) */
  reportZeroDisputes: ZeroReport;
  /** Send a 6-digit sign-in code to a party’s phone (valid 5 minutes, 5 attempts); always true */
  requestLoginCode: Scalars['Boolean']['output'];
  /** Give an account a new one-time password, shown once: its sessions end and it must choose its own password at next sign-in */
  resetPassword: AccountCredentials;
  /** The township office returns a submitted month with comments; the adviser corrects and resubmits */
  returnMonthlyReport: MonthlyReport;
  /** Return a county’s roster filing with a comment saying what to correct (the city or province bureau above the county only); a filing already decided is CONFLICT */
  returnRosterFiling: RosterFiling;
  /** The assigned adviser’s legal review of the agreement (协议把关) */
  reviewAgreement: Agreement;
  /** Save a county’s assessment scheme for a year (bureau); weights must sum to 100 */
  saveAssessmentScheme: AssessmentScheme;
  /** Save a county’s subsidy rates from a date (bureau) */
  saveSubsidyRate: SubsidyRateView;
  /** Save a county’s subsidy settings (bureau) */
  saveSubsidySettings: SubsidySettingsView;
  /** Name the lead adviser (主办法律顾问) of a case, one of those assigned to it, or none; returns the lead (bureau; audited) */
  setCaseLeadAdviser: Maybe<Scalars['ID']['output']>;
  /** Set the adviser’s photo from an image uploaded to POST /api/uploads */
  setLegalAdviserPhoto: LegalAdviser;
  /** Replace the advisers who attended an annual training */
  setTrainingAttendance: Training;
  /** Settle a year by the published assessment grades: adjustment lines on each adviser’s settlement statement (period <year>-Y); paid statements never change; each line is settled once */
  settleSubsidyYear: Array<SubsidyStatementView>;
  /** accepted → in mediation */
  startMediation: MediationCase;
  /** Submit a month of your work log for review; its entries freeze. After a return, submit again */
  submitMonthlyReport: MonthlyReport;
  /** Suspend an ACTIVE adviser (a SUSPENDED event): their tokens stop working and their open cases wait for reassignment */
  suspendLegalAdviser: LegalAdviser;
  /** Mark an action item open or done, with a note; an office only its own items */
  updateActionItem: ActionItem;
  /** Change a mediator; a stale version is CONFLICT */
  updateCommitteeMember: CommitteeMember;
  /** Change a meeting: minutes, decisions, participants */
  updateConsultationMeeting: ConsultationMeeting;
  /** Change an adviser’s details (a CHANGED event); a stale version is CONFLICT */
  updateLegalAdviser: LegalAdviser;
  /** Update a village committee and its standardisation checklist */
  updateMediationCommittee: MediationCommittee;
  /** The township office changes its check, with the version it read (a stale one is CONFLICT) */
  updateMonthlyCheck: MonthlyCheck;
  /** Change a provider; a stale version is CONFLICT */
  updateProvider: Provider;
  /** Edit a township of your county: terrain, kind (镇/乡/街道) and its office’s supervision phone; a stale version is CONFLICT */
  updateRegion: Region;
  /** Change a region’s own settings (bureau only): a county’s, or a city’s or province’s defaults for the counties that set none; a stale version is CONFLICT */
  updateSettings: Settings;
  /** Change an account’s display name or scope region; send the version you read */
  updateUser: User;
  /** Change an entry of yours; a submitted month is frozen (CONFLICT), as is a stale version */
  updateWorkLogEntry: WorkLogEntry;
  /** accepted or in mediation → withdrawn (撤回) */
  withdrawMediationCase: MediationCase;
};


export type MutationAcceptMediationCaseArgs = {
  id: Scalars['ID']['input'];
  input?: InputMaybe<CaseStepInput>;
};


export type MutationAcknowledgeRosterFilingArgs = {
  id: Scalars['ID']['input'];
};


export type MutationAddActionItemArgs = {
  input: ActionItemInput;
  meetingId: Scalars['ID']['input'];
};


export type MutationAddCommitteeMemberArgs = {
  input: CommitteeMemberInput;
  villageId: Scalars['ID']['input'];
};


export type MutationAddSubsidyAdjustmentArgs = {
  input: SubsidyAdjustmentInput;
  statementId: Scalars['ID']['input'];
};


export type MutationApplyRegionImportArgs = {
  attachmentId: Scalars['ID']['input'];
  effectiveOn: Scalars['Date']['input'];
  fileName?: InputMaybe<Scalars['String']['input']>;
};


export type MutationApproveMonthlyReportArgs = {
  comment?: InputMaybe<Scalars['String']['input']>;
  id: Scalars['ID']['input'];
  version: Scalars['Int']['input'];
};


export type MutationChangePasswordArgs = {
  currentPassword: Scalars['String']['input'];
  newPassword: Scalars['String']['input'];
};


export type MutationCompleteSetupArgs = {
  input: CompleteSetupInput;
};


export type MutationConfirmRosterImportArgs = {
  attachmentId: Scalars['ID']['input'];
};


export type MutationConfirmSubsidyStatementArgs = {
  adviserId: Scalars['ID']['input'];
  countyId?: InputMaybe<Scalars['ID']['input']>;
  period: Scalars['String']['input'];
};


export type MutationCreateConsultationMeetingArgs = {
  input: CreateConsultationMeetingInput;
};


export type MutationCreateLegalAdviserArgs = {
  input: CreateLegalAdviserInput;
};


export type MutationCreateMediationCaseArgs = {
  input: CreateMediationCaseInput;
};


export type MutationCreateMonthlyCheckArgs = {
  input: MonthlyCheckInput;
};


export type MutationCreatePairingArgs = {
  input: CreatePairingInput;
};


export type MutationCreateProviderArgs = {
  input: ProviderInput;
};


export type MutationCreateUserArgs = {
  input: CreateUserInput;
};


export type MutationCreateWorkLogEntryArgs = {
  clientKey?: InputMaybe<Scalars['String']['input']>;
  input: WorkLogEntryInput;
};


export type MutationDecideAssessmentObjectionArgs = {
  id: Scalars['ID']['input'];
  input: DecideObjectionInput;
};


export type MutationDeclineMediationCaseArgs = {
  id: Scalars['ID']['input'];
  input?: InputMaybe<CaseStepInput>;
};


export type MutationDeleteWorkLogEntryArgs = {
  id: Scalars['ID']['input'];
};


export type MutationDisableUserArgs = {
  id: Scalars['ID']['input'];
};


export type MutationEnableUserArgs = {
  id: Scalars['ID']['input'];
};


export type MutationEndPairingArgs = {
  id: Scalars['ID']['input'];
  validTo: Scalars['Date']['input'];
};


export type MutationEscalateMediationCaseArgs = {
  id: Scalars['ID']['input'];
  input: EscalateCaseInput;
};


export type MutationFailMediationArgs = {
  id: Scalars['ID']['input'];
  input?: InputMaybe<CaseStepInput>;
};


export type MutationFileRosterArgs = {
  asOf: Scalars['Date']['input'];
};


export type MutationLoginArgs = {
  password: Scalars['String']['input'];
  username: Scalars['String']['input'];
};


export type MutationLoginWithCodeArgs = {
  code: Scalars['String']['input'];
  phone: Scalars['String']['input'];
};


export type MutationMarkModelCaseArgs = {
  highlightId: Scalars['ID']['input'];
  modelCase?: Scalars['Boolean']['input'];
};


export type MutationMarkSubsidyStatementPaidArgs = {
  id: Scalars['ID']['input'];
  input: MarkPaidInput;
};


export type MutationPreviewRegionImportArgs = {
  attachmentId: Scalars['ID']['input'];
};


export type MutationPreviewRosterImportArgs = {
  attachmentId: Scalars['ID']['input'];
};


export type MutationPublishAssessmentArgs = {
  closeEarlyReason?: InputMaybe<Scalars['String']['input']>;
  countyId?: InputMaybe<Scalars['ID']['input']>;
  year: Scalars['Int']['input'];
};


export type MutationRaiseAssessmentObjectionArgs = {
  reason: Scalars['String']['input'];
  resultId: Scalars['ID']['input'];
};


export type MutationReassignMediationCaseArgs = {
  id: Scalars['ID']['input'];
  input: ReassignMediationCaseInput;
};


export type MutationReassignVillageArgs = {
  input: ReassignVillageInput;
};


export type MutationRecordAgreementArgs = {
  caseId: Scalars['ID']['input'];
  input: AgreementInput;
};


export type MutationRecordAnnualTrainingArgs = {
  input: RecordAnnualTrainingInput;
};


export type MutationRecordJudicialConfirmationArgs = {
  caseId: Scalars['ID']['input'];
  input: JudicialConfirmationInput;
};


export type MutationRecordMediationSessionArgs = {
  caseId: Scalars['ID']['input'];
  input: MediationSessionInput;
};


export type MutationRecordReturnVisitArgs = {
  caseId: Scalars['ID']['input'];
  input: ReturnVisitInput;
};


export type MutationRecordVillageTrainingArgs = {
  input: RecordVillageTrainingInput;
};


export type MutationReferMediationCaseArgs = {
  id: Scalars['ID']['input'];
  input: ReferCaseInput;
};


export type MutationReinstateLegalAdviserArgs = {
  id: Scalars['ID']['input'];
  input: RosterChangeInput;
};


export type MutationRemoveCommitteeMemberArgs = {
  id: Scalars['ID']['input'];
};


export type MutationRemoveLegalAdviserArgs = {
  id: Scalars['ID']['input'];
  input: RosterChangeInput;
};


export type MutationReportZeroDisputesArgs = {
  month: Scalars['String']['input'];
  villageId: Scalars['ID']['input'];
};


export type MutationRequestLoginCodeArgs = {
  phone: Scalars['String']['input'];
};


export type MutationResetPasswordArgs = {
  id: Scalars['ID']['input'];
};


export type MutationReturnMonthlyReportArgs = {
  comment: Scalars['String']['input'];
  id: Scalars['ID']['input'];
  version: Scalars['Int']['input'];
};


export type MutationReturnRosterFilingArgs = {
  comment: Scalars['String']['input'];
  id: Scalars['ID']['input'];
};


export type MutationReviewAgreementArgs = {
  caseId: Scalars['ID']['input'];
  input: AgreementReviewInput;
};


export type MutationSaveAssessmentSchemeArgs = {
  input: SaveAssessmentSchemeInput;
};


export type MutationSaveSubsidyRateArgs = {
  input: SubsidyRateInput;
};


export type MutationSaveSubsidySettingsArgs = {
  input: SubsidySettingsInput;
};


export type MutationSetCaseLeadAdviserArgs = {
  adviserId?: InputMaybe<Scalars['ID']['input']>;
  caseId: Scalars['ID']['input'];
};


export type MutationSetLegalAdviserPhotoArgs = {
  adviserId: Scalars['ID']['input'];
  attachmentId: Scalars['ID']['input'];
};


export type MutationSetTrainingAttendanceArgs = {
  adviserIds: Array<Scalars['ID']['input']>;
  trainingId: Scalars['ID']['input'];
};


export type MutationSettleSubsidyYearArgs = {
  countyId?: InputMaybe<Scalars['ID']['input']>;
  year: Scalars['Int']['input'];
};


export type MutationStartMediationArgs = {
  id: Scalars['ID']['input'];
  input?: InputMaybe<CaseStepInput>;
};


export type MutationSubmitMonthlyReportArgs = {
  adviserId?: InputMaybe<Scalars['ID']['input']>;
  month: Scalars['String']['input'];
};


export type MutationSuspendLegalAdviserArgs = {
  id: Scalars['ID']['input'];
  input: RosterChangeInput;
};


export type MutationUpdateActionItemArgs = {
  id: Scalars['ID']['input'];
  note?: InputMaybe<Scalars['String']['input']>;
  status: ActionItemStatus;
  version: Scalars['Int']['input'];
};


export type MutationUpdateCommitteeMemberArgs = {
  id: Scalars['ID']['input'];
  input: CommitteeMemberInput;
  version: Scalars['Int']['input'];
};


export type MutationUpdateConsultationMeetingArgs = {
  id: Scalars['ID']['input'];
  input: UpdateConsultationMeetingInput;
};


export type MutationUpdateLegalAdviserArgs = {
  id: Scalars['ID']['input'];
  input: UpdateLegalAdviserInput;
};


export type MutationUpdateMediationCommitteeArgs = {
  input: UpdateCommitteeInput;
  villageId: Scalars['ID']['input'];
};


export type MutationUpdateMonthlyCheckArgs = {
  id: Scalars['ID']['input'];
  input: UpdateMonthlyCheckInput;
};


export type MutationUpdateProviderArgs = {
  id: Scalars['ID']['input'];
  input: ProviderInput;
  version: Scalars['Int']['input'];
};


export type MutationUpdateRegionArgs = {
  id: Scalars['ID']['input'];
  input: UpdateRegionInput;
};


export type MutationUpdateSettingsArgs = {
  input: SettingsInput;
  regionId?: InputMaybe<Scalars['ID']['input']>;
};


export type MutationUpdateUserArgs = {
  id: Scalars['ID']['input'];
  input: UpdateUserInput;
};


export type MutationUpdateWorkLogEntryArgs = {
  id: Scalars['ID']['input'];
  input: WorkLogEntryInput;
  version: Scalars['Int']['input'];
};


export type MutationWithdrawMediationCaseArgs = {
  id: Scalars['ID']['input'];
  input?: InputMaybe<CaseStepInput>;
};

/** Why a line pays nothing: 未达成协议, 无调解记录, 协议未把关, 未回访, 协议未履行, 已发放, 当月日志未审核通过, 无补贴标准, 非主办法律顾问 */
export type NonQualifyingReason =
  /** 已在其他清单中发放 */
  | 'ALREADY_PAID'
  /** 当月工作日志未审核通过 */
  | 'MONTH_NOT_APPROVED'
  /** 本县案件补贴由主办法律顾问领取，本人非主办 */
  | 'NOT_LEAD'
  /** 协议未履行 */
  | 'NOT_PERFORMED'
  /** 协议未经法律顾问把关通过 */
  | 'NOT_REVIEWED'
  /** 未达成调解协议 */
  | 'NO_AGREEMENT'
  /** 当日无适用的补贴标准 */
  | 'NO_RATE'
  /** 未回访 */
  | 'NO_RETURN_VISIT'
  /** 卷宗缺少调解记录 */
  | 'NO_SESSION_RECORD';

/** 待处理, 成立, 不成立 */
export type ObjectionStatus =
  /** 待处理 */
  | 'OPEN'
  /** 不成立 */
  | 'REJECTED'
  /** 成立 */
  | 'UPHELD';

/** 法律顾问与村居结对 */
export type Pairing = {
  /** In force today */
  active: Scalars['Boolean']['output'];
  /** The adviser */
  adviser: LegalAdviser;
  /** When it was recorded */
  createdAt: Scalars['DateTime']['output'];
  /** The adviser serves as deputy director of the village mediation committee (调委会副主任) */
  deputyDirector: Scalars['Boolean']['output'];
  /** Stable identifier (UUID) */
  id: Scalars['ID']['output'];
  /** First day of the pairing */
  validFrom: Scalars['Date']['output'];
  /** Last day of the pairing; null while it runs */
  validTo: Maybe<Scalars['Date']['output']>;
  /** The village or community, when it lies in your jurisdiction (an adviser: the villages they serve today); its name is in villageName */
  village: Maybe<Village>;
  /** The village paired, wherever it lies */
  villageId: Scalars['ID']['output'];
  /** The name of the village paired, wherever it lies */
  villageName: Scalars['String']['output'];
};

/** Criteria for the pairing list; all optional, combined with AND */
export type PairingFilter = {
  /** Only pairings in force on this date */
  activeOn?: InputMaybe<Scalars['Date']['input']>;
  /** Of this adviser */
  adviserId?: InputMaybe<Scalars['ID']['input']>;
  /** Only these ids (react-admin getMany) */
  ids?: InputMaybe<Array<Scalars['ID']['input']>>;
  /** Villages of this township */
  townshipId?: InputMaybe<Scalars['ID']['input']>;
  /** Of this village */
  villageId?: InputMaybe<Scalars['ID']['input']>;
};

/** One page of Pairing rows and how many match */
export type PairingList = {
  /** The rows of this page */
  items: Array<Pairing>;
  /** Pass as `options.after` for the next page; null on the last page */
  nextCursor: Maybe<Scalars['String']['output']>;
  /** Rows matching the filter within your jurisdiction, before skip and take; exact up to 10,000, past that 10,000 with totalItemsExact false. Counted only when selected */
  totalItems: Scalars['Int']['output'];
  /** False when more than 10,000 rows match and totalItems is a floor (shown as “10,000+”) */
  totalItemsExact: Scalars['Boolean']['output'];
};

/** Paging, sorting and filtering of a Pairing list; all optional */
export type PairingListOptions = {
  /** Keyset pagination: the `nextCursor` of the previous page, with the same sort and filter. Page 5,000 then costs what page 1 does; `skip` counts on from the cursor */
  after?: InputMaybe<Scalars['String']['input']>;
  /** Only rows matching every given criterion */
  filter?: InputMaybe<PairingFilter>;
  /** Rows to skip (default 0) */
  skip?: InputMaybe<Scalars['Int']['input']>;
  /** Sort keys in order of precedence; without them the order is the query’s default */
  sort?: InputMaybe<Array<PairingSort>>;
  /** Rows to return, at most 100 (default 25) */
  take?: InputMaybe<Scalars['Int']['input']>;
};

/** One sort key of a Pairing list; later keys break ties of earlier ones */
export type PairingSort = {
  /** What to sort on */
  field: PairingSortField;
  /** ASC unless given */
  order?: SortOrder;
};

/** What a Pairing list can be sorted on; id always breaks ties */
export type PairingSortField =
  /** By `createdAt` */
  | 'CREATED_AT'
  /** By `validFrom` */
  | 'VALID_FROM'
  /** By `validTo` */
  | 'VALID_TO';

/** 司法所, 律所等法律服务机构, 村（社区） */
export type ParticipantKind =
  /** 司法所 */
  | 'OFFICE'
  /** 律所等法律服务机构 */
  | 'PROVIDER'
  /** 村（社区） */
  | 'VILLAGE';

/** 申请人, 被申请人, 第三人 */
export type PartyRole =
  /** 申请人 */
  | 'APPLICANT'
  /** 被申请人 */
  | 'RESPONDENT'
  /** 第三人 */
  | 'THIRD_PARTY';

/** 履行情况 */
export type Performance =
  /** 未履行 */
  | 'NOT_PERFORMED'
  /** 部分履行 */
  | 'PARTIAL'
  /** 待履行: not yet due or not yet checked */
  | 'PENDING'
  /** 已履行 */
  | 'PERFORMED';

/** 律师, 基层法律服务工作者, 法律援助人员, 公证员, 其他 */
export type Profession =
  /** 基层法律服务工作者 */
  | 'GRASSROOTS_LEGAL_WORKER'
  /** 律师 */
  | 'LAWYER'
  /** 法律援助人员 */
  | 'LEGAL_AID'
  /** 公证员 */
  | 'NOTARY'
  /** 其他 */
  | 'OTHER';

/** 法律服务机构 */
export type Provider = {
  /** Postal address; null when none */
  address: Maybe<Scalars['String']['output']>;
  /** Part of the seeded demo data, not a real organisation */
  demo: Scalars['Boolean']['output'];
  /** Stable identifier (UUID) */
  id: Scalars['ID']['output'];
  /** What kind of organisation */
  kind: ProviderKind;
  /** Its name */
  name: Scalars['String']['output'];
  /** Contact phone; null when none */
  phone: Maybe<Scalars['String']['output']>;
  /** Send it back with an update; a stale one is CONFLICT */
  version: Scalars['Int']['output'];
};

/** Criteria for the provider list; all optional, combined with AND */
export type ProviderFilter = {
  /** Only these ids (react-admin getMany) */
  ids?: InputMaybe<Array<Scalars['ID']['input']>>;
  /** Of this kind */
  kind?: InputMaybe<ProviderKind>;
  /** Name contains */
  q?: InputMaybe<Scalars['String']['input']>;
};

/** A law firm, legal service office, legal-aid centre or notary office */
export type ProviderInput = {
  /** Postal address; null when none */
  address?: InputMaybe<Scalars['String']['input']>;
  /** What kind of organisation */
  kind: ProviderKind;
  /** Its name, e.g. 山西某某律师事务所 */
  name: Scalars['String']['input'];
  /** Contact phone; null when none */
  phone?: InputMaybe<Scalars['String']['input']>;
};

/** 律师事务所, 法律服务所, 法律援助中心, 公证处 */
export type ProviderKind =
  /** 律师事务所 */
  | 'LAW_FIRM'
  /** 法律援助中心 */
  | 'LEGAL_AID_CENTRE'
  /** 法律服务所 */
  | 'LEGAL_SERVICE_OFFICE'
  /** 公证处 */
  | 'NOTARY_OFFICE';

/** One page of Provider rows and how many match */
export type ProviderList = {
  /** The rows of this page */
  items: Array<Provider>;
  /** Pass as `options.after` for the next page; null on the last page */
  nextCursor: Maybe<Scalars['String']['output']>;
  /** Rows matching the filter within your jurisdiction, before skip and take; exact up to 10,000, past that 10,000 with totalItemsExact false. Counted only when selected */
  totalItems: Scalars['Int']['output'];
  /** False when more than 10,000 rows match and totalItems is a floor (shown as “10,000+”) */
  totalItemsExact: Scalars['Boolean']['output'];
};

/** Paging, sorting and filtering of a Provider list; all optional */
export type ProviderListOptions = {
  /** Keyset pagination: the `nextCursor` of the previous page, with the same sort and filter. Page 5,000 then costs what page 1 does; `skip` counts on from the cursor */
  after?: InputMaybe<Scalars['String']['input']>;
  /** Only rows matching every given criterion */
  filter?: InputMaybe<ProviderFilter>;
  /** Rows to skip (default 0) */
  skip?: InputMaybe<Scalars['Int']['input']>;
  /** Sort keys in order of precedence; without them the order is the query’s default */
  sort?: InputMaybe<Array<ProviderSort>>;
  /** Rows to return, at most 100 (default 25) */
  take?: InputMaybe<Scalars['Int']['input']>;
};

/** One sort key of a Provider list; later keys break ties of earlier ones */
export type ProviderSort = {
  /** What to sort on */
  field: ProviderSortField;
  /** ASC unless given */
  order?: SortOrder;
};

/** What a Provider list can be sorted on; id always breaks ties */
export type ProviderSortField =
  /** By `kind` */
  | 'KIND'
  /** By `name` */
  | 'NAME';

/** DONE: at least one training; MISSING: a past quarter without one; DUE: the current quarter, none yet; UPCOMING: a future quarter */
export type QuarterStatus =
  /** At least one training that quarter */
  | 'DONE'
  /** The current quarter, none yet */
  | 'DUE'
  /** A past quarter without one */
  | 'MISSING'
  /** A future quarter */
  | 'UPCOMING';

export type Query = {
  /** Federation: the entities these representations name, in order; each null where its root query (region, village, legalAdviser, mediationCase) would answer null for you */
  _entities: Array<Maybe<_Entity>>;
  /** Federation: this subgraph’s SDL, for composing a supergraph (signed-in viewers, as introspection) */
  _service: _Service;
  /** One action item; null when it does not exist or you may not see it */
  actionItem: Maybe<ActionItem>;
  /** Action items of the meetings you may see; filter overdue or your own */
  actionItems: ActionItemList;
  /** Each adviser of your jurisdiction and the annual trainings of the year they attended */
  annualTrainingAttendance: Array<AdviserTrainingAttendance>;
  /** A county’s year-end assessment computed live from the records: the bureau sees every adviser, an office those of its township, an adviser their own */
  assessment: Assessment;
  /** Grade counts by township for a year (the published snapshot once published): the analyst’s only view of the assessment, small cells suppressed; the bureau and an office (its township) see exact counts */
  assessmentGradeCounts: AssessmentGradeTable;
  /** The records behind one indicator of an adviser’s year (and the slots that were due with none), so an adviser can see why. They are the records as they are now: a published year’s figures are frozen, so records edited since may no longer add up to them. The bureau reaches its county’s advisers, an office those of its township, an adviser their own; NOT_FOUND otherwise */
  assessmentIndicatorRecords: Array<AssessmentIndicatorRecord>;
  /** A county’s assessment scheme for a year: the saved one or the built-in one */
  assessmentScheme: AssessmentScheme;
  /** The audit trail of your county, newest first: among others every read of confidential text */
  auditEvents: AuditEventList;
  /** Case counts for a fixed month, quarter or year: exact for the bureau and offices, small-cell suppressed for analysts (see CountCell) */
  caseCounts: CaseCounts;
  /** Case counts by status, type, source and level, and where cases were resolved, for any range of dates; no confidential data. Analysts: FORBIDDEN (FIXED_PERIODS_ONLY), they read caseCounts */
  caseStatistics: CaseStatistics;
  /** One meeting; null when it does not exist or you may not see it */
  consultationMeeting: Maybe<ConsultationMeeting>;
  /** Consultation meetings (会商): the bureau’s; an office, those it took part in */
  consultationMeetings: ConsultationMeetingList;
  /** Coverage of a township, county, city or province (default: your own region) on a date (default: today) */
  coverage: Coverage;
  /** The drafts of a period (草稿), computed from the records now: one per adviser not yet confirmed, a line per qualifying case or month of consultations and a line per case that does not qualify, with the reason */
  draftSubsidyStatement: Array<SubsidyStatementView>;
  /** One-off check: cases registered, before parties were kept per case, with a party ID number already on file (the registration showed the earlier record) */
  idNumberReuseReport: Array<IdNumberReuseRow>;
  /** One office; null when it does not exist or is outside your jurisdiction */
  judicialOffice: Maybe<JudicialOffice>;
  /** Judicial offices (司法所) of your jurisdiction, e.g. to pick meeting participants */
  judicialOffices: JudicialOfficeList;
  /** One adviser; null when it does not exist or is outside your jurisdiction */
  legalAdviser: Maybe<LegalAdviser>;
  /** The bureau: its roster; an office: advisers serving its township; an adviser: themselves */
  legalAdvisers: LegalAdviserList;
  /** The signed-in user; null when anonymous */
  me: Maybe<User>;
  /** One case; null when it does not exist or is outside your jurisdiction. ANALYST: FORBIDDEN */
  mediationCase: Maybe<MediationCase>;
  /** Cases in your jurisdiction (a party: their own); confidential text only for the entitled */
  mediationCases: MediationCaseList;
  /** One check; null when it does not exist or you may not see it */
  monthlyCheck: Maybe<MonthlyCheck>;
  /** Monthly checks: an adviser’s own, an office’s township, the bureau’s county */
  monthlyChecks: MonthlyCheckList;
  /** One submitted month; null when it does not exist or you may not see it */
  monthlyReport: Maybe<MonthlyReport>;
  /** Submitted months: an adviser’s own, an office’s township, the bureau’s county */
  monthlyReports: MonthlyReportList;
  /** One pairing; null when it does not exist or is outside your jurisdiction */
  pairing: Maybe<Pairing>;
  /** Pairings of villages in your jurisdiction (an adviser: their own) */
  pairings: PairingList;
  /** One provider; null when it does not exist or is not of your county */
  provider: Maybe<Provider>;
  /** Law firms, legal service offices, legal-aid centres and notary offices of your county */
  providers: ProviderList;
  /** One region; null when it does not exist or is outside your jurisdiction */
  region: Maybe<Region>;
  /** Regions in your jurisdiction */
  regions: RegionList;
  /** One filing; null when it does not exist or is not of your county */
  rosterFiling: Maybe<RosterFiling>;
  /** Roster filings (名册备案) of your county, or of every county of your city or province, newest first unless sorted */
  rosterFilings: RosterFilingList;
  /** The roster as it stood on a past date (名册), from its change history */
  rosterOn: Array<RosterEntry>;
  /** Settings in force for a county (default: your county), or a city’s or province’s defaults for its counties (bureau and offices) */
  settings: Settings;
  /** Whether the installation awaits its first-run setup (anyone may ask: the console asks before sign-in) */
  setupStatus: SetupStatus;
  /** A county’s subsidy rates (补贴标准), newest first */
  subsidyRates: Array<SubsidyRateView>;
  /** A county’s subsidy settings: how a case with several advisers is paid */
  subsidySettings: SubsidySettingsView;
  /** Subsidy statements of a period: confirmed ones as frozen, drafts computed from the records for the rest (bureau: every adviser; office: its township’s; adviser: own) */
  subsidyStatements: Array<SubsidyStatementView>;
  /** One training; null when it does not exist or you may not see it */
  training: Maybe<Training>;
  /** Quarterly village trainings, village × quarter, of a region (default: yours) for a year */
  trainingCompliance: TrainingCompliance;
  /** Trainings in your jurisdiction: village trainings there and your county’s annual trainings (an adviser: those they gave) */
  trainings: TrainingList;
  /** The sizes, types and quota that POST /api/uploads applies to you */
  uploadLimits: UploadLimits;
  /** One account; null when it does not exist or you do not administer it */
  user: Maybe<User>;
  /** Accounts you administer: a bureau its region’s staff and advisers, an office its advisers */
  users: UserList;
  /** One village or community; null when it does not exist or is outside your jurisdiction */
  village: Maybe<Village>;
  /** Every village for a month: cases, zero report, or silence */
  villageMonthReports: Array<VillageMonthReport>;
  /** The month’s villages of your jurisdiction counted per county, by division code: a city’s or province’s supervision overview */
  villageMonthSummary: Array<CountyMonthSummary>;
  /** Villages and communities in your jurisdiction */
  villages: VillageList;
  /** Work-log entries: an adviser’s own, an office’s township, the bureau’s county; analysts see personal data masked and no free text */
  workLogEntries: WorkLogEntryList;
  /** One entry; null when it does not exist or you may not see it */
  workLogEntry: Maybe<WorkLogEntry>;
  /** An adviser’s month, submitted or not (an adviser: their own; an office or the bureau: an adviser paired in its region) */
  workLogMonth: Maybe<WorkLogMonth>;
  /** The day’s work for your home page (首页待办): per item a count and the list filter that shows those rows. An adviser: the month to submit, overdue cases, confirmations closing, villages to train this quarter; an office: reports to review, advisers to check, overdue cases, silent villages; the bureau: uncovered villages, overdue action items, roster filings, late reports */
  workQueue: WorkQueue;
};


export type Query_EntitiesArgs = {
  representations: Array<Scalars['_Any']['input']>;
};


export type QueryActionItemArgs = {
  id: Scalars['ID']['input'];
};


export type QueryActionItemsArgs = {
  options?: InputMaybe<ActionItemListOptions>;
};


export type QueryAnnualTrainingAttendanceArgs = {
  year: Scalars['Int']['input'];
};


export type QueryAssessmentArgs = {
  countyId?: InputMaybe<Scalars['ID']['input']>;
  year: Scalars['Int']['input'];
};


export type QueryAssessmentGradeCountsArgs = {
  countyId?: InputMaybe<Scalars['ID']['input']>;
  year: Scalars['Int']['input'];
};


export type QueryAssessmentIndicatorRecordsArgs = {
  adviserId: Scalars['ID']['input'];
  countyId?: InputMaybe<Scalars['ID']['input']>;
  indicator: AssessmentIndicator;
  year: Scalars['Int']['input'];
};


export type QueryAssessmentSchemeArgs = {
  countyId?: InputMaybe<Scalars['ID']['input']>;
  year: Scalars['Int']['input'];
};


export type QueryAuditEventsArgs = {
  options?: InputMaybe<AuditEventListOptions>;
};


export type QueryCaseCountsArgs = {
  period: StatisticsPeriodInput;
  regionId?: InputMaybe<Scalars['ID']['input']>;
};


export type QueryCaseStatisticsArgs = {
  from?: InputMaybe<Scalars['Date']['input']>;
  regionId?: InputMaybe<Scalars['ID']['input']>;
  to?: InputMaybe<Scalars['Date']['input']>;
};


export type QueryConsultationMeetingArgs = {
  id: Scalars['ID']['input'];
};


export type QueryConsultationMeetingsArgs = {
  options?: InputMaybe<ConsultationMeetingListOptions>;
};


export type QueryCoverageArgs = {
  asOf?: InputMaybe<Scalars['Date']['input']>;
  regionId?: InputMaybe<Scalars['ID']['input']>;
};


export type QueryDraftSubsidyStatementArgs = {
  period: Scalars['String']['input'];
  regionId?: InputMaybe<Scalars['ID']['input']>;
};


export type QueryJudicialOfficeArgs = {
  id: Scalars['ID']['input'];
};


export type QueryJudicialOfficesArgs = {
  options?: InputMaybe<JudicialOfficeListOptions>;
};


export type QueryLegalAdviserArgs = {
  id: Scalars['ID']['input'];
};


export type QueryLegalAdvisersArgs = {
  options?: InputMaybe<LegalAdviserListOptions>;
};


export type QueryMediationCaseArgs = {
  id: Scalars['ID']['input'];
};


export type QueryMediationCasesArgs = {
  options?: InputMaybe<MediationCaseListOptions>;
};


export type QueryMonthlyCheckArgs = {
  id: Scalars['ID']['input'];
};


export type QueryMonthlyChecksArgs = {
  options?: InputMaybe<MonthlyCheckListOptions>;
};


export type QueryMonthlyReportArgs = {
  id: Scalars['ID']['input'];
};


export type QueryMonthlyReportsArgs = {
  options?: InputMaybe<MonthlyReportListOptions>;
};


export type QueryPairingArgs = {
  id: Scalars['ID']['input'];
};


export type QueryPairingsArgs = {
  options?: InputMaybe<PairingListOptions>;
};


export type QueryProviderArgs = {
  id: Scalars['ID']['input'];
};


export type QueryProvidersArgs = {
  options?: InputMaybe<ProviderListOptions>;
};


export type QueryRegionArgs = {
  id: Scalars['ID']['input'];
};


export type QueryRegionsArgs = {
  options?: InputMaybe<RegionListOptions>;
};


export type QueryRosterFilingArgs = {
  id: Scalars['ID']['input'];
};


export type QueryRosterFilingsArgs = {
  options?: InputMaybe<RosterFilingListOptions>;
};


export type QueryRosterOnArgs = {
  date: Scalars['Date']['input'];
};


export type QuerySettingsArgs = {
  regionId?: InputMaybe<Scalars['ID']['input']>;
};


export type QuerySubsidyRatesArgs = {
  countyId?: InputMaybe<Scalars['ID']['input']>;
};


export type QuerySubsidySettingsArgs = {
  countyId?: InputMaybe<Scalars['ID']['input']>;
};


export type QuerySubsidyStatementsArgs = {
  countyId?: InputMaybe<Scalars['ID']['input']>;
  period: Scalars['String']['input'];
};


export type QueryTrainingArgs = {
  id: Scalars['ID']['input'];
};


export type QueryTrainingComplianceArgs = {
  regionId?: InputMaybe<Scalars['ID']['input']>;
  rowLimit?: Scalars['Int']['input'];
  year: Scalars['Int']['input'];
};


export type QueryTrainingsArgs = {
  options?: InputMaybe<TrainingListOptions>;
};


export type QueryUserArgs = {
  id: Scalars['ID']['input'];
};


export type QueryUsersArgs = {
  options?: InputMaybe<UserListOptions>;
};


export type QueryVillageArgs = {
  id: Scalars['ID']['input'];
};


export type QueryVillageMonthReportsArgs = {
  limit?: Scalars['Int']['input'];
  month: Scalars['String']['input'];
  townshipId?: InputMaybe<Scalars['ID']['input']>;
};


export type QueryVillageMonthSummaryArgs = {
  month: Scalars['String']['input'];
};


export type QueryVillagesArgs = {
  options?: InputMaybe<VillageListOptions>;
};


export type QueryWorkLogEntriesArgs = {
  options?: InputMaybe<WorkLogEntryListOptions>;
};


export type QueryWorkLogEntryArgs = {
  id: Scalars['ID']['input'];
};


export type QueryWorkLogMonthArgs = {
  adviserId?: InputMaybe<Scalars['ID']['input']>;
  month: Scalars['String']['input'];
};

/** Give a case another adviser (改派): ends the assignments of advisers who are no longer active */
export type ReassignMediationCaseInput = {
  /** The adviser who takes the case: ACTIVE, on the case county’s roster */
  adviserId: Scalars['ID']['input'];
  /** Why, recorded on the case */
  reason: Scalars['String']['input'];
  /** Also end this still-active adviser’s assignment (a handover) */
  replaceAdviserId?: InputMaybe<Scalars['ID']['input']>;
  /** The case version you saw; a stale one is CONFLICT */
  version: Scalars['Int']['input'];
};

/** Hand a village to another adviser from a date */
export type ReassignVillageInput = {
  /** The adviser who takes the village over */
  adviserId: Scalars['ID']['input'];
  /** The new adviser serves as deputy director of the village committee */
  deputyDirector?: Scalars['Boolean']['input'];
  /** First day of the new adviser; the current pairing ends the day before */
  from: Scalars['Date']['input'];
  /** The village or community */
  villageId: Scalars['ID']['input'];
};

/** The bureau’s annual training of its advisers */
export type RecordAnnualTrainingInput = {
  /** Advisers who attended */
  adviserIds?: Array<Scalars['ID']['input']>;
  /** When it was held */
  at: Scalars['DateTime']['input'];
  /** OFFLINE unless given */
  mode?: TrainingMode;
  /** Notes; optional */
  notes?: InputMaybe<Scalars['String']['input']>;
  /** Uploaded photos (POST /api/uploads) */
  photoIds?: Array<Scalars['ID']['input']>;
  /** Title of the training */
  title: Scalars['String']['input'];
  /** Required subjects covered, at least one */
  topics: Array<TrainingTopic>;
  /** Venue */
  venue: Scalars['String']['input'];
};

/** An adviser’s quarterly rule-of-law training in a village they serve; at least one photo */
export type RecordVillageTrainingInput = {
  /** When it was held */
  at: Scalars['DateTime']['input'];
  /** 两委干部 */
  cadres?: Scalars['Int']['input'];
  /** 网格员 */
  gridWorkers?: Scalars['Int']['input'];
  /** 法律明白人 */
  legalUnderstanding?: Scalars['Int']['input'];
  /** 人民调解员 */
  mediators?: Scalars['Int']['input'];
  /** OFFLINE unless given */
  mode?: TrainingMode;
  /** Notes; optional */
  notes?: InputMaybe<Scalars['String']['input']>;
  /** 其他群众 */
  others?: Scalars['Int']['input'];
  /** Uploaded photos (POST /api/uploads), at least one (图片佐证) */
  photoIds: Array<Scalars['ID']['input']>;
  /** Subject of the lecture */
  title: Scalars['String']['input'];
  /** Venue (讲座场所) */
  venue: Scalars['String']['input'];
  /** A village you serve on the day of the training */
  villageId: Scalars['ID']['input'];
};

/** Hand an open case over to another channel (移交) */
export type ReferCaseInput = {
  /** When it happened (default today); not in the future */
  on?: InputMaybe<Scalars['Date']['input']>;
  /** Arbitration, litigation or administrative handling */
  to: ReferralChannel;
  /** The version you saw; a stale one is CONFLICT */
  version?: InputMaybe<Scalars['Int']['input']>;
};

/** 仲裁, 诉讼, 行政处理 */
export type ReferralChannel =
  /** 行政处理 */
  | 'ADMINISTRATIVE'
  /** 仲裁 */
  | 'ARBITRATION'
  /** 诉讼 */
  | 'LITIGATION';

/** 法院, 公安, 信访, 政府部门, 其他 */
export type ReferrerKind =
  /** 法院 */
  | 'COURT'
  /** 政府部门 */
  | 'GOVERNMENT'
  /** 其他 */
  | 'OTHER'
  /** 信访 */
  | 'PETITION_OFFICE'
  /** 公安 */
  | 'POLICE';

/** A place in the tree 省 > 市 > 县 > 乡镇 > 村（社区） */
export type Region = {
  /** Its history from imports of the official codes (新设, 更名, 调整隶属, 撤并), oldest first */
  changes: Array<RegionChange>;
  /** The 12-digit statistical division code (统计用区划代码), e.g. 141122000000 for 交城县; a child’s code starts with its parent’s */
  code: Scalars['String']['output'];
  /** Generated demo data, not a real place record */
  demo: Scalars['Boolean']['output'];
  /** Stable identifier (UUID) */
  id: Scalars['ID']['output'];
  /** Villages only: village or community; null for other levels */
  kind: Maybe<VillageKind>;
  /** 省, 市, 县, 乡镇 or 村（社区） */
  level: RegionLevel;
  /** A retired village: the village it was merged into (并入); null otherwise */
  mergedInto: Maybe<Region>;
  /** e.g. 交城县, 天宁镇 */
  name: Scalars['String']['output'];
  /** The region above; null for the root (a province, or a city where there is none) */
  parent: Maybe<Region>;
  /** Villages only: the day it was retired (撤并); from then on it takes no new pairings or cases and counts in no coverage. Null while in service */
  retiredOn: Maybe<Scalars['Date']['output']>;
  /** Townships: the judicial office’s supervision phone (监督电话); null otherwise */
  supervisionPhone: Maybe<Scalars['String']['output']>;
  /** Townships only: mountain or plain; null for other levels */
  terrain: Maybe<Terrain>;
  /** Townships only: 镇, 乡 or 街道; null when not recorded and for other levels */
  townshipKind: Maybe<TownshipKind>;
  /** The 3-digit urban-rural class code (城乡分类代码): 111 主城区, 112 城乡结合区, 121 镇中心区, 122 镇乡结合区, 123 特殊区域, 210 乡中心区, 220 村庄; null when not recorded */
  urbanRuralCode: Maybe<Scalars['String']['output']>;
  /** Optimistic-lock version: send it back with updateRegion */
  version: Scalars['Int']['output'];
};

/** One change to a region (新设, 更名, 调整隶属, 撤并), kept as history */
export type RegionChange = {
  /** When it was recorded */
  at: Scalars['DateTime']['output'];
  /** Day the change took effect */
  effectiveOn: Scalars['Date']['output'];
  /** Stable identifier (UUID) */
  id: Scalars['ID']['output'];
  /** What changed */
  kind: RegionChangeKind;
  /** After: the new name (RENAMED), the new code (MOVED), the code merged into (RETIRED, when any), the code (CREATED) */
  newValue: Maybe<Scalars['String']['output']>;
  /** Before: the old name (RENAMED), the old code (MOVED); null otherwise */
  oldValue: Maybe<Scalars['String']['output']>;
};

/** What happened to a region: 新设, 更名, 调整隶属 or 撤并 */
export type RegionChangeKind =
  /** 新设: added by an import */
  | 'CREATED'
  /** 调整隶属: moved to another township, so its code changed */
  | 'MOVED'
  /** 更名: a new name for the same code */
  | 'RENAMED'
  /** 撤并: retired (merged into another village or abolished) */
  | 'RETIRED';

/** Cases of one region one level down (a county’s townships, a township’s villages) */
export type RegionCount = {
  /** Cases received there in the period */
  count: CountCell;
  /** The region */
  region: Region;
};

/** Criteria for the region list; all optional, combined with AND */
export type RegionFilter = {
  /** Only these ids (react-admin getMany) */
  ids?: InputMaybe<Array<Scalars['ID']['input']>>;
  /** Villages or communities only */
  kind?: InputMaybe<VillageKind>;
  /** At this level */
  level?: InputMaybe<RegionLevel>;
  /** Direct children of this region */
  parentId?: InputMaybe<Scalars['ID']['input']>;
  /** Name or code contains */
  q?: InputMaybe<Scalars['String']['input']>;
  /** true: only retired villages (撤并); false: only regions in service */
  retired?: InputMaybe<Scalars['Boolean']['input']>;
  /** Townships of this terrain */
  terrain?: InputMaybe<Terrain>;
  /** Everything under this region */
  withinId?: InputMaybe<Scalars['ID']['input']>;
};

/** One change an import makes (or would make) to one region */
export type RegionImportChange = {
  /** Its code in the file (a retired village’s: its code on record) */
  code: Scalars['String']['output'];
  /** Its level, read from the code */
  level: RegionLevel;
  /** Its name in the file (a retired village’s: its name on record) */
  name: Scalars['String']['output'];
  /** After: the new name, the new code, the new class code (also of a region created), or the code merged into; null otherwise */
  newValue: Maybe<Scalars['String']['output']>;
  /** Before: the old name, old code or old class code; null otherwise */
  oldValue: Maybe<Scalars['String']['output']>;
  /** The region on record; null for one the import creates */
  regionId: Maybe<Scalars['ID']['output']>;
  /** The row of the file; null for a village retired because the file leaves it out */
  row: Maybe<Scalars['Int']['output']>;
};

/** What importing a region table would do, and every bad row that stops it; nothing is written */
export type RegionImportPreview = {
  /** The file checked; pass it to applyRegionImport */
  attachmentId: Scalars['ID']['output'];
  /** True when no row is bad: applyRegionImport will make exactly these changes */
  canImport: Scalars['Boolean']['output'];
  /** Regions to create */
  created: Array<RegionImportChange>;
  /** Regions created (新设) */
  createdCount: Scalars['Int']['output'];
  /** Villages to move: oldValue and newValue are the codes; the region keeps its id and history */
  moved: Array<RegionImportChange>;
  /** Villages moved to another township (调整隶属) */
  movedCount: Scalars['Int']['output'];
  /** Every bad row, in row order */
  problems: Array<RegionImportProblem>;
  /** Regions whose urban-rural class code changes: oldValue and newValue are the codes */
  reclassified: Array<RegionImportChange>;
  /** Regions whose urban-rural class code changes */
  reclassifiedCount: Scalars['Int']['output'];
  /** Regions to rename: oldValue and newValue are the names */
  renamed: Array<RegionImportChange>;
  /** Regions renamed (更名) */
  renamedCount: Scalars['Int']['output'];
  /** Villages to retire: left out of the file within a township it covers, or merged (newValue) */
  retired: Array<RegionImportChange>;
  /** Villages retired (撤并) */
  retiredCount: Scalars['Int']['output'];
  /** Rows of regions in the file (blank rows skipped) */
  rowCount: Scalars['Int']['output'];
  /** Rows that change nothing */
  unchanged: Array<RegionImportChange>;
  /** Rows that change nothing */
  unchangedCount: Scalars['Int']['output'];
};

/** A bad row of a region table (or a problem with the whole file): the row to fix, and why */
export type RegionImportProblem = {
  /** What kind of problem */
  code: RegionImportProblemCode;
  /** The column, e.g. 统计用区划代码; null for the whole file */
  column: Maybe<Scalars['String']['output']>;
  /** What to fix, in English */
  message: Scalars['String']['output'];
  /** Worksheet or CSV line number (the header row counts); null for the whole file */
  row: Maybe<Scalars['Int']['output']>;
  /** The cell as read */
  value: Maybe<Scalars['String']['output']>;
};

/** What is wrong with a row of a region table, or with the whole file */
export type RegionImportProblemCode =
  /** 城乡分类代码 is not one of 111, 112, 121, 122, 123, 210, 220 */
  | 'BAD_CLASS_CODE'
  /** Not a 12-digit statistical division code, or the code of a retired village */
  | 'BAD_CODE'
  /** 并入 names no village in service, or the row’s own village does not exist */
  | 'BAD_MERGED_INTO'
  /** 名称 is longer than 100 characters or holds control characters */
  | 'BAD_NAME'
  /** 原区划代码 names no village of your county in service, or the new code is taken */
  | 'BAD_PREVIOUS_CODE'
  /** The same code is on more than one row */
  | 'DUPLICATE_CODE'
  /** 名称 is empty */
  | 'EMPTY_NAME'
  /** No header row with 统计用区划代码 and 名称 */
  | 'MISSING_COLUMN'
  /** A header row but no regions below it */
  | 'NO_ROWS'
  /** The code lies outside your county */
  | 'OUT_OF_SCOPE'
  /** The region above (by code) is neither in the file nor in the database */
  | 'PARENT_MISSING'
  /** More than 20,000 rows */
  | 'TOO_MANY_ROWS'
  /** The file is neither a readable XLSX workbook nor CSV text (UTF-8 or GB18030) */
  | 'UNREADABLE';

/** What an applied import changed */
export type RegionImportResult = {
  /** Regions created (新设) */
  createdCount: Scalars['Int']['output'];
  /** The day the changes took effect */
  effectiveOn: Scalars['Date']['output'];
  /** Pairings of retired villages ended (each with a roster event) */
  endedPairingCount: Scalars['Int']['output'];
  /** Villages moved to another township (调整隶属) */
  movedCount: Scalars['Int']['output'];
  /** Regions whose urban-rural class code changes */
  reclassifiedCount: Scalars['Int']['output'];
  /** Regions renamed (更名) */
  renamedCount: Scalars['Int']['output'];
  /** Villages retired (撤并) */
  retiredCount: Scalars['Int']['output'];
  /** Rows that change nothing */
  unchangedCount: Scalars['Int']['output'];
};

/** 省 > 市 > 县 > 乡镇 > 村（社区）; the root is a province, or a city where the installation has no province */
export type RegionLevel =
  /** 市 */
  | 'CITY'
  /** 县 */
  | 'COUNTY'
  /** 省: the root of a province installation */
  | 'PROVINCE'
  /** 乡镇 */
  | 'TOWNSHIP'
  /** 村（社区） */
  | 'VILLAGE';

/** One page of Region rows and how many match */
export type RegionList = {
  /** The rows of this page */
  items: Array<Region>;
  /** Pass as `options.after` for the next page; null on the last page */
  nextCursor: Maybe<Scalars['String']['output']>;
  /** Rows matching the filter within your jurisdiction, before skip and take; exact up to 10,000, past that 10,000 with totalItemsExact false. Counted only when selected */
  totalItems: Scalars['Int']['output'];
  /** False when more than 10,000 rows match and totalItems is a floor (shown as “10,000+”) */
  totalItemsExact: Scalars['Boolean']['output'];
};

/** Paging, sorting and filtering of a Region list; all optional */
export type RegionListOptions = {
  /** Keyset pagination: the `nextCursor` of the previous page, with the same sort and filter. Page 5,000 then costs what page 1 does; `skip` counts on from the cursor */
  after?: InputMaybe<Scalars['String']['input']>;
  /** Only rows matching every given criterion */
  filter?: InputMaybe<RegionFilter>;
  /** Rows to skip (default 0) */
  skip?: InputMaybe<Scalars['Int']['input']>;
  /** Sort keys in order of precedence; without them the order is the query’s default */
  sort?: InputMaybe<Array<RegionSort>>;
  /** Rows to return, at most 100 (default 25) */
  take?: InputMaybe<Scalars['Int']['input']>;
};

/** One sort key of a Region list; later keys break ties of earlier ones */
export type RegionSort = {
  /** What to sort on */
  field: RegionSortField;
  /** ASC unless given */
  order?: SortOrder;
};

/** What a Region list can be sorted on; id always breaks ties */
export type RegionSortField =
  /** By `code` */
  | 'CODE'
  /** By `level` */
  | 'LEVEL'
  /** By `name` */
  | 'NAME';

/** Where resolved cases were resolved (小事不出村、大事不出镇), as published to you */
export type ResolutionCounts = {
  /** Resolved at the county or above */
  county: CountCell;
  /** Share resolved at the county or above, 0–1; null when withheld */
  countyShare: Maybe<Scalars['Float']['output']>;
  /** Cases received in the period that have been resolved by agreement */
  resolved: CountCell;
  /** Resolved in the township */
  township: CountCell;
  /** Share resolved in the township, 0–1; null when withheld */
  townshipShare: Maybe<Scalars['Float']['output']>;
  /** Resolved in the village */
  village: CountCell;
  /** Share resolved in the village, 0–1; null when its count or the resolved count is withheld */
  villageShare: Maybe<Scalars['Float']['output']>;
};

/** Where resolved cases were resolved: 小事不出村、大事不出镇 */
export type ResolutionLevels = {
  /** Resolved at the county or above */
  county: Scalars['Int']['output'];
  /** Share resolved at the county or above, 0–1 */
  countyShare: Scalars['Float']['output'];
  /** Cases received in the period that have been resolved by agreement */
  resolved: Scalars['Int']['output'];
  /** Resolved in the township (大事不出镇) */
  township: Scalars['Int']['output'];
  /** Share resolved in the township, 0–1 */
  townshipShare: Scalars['Float']['output'];
  /** Resolved in the village (小事不出村) */
  village: Scalars['Int']['output'];
  /** Share resolved in the village, 0–1 */
  villageShare: Scalars['Float']['output'];
};

/** 回访 */
export type ReturnVisit = {
  /** Whether the visit took place (the parties could be reached) */
  carriedOut: Scalars['Boolean']['output'];
  /** Stable identifier (UUID) */
  id: Scalars['ID']['output'];
  /** Performance of the agreement found at the visit */
  performance: Performance;
  /** How satisfied the parties were; null when not asked */
  satisfaction: Maybe<Satisfaction>;
  /** Day of the visit */
  visitedOn: Scalars['Date']['output'];
};

/** A return visit (回访) after an agreement */
export type ReturnVisitInput = {
  /** Whether the visit took place (the parties could be reached) */
  carriedOut: Scalars['Boolean']['input'];
  /** Performance of the agreement found at the visit */
  performance: Performance;
  /** How satisfied the parties were; null when not asked */
  satisfaction?: InputMaybe<Satisfaction>;
  /** Day of the visit; not in the future */
  visitedOn: Scalars['Date']['input'];
};

/** The adviser’s legal review (协议把关) */
export type ReviewStatus =
  /** 审查通过 */
  | 'APPROVED'
  /** 需修改: see reviewComment */
  | 'CHANGES_REQUESTED'
  /** 待审查: not reviewed yet */
  | 'PENDING';

/** The five tiers: county bureau, township judicial office, village legal adviser, party, analyst */
export type Role =
  /** 法律顾问: a village legal adviser; their villages and cases */
  | 'ADVISER'
  /** 统计分析: statistics and coverage only, never a case or a name */
  | 'ANALYST'
  /** 县司法局: the county bureau; everything in its county */
  | 'BUREAU_ADMIN'
  /** 司法所: a township judicial office; its township */
  | 'OFFICE_STAFF'
  /** 当事人: a party; their own cases */
  | 'PARTY';

/** A suspension, reinstatement or removal */
export type RosterChangeInput = {
  /** When it took effect; not in the future */
  effectiveOn: Scalars['Date']['input'];
  /** Why; recorded on the roster event */
  reason: Scalars['String']['input'];
};

/** 某日名册中的法律顾问 */
export type RosterEntry = {
  /** The adviser */
  adviserId: Scalars['ID']['output'];
  /** 性别 */
  gender: Gender;
  /** Day they joined the roster */
  joinedOn: Scalars['Date']['output'];
  /** Licence number on that day */
  licenceNo: Scalars['String']['output'];
  /** Name on that day */
  name: Scalars['String']['output'];
  /** Contact phone on that day */
  phone: Scalars['String']['output'];
  /** Profession on that day */
  profession: Profession;
  /** Provider on that day; null when none */
  providerId: Maybe<Scalars['ID']['output']>;
  /** Service scope on that day */
  serviceScope: Scalars['String']['output'];
  /** Status on that day */
  status: AdviserStatus;
};

/** 名册变动 */
export type RosterEvent = {
  /** Who recorded the change */
  actorName: Maybe<Scalars['String']['output']>;
  /** When it was recorded */
  at: Scalars['DateTime']['output'];
  /** For CHANGED: `{ field: { from, to } }`; for JOINED: the details as they joined; otherwise null */
  changes: Maybe<Scalars['JSON']['output']>;
  /** Day the change took effect */
  effectiveOn: Scalars['Date']['output'];
  /** Stable identifier (UUID) */
  id: Scalars['ID']['output'];
  /** What changed */
  kind: RosterEventKind;
  /** Why, as recorded */
  reason: Scalars['String']['output'];
};

/** 加入, 暂停, 恢复, 移出, 信息变更 */
export type RosterEventKind =
  /** 信息变更 */
  | 'CHANGED'
  /** 加入 */
  | 'JOINED'
  /** 恢复 */
  | 'REINSTATED'
  /** 移出 */
  | 'REMOVED'
  /** 暂停 */
  | 'SUSPENDED';

/** 名册备案 */
export type RosterFiling = {
  /** The date the roster is filed as of */
  asOf: Scalars['Date']['output'];
  /** The county that filed it */
  county: Region;
  /** What changed since the previous filing */
  diff: FilingDiff;
  /** The active advisers on the filing’s date, by name */
  entries: Array<FiledAdviser>;
  /** Active advisers in the filing */
  entryCount: Scalars['Int']['output'];
  /** When it was filed */
  filedAt: Scalars['DateTime']['output'];
  /** Who filed it */
  filedByName: Scalars['String']['output'];
  /** Stable identifier (UUID) */
  id: Scalars['ID']['output'];
  /** Sequence number within the county, from 1 */
  number: Scalars['Int']['output'];
  /** The city’s comment on a returned filing; null otherwise */
  reviewComment: Maybe<Scalars['String']['output']>;
  /** When the city acknowledged or returned it; null while filed */
  reviewedAt: Maybe<Scalars['DateTime']['output']>;
  /** Who acknowledged or returned it (the account’s display name); null while filed */
  reviewerName: Maybe<Scalars['String']['output']>;
  /** Where it stands with the city: 待签收, 已签收 or 已退回 */
  status: RosterFilingStatus;
};

/** Criteria for the filing list; all optional */
export type RosterFilingFilter = {
  /** Filings as of this date or later */
  asOfFrom?: InputMaybe<Scalars['Date']['input']>;
  /** Filings as of this date or earlier */
  asOfTo?: InputMaybe<Scalars['Date']['input']>;
  /** Only these ids (react-admin getMany) */
  ids?: InputMaybe<Array<Scalars['ID']['input']>>;
  /** Where it stands with the city: any of these */
  status?: InputMaybe<Array<RosterFilingStatus>>;
};

/** One page of RosterFiling rows and how many match */
export type RosterFilingList = {
  /** The rows of this page */
  items: Array<RosterFiling>;
  /** Pass as `options.after` for the next page; null on the last page */
  nextCursor: Maybe<Scalars['String']['output']>;
  /** Rows matching the filter within your jurisdiction, before skip and take; exact up to 10,000, past that 10,000 with totalItemsExact false. Counted only when selected */
  totalItems: Scalars['Int']['output'];
  /** False when more than 10,000 rows match and totalItems is a floor (shown as “10,000+”) */
  totalItemsExact: Scalars['Boolean']['output'];
};

/** Paging, sorting and filtering of a RosterFiling list; all optional */
export type RosterFilingListOptions = {
  /** Keyset pagination: the `nextCursor` of the previous page, with the same sort and filter. Page 5,000 then costs what page 1 does; `skip` counts on from the cursor */
  after?: InputMaybe<Scalars['String']['input']>;
  /** Only rows matching every given criterion */
  filter?: InputMaybe<RosterFilingFilter>;
  /** Rows to skip (default 0) */
  skip?: InputMaybe<Scalars['Int']['input']>;
  /** Sort keys in order of precedence; without them the order is the query’s default */
  sort?: InputMaybe<Array<RosterFilingSort>>;
  /** Rows to return, at most 100 (default 25) */
  take?: InputMaybe<Scalars['Int']['input']>;
};

/** One sort key of a RosterFiling list; later keys break ties of earlier ones */
export type RosterFilingSort = {
  /** What to sort on */
  field: RosterFilingSortField;
  /** ASC unless given */
  order?: SortOrder;
};

/** What a RosterFiling list can be sorted on; id always breaks ties */
export type RosterFilingSortField =
  /** By `asOf` */
  | 'AS_OF'
  /** By `filedAt` */
  | 'FILED_AT'
  /** By `number` */
  | 'NUMBER';

/** 待签收, 已签收, 已退回 */
export type RosterFilingStatus =
  /** 已签收: the city acknowledged it */
  | 'ACKNOWLEDGED'
  /** 待签收: filed, the city has not decided */
  | 'FILED'
  /** 已退回: the city returned it with a comment; the county files again */
  | 'RETURNED';

/** What an import would write, and every problem that stops it */
export type RosterImportPreview = {
  /** The workbook checked; pass it to confirmRosterImport */
  attachmentId: Scalars['ID']['output'];
  /** True when every row is valid: confirmRosterImport will write them all */
  canImport: Scalars['Boolean']['output'];
  /** Every problem found, in row order */
  problems: Array<RosterImportProblem>;
  /** Advisers in the workbook (blank rows and the example row skipped) */
  rowCount: Scalars['Int']['output'];
  /** Every row as parsed */
  rows: Array<RosterImportRow>;
  /** Rows without problems */
  validRowCount: Scalars['Int']['output'];
};

/** A problem in the workbook: the row and column to fix, and why */
export type RosterImportProblem = {
  /** What kind of problem */
  code: RosterImportProblemCode;
  /** The column header as in the template, e.g. 联系电话 */
  column: Maybe<Scalars['String']['output']>;
  /** The adviser field: name, gender, phone, profession, licenceNo, providerName, serviceScope, joinedOn */
  field: Maybe<Scalars['String']['output']>;
  /** What to fix, in English */
  message: Scalars['String']['output'];
  /** Worksheet row (1 is the header row); null for the whole file */
  row: Maybe<Scalars['Int']['output']>;
  /** The cell as read */
  value: Maybe<Scalars['String']['output']>;
};

/** What is wrong with a cell, row or the file */
export type RosterImportProblemCode =
  /** The licence number is already on the roster */
  | 'ALREADY_ON_ROSTER'
  /** Control characters, or a line break outside the service scope */
  | 'BAD_CHARACTERS'
  /** 加入日期 is not a date written YYYY-MM-DD */
  | 'BAD_DATE'
  /** A licence number is 6–40 letters, digits or hyphens */
  | 'BAD_LICENCE'
  /** Not a mainland mobile (11 digits from 13–19) or landline (0xxx-xxxxxxx) number */
  | 'BAD_PHONE'
  /** Excel stored the licence number as a number and lost digits */
  | 'DIGITS_LOST'
  /** The same licence number appears twice in the workbook */
  | 'DUPLICATE_IN_FILE'
  /** The date is in the future */
  | 'FUTURE_DATE'
  /** A template column, or the whole header row, is missing */
  | 'MISSING_COLUMN'
  /** No adviser rows */
  | 'NO_ROWS'
  /** A required cell is empty */
  | 'REQUIRED'
  /** A cell is longer than its field allows */
  | 'TOO_LONG'
  /** More than 5,000 advisers; split the workbook */
  | 'TOO_MANY_ROWS'
  /** Gender is not 男 or 女 */
  | 'UNKNOWN_GENDER'
  /** Profession is not one of the template’s list */
  | 'UNKNOWN_PROFESSION'
  /** No provider of your county has this name */
  | 'UNKNOWN_PROVIDER'
  /** The file is not a readable XLSX workbook */
  | 'UNREADABLE';

/** The advisers an import wrote */
export type RosterImportResult = {
  /** The new advisers, in the workbook’s row order */
  adviserIds: Array<Scalars['ID']['output']>;
  /** Advisers added to the roster */
  importedCount: Scalars['Int']['output'];
};

/** One row of the workbook as parsed; fields that failed their check are null */
export type RosterImportRow = {
  /** 性别; null when invalid */
  gender: Maybe<Gender>;
  /** Day they joined; null when invalid */
  joinedOn: Maybe<Scalars['Date']['output']>;
  /** Licence number; null when invalid */
  licenceNo: Maybe<Scalars['String']['output']>;
  /** Full name; null when invalid */
  name: Maybe<Scalars['String']['output']>;
  /** Contact phone; null when invalid */
  phone: Maybe<Scalars['String']['output']>;
  /** 职业; null when invalid */
  profession: Maybe<Profession>;
  /** The provider matched by name; null when none matched */
  providerId: Maybe<Scalars['ID']['output']>;
  /** Provider (所属机构) as written in the workbook */
  providerName: Maybe<Scalars['String']['output']>;
  /** Worksheet row (1 is the header row) */
  row: Scalars['Int']['output'];
  /** Service scope; empty when blank */
  serviceScope: Scalars['String']['output'];
  /** Whether the row passed every check */
  valid: Scalars['Boolean']['output'];
};

/** 满意, 基本满意, 不满意 */
export type Satisfaction =
  /** 基本满意 */
  | 'BASICALLY_SATISFIED'
  /** 不满意 */
  | 'DISSATISFIED'
  /** 满意 */
  | 'SATISFIED';

/** A county’s scheme for a year, saved whole */
export type SaveAssessmentSchemeInput = {
  /** The county; default your own (required for a city or province bureau) */
  countyId?: InputMaybe<Scalars['ID']['input']>;
  /** Cap on the percentage graded 优秀, 0–100; null for no cap */
  excellentCapPercent?: InputMaybe<Scalars['Int']['input']>;
  /** The indicators that count; each at most once, weights summing to 100 */
  indicators: Array<AssessmentSchemeIndicatorInput>;
  /** Days after publication in which an adviser may object, 1–60 */
  objectionDays: Scalars['Int']['input'];
  /** What each monthly-check rating scores */
  ratingScores: CheckRatingScoresInput;
  /** Grade thresholds */
  thresholds: AssessmentThresholdsInput;
  /** The version you read (0 for a year without a saved scheme); a stale one is CONFLICT */
  version: Scalars['Int']['input'];
  /** The year assessed */
  year: Scalars['Int']['input'];
};

/** 线上, 线下 */
export type SessionMode =
  /** 线下 */
  | 'OFFLINE'
  /** 线上 */
  | 'ONLINE';

/** Settings in force for a county, or the defaults a city or province gives its counties: each value is the region’s own, else the nearest region’s above it, else the built-in default */
export type Settings = {
  /** Villages per adviser above which the adviser is flagged as overloaded */
  adviserLoadCap: Scalars['Int']['output'];
  /** Keep photos’ location metadata (EXIF GPS) on upload; off by default */
  keepPhotoLocation: Scalars['Boolean']['output'];
  /** Day of the next month by which a month’s work log is due (default 5); later is marked late */
  monthlyReportDeadlineDay: Scalars['Int']['output'];
  /** URL printed as a QR code on notice boards; {villageCode}, {villageId} and {adviserId} are filled in. A path starting with / is on this installation’s public base URL (PUBLIC_BASE_URL); the default, /v/{villageCode}, is the village’s public page */
  noticeBoardQrUrl: Scalars['String']['output'];
  /** The county, city or province these settings are for */
  region: Region;
  /** The settings this region sets itself (field names); the others are inherited from above or built in */
  setHere: Array<Scalars['String']['output']>;
  /** Version of the region’s own settings: send it back with updateSettings; a stale one is CONFLICT */
  version: Scalars['Int']['output'];
};

/** Changes to a region’s own settings; null fields stay as they are */
export type SettingsInput = {
  /** New load cap: villages per adviser above which one is overloaded */
  adviserLoadCap?: InputMaybe<Scalars['Int']['input']>;
  /** Whether to keep photos’ location metadata (EXIF GPS) on upload */
  keepPhotoLocation?: InputMaybe<Scalars['Boolean']['input']>;
  /** New deadline: day of the next month by which a month’s work log is due */
  monthlyReportDeadlineDay?: InputMaybe<Scalars['Int']['input']>;
  /** New notice-board QR URL. URL printed as a QR code on notice boards; {villageCode}, {villageId} and {adviserId} are filled in. A path starting with / is on this installation’s public base URL (PUBLIC_BASE_URL); the default, /v/{villageCode}, is the village’s public page */
  noticeBoardQrUrl?: InputMaybe<Scalars['String']['input']>;
  /** The version you read; a stale one is CONFLICT */
  version: Scalars['Int']['input'];
};

/** Whether this installation still needs its first-run setup */
export type SetupStatus = {
  /** True until the first bureau administrator is created: the console then opens the setup page */
  needed: Scalars['Boolean']['output'];
};

/** Direction of a sort */
export type SortOrder =
  /** Smallest, earliest or A first */
  | 'ASC'
  /** Largest, latest or Z first */
  | 'DESC';

/** 草稿, 已确认, 已发放 */
export type StatementStatus =
  /** 已确认：明细冻结 */
  | 'CONFIRMED'
  /** 草稿：由记录实时计算 */
  | 'DRAFT'
  /** 已发放 */
  | 'PAID';

/** The fixed period counted */
export type StatisticsPeriod = {
  /** Its first day */
  from: Scalars['Date']['output'];
  /** MONTH, QUARTER or YEAR */
  kind: StatisticsPeriodKind;
  /** The month (1–12) or quarter (1–4); null for a YEAR */
  number: Maybe<Scalars['Int']['output']>;
  /** Its last day */
  to: Scalars['Date']['output'];
  /** The year */
  year: Scalars['Int']['output'];
};

/** A fixed period: a calendar month, quarter or year (Asia/Shanghai calendar) */
export type StatisticsPeriodInput = {
  /** MONTH, QUARTER or YEAR */
  kind: StatisticsPeriodKind;
  /** The month (1–12) or the quarter (1–4); none for a YEAR */
  number?: InputMaybe<Scalars['Int']['input']>;
  /** The year */
  year: Scalars['Int']['input'];
};

/** A fixed statistics period: month, quarter or year */
export type StatisticsPeriodKind =
  /** A calendar month (number 1–12) */
  | 'MONTH'
  /** A calendar quarter (number 1–4) */
  | 'QUARTER'
  /** A calendar year (no number) */
  | 'YEAR';

/** A correction of a confirmed statement: an adjustment line with its reason, never an edit of a line */
export type SubsidyAdjustmentInput = {
  /** The amount, fen: positive to pay more, negative to recover; not zero */
  amountFen: Scalars['Int']['input'];
  /** Why (shown on the statement; no party’s name) */
  reason: Scalars['String']['input'];
  /** The statement’s version you read; a stale one is CONFLICT */
  version: Scalars['Int']['input'];
};

/** 案件补贴, 咨询补贴, 调整 */
export type SubsidyLineKind =
  /** 调整（确认后更正或年度考核结算），可正可负，附理由 */
  | 'ADJUSTMENT'
  /** 人民调解案件补贴 */
  | 'CASE'
  /** 法律咨询补贴 */
  | 'CONSULTATION';

/** One line of a subsidy statement: a case, or a month of consultations; never a party’s name */
export type SubsidyLineView = {
  /** Amount in fen; 0 when the line does not qualify */
  amountFen: Scalars['Int']['output'];
  /** The case (case lines) */
  caseId: Maybe<Scalars['ID']['output']>;
  /** The case number (case lines) */
  caseNo: Maybe<Scalars['String']['output']>;
  /** When the case closed (case lines) */
  closedOn: Maybe<Scalars['Date']['output']>;
  /** Cases (1) or consultations counted */
  count: Scalars['Int']['output'];
  /** Case or consultations */
  kind: SubsidyLineKind;
  /** The month, YYYY-MM (consultation lines) */
  month: Maybe<Scalars['String']['output']>;
  /** Why an adjustment line was added (adjustment lines only) */
  note: Maybe<Scalars['String']['output']>;
  /** Why the line pays nothing; null when it pays */
  reason: Maybe<NonQualifyingReason>;
  /** The case’s difficulty tier (case lines) */
  tier: Maybe<CaseTier>;
};

/** Subsidy rates from a date; saving a date that has rates replaces them (with the version read) */
export type SubsidyRateInput = {
  /** Per consultation, fen */
  consultationFen: Scalars['Int']['input'];
  /** Monthly cap on an adviser’s consultation subsidy, fen; null for none */
  consultationMonthlyCapFen?: InputMaybe<Scalars['Int']['input']>;
  /** The county; default your own */
  countyId?: InputMaybe<Scalars['ID']['input']>;
  /** Difficult case (疑难), fen */
  difficultFen: Scalars['Int']['input'];
  /** In force from this day */
  effectiveFrom: Scalars['Date']['input'];
  /** Factors by assessment grade for the year-end settlement; none: amounts stand */
  gradeFactors?: InputMaybe<Array<GradeFactorInput>>;
  /** Major case (重大), fen */
  majorFen: Scalars['Int']['input'];
  /** Ordinary case (一般), fen */
  ordinaryFen: Scalars['Int']['input'];
  /** The version you read (0 for a new date); a stale one is CONFLICT */
  version: Scalars['Int']['input'];
};

/** A county’s subsidy rates from a date (补贴标准), in fen */
export type SubsidyRateView = {
  /** Subsidy per consultation, fen */
  consultationFen: Scalars['Int']['output'];
  /** At most this much consultation subsidy per adviser and month, fen; null: no cap */
  consultationMonthlyCapFen: Maybe<Scalars['Int']['output']>;
  /** Case subsidy for a difficult case (疑难), fen */
  difficultFen: Scalars['Int']['output'];
  /** In force from this day until the next rate’s */
  effectiveFrom: Scalars['Date']['output'];
  /** Factors by assessment grade for the year-end settlement; a grade not listed keeps its amounts */
  gradeFactors: Array<GradeFactorView>;
  /** Stable identifier (UUID) */
  id: Scalars['ID']['output'];
  /** Case subsidy for a major case (重大), fen */
  majorFen: Scalars['Int']['output'];
  /** Case subsidy for an ordinary case (一般), fen */
  ordinaryFen: Scalars['Int']['output'];
  /** Send it back with saveSubsidyRate; a stale one is CONFLICT */
  version: Scalars['Int']['output'];
};

/** A county’s subsidy settings */
export type SubsidySettingsInput = {
  /** How a case with several advisers is paid */
  caseSplit: CaseSplit;
  /** The county; default your own */
  countyId?: InputMaybe<Scalars['ID']['input']>;
  /** The version you read; a stale one is CONFLICT */
  version: Scalars['Int']['input'];
};

/** A county’s subsidy settings */
export type SubsidySettingsView = {
  /** How a case with several advisers is paid: split equally, or to the lead adviser the bureau names */
  caseSplit: CaseSplit;
  /** The county */
  countyId: Scalars['ID']['output'];
  /** Send it back with saveSubsidySettings (0 while at the defaults) */
  version: Scalars['Int']['output'];
};

/** An adviser’s subsidy statement for a period: drafted from the records, confirmed (frozen), paid */
export type SubsidyStatementView = {
  /** The adviser */
  adviser: LegalAdviser;
  /** When the bureau confirmed it */
  confirmedAt: Maybe<Scalars['DateTime']['output']>;
  /** The confirmed statement’s id; null while a draft */
  id: Maybe<Scalars['ID']['output']>;
  /** Every line, paying or not */
  lines: Array<SubsidyLineView>;
  /** The day it was paid */
  paidOn: Maybe<Scalars['Date']['output']>;
  /** The period: a month (2026-07) or a quarter (2026-Q3) */
  period: Scalars['String']['output'];
  /** Draft, confirmed or paid */
  status: StatementStatus;
  /** The sum of the paying lines, fen (a 53-bit safe integer) */
  totalFen: Scalars['SafeInt']['output'];
  /** Send it back with markSubsidyStatementPaid (0 while a draft) */
  version: Scalars['Int']['output'];
  /** The payment voucher number (凭证号) */
  voucherNo: Maybe<Scalars['String']['output']>;
};

/** Why an analyst's count is withheld: small-cell suppression (every other role sees exact counts) */
export type Suppression =
  /** Withheld (shown "x") so that no published total or other count lets a SMALL one be worked out */
  | 'COMPLEMENTARY'
  /** 1 to 2: never published, shown "<3" */
  | 'SMALL';

/** A township is mountain (山区偏远: online service by default) or plain (平川: visits on demand) */
export type Terrain =
  /** 山区偏远: online service by default */
  | 'MOUNTAIN'
  /** 平川: visits on demand */
  | 'PLAIN';

/** Coverage of one township */
export type TownshipCoverage = {
  /** Those with an adviser on the date */
  coveredCount: Scalars['Int']['output'];
  /** coveredCount / villageCount, 0–1; 0 when there is no village */
  ratio: Scalars['Float']['output'];
  /** The township (乡镇) */
  township: Region;
  /** Villages and communities in it */
  villageCount: Scalars['Int']['output'];
};

/** 镇, 乡 or 街道 */
export type TownshipKind =
  /** 街道 */
  | 'SUBDISTRICT'
  /** 镇 */
  | 'TOWN'
  /** 乡 */
  | 'TOWNSHIP';

/** 培训：县司法局年度培训或法律顾问到村（社区）季度法治培训 */
export type Training = {
  /** The adviser who gave a village training */
  adviser: Maybe<LegalAdviser>;
  /** When it was held */
  at: Scalars['DateTime']['output'];
  /** All attendees of a village training */
  attendeeTotal: Scalars['Int']['output'];
  /** Advisers who attended (the annual training) */
  attendingAdvisers: Array<LegalAdviser>;
  /** Village cadres (两委干部) attending */
  cadres: Scalars['Int']['output'];
  /** When it was recorded */
  createdAt: Scalars['DateTime']['output'];
  /** Grid workers (网格员) attending */
  gridWorkers: Scalars['Int']['output'];
  /** Stable identifier (UUID) */
  id: Scalars['ID']['output'];
  /** The bureau’s annual training or a village’s quarterly one */
  kind: TrainingKind;
  /** “Legal understanding people” (法律明白人) attending */
  legalUnderstanding: Scalars['Int']['output'];
  /** People’s mediators (人民调解员) attending */
  mediators: Scalars['Int']['output'];
  /** In person or online */
  mode: TrainingMode;
  /** Notes; null when none */
  notes: Maybe<Scalars['String']['output']>;
  /** Other villagers attending */
  others: Scalars['Int']['output'];
  /** Evidence photos (图片佐证) */
  photos: Array<EvidencePhoto>;
  /** 1–4, in Asia/Shanghai */
  quarter: Scalars['Int']['output'];
  /** Title or subject of the lecture */
  title: Scalars['String']['output'];
  /** Required subjects covered (the annual training) */
  topics: Array<TrainingTopic>;
  /** Venue (讲座场所) */
  venue: Scalars['String']['output'];
  /** The village of a village training, when it lies in your jurisdiction (its name is in villageName) */
  village: Maybe<Village>;
  /** The name of the village of a village training, wherever it lies */
  villageName: Maybe<Scalars['String']['output']>;
  /** Year it was held (Asia/Shanghai) */
  year: Scalars['Int']['output'];
};

/** Quarterly village trainings (每季度一次) of a region for a year, village × quarter */
export type TrainingCompliance = {
  /** Per county of the region, by division code: a city’s or province’s roll-up (for a county or township, its one county) */
  byCounty: Array<CountyTrainingCompliance>;
  /** Required village-quarters with a training */
  done: Scalars['Int']['output'];
  /** Required village-quarters without a training */
  missing: Scalars['Int']['output'];
  /** Per quarter, 1 to 4 */
  quarterTotals: Array<TrainingQuarterTotal>;
  /** Quarters of the year that have ended (0–4) */
  quartersEnded: Scalars['Int']['output'];
  /** done / required, 1 when nothing is required yet */
  ratio: Scalars['Float']['output'];
  /** The county or township */
  regionId: Scalars['ID']['output'];
  /** Its name */
  regionName: Scalars['String']['output'];
  /** Village-quarters required so far: villages × quarters ended */
  required: Scalars['Int']['output'];
  /** One per village, first by division code, at most rowLimit (villageCount counts them all) */
  rows: Array<TrainingComplianceRow>;
  /** Villages and communities in it */
  villageCount: Scalars['Int']['output'];
  /** The year */
  year: Scalars['Int']['output'];
};

/** One row of the compliance grid: a village and its four quarters */
export type TrainingComplianceRow = {
  /** Quarters with a training */
  doneCount: Scalars['Int']['output'];
  /** Ended quarters without one */
  missingCount: Scalars['Int']['output'];
  /** Its four quarters, 1 to 4 */
  quarters: Array<TrainingQuarterCell>;
  /** Its township */
  townshipId: Scalars['ID']['output'];
  /** The village */
  village: Village;
};

/** Criteria for the training list; all optional, combined with AND */
export type TrainingFilter = {
  /** Trainings given by this adviser, or annual trainings they attended */
  adviserId?: InputMaybe<Scalars['ID']['input']>;
  /** Annual or village trainings only */
  kind?: InputMaybe<TrainingKind>;
  /** Held in this quarter, 1–4 */
  quarter?: InputMaybe<Scalars['Int']['input']>;
  /** Village trainings in this township */
  townshipId?: InputMaybe<Scalars['ID']['input']>;
  /** Village trainings in this village */
  villageId?: InputMaybe<Scalars['ID']['input']>;
  /** Held in this year */
  year?: InputMaybe<Scalars['Int']['input']>;
};

/** 县司法局年度法律顾问培训, 法律顾问每季度到村（社区）法治培训 */
export type TrainingKind =
  /** 县司法局年度法律顾问培训 */
  | 'BUREAU_ANNUAL'
  /** 法律顾问每季度到村（社区）法治培训 */
  | 'VILLAGE_QUARTERLY';

/** One page of Training rows and how many match */
export type TrainingList = {
  /** The rows of this page */
  items: Array<Training>;
  /** Pass as `options.after` for the next page; null on the last page */
  nextCursor: Maybe<Scalars['String']['output']>;
  /** Rows matching the filter within your jurisdiction, before skip and take; exact up to 10,000, past that 10,000 with totalItemsExact false. Counted only when selected */
  totalItems: Scalars['Int']['output'];
  /** False when more than 10,000 rows match and totalItems is a floor (shown as “10,000+”) */
  totalItemsExact: Scalars['Boolean']['output'];
};

/** Paging, sorting and filtering of a Training list; all optional */
export type TrainingListOptions = {
  /** Keyset pagination: the `nextCursor` of the previous page, with the same sort and filter. Page 5,000 then costs what page 1 does; `skip` counts on from the cursor */
  after?: InputMaybe<Scalars['String']['input']>;
  /** Only rows matching every given criterion */
  filter?: InputMaybe<TrainingFilter>;
  /** Rows to skip (default 0) */
  skip?: InputMaybe<Scalars['Int']['input']>;
  /** Sort keys in order of precedence; without them the order is the query’s default */
  sort?: InputMaybe<Array<TrainingSort>>;
  /** Rows to return, at most 100 (default 25) */
  take?: InputMaybe<Scalars['Int']['input']>;
};

/** 线下, 线上 */
export type TrainingMode =
  /** 线下 */
  | 'OFFLINE'
  /** 线上 */
  | 'ONLINE';

/** A village in one quarter */
export type TrainingQuarterCell = {
  /** 1–4 */
  quarter: Scalars['Int']['output'];
  /** Done, missing, due or upcoming */
  status: QuarterStatus;
  /** Trainings held that quarter */
  trainingCount: Scalars['Int']['output'];
};

/** Village counts for one quarter of the compliance grid */
export type TrainingQuarterTotal = {
  /** Villages with a training that quarter */
  done: Scalars['Int']['output'];
  /** Villages without one in a quarter that has ended */
  missing: Scalars['Int']['output'];
  /** 1–4 */
  quarter: Scalars['Int']['output'];
};

/** One sort key of a Training list; later keys break ties of earlier ones */
export type TrainingSort = {
  /** What to sort on */
  field: TrainingSortField;
  /** ASC unless given */
  order?: SortOrder;
};

/** What a Training list can be sorted on; id always breaks ties */
export type TrainingSortField =
  /** By `at` */
  | 'AT'
  /** By `createdAt` */
  | 'CREATED_AT'
  /** By `title` */
  | 'TITLE';

/** 职业道德, 执业纪律, 调解技能, 调解案卷的制作 */
export type TrainingTopic =
  /** 调解案卷的制作 */
  | 'CASE_FILES'
  /** 执业纪律 */
  | 'DISCIPLINE'
  /** 职业道德 */
  | 'ETHICS'
  /** 调解技能 */
  | 'MEDIATION_SKILLS';

/** Changes to a village committee; null fields stay as they are */
export type UpdateCommitteeInput = {
  /** Has a fixed office (固定办公用房) */
  fixedOffice?: InputMaybe<Scalars['Boolean']['input']>;
  /** Has a mediation room (调解室) */
  mediationRoom?: InputMaybe<Scalars['Boolean']['input']>;
  /** New name, e.g. 东庄村人民调解委员会 */
  name?: InputMaybe<Scalars['String']['input']>;
  /** The adviser notice board (公示牌) is posted */
  noticeBoardPosted?: InputMaybe<Scalars['Boolean']['input']>;
  /** The version you edited; a stale one is CONFLICT */
  version: Scalars['Int']['input'];
};

/** Fields to change; participant lists, when given, replace the current ones */
export type UpdateConsultationMeetingInput = {
  /** New agenda */
  agenda?: InputMaybe<Scalars['String']['input']>;
  /** New time */
  at?: InputMaybe<Scalars['DateTime']['input']>;
  /** New decisions */
  decisions?: InputMaybe<Scalars['String']['input']>;
  /** New minutes */
  minutes?: InputMaybe<Scalars['String']['input']>;
  /** Judicial offices taking part; replaces the list */
  officeIds?: InputMaybe<Array<Scalars['ID']['input']>>;
  /** Providers taking part; replaces the list */
  providerIds?: InputMaybe<Array<Scalars['ID']['input']>>;
  /** New title */
  title?: InputMaybe<Scalars['String']['input']>;
  /** New venue */
  venue?: InputMaybe<Scalars['String']['input']>;
  /** The version you read; a stale one is CONFLICT */
  version: Scalars['Int']['input'];
  /** Villages taking part; replaces the list */
  villageIds?: InputMaybe<Array<Scalars['ID']['input']>>;
};

/** Changes to an adviser’s details; null fields stay as they are */
export type UpdateLegalAdviserInput = {
  /** When the change took effect (default today) */
  effectiveOn?: InputMaybe<Scalars['Date']['input']>;
  /** New gender */
  gender?: InputMaybe<Gender>;
  /** New licence number; unique */
  licenceNo?: InputMaybe<Scalars['String']['input']>;
  /** New full name */
  name?: InputMaybe<Scalars['String']['input']>;
  /** New public contact phone */
  phone?: InputMaybe<Scalars['String']['input']>;
  /** New profession */
  profession?: InputMaybe<Profession>;
  /** New provider */
  providerId?: InputMaybe<Scalars['ID']['input']>;
  /** Recorded on the CHANGED event; 信息变更 unless given */
  reason?: Scalars['String']['input'];
  /** New service scope */
  serviceScope?: InputMaybe<Scalars['String']['input']>;
  /** The version you edited; a stale one is CONFLICT */
  version: Scalars['Int']['input'];
};

/** A change to a check: highlights with an id are updated (keeping their model-case mark), those without added, those left out removed */
export type UpdateMonthlyCheckInput = {
  /** 案件跟进到位: cases are followed up */
  casesFollowedUp: Scalars['Boolean']['input'];
  /** Highlights (亮点) to report to the bureau */
  highlights?: Array<HighlightInput>;
  /** 工作日志填写完整: the work log is complete */
  logComplete: Scalars['Boolean']['input'];
  /** The office’s notes; empty unless given */
  notes?: Scalars['String']['input'];
  /** 公示牌已张贴: the notice board is posted */
  noticeBoardPosted: Scalars['Boolean']['input'];
  /** 优秀, 良好, 一般 or 较差 */
  rating: CheckRating;
  /** 季度法治培训按计划开展: quarterly trainings are on schedule */
  trainingOnTrack: Scalars['Boolean']['input'];
  /** The version you read; a stale one is CONFLICT */
  version: Scalars['Int']['input'];
};

/** What the bureau may change of a township; fields left out stay as they are */
export type UpdateRegionInput = {
  /** The judicial office’s supervision phone (监督电话), a mainland mobile or landline */
  supervisionPhone?: InputMaybe<Scalars['String']['input']>;
  /** Mountain or plain */
  terrain?: InputMaybe<Terrain>;
  /** 镇, 乡 or 街道 */
  townshipKind?: InputMaybe<TownshipKind>;
  /** The version you read; another is CONFLICT (STALE_VERSION) */
  version: Scalars['Int']['input'];
};

/** Changes to an account; fields left out stay as they are */
export type UpdateUserInput = {
  /** New display name */
  displayName?: InputMaybe<Scalars['String']['input']>;
  /** New scope region (staff and analysts only), at a level the role takes, in your own region */
  scopeRegionId?: InputMaybe<Scalars['ID']['input']>;
  /** The version you edited; a stale one is CONFLICT */
  version: Scalars['Int']['input'];
};

/** What POST /api/uploads accepts from you */
export type UploadLimits = {
  /** Photo types (MIME) your role may upload; empty when none */
  acceptedPhotoTypes: Array<Scalars['String']['output']>;
  /** Largest photo, in bytes */
  maxPhotoBytes: Scalars['Int']['output'];
  /** Largest Excel workbook (.xlsx), in bytes */
  maxSpreadsheetBytes: Scalars['Int']['output'];
  /** Megabytes you may upload in any 24 hours */
  megabytesPerDay: Scalars['Int']['output'];
  /** Files you may upload in any hour */
  uploadsPerHour: Scalars['Int']['output'];
};

/** A person who signs in */
export type User = {
  /** An adviser account’s roster entry; null for other roles, and unless it is you or an account you administer */
  adviser: Maybe<LegalAdviser>;
  /** When the account was created */
  createdAt: Scalars['DateTime']['output'];
  /** The account is disabled; null unless it is you or an account you administer */
  disabled: Maybe<Scalars['Boolean']['output']>;
  /** Name shown in the console and in audit records */
  displayName: Scalars['String']['output'];
  /** Stable identifier (UUID) */
  id: Scalars['ID']['output'];
  /** Signed in with a one-time password that must be changed first; null unless it is you or an account you administer */
  mustChangePassword: Maybe<Scalars['Boolean']['output']>;
  /** What the account may do */
  role: Role;
  /** The county, city or township a staff account serves */
  scopeRegion: Maybe<Region>;
  /** Sign-in name, lower-case */
  username: Scalars['String']['output'];
  /** Send back with edits; a stale version is refused with CONFLICT */
  version: Scalars['Int']['output'];
};

/** Criteria for the account list; all optional */
export type UserFilter = {
  /** True: only disabled accounts; false: only enabled ones */
  disabled?: InputMaybe<Scalars['Boolean']['input']>;
  /** Username or display name contains */
  q?: InputMaybe<Scalars['String']['input']>;
  /** With this role */
  role?: InputMaybe<Role>;
};

/** One page of User rows and how many match */
export type UserList = {
  /** The rows of this page */
  items: Array<User>;
  /** Pass as `options.after` for the next page; null on the last page */
  nextCursor: Maybe<Scalars['String']['output']>;
  /** Rows matching the filter within your jurisdiction, before skip and take; exact up to 10,000, past that 10,000 with totalItemsExact false. Counted only when selected */
  totalItems: Scalars['Int']['output'];
  /** False when more than 10,000 rows match and totalItems is a floor (shown as “10,000+”) */
  totalItemsExact: Scalars['Boolean']['output'];
};

/** Paging, sorting and filtering of a User list; all optional */
export type UserListOptions = {
  /** Keyset pagination: the `nextCursor` of the previous page, with the same sort and filter. Page 5,000 then costs what page 1 does; `skip` counts on from the cursor */
  after?: InputMaybe<Scalars['String']['input']>;
  /** Only rows matching every given criterion */
  filter?: InputMaybe<UserFilter>;
  /** Rows to skip (default 0) */
  skip?: InputMaybe<Scalars['Int']['input']>;
  /** Sort keys in order of precedence; without them the order is the query’s default */
  sort?: InputMaybe<Array<UserSort>>;
  /** Rows to return, at most 100 (default 25) */
  take?: InputMaybe<Scalars['Int']['input']>;
};

/** One sort key of a User list; later keys break ties of earlier ones */
export type UserSort = {
  /** What to sort on */
  field: UserSortField;
  /** ASC unless given */
  order?: SortOrder;
};

/** What a User list can be sorted on; id always breaks ties */
export type UserSortField =
  /** By `createdAt` */
  | 'CREATED_AT'
  /** By `displayName` */
  | 'DISPLAY_NAME'
  /** By `role` */
  | 'ROLE'
  /** By `username` */
  | 'USERNAME';

/** 村（社区） */
export type Village = {
  /** Administrative division code (统计用区划代码) */
  code: Scalars['String']['output'];
  /** Its people’s mediation committee; null when none is recorded */
  committee: Maybe<MediationCommittee>;
  /** The adviser serving the village today */
  currentAdviser: Maybe<LegalAdviser>;
  /** The pairing in force today */
  currentPairing: Maybe<Pairing>;
  /** Generated demo data, not a real place record */
  demo: Scalars['Boolean']['output'];
  /** Stable identifier (UUID); the same as its Region id */
  id: Scalars['ID']['output'];
  /** Village or community */
  kind: VillageKind;
  /** e.g. 东庄村, 城东社区 */
  name: Scalars['String']['output'];
  /** Every pairing of the village, newest first */
  pairings: Array<Pairing>;
  /** The township (乡镇) the village belongs to */
  township: Region;
};

/** Criteria for the village list; all optional, combined with AND */
export type VillageFilter = {
  /** true: with an adviser today; false: without */
  covered?: InputMaybe<Scalars['Boolean']['input']>;
  /** Only these ids (react-admin getMany) */
  ids?: InputMaybe<Array<Scalars['ID']['input']>>;
  /** Villages or communities only */
  kind?: InputMaybe<VillageKind>;
  /** Name or code contains */
  q?: InputMaybe<Scalars['String']['input']>;
  /** YYYY-MM: villages where no adviser wrote a work-log entry (工作日志) that month ("silent" villages) */
  silentInMonth?: InputMaybe<Scalars['String']['input']>;
  /** In this township */
  townshipId?: InputMaybe<Scalars['ID']['input']>;
  /** YYYY-Qn (e.g. 2026-Q4): villages with no quarterly rule-of-law training (rule 4) recorded in that quarter */
  untrainedInQuarter?: InputMaybe<Scalars['String']['input']>;
};

/** 村 or 社区 */
export type VillageKind =
  /** 社区 */
  | 'COMMUNITY'
  /** 村 */
  | 'VILLAGE';

/** One page of Village rows and how many match */
export type VillageList = {
  /** The rows of this page */
  items: Array<Village>;
  /** Pass as `options.after` for the next page; null on the last page */
  nextCursor: Maybe<Scalars['String']['output']>;
  /** Rows matching the filter within your jurisdiction, before skip and take; exact up to 10,000, past that 10,000 with totalItemsExact false. Counted only when selected */
  totalItems: Scalars['Int']['output'];
  /** False when more than 10,000 rows match and totalItems is a floor (shown as “10,000+”) */
  totalItemsExact: Scalars['Boolean']['output'];
};

/** Paging, sorting and filtering of a Village list; all optional */
export type VillageListOptions = {
  /** Keyset pagination: the `nextCursor` of the previous page, with the same sort and filter. Page 5,000 then costs what page 1 does; `skip` counts on from the cursor */
  after?: InputMaybe<Scalars['String']['input']>;
  /** Only rows matching every given criterion */
  filter?: InputMaybe<VillageFilter>;
  /** Rows to skip (default 0) */
  skip?: InputMaybe<Scalars['Int']['input']>;
  /** Sort keys in order of precedence; without them the order is the query’s default */
  sort?: InputMaybe<Array<VillageSort>>;
  /** Rows to return, at most 100 (default 25) */
  take?: InputMaybe<Scalars['Int']['input']>;
};

/** A village in a month: its disputes, its zero report, or silence */
export type VillageMonthReport = {
  /** Cases received that month */
  caseCount: Scalars['Int']['output'];
  /** No case and no zero report */
  silent: Scalars['Boolean']['output'];
  /** The village */
  village: Village;
  /** The zero report; null when none was made */
  zeroReport: Maybe<ZeroReport>;
};

/** One sort key of a Village list; later keys break ties of earlier ones */
export type VillageSort = {
  /** What to sort on */
  field: VillageSortField;
  /** ASC unless given */
  order?: SortOrder;
};

/** What a Village list can be sorted on; id always breaks ties */
export type VillageSortField =
  /** By `code` */
  | 'CODE'
  /** By `name` */
  | 'NAME';

/** One piece of the day’s work: how many rows of a list need attention, and the filter that lists them */
export type WorkItem = {
  /** Whether it asks for action now (a count above zero, a month not submitted or returned) */
  attention: Scalars['Boolean']['output'];
  /** Rows of `list` matching `filter` in your jurisdiction: the list’s own totalItems */
  count: Scalars['Int']['output'];
  /** The monthly report’s deadline; null for other kinds */
  deadline: Maybe<Scalars['Date']['output']>;
  /** The list’s filter input as JSON (e.g. {"overdue":true}): pass it as `options.filter` to get these rows */
  filter: Scalars['String']['output'];
  /** What the work is */
  kind: WorkItemKind;
  /** The list query it counts, which is also the console’s resource: mediationCases, villages, … */
  list: Scalars['String']['output'];
  /** YYYY-MM the item is about (the monthly report’s month, a month’s checks); null otherwise */
  month: Maybe<Scalars['String']['output']>;
  /** The monthly report’s status (DRAFT until submitted); null for other kinds */
  status: Maybe<MonthlyReportStatus>;
};

/** 首页待办事项的种类 */
export type WorkItemKind =
  /** 本月待核查: active advisers not yet checked this month */
  | 'CHECKS_TO_DO'
  /** 司法确认即将到期: agreements not yet brought to court whose 30-day window closes within 7 days */
  | 'CONFIRMATIONS_CLOSING'
  /** 迟报月报: monthly work logs of the last month due that were submitted after the deadline */
  | 'LATE_REPORTS'
  /** 工作日志月报: the month the adviser submits next, its status and deadline; counts its entries */
  | 'MONTHLY_REPORT'
  /** 会商事项逾期: consultation meetings with an action item open past its due date */
  | 'OVERDUE_ACTION_ITEMS'
  /** 超期案件: open cases past their 30 days (an adviser: the cases assigned to them) */
  | 'OVERDUE_CASES'
  /** 待审核月报: monthly work logs submitted and waiting for the office */
  | 'REPORTS_TO_REVIEW'
  /** 名册备案: filings returned by the city to file again (above a county: filings waiting for a decision) */
  | 'ROSTER_FILINGS'
  /** 本月无日志村居: covered villages with no work-log entry this month */
  | 'SILENT_VILLAGES'
  /** 本季度待培训村居: villages with no quarterly rule-of-law training this quarter */
  | 'TRAINING_DUE'
  /** 未覆盖村居: villages without an adviser today */
  | 'UNCOVERED_VILLAGES';

/** 法律咨询, 人民调解, 法治讲座, 协议把关, 矛盾排查, 文书代写, 法律意见, 其他 */
export type WorkLogCategory =
  /** 协议把关 */
  | 'AGREEMENT_REVIEW'
  /** 法律咨询 */
  | 'CONSULTATION'
  /** 文书代写 */
  | 'DOCUMENT_DRAFTING'
  /** 法治讲座: needs venue, attendee count and a photo */
  | 'LECTURE'
  /** 法律意见 */
  | 'LEGAL_OPINION'
  /** 人民调解 */
  | 'MEDIATION'
  /** 其他 */
  | 'OTHER'
  /** 矛盾排查 */
  | 'SCREENING';

/** 法律顾问工作日志条目 */
export type WorkLogEntry = {
  /** The adviser who gave the service */
  adviser: LegalAdviser;
  /** When the service was given (服务时间) */
  at: Scalars['DateTime']['output'];
  /** A lecture’s attendee count */
  attendeeCount: Maybe<Scalars['Int']['output']>;
  /** Whether you read the personal data and free text of this entry */
  canReadPersonalData: Scalars['Boolean']['output'];
  /** The linked mediation case */
  caseId: Maybe<Scalars['ID']['output']>;
  /** Kind of service */
  category: WorkLogCategory;
  /** 服务内容: null outside the adviser–office–bureau chain */
  content: Maybe<Scalars['String']['output']>;
  /** When it was recorded */
  createdAt: Scalars['DateTime']['output'];
  /** Minutes spent */
  durationMin: Scalars['Int']['output'];
  /** The month is submitted or approved: the entry cannot change */
  frozen: Scalars['Boolean']['output'];
  /** Stable identifier (UUID) */
  id: Scalars['ID']['output'];
  /** 服务事项: null outside the adviser–office–bureau chain */
  matter: Maybe<Scalars['String']['output']>;
  /** The linked case if you may see it; its confidential text stays behind its own guards */
  mediationCase: Maybe<MediationCase>;
  /** Online or in person */
  mode: WorkLogMode;
  /** YYYY-MM (Asia/Shanghai) of `at`: the monthly report this entry belongs to */
  month: Scalars['String']['output'];
  /** 服务对象: masked (张*三) outside the adviser–office–bureau chain */
  personServed: Scalars['String']['output'];
  /** Masked (138****5678) outside the adviser–office–bureau chain */
  phone: Maybe<Scalars['String']['output']>;
  /** Evidence photos (图片佐证); empty for viewers who get masked names */
  photos: Array<EvidencePhoto>;
  /** Township of the village served */
  township: Region;
  /** When it was last changed */
  updatedAt: Scalars['DateTime']['output'];
  /** A lecture’s venue */
  venue: Maybe<Scalars['String']['output']>;
  /** Send back with edits; a stale version is refused with CONFLICT */
  version: Scalars['Int']['output'];
  /** The village, when it lies in your jurisdiction (an adviser: the villages they serve today); its name is in villageName */
  village: Maybe<Village>;
  /** The village served, wherever it lies */
  villageId: Scalars['ID']['output'];
  /** The name of the village served, wherever it lies */
  villageName: Scalars['String']['output'];
};

/** Criteria for the work-log list; all optional, combined with AND */
export type WorkLogEntryFilter = {
  /** Of this adviser */
  adviserId?: InputMaybe<Scalars['ID']['input']>;
  /** Linked to this case */
  caseId?: InputMaybe<Scalars['ID']['input']>;
  /** Any of these kinds of service */
  category?: InputMaybe<Array<WorkLogCategory>>;
  /** Only these ids (react-admin getMany) */
  ids?: InputMaybe<Array<Scalars['ID']['input']>>;
  /** Online or in person */
  mode?: InputMaybe<WorkLogMode>;
  /** YYYY-MM */
  month?: InputMaybe<Scalars['String']['input']>;
  /** In this township */
  townshipId?: InputMaybe<Scalars['ID']['input']>;
  /** In this village */
  villageId?: InputMaybe<Scalars['ID']['input']>;
};

/** A work-log entry; a LECTURE also needs venue, attendeeCount and at least one photo */
export type WorkLogEntryInput = {
  /** When the service was given; not in the future */
  at: Scalars['DateTime']['input'];
  /** A lecture’s attendee count; required for LECTURE */
  attendeeCount?: InputMaybe<Scalars['Int']['input']>;
  /** A mediation case you are assigned to */
  caseId?: InputMaybe<Scalars['ID']['input']>;
  /** Kind of service */
  category: WorkLogCategory;
  /** 服务内容 */
  content: Scalars['String']['input'];
  /** Minutes spent, 1–1440 */
  durationMin: Scalars['Int']['input'];
  /** 服务事项 */
  matter: Scalars['String']['input'];
  /** Online or in person */
  mode: WorkLogMode;
  /** The person (or, for a lecture, the audience) served (服务对象) */
  personServed: Scalars['String']['input'];
  /** Their phone; required except for a lecture */
  phone?: InputMaybe<Scalars['String']['input']>;
  /** Evidence photos you uploaded (POST /api/uploads) */
  photoIds?: Array<Scalars['ID']['input']>;
  /** A lecture’s venue; required for LECTURE */
  venue?: InputMaybe<Scalars['String']['input']>;
  /** The village served */
  villageId: Scalars['ID']['input'];
};

/** One page of WorkLogEntry rows and how many match */
export type WorkLogEntryList = {
  /** The rows of this page */
  items: Array<WorkLogEntry>;
  /** Pass as `options.after` for the next page; null on the last page */
  nextCursor: Maybe<Scalars['String']['output']>;
  /** Rows matching the filter within your jurisdiction, before skip and take; exact up to 10,000, past that 10,000 with totalItemsExact false. Counted only when selected */
  totalItems: Scalars['Int']['output'];
  /** False when more than 10,000 rows match and totalItems is a floor (shown as “10,000+”) */
  totalItemsExact: Scalars['Boolean']['output'];
};

/** Paging, sorting and filtering of a WorkLogEntry list; all optional */
export type WorkLogEntryListOptions = {
  /** Keyset pagination: the `nextCursor` of the previous page, with the same sort and filter. Page 5,000 then costs what page 1 does; `skip` counts on from the cursor */
  after?: InputMaybe<Scalars['String']['input']>;
  /** Only rows matching every given criterion */
  filter?: InputMaybe<WorkLogEntryFilter>;
  /** Rows to skip (default 0) */
  skip?: InputMaybe<Scalars['Int']['input']>;
  /** Sort keys in order of precedence; without them the order is the query’s default */
  sort?: InputMaybe<Array<WorkLogEntrySort>>;
  /** Rows to return, at most 100 (default 25) */
  take?: InputMaybe<Scalars['Int']['input']>;
};

/** One sort key of a WorkLogEntry list; later keys break ties of earlier ones */
export type WorkLogEntrySort = {
  /** What to sort on */
  field: WorkLogEntrySortField;
  /** ASC unless given */
  order?: SortOrder;
};

/** What a WorkLogEntry list can be sorted on; id always breaks ties */
export type WorkLogEntrySortField =
  /** By `at` */
  | 'AT'
  /** By `category` */
  | 'CATEGORY'
  /** By `createdAt` */
  | 'CREATED_AT'
  /** By `durationMin` */
  | 'DURATION_MIN'
  /** By `month` */
  | 'MONTH';

/** 线上, 线下 */
export type WorkLogMode =
  /** 线下 */
  | 'OFFLINE'
  /** 线上 */
  | 'ONLINE';

/** One adviser’s month of work: DRAFT until submitted, with its deadline and totals */
export type WorkLogMonth = {
  /** The adviser */
  adviser: LegalAdviser;
  /** Last day to submit on time */
  deadline: Scalars['Date']['output'];
  /** Entries of the month that you may see (an office: those in its township) */
  entryCount: Scalars['Int']['output'];
  /** YYYY-MM */
  month: Scalars['String']['output'];
  /** Not submitted and the deadline has passed */
  overdue: Scalars['Boolean']['output'];
  /** The submission, once there is one */
  report: Maybe<MonthlyReport>;
  /** DRAFT until submitted, then the report’s status */
  status: MonthlyReportStatus;
  /** Minutes of those entries */
  totalMinutes: Scalars['Int']['output'];
};

/** The day’s work for the signed-in user (首页待办), by role */
export type WorkQueue = {
  /** The day it was computed for (Asia/Shanghai) */
  asOf: Scalars['Date']['output'];
  /** The items in the order a home page shows them */
  items: Array<WorkItem>;
};

/** 零上报 */
export type ZeroReport = {
  /** Stable identifier (UUID) */
  id: Scalars['ID']['output'];
  /** YYYY-MM */
  month: Scalars['String']['output'];
  /** When it was reported */
  reportedAt: Scalars['DateTime']['output'];
};

/** Federation: the types other subgraphs may extend, each resolved as its root query resolves it */
export type _Entity = LegalAdviser | MediationCase | Region | Village;

/** Federation: what a gateway or composition tool reads of this subgraph */
export type _Service = {
  /** The subgraph SDL, with its federation directives (schema/subgraph.graphql) */
  sdl: Scalars['String']['output'];
};
