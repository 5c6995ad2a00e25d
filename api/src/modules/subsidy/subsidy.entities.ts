import { OptionalProps, type Ref } from '@mikro-orm/core';
import { Check, Entity, Enum, Index, ManyToOne, PrimaryKey, Property, Unique } from '@mikro-orm/decorators/legacy';
import { now } from '../../common/clock.js';
import { LegalAdviser } from '../adviser/legal-adviser.entity.js';
import { CaseTier } from '../mediation-case/case.enums.js';
import { MediationCase } from '../mediation-case/mediation-case.entity.js';
import { Region } from '../region/region.entity.js';
import { User } from '../user/user.entity.js';
import { CaseSplit, NonQualifyingReason, StatementStatus, SubsidyLineKind } from './subsidy.enums.js';

/**
 * A county's subsidy rates from a date (补贴标准), in fen: a case subsidy per difficulty tier and a consultation subsidy
 * per consultation, with an optional monthly cap on an adviser's consultation subsidies. The rate in force on a
 * case's closing date (or a consultation's date) applies: the row with the latest `effectiveFrom` not after it.
 */
@Entity({ tableName: 'subsidy_rate' })
@Unique({ name: 'subsidy_rate_county_from_unique', properties: ['county', 'effectiveFrom'] })
@Check({
  name: 'subsidy_rate_amounts',
  expression:
    '"ordinary_fen" >= 0 and "difficult_fen" >= 0 and "major_fen" >= 0 and "consultation_fen" >= 0 and ("consultation_monthly_cap_fen" is null or "consultation_monthly_cap_fen" >= 0)',
})
export class SubsidyRate {
  [OptionalProps]?: 'version' | 'createdAt';

  @PrimaryKey({ type: 'uuid' })
  id: string = crypto.randomUUID();

  @ManyToOne(() => Region, { ref: true, deleteRule: 'restrict' })
  county!: Ref<Region>;

  @Property({ type: 'date' })
  effectiveFrom!: string;

  @Property({ type: 'integer' })
  ordinaryFen!: number;

  @Property({ type: 'integer' })
  difficultFen!: number;

  @Property({ type: 'integer' })
  majorFen!: number;

  @Property({ type: 'integer' })
  consultationFen!: number;

  @Property({ type: 'integer', nullable: true })
  consultationMonthlyCapFen!: number | null;

  /**
   * Factors by the adviser's published assessment grade (for example FAIL → '0', BASIC_PASS → '0.8'), as exact decimal
   * strings; a grade not named keeps its amounts. The year-end settlement applies those of the rate in force on 31
   * December.
   */
  @Property({ type: 'json', nullable: true })
  gradeFactors?: Partial<Record<string, string>> | null;

  @ManyToOne(() => User, { ref: true, deleteRule: 'restrict' })
  createdBy!: Ref<User>;

  @Property({ columnType: 'timestamptz' })
  createdAt: Date = now();

  @Property({ version: true })
  version: number = 1;
}

/** The case rate of a tier. */
export function caseRateOf(rate: Pick<SubsidyRate, 'ordinaryFen' | 'difficultFen' | 'majorFen'>, tier: CaseTier): number {
  return tier === CaseTier.MAJOR ? rate.majorFen : tier === CaseTier.DIFFICULT ? rate.difficultFen : rate.ordinaryFen;
}

/**
 * An adviser's confirmed statement for a period (补贴发放清单): its lines frozen at confirmation, then marked paid. One
 * per adviser and period; a draft is not stored (it is computed from the records until confirmed).
 */
@Entity({ tableName: 'subsidy_statement' })
@Unique({ name: 'subsidy_statement_adviser_period_unique', properties: ['adviser', 'period'] })
@Check({ name: 'subsidy_statement_paid', expression: `("status" = 'PAID') = ("paid_on" is not null and "voucher_no" is not null)` })
export class SubsidyStatement {
  [OptionalProps]?: 'version' | 'confirmedAt' | 'status';

  @PrimaryKey({ type: 'uuid' })
  id: string = crypto.randomUUID();

  @ManyToOne(() => Region, { ref: true, deleteRule: 'restrict', index: true })
  county!: Ref<Region>;

  @ManyToOne(() => LegalAdviser, { ref: true, deleteRule: 'restrict' })
  adviser!: Ref<LegalAdviser>;

  @Property({ length: 7 })
  period!: string;

