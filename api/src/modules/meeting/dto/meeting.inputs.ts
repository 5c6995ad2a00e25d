import { IsBoolean, IsEnum, IsInt, IsNotEmpty, IsOptional, IsUUID, MaxLength, ValidateNested } from 'class-validator';
import { Field, ID, InputType, Int } from 'type-graphql';
import { ListArgsType, ListOptionsType, ListType } from '../../../common/graphql/list.js';
import { DateScalar } from '../../../common/graphql/scalars.js';
import { ActionItem, ConsultationMeeting } from '../consultation-meeting.entity.js';
import { ActionItemOwnerKind, ActionItemStatus } from '../meeting.enums.js';
import { MultiLine } from '../../../common/graphql/text-arguments.js';

@InputType({ description: 'A follow-up: its owner (an office or provider taking part, or the bureau) and due date' })
export class ActionItemInput {
  @Field()
  @IsNotEmpty({ message: 'must not be empty' })
  @MaxLength(300)
  title!: string;

  @Field(() => ActionItemOwnerKind)
  @IsEnum(ActionItemOwnerKind)
  ownerKind!: ActionItemOwnerKind;

  @Field(() => ID, { nullable: true, description: 'With ownerKind OFFICE: a participating judicial office' })
  ownerOfficeId?: string | null;

  @Field(() => ID, { nullable: true, description: 'With ownerKind PROVIDER: a participating provider' })
  ownerProviderId?: string | null;

  @Field(() => DateScalar)
  dueOn!: string;
}

@InputType()
export class CreateConsultationMeetingInput {
  @Field()
  @IsNotEmpty({ message: 'must not be empty' })
  @MaxLength(200)
  title!: string;

  @Field(() => Date)
  at!: Date;

  @Field()
  @IsNotEmpty({ message: 'must not be empty' })
  @MaxLength(200)
  venue!: string;

  @Field()
  @IsNotEmpty({ message: 'must not be empty' })
  @MaxLength(5000)
  @MultiLine()
  agenda!: string;

  @Field(() => String, { nullable: true })
  @IsOptional()
  @MaxLength(20000)
  @MultiLine()
  minutes?: string | null;

  @Field(() => String, { nullable: true })
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

  @Field(() => [ActionItemInput], { defaultValue: [] })
  @ValidateNested({ each: true })
  actionItems!: ActionItemInput[];
}

@InputType({ description: 'Fields to change; participant lists, when given, replace the current ones' })
export class UpdateConsultationMeetingInput {
  @Field(() => Int, { description: 'The version you read; a stale one is CONFLICT' })
  @IsInt()
  version!: number;

  @Field({ nullable: true })
  @IsOptional()
  @IsNotEmpty({ message: 'must not be empty' })
  @MaxLength(200)
  title?: string;

  @Field(() => Date, { nullable: true })
  at?: Date;

  @Field({ nullable: true })
  @IsOptional()
  @IsNotEmpty({ message: 'must not be empty' })
  @MaxLength(200)
  venue?: string;

  @Field({ nullable: true })
  @IsOptional()
  @IsNotEmpty({ message: 'must not be empty' })
  @MaxLength(5000)
  @MultiLine()
  agenda?: string;

  @Field(() => String, { nullable: true })
  @IsOptional()
  @MaxLength(20000)
  @MultiLine()
  minutes?: string | null;

  @Field(() => String, { nullable: true })
  @IsOptional()
  @MaxLength(10000)
  @MultiLine()
  decisions?: string | null;

  @Field(() => [ID], { nullable: true })
  officeIds?: string[] | null;

  @Field(() => [ID], { nullable: true })
  providerIds?: string[] | null;

  @Field(() => [ID], { nullable: true })
  villageIds?: string[] | null;
}

@InputType()
export class ConsultationMeetingFilter {
  @Field(() => DateScalar, { nullable: true, description: 'Held on or after this day' })
  from?: string | null;

  @Field(() => DateScalar, { nullable: true, description: 'Held on or before this day' })
  to?: string | null;

  @Field(() => ID, { nullable: true, description: 'Meetings this office took part in' })
  @IsOptional()
  @IsUUID('all')
  officeId?: string | null;
}

export const ConsultationMeetingSortField = { AT: 'at', CREATED_AT: 'createdAt', TITLE: 'title' } as const;
export type ConsultationMeetingSortField = (typeof ConsultationMeetingSortField)[keyof typeof ConsultationMeetingSortField];
export const ConsultationMeetingListOptions = ListOptionsType('ConsultationMeeting', ConsultationMeetingSortField, ConsultationMeetingFilter);
export type ConsultationMeetingListOptions = InstanceType<typeof ConsultationMeetingListOptions>;
export const ConsultationMeetingList = ListType('ConsultationMeeting', ConsultationMeeting);
export type ConsultationMeetingList = InstanceType<typeof ConsultationMeetingList>;
export const ConsultationMeetingListArgs = ListArgsType(ConsultationMeetingListOptions);
export type ConsultationMeetingListArgs = InstanceType<typeof ConsultationMeetingListArgs>;

@InputType()
export class ActionItemFilter {
  @Field(() => ID, { nullable: true })
  @IsOptional()
  @IsUUID('all')
  meetingId?: string | null;

  @Field(() => ActionItemStatus, { nullable: true })
  @IsOptional()
  @IsEnum(ActionItemStatus)
  status?: ActionItemStatus | null;

  @Field(() => Boolean, { nullable: true, description: 'Open and past their due date' })
  @IsOptional()
  @IsBoolean()
  overdue?: boolean | null;

  @Field(() => ID, { nullable: true })
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
