import { ArrayMaxSize, ArrayMinSize, IsEnum, IsInt, IsOptional, IsUUID, Max, Min, ValidateNested } from 'class-validator';
import { Field, Float, ID, InputType, Int, ObjectType } from 'type-graphql';
import { IsNotEmpty, MaxLength } from 'class-validator';
import { WithParent } from '../../../common/access/rules.js';
import { DateScalar } from '../../../common/graphql/scalars.js';
import { LegalAdviser } from '../../adviser/legal-adviser.entity.js';
import { Region } from '../../region/region.entity.js';
import { AssessmentIndicator, AssessmentRecordKind, AssessmentStatus, Grade, IndicatorKind, ObjectionStatus } from '../assessment.enums.js';
import { CountCell } from '../../statistics/suppressed.types.js';

@WithParent()
@ObjectType({ description: 'One indicator of a scheme and what it weighs' })
export class AssessmentSchemeIndicator {
  @Field(() => AssessmentIndicator, { description: 'The indicator' })
  code!: AssessmentIndicator;

  @Field(() => IndicatorKind, { description: 'How it scores: a ratio, a count against the target, or a mean of ratings' })
  kind!: IndicatorKind;

  @Field(() => Int, { description: 'Whole points out of 100; the scheme’s weights sum to 100' })
  weight!: number;

  @Field(() => Int, { nullable: true, description: 'For a count: the count that earns the full score; null otherwise' })
  target!: number | null;
}

@WithParent()
@ObjectType({ description: 'The lowest total that earns each grade' })
export class AssessmentThresholds {
  @Field(() => Int, { description: 'From this total: 优秀 (default 90)' })
  excellent!: number;

  @Field(() => Int, { description: 'From this total: 合格 (default 75)' })
  pass!: number;

  @Field(() => Int, { description: 'From this total: 基本合格 (default 60); below it 不合格' })
  basicPass!: number;
}

@WithParent()
@ObjectType({ description: 'What each rating of the office’s monthly check scores' })
export class CheckRatingScores {
  @Field(() => Int, { description: '优秀 (default 100)' })
  excellent!: number;

  @Field(() => Int, { description: '良好 (default 85)' })
  good!: number;

  @Field(() => Int, { description: '一般 (default 70)' })
  fair!: number;

  @Field(() => Int, { description: '较差 (default 50)' })
  poor!: number;
}

@WithParent()
@ObjectType({ description: 'A county’s year-end assessment scheme (考核方案) for one year' })
export class AssessmentScheme {
  @Field(() => Int, { description: 'The year assessed' })
  year!: number;

  @Field(() => Region, { description: 'The county the scheme belongs to' })
  county!: Region;

  @Field(() => [AssessmentSchemeIndicator], { description: 'The indicators that count, with their weights' })
  indicators!: AssessmentSchemeIndicator[];

  @Field(() => AssessmentThresholds, { description: 'Grade thresholds' })
  thresholds!: AssessmentThresholds;

  @Field(() => Int, { nullable: true, description: 'At most this percentage of the county’s advisers graded 优秀; null: no cap' })
  excellentCapPercent!: number | null;

  @Field(() => CheckRatingScores, { description: 'What each monthly-check rating scores' })
  ratingScores!: CheckRatingScores;

  @Field(() => Int, { description: 'Days after publication in which an adviser may object (异议)' })
  objectionDays!: number;

  @Field({ description: 'False while the county uses the built-in scheme for this year' })
  saved!: boolean;

  @Field(() => Int, { description: 'Send it back with saveAssessmentScheme (0 while unsaved); a stale one is CONFLICT' })
  version!: number;
}

@InputType({ description: 'An indicator and its weight' })
export class AssessmentSchemeIndicatorInput {
  @Field(() => AssessmentIndicator, { description: 'The indicator' })
  @IsEnum(AssessmentIndicator)
  code!: AssessmentIndicator;

  @Field(() => Int, { description: 'Whole points out of 100' })
  @IsInt()
  @Min(1)
  @Max(100)
  weight!: number;

  @Field(() => Int, { nullable: true, description: 'For a count indicator: the count that earns the full score (required there)' })
  @IsOptional()
  @IsInt()
  @Min(1)
  @Max(10_000)
  target?: number | null;
}

