import { IsEnum, IsInt, IsNotEmpty, IsOptional, IsUUID, Matches, MaxLength } from 'class-validator';
import { Field, ID, InputType, Int } from 'type-graphql';
import { ListArgsType, ListOptionsType, ListType } from '../../../common/graphql/list.js';
import { DateScalar } from '../../../common/graphql/scalars.js';
import { IsMainlandPhone } from '../../../common/validation/phone.js';
import { AdviserStatus, Gender, Profession } from '../adviser.enums.js';
import { LegalAdviser } from '../legal-adviser.entity.js';
import { MultiLine } from '../../../common/graphql/text-arguments.js';

const LICENCE = /^[0-9A-Za-z-]{6,40}$/;

@InputType()
export class CreateLegalAdviserInput {
  @Field()
  @IsNotEmpty({ message: 'must not be empty' })
  @MaxLength(50)
  name!: string;

  @Field(() => Gender)
  @IsEnum(Gender)
  gender!: Gender;

  @Field()
  @IsMainlandPhone()
  phone!: string;

  @Field(() => Profession)
  @IsEnum(Profession)
  profession!: Profession;

  @Field()
  @Matches(LICENCE, { message: 'must be 6–40 letters, digits or hyphens' })
  licenceNo!: string;

  @Field(() => ID)
  @IsUUID('all', { message: 'must be a provider id' })
  providerId!: string;

  @Field({ defaultValue: '' })
  @MaxLength(500)
  @MultiLine()
  serviceScope!: string;

  @Field(() => DateScalar, { description: 'The day the adviser joined the roster' })
  joinedOn!: string;

  @Field({ defaultValue: '新增法律顾问' })
  @IsNotEmpty({ message: 'must not be empty' })
  @MaxLength(500)
  @MultiLine()
  reason!: string;
}

@InputType()
export class UpdateLegalAdviserInput {
  @Field(() => Int, { description: 'The version you edited; a stale one is CONFLICT' })
  @IsInt()
  version!: number;

  @Field(() => String, { nullable: true })
  @IsOptional()
  @IsNotEmpty({ message: 'must not be empty' })
  @MaxLength(50)
  name?: string | null;

  @Field(() => Gender, { nullable: true })
  @IsOptional()
  @IsEnum(Gender)
  gender?: Gender | null;

  @Field(() => String, { nullable: true })
  @IsOptional()
  @IsMainlandPhone()
  phone?: string | null;

  @Field(() => Profession, { nullable: true })
  @IsOptional()
  @IsEnum(Profession)
  profession?: Profession | null;

  @Field(() => String, { nullable: true })
  @IsOptional()
  @Matches(LICENCE, { message: 'must be 6–40 letters, digits or hyphens' })
  licenceNo?: string | null;

  @Field(() => ID, { nullable: true })
  @IsOptional()
  @IsUUID('all', { message: 'must be a provider id' })
  providerId?: string | null;

  @Field(() => String, { nullable: true })
  @IsOptional()
  @MaxLength(500)
  @MultiLine()
  serviceScope?: string | null;

  @Field(() => DateScalar, { nullable: true, description: 'When the change took effect (default today)' })
  effectiveOn?: string | null;

  @Field({ defaultValue: '信息变更' })
  @IsNotEmpty({ message: 'must not be empty' })
  @MaxLength(500)
  @MultiLine()
  reason!: string;
}

@InputType()
export class RosterChangeInput {
  @Field(() => DateScalar, { description: 'When it took effect; not in the future' })
  effectiveOn!: string;

  @Field()
  @IsNotEmpty({ message: 'must not be empty' })
  @MaxLength(500)
  @MultiLine()
  reason!: string;
}

@InputType()
export class LegalAdviserFilter {
  @Field(() => [ID], { nullable: true })
  @IsOptional()
  @IsUUID('all', { each: true })
  ids?: string[] | null;

  @Field(() => AdviserStatus, { nullable: true })
  status?: AdviserStatus | null;

  @Field(() => Profession, { nullable: true })
  profession?: Profession | null;

  @Field(() => ID, { nullable: true })
  @IsOptional()
  @IsUUID('all')
  providerId?: string | null;

  @Field(() => ID, { nullable: true, description: 'Advisers serving a village of this township today' })
  @IsOptional()
  @IsUUID('all')
  townshipId?: string | null;

  @Field(() => String, { nullable: true, description: 'Name, phone or licence number contains' })
  @IsOptional()
  @MaxLength(50)
  q?: string | null;
}

export const LegalAdviserSortField = { NAME: 'name', LICENCE_NO: 'licenceNo', STATUS: 'status', PROFESSION: 'profession', CREATED_AT: 'createdAt' } as const;
export type LegalAdviserSortField = (typeof LegalAdviserSortField)[keyof typeof LegalAdviserSortField];
export const LegalAdviserListOptions = ListOptionsType('LegalAdviser', LegalAdviserSortField, LegalAdviserFilter);
export type LegalAdviserListOptions = InstanceType<typeof LegalAdviserListOptions>;
export const LegalAdviserList = ListType('LegalAdviser', LegalAdviser);
export type LegalAdviserList = InstanceType<typeof LegalAdviserList>;

export const LegalAdviserListArgs = ListArgsType(LegalAdviserListOptions);
export type LegalAdviserListArgs = InstanceType<typeof LegalAdviserListArgs>;
