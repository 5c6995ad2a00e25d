import { IsIn, IsInt, IsNotEmpty, IsOptional, IsUUID, Max, MaxLength, Min, NotEquals, ValidateNested } from 'class-validator';
import { Field, ID, InputType, Int, ObjectType } from 'type-graphql';
import { WithParent } from '../../../common/access/rules.js';
import { DateScalar, FenSumScalar } from '../../../common/graphql/scalars.js';
import { LegalAdviser } from '../../adviser/legal-adviser.entity.js';
import { CaseTier } from '../../mediation-case/case.enums.js';
import { Grade } from '../../assessment/scoring.js';
import { CaseSplit, NonQualifyingReason, StatementStatus, SubsidyLineKind } from '../subsidy.enums.js';

const MAX_FEN = 100_000_000;

@WithParent()
@ObjectType({ description: 'A factor on a year’s paid subsidies for an assessment grade, applied by the year-end settlement' })
export class GradeFactorView {
  @Field(() => Grade, { description: 'The published assessment grade' })
  grade!: Grade;

  @Field({ description: 'The factor as an exact decimal (for example "0.8"); amounts round half up to the fen' })
  factor!: string;
}

@InputType({ description: 'A factor for an assessment grade (for example 不合格 → "0", 基本合格 → "0.8")' })
export class GradeFactorInput {
  @Field(() => Grade, { description: 'The grade' })
  grade!: Grade;

  @Field({ description: 'A non-negative decimal with at most six places, at most 10' })
  @MaxLength(20)
  factor!: string;
}

@WithParent()
@ObjectType({ description: 'A county’s subsidy rates from a date (补贴标准), in fen' })
export class SubsidyRateView {
  @Field(() => ID, { description: 'Stable identifier (UUID)' })
  id!: string;

  @Field(() => DateScalar, { description: 'In force from this day until the next rate’s' })
  effectiveFrom!: string;

  @Field(() => Int, { description: 'Case subsidy for an ordinary case (一般), fen' })
  ordinaryFen!: number;

  @Field(() => Int, { description: 'Case subsidy for a difficult case (疑难), fen' })
  difficultFen!: number;

  @Field(() => Int, { description: 'Case subsidy for a major case (重大), fen' })
  majorFen!: number;

  @Field(() => Int, { description: 'Subsidy per consultation, fen' })
  consultationFen!: number;

  @Field(() => Int, { nullable: true, description: 'At most this much consultation subsidy per adviser and month, fen; null: no cap' })
  consultationMonthlyCapFen!: number | null;

  @Field(() => [GradeFactorView], { description: 'Factors by assessment grade for the year-end settlement; a grade not listed keeps its amounts' })
  gradeFactors!: GradeFactorView[];

  @Field(() => Int, { description: 'Send it back with saveSubsidyRate; a stale one is CONFLICT' })
  version!: number;
}

@InputType({ description: 'Subsidy rates from a date; saving a date that has rates replaces them (with the version read)' })
export class SubsidyRateInput {
  @Field(() => ID, { nullable: true, description: 'The county; default your own' })
  @IsOptional()
  @IsUUID('all', { message: 'must be a region id' })
  countyId?: string | null;

  @Field(() => DateScalar, { description: 'In force from this day' })
  effectiveFrom!: string;

  @Field(() => Int, { description: 'Ordinary case (一般), fen' })
  @IsInt()
  @Min(0)
  @Max(MAX_FEN)
  ordinaryFen!: number;

  @Field(() => Int, { description: 'Difficult case (疑难), fen' })
  @IsInt()
  @Min(0)
  @Max(MAX_FEN)
  difficultFen!: number;

  @Field(() => Int, { description: 'Major case (重大), fen' })
  @IsInt()
  @Min(0)
  @Max(MAX_FEN)
  majorFen!: number;

  @Field(() => Int, { description: 'Per consultation, fen' })
  @IsInt()
  @Min(0)
  @Max(MAX_FEN)
  consultationFen!: number;

  @Field(() => Int, { nullable: true, description: 'Monthly cap on an adviser’s consultation subsidy, fen; null for none' })
  @IsOptional()
  @IsInt()
  @Min(0)
  @Max(MAX_FEN)
  consultationMonthlyCapFen?: number | null;

  @Field(() => [GradeFactorInput], { nullable: true, description: 'Factors by assessment grade for the year-end settlement; none: amounts stand' })
  @IsOptional()
  @ValidateNested({ each: true })
  gradeFactors?: GradeFactorInput[] | null;

  @Field(() => Int, { description: 'The version you read (0 for a new date); a stale one is CONFLICT' })
  @IsInt()
  @Min(0)
  version!: number;
}

@WithParent()
@ObjectType({ description: 'One line of a subsidy statement: a case, or a month of consultations; never a party’s name' })
export class SubsidyLineView {
  @Field(() => SubsidyLineKind, { description: 'Case or consultations' })
  kind!: SubsidyLineKind;