@InputType({ description: 'Grade thresholds, strictly descending' })
export class AssessmentThresholdsInput {
  @Field(() => Int, { description: 'From this total: 优秀' })
  @IsInt()
  @Min(1)
  @Max(100)
  excellent!: number;

  @Field(() => Int, { description: 'From this total: 合格' })
  @IsInt()
  @Min(1)
  @Max(100)
  pass!: number;

  @Field(() => Int, { description: 'From this total: 基本合格' })
  @IsInt()
  @Min(0)
  @Max(100)
  basicPass!: number;
}

@InputType({ description: 'What each monthly-check rating scores, 0–100' })
export class CheckRatingScoresInput {
  @Field(() => Int, { description: '优秀' })
  @IsInt()
  @Min(0)
  @Max(100)
  excellent!: number;

  @Field(() => Int, { description: '良好' })
  @IsInt()
  @Min(0)
  @Max(100)
  good!: number;

  @Field(() => Int, { description: '一般' })
  @IsInt()
  @Min(0)
  @Max(100)
  fair!: number;

  @Field(() => Int, { description: '较差' })
  @IsInt()
  @Min(0)
  @Max(100)
  poor!: number;
}

@InputType({ description: 'A county’s scheme for a year, saved whole' })
export class SaveAssessmentSchemeInput {
  @Field(() => Int, { description: 'The year assessed' })
  @IsInt()
  @Min(2000)
  @Max(2100)
  year!: number;

  @Field(() => ID, { nullable: true, description: 'The county; default your own (required for a city or province bureau)' })
  @IsOptional()
  @IsUUID('all', { message: 'must be a region id' })
  countyId?: string | null;

  @Field(() => [AssessmentSchemeIndicatorInput], { description: 'The indicators that count; each at most once, weights summing to 100' })
  @ArrayMinSize(1)
  @ArrayMaxSize(Object.keys(AssessmentIndicator).length)
  @ValidateNested({ each: true })
  indicators!: AssessmentSchemeIndicatorInput[];

  @Field(() => AssessmentThresholdsInput, { description: 'Grade thresholds' })
  @ValidateNested()
  thresholds!: AssessmentThresholdsInput;

  @Field(() => Int, { nullable: true, description: 'Cap on the percentage graded 优秀, 0–100; null for no cap' })
  @IsOptional()
  @IsInt()
  @Min(0)
  @Max(100)
  excellentCapPercent?: number | null;

  @Field(() => CheckRatingScoresInput, { description: 'What each monthly-check rating scores' })
  @ValidateNested()
  ratingScores!: CheckRatingScoresInput;

  @Field(() => Int, { description: 'Days after publication in which an adviser may object, 1–60' })
  @IsInt()
  @Min(1)
  @Max(60)
  objectionDays!: number;

  @Field(() => Int, { description: 'The version you read (0 for a year without a saved scheme); a stale one is CONFLICT' })
  @IsInt()
  @Min(0)
  version!: number;
}

@WithParent()
@ObjectType({ description: 'One indicator of one adviser’s result: the figures behind it and what it scored' })
export class AssessmentIndicatorResult {
  @Field(() => AssessmentIndicator, { description: 'The indicator' })
  code!: AssessmentIndicator;

  @Field(() => IndicatorKind, { description: 'How it scores' })
  kind!: IndicatorKind;

  @Field(() => Int, { description: 'Its weight in the scheme' })
  weight!: number;

  @Field(() => Int, { nullable: true, description: 'For a count: the count that scores full' })
  target!: number | null;

  @Field(() => Int, { description: 'What was done (a ratio’s numerator, a count, or the sum of rating scores)' })
  numerator!: number;

  @Field(() => Int, { description: 'What was due (a ratio’s denominator, the number of ratings); 0 for a count' })
  denominator!: number;

  @Field({ description: 'False when there was nothing to measure (不适用); its weight went to the others' })
  applicable!: boolean;

  @Field(() => Float, { nullable: true, description: 'Score out of 100, two decimals; null when not applicable' })
  score!: number | null;

  @Field(() => Float, { description: 'The weight it carried after spreading the inapplicable ones’' })
  effectiveWeight!: number;

  @Field(() => Float, { description: 'Its share of the total: score × effective weight / 100' })
  points!: number;
}