  @Enum({ items: () => StatementStatus })
  status: StatementStatus = StatementStatus.CONFIRMED;

  /** The sum of the paying lines, in fen (53-bit safe). */
  @Property({ type: 'bigint', runtimeType: 'number' })
  totalFen!: number;

  @ManyToOne(() => User, { ref: true, deleteRule: 'restrict' })
  confirmedBy!: Ref<User>;

  @Property({ columnType: 'timestamptz' })
  confirmedAt: Date = now();

  @Property({ type: 'date', nullable: true })
  paidOn?: string | null;

  @Property({ type: 'string', length: 60, nullable: true })
  voucherNo?: string | null;

  @Property({ version: true })
  version: number = 1;
}

/**
 * One frozen line of a confirmed statement: a case, or a month of consultations, paying or not with the reason; or an
 * adjustment (positive or negative, with its note) added after confirmation or by the year-end settlement. A
 * settlement line names the line it settles, once (the unique key makes running the settlement twice add nothing).
 */
@Entity({ tableName: 'subsidy_line' })
@Check({
  name: 'subsidy_line_adjustment',
  expression: `("kind" = 'ADJUSTMENT') = ("note" is not null) and ("kind" = 'ADJUSTMENT' or "amount_fen" >= 0)`,
})
export class SubsidyLine {
  @PrimaryKey({ type: 'uuid' })
  id: string = crypto.randomUUID();

  @ManyToOne(() => SubsidyStatement, { ref: true, deleteRule: 'cascade', index: true })
  statement!: Ref<SubsidyStatement>;

  @Property({ type: 'smallint' })
  position!: number;

  @Enum({ items: () => SubsidyLineKind })
  kind!: SubsidyLineKind;

  @ManyToOne(() => MediationCase, { ref: true, deleteRule: 'restrict', nullable: true })
  case?: Ref<MediationCase> | null;

  @Property({ type: 'string', length: 40, nullable: true })
  caseNo?: string | null;

  @Enum({ items: () => CaseTier, nullable: true })
  tier?: CaseTier | null;

  @Property({ type: 'date', nullable: true })
  closedOn?: string | null;

  @Property({ type: 'string', length: 7, nullable: true })
  month?: string | null;

  @Property({ type: 'integer' })
  count!: number;

  @Property({ type: 'integer' })
  amountFen!: number;

  @Enum({ items: () => NonQualifyingReason, nullable: true })
  reason?: NonQualifyingReason | null;

  /** Why an adjustment was made (adjustment lines only). */
  @Property({ type: 'text', nullable: true })
  note?: string | null;

  /** The paying line a year-end settlement line adjusts by the adviser's grade; each is settled once. */
  @ManyToOne(() => SubsidyLine, { ref: true, deleteRule: 'restrict', nullable: true, unique: 'subsidy_line_settles_unique' })
  settles?: Ref<SubsidyLine> | null;
}

/**
 * The "paid once" key: a paying line claims (kind, adviser, case) or (kind, adviser, month) in exactly one confirmed
 * statement. The unique key makes two racing confirmations give one success and one CONFLICT.
 */
@Entity({ tableName: 'subsidy_claim' })
export class SubsidyClaim {
  @PrimaryKey({ type: 'uuid' })
  id: string = crypto.randomUUID();

  @Index()
  @ManyToOne(() => SubsidyStatement, { ref: true, deleteRule: 'cascade' })
  statement!: Ref<SubsidyStatement>;

  /** `CASE:<adviser>:<case>` or `CONSULTATION:<adviser>:<YYYY-MM>`. */
  @Property({ length: 120, unique: 'subsidy_claim_key_unique' })
  claimKey!: string;
}

export const caseClaim = (adviserId: string, caseId: string) => `CASE:${adviserId}:${caseId}`;
export const consultationClaim = (adviserId: string, month: string) => `CONSULTATION:${adviserId}:${month}`;

/** A county's subsidy settings: how a case with several advisers is paid. Absent: split equally. */
@Entity({ tableName: 'subsidy_setting' })
export class SubsidySetting {
  [OptionalProps]?: 'version' | 'updatedAt';

  @ManyToOne(() => Region, { ref: true, deleteRule: 'restrict', primary: true })
  county!: Ref<Region>;

  @Enum({ items: () => CaseSplit })
  caseSplit!: CaseSplit;

  @Property({ columnType: 'timestamptz' })
  updatedAt: Date = now();

  @Property({ version: true })
  version: number = 1;
}
