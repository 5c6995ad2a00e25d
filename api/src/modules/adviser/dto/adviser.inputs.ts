import { IsCalendarMonth } from '../../../common/validation/calendar.js';
import { IsEnum, IsInt, IsNotEmpty, IsOptional, IsUUID, Matches, MaxLength } from 'class-validator';
import { Field, ID, InputType, Int } from 'type-graphql';
import { ListArgsType, ListOptionsType, ListType } from '../../../common/graphql/list.js';
import { DateScalar } from '../../../common/graphql/scalars.js';
import { IsMainlandPhone } from '../../../common/validation/phone.js';
import { AdviserStatus, Gender, Profession } from '../adviser.enums.js';
import { LegalAdviser } from '../legal-adviser.entity.js';
import { MultiLine } from '../../../common/graphql/text-arguments.js';

const LICENCE = /^[0-9A-Za-z-]{6,40}$/;

@InputType({ description: 'A new adviser for your county’s roster' })
export class CreateLegalAdviserInput {
  @Field({ description: 'Full name' })
  @IsNotEmpty({ message: 'must not be empty' })
  @MaxLength(50)
  name!: string;

  @Field(() => Gender, { description: '性别' })
  @IsEnum(Gender)
  gender!: Gender;

  @Field({ description: 'Public contact phone, as printed on notice boards' })
  @IsMainlandPhone()
  phone!: string;

  @Field(() => Profession, { description: '职业' })
  @IsEnum(Profession)
  profession!: Profession;

  @Field({ description: 'Practising licence number (执业证号); unique' })
  @Matches(LICENCE, { message: 'must be 6–40 letters, digits or hyphens' })
  licenceNo!: string;

  @Field(() => ID, { description: 'The provider (所属机构) the adviser works for' })
  @IsUUID('all', { message: 'must be a provider id' })
  providerId!: string;

  @Field({ defaultValue: '', description: 'Service scope (服务范围) as printed on notice boards; empty unless given' })
  @MaxLength(500)
  @MultiLine()
  serviceScope!: string;

  @Field(() => DateScalar, { description: 'The day the adviser joined the roster' })
  joinedOn!: string;

  @Field({ defaultValue: '新增法律顾问', description: 'Recorded on the JOINED event; 新增法律顾问 unless given' })
  @IsNotEmpty({ message: 'must not be empty' })
  @MaxLength(500)
  @MultiLine()
  reason!: string;
}

@InputType({ description: 'Changes to an adviser’s details; null fields stay as they are' })
export class UpdateLegalAdviserInput {
  @Field(() => Int, { description: 'The version you edited; a stale one is CONFLICT' })
  @IsInt()
  version!: number;

  @Field(() => String, { nullable: true, description: 'New full name' })
  @IsOptional()
  @IsNotEmpty({ message: 'must not be empty' })
  @MaxLength(50)
  name?: string | null;

  @Field(() => Gender, { nullable: true, description: 'New gender' })
  @IsOptional()
  @IsEnum(Gender)
  gender?: Gender | null;

  @Field(() => String, { nullable: true, description: 'New public contact phone' })
  @IsOptional()
  @IsMainlandPhone()
  phone?: string | null;

  @Field(() => Profession, { nullable: true, description: 'New profession' })
  @IsOptional()
  @IsEnum(Profession)
  profession?: Profession | null;

  @Field(() => String, { nullable: true, description: 'New licence number; unique' })
  @IsOptional()
  @Matches(LICENCE, { message: 'must be 6–40 letters, digits or hyphens' })
  licenceNo?: string | null;

  @Field(() => ID, { nullable: true, description: 'New provider' })
  @IsOptional()
  @IsUUID('all', { message: 'must be a provider id' })
  providerId?: string | null;

  @Field(() => String, { nullable: true, description: 'New service scope' })
  @IsOptional()
  @MaxLength(500)
  @MultiLine()
  serviceScope?: string | null;

  @Field(() => DateScalar, { nullable: true, description: 'When the change took effect (default today)' })
  effectiveOn?: string | null;

  @Field({ defaultValue: '信息变更', description: 'Recorded on the CHANGED event; 信息变更 unless given' })
  @IsNotEmpty({ message: 'must not be empty' })
  @MaxLength(500)
  @MultiLine()
  reason!: string;
}

@InputType({ description: 'A suspension, reinstatement or removal' })
export class RosterChangeInput {
  @Field(() => DateScalar, { description: 'When it took effect; not in the future' })
  effectiveOn!: string;

  @Field({ description: 'Why; recorded on the roster event' })
  @IsNotEmpty({ message: 'must not be empty' })
  @MaxLength(500)
  @MultiLine()
  reason!: string;
}

@InputType({ description: 'Criteria for the adviser list; all optional, combined with AND' })
export class LegalAdviserFilter {
  @Field(() => [ID], { nullable: true, description: 'Only these ids (react-admin getMany)' })
  @IsOptional()
  @IsUUID('all', { each: true })
  ids?: string[] | null;

  @Field(() => AdviserStatus, { nullable: true, description: 'With this roster status' })
  status?: AdviserStatus | null;

  @Field(() => Profession, { nullable: true, description: 'Of this profession' })
  profession?: Profession | null;

  @Field(() => ID, { nullable: true, description: 'Working for this provider' })
  @IsOptional()
  @IsUUID('all')
  providerId?: string | null;

  @Field(() => ID, { nullable: true, description: 'Advisers serving a village of this township today' })
  @IsOptional()
  @IsUUID('all')
  townshipId?: string | null;

  @Field(() => String, { nullable: true, description: 'YYYY-MM: advisers the township office has not yet checked (每月核查) that month' })
  @IsOptional()
  @IsCalendarMonth()
  uncheckedInMonth?: string | null;

  @Field(() => String, { nullable: true, description: 'Name, phone or licence number contains' })
  @IsOptional()
  @MaxLength(50)
  q?: string | null;
}

export const LegalAdviserSortField = {
  NAME: 'name',
  LICENCE_NO: 'licenceNo',
  STATUS: 'status',
  PROFESSION: 'profession',
  CREATED_AT: 'createdAt',
} as const;
export type LegalAdviserSortField = (typeof LegalAdviserSortField)[keyof typeof LegalAdviserSortField];
export const LegalAdviserListOptions = ListOptionsType('LegalAdviser', LegalAdviserSortField, LegalAdviserFilter);
export type LegalAdviserListOptions = InstanceType<typeof LegalAdviserListOptions>;
export const LegalAdviserList = ListType('LegalAdviser', LegalAdviser);
export type LegalAdviserList = InstanceType<typeof LegalAdviserList>;

export const LegalAdviserListArgs = ListArgsType(LegalAdviserListOptions);
export type LegalAdviserListArgs = InstanceType<typeof LegalAdviserListArgs>;