@WithParent()
@ObjectType({
  description:
    'One record behind an indicator’s figures, or a slot that was due with no record (a missed training, a month without a work log). ' +
    'Never confidential: a case shows its number only, never parties or summary',
})
export class AssessmentIndicatorRecord {
  @Field(() => AssessmentRecordKind, { description: 'What kind of record it is' })
  kind!: AssessmentRecordKind;

  @Field(() => ID, {
    nullable: true,
    description: 'The record to open (for an agreement its case, for a highlight its monthly check); null for a slot that was due with no record',
  })
  recordId!: string | null;

  @Field(() => DateScalar, {
    nullable: true,
    description: 'When it happened (held, submitted, received, closed, signed, reported), or the slot’s end when missed',
  })
  on!: string | null;

  @Field(() => String, { nullable: true, description: 'The period it belongs to: a month YYYY-MM or a quarter YYYY-Qn' })
  period!: string | null;

  @Field({ description: 'A short, non-confidential label: a case number, a village, a township or a training’s title' })
  label!: string;

  @Field({ description: 'Counts toward the indicator’s numerator' })
  inNumerator!: boolean;

  @Field({ description: 'Counts toward the indicator’s denominator (what was due)' })
  inDenominator!: boolean;

  @Field(() => Int, { nullable: true, description: 'For a monthly check: the points its rating scores (the numerator is their sum)' })
  points!: number | null;

  @Field({
    description:
      'Whether the record lies within the viewer’s jurisdiction so that its own page opens (an office: records of its township); ' +
      'whether the viewer’s role has such a page at all is the client’s to know',
  })
  openable!: boolean;
}

@WithParent()
@ObjectType({ description: 'An adviser’s objection (异议) to their published result, and the bureau’s decision' })
export class AssessmentObjectionView {
  @Field(() => ID, { description: 'Stable identifier (UUID)' })
  id!: string;

  @Field({ description: 'Why the adviser objects' })
  reason!: string;

  @Field(() => Date, { description: 'When it was raised' })
  raisedAt!: Date;

  @Field(() => ObjectionStatus, { description: 'Open, upheld or rejected' })
  status!: ObjectionStatus;

  @Field(() => String, { nullable: true, description: 'The bureau’s reason for its decision; null while open' })
  decisionReason!: string | null;

  @Field(() => Float, { description: 'Points the decision added or took away; 0 when rejected or open' })
  adjustmentPoints!: number;

  @Field(() => Date, { nullable: true, description: 'When the bureau decided; null while open' })
  decidedAt!: Date | null;

  @Field(() => Int, { description: 'Send it back with decideAssessmentObjection; a stale one is CONFLICT' })
  version!: number;
}

@WithParent()
@ObjectType({ description: 'One adviser’s assessment for the year' })
export class AssessmentResult {
  @Field(() => ID, { nullable: true, description: 'The frozen result’s id once the year is published (to object to it); null in a draft' })
  id!: string | null;

  @Field(() => LegalAdviser, { description: 'The adviser' })
  adviser!: LegalAdviser;

  @Field(() => [Region], { description: 'The townships whose villages the adviser served during the year' })
  townships!: Region[];

  @Field(() => Float, { nullable: true, description: 'The total the records gave, before any adjustment' })
  computedTotal!: number | null;

  @Field(() => Float, { description: 'Points added or taken away by upheld objections' })
  adjustmentPoints!: number;

  @Field(() => String, { nullable: true, description: 'Why the total was adjusted; null without an adjustment' })
  adjustmentReason!: string | null;

  @Field(() => Float, { nullable: true, description: 'Weighted total out of 100 after adjustments; null when no indicator applied' })
  total!: number | null;

  @Field(() => Grade, { nullable: true, description: 'The grade; null when there is no total' })
  grade!: Grade | null;

  @Field({ description: 'Reached 优秀 but graded 合格 because of the cap on the share graded 优秀' })
  cappedFromExcellent!: boolean;

  @Field({ description: 'Graded 优秀 by an upheld objection, outside the cap' })
  exemptFromCap!: boolean;

  @Field(() => AssessmentObjectionView, { nullable: true, description: 'The adviser’s objection, if they raised one' })
  objection!: AssessmentObjectionView | null;

  @Field(() => [AssessmentIndicatorResult], { description: 'Every indicator of the scheme, with its figures' })
  indicators!: AssessmentIndicatorResult[];
}

@WithParent()
@ObjectType({ description: 'How many advisers got a grade' })
export class AssessmentGradeCount {
  @Field(() => Grade, { description: 'The grade' })
  grade!: Grade;

