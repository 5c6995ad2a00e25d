import { ArrayMaxSize, IsEnum, IsInt, IsNotEmpty, IsOptional, IsUUID, MaxLength, ValidateNested } from 'class-validator';
import { Field, ID, InputType, Int } from 'type-graphql';
import { ListArgsType, ListOptionsType, ListType } from '../../../common/graphql/list.js';
import { MonthlyCheck } from '../monthly-check.entity.js';
import { CheckRating } from '../work-log.enums.js';
import { IsCalendarMonth } from '../../../common/validation/calendar.js';
import { MultiLine } from '../../../common/graphql/text-arguments.js';

@InputType({ description: 'A highlight of the check; with an id it updates that highlight (keeping its model-case mark)' })
export class HighlightInput {
  @Field(() => ID, { nullable: true, description: 'An existing highlight of this check to update; null for a new one' })
  @IsOptional()
  @IsUUID('all')
  id?: string | null;

  @Field({ description: 'Title of the highlight' })
  @IsNotEmpty({ message: 'must not be empty' })
  @MaxLength(100)
  title!: string;

  @Field({ description: 'What the adviser did well' })
  @IsNotEmpty({ message: 'must not be empty' })
  @MaxLength(2000)
  @MultiLine()
  text!: string;

  @Field(() => [ID], { defaultValue: [], description: 'Evidence photos you uploaded (POST /api/uploads)' })
  @ArrayMaxSize(9)
  @IsUUID('all', { each: true, message: 'must be upload ids' })
  photoIds!: string[];
}

/** What the office records in a check; the create names the adviser and month, the update the version it read. */
@InputType({ description: 'What an office records in a monthly check' })
export abstract class MonthlyCheckFields {
  @Field({ description: '工作日志填写完整: the work log is complete' })
  logComplete!: boolean;

  @Field({ description: '季度法治培训按计划开展: quarterly trainings are on schedule' })
  trainingOnTrack!: boolean;

  @Field({ description: '公示牌已张贴: the notice board is posted' })
  noticeBoardPosted!: boolean;

  @Field({ description: '案件跟进到位: cases are followed up' })
  casesFollowedUp!: boolean;

  @Field(() => CheckRating, { description: '优秀, 良好, 一般 or 较差' })
  @IsEnum(CheckRating)
  rating!: CheckRating;

  @Field({ defaultValue: '', description: 'The office’s notes; empty unless given' })
  @MaxLength(2000)
  @MultiLine()
  notes!: string;

  @Field(() => [HighlightInput], { defaultValue: [], description: 'Highlights (亮点) to report to the bureau' })
  @ArrayMaxSize(10)
  @ValidateNested({ each: true })
  highlights!: HighlightInput[];
}

@InputType({ description: 'The office’s check of one adviser for one month; a month that has its check already is CONFLICT with its existingId' })
export class MonthlyCheckInput extends MonthlyCheckFields {
  @Field(() => ID, { description: 'The adviser checked' })
  @IsUUID('all', { message: 'must be an adviser id' })
  adviserId!: string;

  @Field({ description: 'YYYY-MM' })
  @IsCalendarMonth()
  month!: string;
}

@InputType({
  description: 'A change to a check: highlights with an id are updated (keeping their model-case mark), those without added, those left out removed',
})
export class UpdateMonthlyCheckInput extends MonthlyCheckFields {
  @Field(() => Int, { description: 'The version you read; a stale one is CONFLICT' })
  @IsInt()
  version!: number;
}

@InputType({ description: 'Criteria for the check list; all optional, combined with AND' })
export class MonthlyCheckFilter {
  @Field(() => [ID], { nullable: true, description: 'Only these ids (react-admin getMany)' })
  @IsOptional()
  @IsUUID('all', { each: true })
  ids?: string[] | null;

  @Field(() => ID, { nullable: true, description: 'Of this adviser' })
  @IsOptional()
  @IsUUID('all')
  adviserId?: string | null;

  @Field(() => ID, { nullable: true, description: 'By the office of this township' })
  @IsOptional()
  @IsUUID('all')
  townshipId?: string | null;

  @Field(() => String, { nullable: true, description: 'YYYY-MM' })
  @IsOptional()
  @IsCalendarMonth()
  month?: string | null;

  @Field(() => CheckRating, { nullable: true, description: 'With this rating' })
  rating?: CheckRating | null;

  @Field(() => Boolean, { nullable: true, description: 'Only checks with a highlight marked a model case' })
  modelCase?: boolean | null;
}

export const MonthlyCheckSortField = { MONTH: 'month', RATING: 'rating', CHECKED_AT: 'checkedAt' } as const;
export type MonthlyCheckSortField = (typeof MonthlyCheckSortField)[keyof typeof MonthlyCheckSortField];
export const MonthlyCheckListOptions = ListOptionsType('MonthlyCheck', MonthlyCheckSortField, MonthlyCheckFilter);
export type MonthlyCheckListOptions = InstanceType<typeof MonthlyCheckListOptions>;
export const MonthlyCheckList = ListType('MonthlyCheck', MonthlyCheck);
export type MonthlyCheckList = InstanceType<typeof MonthlyCheckList>;
export const MonthlyCheckListArgs = ListArgsType(MonthlyCheckListOptions);
export type MonthlyCheckListArgs = InstanceType<typeof MonthlyCheckListArgs>;
