import { IsBoolean, IsEnum, IsInt, IsNotEmpty, IsOptional, IsUUID, MaxLength, ValidateNested } from 'class-validator';
import { Field, ID, InputType, Int } from 'type-graphql';
import { ListArgsType, ListOptionsType, ListType } from '../../../common/graphql/list.js';
import { DateScalar } from '../../../common/graphql/scalars.js';
import { ActionItem, ConsultationMeeting } from '../consultation-meeting.entity.js';
import { ActionItemOwnerKind, ActionItemStatus } from '../meeting.enums.js';
import { MultiLine } from '../../../common/graphql/text-arguments.js';

@InputType({ description: 'A follow-up: its owner (an office or provider taking part, or the bureau) and due date' })
export class ActionItemInput {
  @Field({ description: 'What is to be done' })
  @IsNotEmpty({ message: 'must not be empty' })
  @MaxLength(300)
  title!: string;

  @Field(() => ActionItemOwnerKind, { description: 'Who owns it' })
  @IsEnum(ActionItemOwnerKind)
  ownerKind!: ActionItemOwnerKind;

  @Field(() => ID, { nullable: true, description: 'With ownerKind OFFICE: a participating judicial office' })
  ownerOfficeId?: string | null;

  @Field(() => ID, { nullable: true, description: 'With ownerKind PROVIDER: a participating provider' })
  ownerProviderId?: string | null;

  @Field(() => DateScalar, { description: 'Day it is due (YYYY-MM-DD)' })
  dueOn!: string;
}

@InputType({ description: 'A consultation meeting (会商) the bureau held' })
export class CreateConsultationMeetingInput {
  @Field({ description: 'Title of the meeting' })
  @IsNotEmpty({ message: 'must not be empty' })
  @MaxLength(200)
  title!: string;

  @Field(() => Date, { description: 'When it was held' })
  at!: Date;

  @Field({ description: 'Where it was held' })
  @IsNotEmpty({ message: 'must not be empty' })
  @MaxLength(200)
  venue!: string;

  @Field({ description: 'Agenda (议程)' })
  @IsNotEmpty({ message: 'must not be empty' })
  @MaxLength(5000)
  @MultiLine()
  agenda!: string;

  @Field(() => String, { nullable: true, description: 'Minutes (会议纪要); null when not yet written' })
  @IsOptional()
  @MaxLength(20000)
  @MultiLine()
  minutes?: string | null;

  @Field(() => String, { nullable: true, description: 'Decisions (议定事项); null when none' })
  @IsOptional()
  @MaxLength(10000)
  @MultiLine()
  decisions?: string | null;

  @Field(() => [ID], { defaultValue: [], description: 'Judicial offices taking part' })
  officeIds!: string[];

  @Field(() => [ID], { defaultValue: [], description: 'Law firms and other providers taking part' })
  providerIds!: string[];

  @Field(() => [ID], { defaultValue: [], description: 'Villages taking part' })
  villageIds!: string[];

  @Field(() => [ActionItemInput], { defaultValue: [], description: 'Follow-ups, each owned by a participant or the bureau' })
  @ValidateNested({ each: true })
  actionItems!: ActionItemInput[];
}

@InputType({ description: 'Fields to change; participant lists, when given, replace the current ones' })
export class UpdateConsultationMeetingInput {
  @Field(() => Int, { description: 'The version you read; a stale one is CONFLICT' })
  @IsInt()
  version!: number;

  @Field({ nullable: true, description: 'New title' })
  @IsOptional()
  @IsNotEmpty({ message: 'must not be empty' })
  @MaxLength(200)
  title?: string;

  @Field(() => Date, { nullable: true, description: 'New time' })
  at?: Date;

  @Field({ nullable: true, description: 'New venue' })
  @IsOptional()
  @IsNotEmpty({ message: 'must not be empty' })
  @MaxLength(200)
  venue?: string;

  @Field({ nullable: true, description: 'New agenda' })
  @IsOptional()
  @IsNotEmpty({ message: 'must not be empty' })
  @MaxLength(5000)
  @MultiLine()
  agenda?: string;