  @Field(() => Int, { description: 'Advisers with it' })
  count!: number;
}

@WithParent()
@ObjectType({ description: 'A county’s year-end assessment, computed live from the records while the year is a draft' })
export class Assessment {
  @Field(() => Int, { description: 'The year assessed' })
  year!: number;

  @Field(() => Region, { description: 'The county' })
  county!: Region;

  @Field(() => AssessmentStatus, { description: 'DRAFT (computed live) or PUBLISHED (frozen)' })
  status!: AssessmentStatus;

  @Field(() => Date, { nullable: true, description: 'When the bureau published it; null in a draft' })
  publishedAt!: Date | null;

  @Field(() => DateScalar, { nullable: true, description: 'The last day an adviser may object; null in a draft' })
  objectionsUntil!: string | null;

  @Field(() => String, { nullable: true, description: 'Why the year was closed before it ended; null otherwise' })
  closedEarlyReason!: string | null;

  @Field(() => AssessmentScheme, { description: 'The scheme it was computed with' })
  scheme!: AssessmentScheme;

  @Field(() => DateScalar, { description: 'Records up to this day count (the year’s end, or yesterday while it runs)' })
  through!: string;

  @Field(() => [AssessmentResult], { description: 'The advisers you may see, by township and name' })
  results!: AssessmentResult[];

  @Field(() => [AssessmentGradeCount], { description: 'Grades across the whole county' })
  gradeCounts!: AssessmentGradeCount[];

  @Field(() => Int, { nullable: true, description: 'How many may be graded 优秀 under the cap; null without a cap' })
  excellentAllowed!: number | null;

  @Field({ description: 'Whether the cap moved anyone from 优秀 to 合格' })
  capBites!: boolean;
}

@InputType({ description: 'The bureau’s decision on an objection' })
export class DecideObjectionInput {
  @Field({ description: 'True to uphold the objection, false to reject it' })
  uphold!: boolean;

  @Field({ description: 'Why: shown to the adviser and kept in the audit trail' })
  @IsNotEmpty({ message: 'must not be empty' })
  @MaxLength(500)
  reason!: string;

  @Field(() => Float, { defaultValue: 0, description: 'Points to add (or take away) when upholding, −20 to 20 in hundredths; 0 re-grades only' })
  @Min(-20)
  @Max(20)
  adjustmentPoints!: number;

  @Field(() => Int, { description: 'The objection’s version you read; a stale one is CONFLICT' })
  @IsInt()
  version!: number;
}

@WithParent()
@ObjectType({ description: 'Advisers with a grade, as published to you (see CountCell)' })
export class AssessmentGradeCell {
  @Field(() => Grade, { description: 'The grade' })
  grade!: Grade;

  @Field(() => CountCell, { description: 'Advisers with it' })
  count!: CountCell;
}

@WithParent()
@ObjectType({ description: 'One township’s advisers by grade' })
export class AssessmentTownshipGrades {
  @Field(() => Region, { description: 'The township (乡镇)' })
  township!: Region;

  @Field(() => [AssessmentGradeCell], { description: 'Per grade, 优秀 first' })
  counts!: AssessmentGradeCell[];

  @Field(() => CountCell, { description: 'Graded advisers of the township' })
  total!: CountCell;
}

@WithParent()
@ObjectType({
  description:
    'Grade counts by township: no adviser named, no score. Exact for the bureau (an office: its own township); for an ANALYST every count under 3 reads "<3" and no total gives one away (see CountCell). An adviser serving several townships counts once, under the first by id; advisers not graded (no indicator applicable) are not counted',
})
export class AssessmentGradeTable {
  @Field(() => Int, { description: 'The year assessed' })
  year!: number;

  @Field(() => Region, { description: 'The county' })
  county!: Region;

  @Field(() => AssessmentStatus, { description: 'DRAFT (computed live) or PUBLISHED (frozen)' })
  status!: AssessmentStatus;

  @Field(() => [AssessmentTownshipGrades], { description: 'The townships you may see, by division code' })
  townships!: AssessmentTownshipGrades[];

  @Field(() => [AssessmentGradeCell], { description: 'Those townships together, per grade' })
  totals!: AssessmentGradeCell[];

  @Field(() => CountCell, { description: 'Graded advisers of those townships' })
  total!: CountCell;
}