  @Field(() => ID, { nullable: true, description: 'The case (case lines)' })
  caseId!: string | null;

  @Field(() => String, { nullable: true, description: 'The case number (case lines)' })
  caseNo!: string | null;

  @Field(() => CaseTier, { nullable: true, description: 'The case’s difficulty tier (case lines)' })
  tier!: CaseTier | null;

  @Field(() => DateScalar, { nullable: true, description: 'When the case closed (case lines)' })
  closedOn!: string | null;

  @Field(() => String, { nullable: true, description: 'The month, YYYY-MM (consultation lines)' })
  month!: string | null;

  @Field(() => Int, { description: 'Cases (1) or consultations counted' })
  count!: number;

  @Field(() => Int, { description: 'Amount in fen; 0 when the line does not qualify' })
  amountFen!: number;

  @Field(() => NonQualifyingReason, { nullable: true, description: 'Why the line pays nothing; null when it pays' })
  reason!: NonQualifyingReason | null;

  @Field(() => String, { nullable: true, description: 'Why an adjustment line was added (adjustment lines only)' })
  note?: string | null;
}

@WithParent()
@ObjectType({ description: 'An adviser’s subsidy statement for a period: drafted from the records, confirmed (frozen), paid' })
export class SubsidyStatementView {
  @Field(() => ID, { nullable: true, description: 'The confirmed statement’s id; null while a draft' })
  id!: string | null;

  @Field(() => LegalAdviser, { description: 'The adviser' })
  adviser!: LegalAdviser;

  @Field({ description: 'The period: a month (2026-07) or a quarter (2026-Q3)' })
  period!: string;

  @Field(() => StatementStatus, { description: 'Draft, confirmed or paid' })
  status!: StatementStatus;

  @Field(() => FenSumScalar, { description: 'The sum of the paying lines, fen (a 53-bit safe integer)' })
  totalFen!: number;

  @Field(() => [SubsidyLineView], { description: 'Every line, paying or not' })
  lines!: SubsidyLineView[];

  @Field(() => Date, { nullable: true, description: 'When the bureau confirmed it' })
  confirmedAt!: Date | null;

  @Field(() => DateScalar, { nullable: true, description: 'The day it was paid' })
  paidOn!: string | null;

  @Field(() => String, { nullable: true, description: 'The payment voucher number (凭证号)' })
  voucherNo!: string | null;

  @Field(() => Int, { description: 'Send it back with markSubsidyStatementPaid (0 while a draft)' })
  version!: number;
}

@InputType({ description: 'Payment of a confirmed statement' })
export class MarkPaidInput {
  @Field(() => DateScalar, { description: 'The day it was paid' })
  paidOn!: string;

  @Field({ description: 'The payment voucher number (凭证号)' })
  @IsNotEmpty({ message: 'must not be empty' })
  @MaxLength(60)
  voucherNo!: string;

  @Field(() => Int, { description: 'The version you read; a stale one is CONFLICT' })
  @IsInt()
  version!: number;
}

@WithParent()
@ObjectType({ description: 'A county’s subsidy settings' })
export class SubsidySettingsView {
  @Field(() => ID, { description: 'The county' })
  countyId!: string;

  @Field(() => CaseSplit, { description: 'How a case with several advisers is paid: split equally, or to the lead adviser the bureau names' })
  caseSplit!: CaseSplit;

  @Field(() => Int, { description: 'Send it back with saveSubsidySettings (0 while at the defaults)' })
  version!: number;
}

@InputType({ description: 'A county’s subsidy settings' })
export class SubsidySettingsInput {
  @Field(() => ID, { nullable: true, description: 'The county; default your own' })
  @IsOptional()
  @IsUUID('all', { message: 'must be a region id' })
  countyId?: string | null;

  @Field(() => CaseSplit, { description: 'How a case with several advisers is paid' })
  @IsIn(Object.values(CaseSplit))
  caseSplit!: CaseSplit;

  @Field(() => Int, { description: 'The version you read; a stale one is CONFLICT' })
  @IsInt()
  @Min(0)
  version!: number;
}

@InputType({ description: 'A correction of a confirmed statement: an adjustment line with its reason, never an edit of a line' })
export class SubsidyAdjustmentInput {
  @Field(() => Int, { description: 'The amount, fen: positive to pay more, negative to recover; not zero' })
  @IsInt()
  @NotEquals(0, { message: 'must not be zero' })
  @Min(-MAX_FEN)
  @Max(MAX_FEN)
  amountFen!: number;

  @Field({ description: 'Why (shown on the statement; no party’s name)' })
  @IsNotEmpty({ message: 'must not be empty' })
  @MaxLength(500)
  reason!: string;

  @Field(() => Int, { description: 'The statement’s version you read; a stale one is CONFLICT' })
  @IsInt()
  version!: number;
}