  @Field(() => String, { nullable: true, description: 'New minutes' })
  @IsOptional()
  @MaxLength(20000)
  @MultiLine()
  minutes?: string | null;

  @Field(() => String, { nullable: true, description: 'New decisions' })
  @IsOptional()
  @MaxLength(10000)
  @MultiLine()
  decisions?: string | null;

  @Field(() => [ID], { nullable: true, description: 'Judicial offices taking part; replaces the list' })
  officeIds?: string[] | null;

  @Field(() => [ID], { nullable: true, description: 'Providers taking part; replaces the list' })
  providerIds?: string[] | null;

  @Field(() => [ID], { nullable: true, description: 'Villages taking part; replaces the list' })
  villageIds?: string[] | null;
}

@InputType({ description: 'Criteria for the meeting list; all optional, combined with AND' })
export class ConsultationMeetingFilter {
  @Field(() => DateScalar, { nullable: true, description: 'Held on or after this day' })
  from?: string | null;

  @Field(() => DateScalar, { nullable: true, description: 'Held on or before this day' })
  to?: string | null;

  @Field(() => ID, { nullable: true, description: 'Meetings this office took part in' })
  @IsOptional()
  @IsUUID('all')
  officeId?: string | null;

  @Field(() => Boolean, { nullable: true, description: 'true: meetings with an action item open past its due date (rule 10)' })
  @IsOptional()
  @IsBoolean()
  withOverdueItems?: boolean | null;
}

export const ConsultationMeetingSortField = { AT: 'at', CREATED_AT: 'createdAt', TITLE: 'title' } as const;
export type ConsultationMeetingSortField = (typeof ConsultationMeetingSortField)[keyof typeof ConsultationMeetingSortField];
export const ConsultationMeetingListOptions = ListOptionsType('ConsultationMeeting', ConsultationMeetingSortField, ConsultationMeetingFilter);
export type ConsultationMeetingListOptions = InstanceType<typeof ConsultationMeetingListOptions>;
export const ConsultationMeetingList = ListType('ConsultationMeeting', ConsultationMeeting);
export type ConsultationMeetingList = InstanceType<typeof ConsultationMeetingList>;
export const ConsultationMeetingListArgs = ListArgsType(ConsultationMeetingListOptions);
export type ConsultationMeetingListArgs = InstanceType<typeof ConsultationMeetingListArgs>;

@InputType({ description: 'Criteria for the action-item list; all optional, combined with AND' })
export class ActionItemFilter {
  @Field(() => ID, { nullable: true, description: 'Of this meeting' })
  @IsOptional()
  @IsUUID('all')
  meetingId?: string | null;

  @Field(() => ActionItemStatus, { nullable: true, description: 'Open or done' })
  @IsOptional()
  @IsEnum(ActionItemStatus)
  status?: ActionItemStatus | null;

  @Field(() => Boolean, { nullable: true, description: 'Open and past their due date' })
  @IsOptional()
  @IsBoolean()
  overdue?: boolean | null;

  @Field(() => ID, { nullable: true, description: 'Owned by this judicial office' })
  @IsOptional()
  @IsUUID('all')
  ownerOfficeId?: string | null;

  @Field(() => Boolean, { nullable: true, description: 'Only items your office owns (the bureau: items the bureau owns)' })
  @IsOptional()
  @IsBoolean()
  mine?: boolean | null;
}

export const ActionItemSortField = { DUE_ON: 'dueOn', CREATED_AT: 'createdAt', STATUS: 'status' } as const;
export type ActionItemSortField = (typeof ActionItemSortField)[keyof typeof ActionItemSortField];
export const ActionItemListOptions = ListOptionsType('ActionItem', ActionItemSortField, ActionItemFilter);
export type ActionItemListOptions = InstanceType<typeof ActionItemListOptions>;
export const ActionItemList = ListType('ActionItem', ActionItem);
export type ActionItemList = InstanceType<typeof ActionItemList>;
export const ActionItemListArgs = ListArgsType(ActionItemListOptions);
export type ActionItemListArgs = InstanceType<typeof ActionItemListArgs>;
