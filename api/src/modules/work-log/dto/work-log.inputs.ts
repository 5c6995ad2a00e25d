import { ArrayMaxSize, IsEnum, IsInt, IsNotEmpty, IsOptional, IsUUID, Max, MaxLength, Min } from 'class-validator';
import { IsCalendarMonth } from '../../../common/validation/calendar.js';
import { Field, ID, InputType, Int } from 'type-graphql';
import { ListArgsType, ListOptionsType, ListType } from '../../../common/graphql/list.js';
import { IsMainlandPhone } from '../../../common/validation/phone.js';
import { WorkLogEntry } from '../work-log-entry.entity.js';
import { WorkLogCategory, WorkLogMode } from '../work-log.enums.js';
import { MultiLine } from '../../../common/graphql/text-arguments.js';

@InputType({ description: 'A work-log entry; a LECTURE also needs venue, attendeeCount and at least one photo' })
export class WorkLogEntryInput {
  @Field(() => ID, { description: 'The village served' })
  @IsUUID('all', { message: 'must be a village id' })
  villageId!: string;

  @Field(() => Date, { description: 'When the service was given; not in the future' })
  at!: Date;

  @Field(() => WorkLogCategory, { description: 'Kind of service' })
  @IsEnum(WorkLogCategory)
  category!: WorkLogCategory;

  @Field(() => WorkLogMode, { description: 'Online or in person' })
  @IsEnum(WorkLogMode)
  mode!: WorkLogMode;

  @Field({ description: 'The person (or, for a lecture, the audience) served (服务对象)' })
  @IsNotEmpty({ message: 'must not be empty' })
  @MaxLength(50)
  personServed!: string;

  @Field(() => String, { nullable: true, description: 'Their phone; required except for a lecture' })
  @IsOptional()
  @IsMainlandPhone()
  phone?: string | null;

  @Field({ description: '服务事项' })
  @IsNotEmpty({ message: 'must not be empty' })
  @MaxLength(200)
  matter!: string;

  @Field({ description: '服务内容' })
  @IsNotEmpty({ message: 'must not be empty' })
  @MaxLength(2000)
  @MultiLine()
  content!: string;

  @Field(() => Int, { description: 'Minutes spent, 1–1440' })
  @IsInt()
  @Min(1)
  @Max(1440)
  durationMin!: number;

  @Field(() => ID, { nullable: true, description: 'A mediation case you are assigned to' })
  @IsOptional()
  @IsUUID('all', { message: 'must be a case id' })
  caseId?: string | null;

  @Field(() => String, { nullable: true, description: 'A lecture’s venue; required for LECTURE' })
  @IsOptional()
  @MaxLength(100)
  venue?: string | null;

  @Field(() => Int, { nullable: true, description: 'A lecture’s attendee count; required for LECTURE' })
  @IsOptional()
  @IsInt()
  @Min(1)
  @Max(10000)
  attendeeCount?: number | null;

  @Field(() => [ID], { defaultValue: [], description: 'Evidence photos you uploaded (POST /api/uploads)' })
  @ArrayMaxSize(9)
  @IsUUID('all', { each: true, message: 'must be upload ids' })
  photoIds!: string[];
}

@InputType({ description: 'Criteria for the work-log list; all optional, combined with AND' })
export class WorkLogEntryFilter {
  @Field(() => [ID], { nullable: true, description: 'Only these ids (react-admin getMany)' })
  @IsOptional()
  @IsUUID('all', { each: true })
  ids?: string[] | null;

  @Field(() => ID, { nullable: true, description: 'Of this adviser' })
  @IsOptional()
  @IsUUID('all')
  adviserId?: string | null;

  @Field(() => ID, { nullable: true, description: 'In this village' })
  @IsOptional()
  @IsUUID('all')
  villageId?: string | null;

  @Field(() => ID, { nullable: true, description: 'In this township' })
  @IsOptional()
  @IsUUID('all')
  townshipId?: string | null;

  @Field(() => String, { nullable: true, description: 'YYYY-MM' })
  @IsOptional()
  @IsCalendarMonth()
  month?: string | null;

  @Field(() => [WorkLogCategory], { nullable: true, description: 'Any of these kinds of service' })
  category?: WorkLogCategory[] | null;

  @Field(() => WorkLogMode, { nullable: true, description: 'Online or in person' })
  mode?: WorkLogMode | null;

  @Field(() => ID, { nullable: true, description: 'Linked to this case' })
  @IsOptional()
  @IsUUID('all')
  caseId?: string | null;
}

export const WorkLogEntrySortField = {
  AT: 'at',
  CATEGORY: 'category',
  DURATION_MIN: 'durationMin',
  CREATED_AT: 'createdAt',
  MONTH: 'month',
} as const;
export type WorkLogEntrySortField = (typeof WorkLogEntrySortField)[keyof typeof WorkLogEntrySortField];
export const WorkLogEntryListOptions = ListOptionsType('WorkLogEntry', WorkLogEntrySortField, WorkLogEntryFilter);
export type WorkLogEntryListOptions = InstanceType<typeof WorkLogEntryListOptions>;
export const WorkLogEntryList = ListType('WorkLogEntry', WorkLogEntry);
export type WorkLogEntryList = InstanceType<typeof WorkLogEntryList>;
export const WorkLogEntryListArgs = ListArgsType(WorkLogEntryListOptions);
export type WorkLogEntryListArgs = InstanceType<typeof WorkLogEntryListArgs>;
