import { ArrayMaxSize, ArrayMinSize, IsEnum, IsInt, IsOptional, IsUUID, Max, Min, ValidateNested } from 'class-validator';
import { Field, ID, InputType, Int, ObjectType } from 'type-graphql';
import { WithParent } from '../../../common/access/rules.js';
import { Region } from '../../region/region.entity.js';
import { AssessmentIndicator, IndicatorKind } from '../assessment.enums.js';

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
