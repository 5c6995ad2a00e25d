import { IsBoolean, IsEnum, IsInt, IsNotEmpty, IsOptional, IsUUID, MaxLength } from 'class-validator';
import { Field, ID, InputType, Int } from 'type-graphql';
import { ListArgsType, ListOptionsType, ListType } from '../../../common/graphql/list.js';
import { IsMainlandPhone } from '../../../common/validation/phone.js';
import { VillageKind } from '../../region/region.enums.js';
import { CommitteeRole } from '../committee.enums.js';
import { Village } from '../village.type.js';

@InputType()
export class VillageFilter {
  @Field(() => [ID], { nullable: true })
  @IsOptional()
  @IsUUID('all', { each: true })
  ids?: string[] | null;

  @Field(() => ID, { nullable: true })
  @IsOptional()
  @IsUUID('all')
  townshipId?: string | null;

  @Field(() => Boolean, { nullable: true, description: 'true: with an adviser today; false: without' })
  covered?: boolean | null;

  @Field(() => VillageKind, { nullable: true })
  kind?: VillageKind | null;

  @Field(() => String, { nullable: true, description: 'Name or code contains' })
  @IsOptional()
  @MaxLength(50)
  q?: string | null;
}

export const VillageSortField = { NAME: 'name', CODE: 'code' } as const;
export type VillageSortField = (typeof VillageSortField)[keyof typeof VillageSortField];
export const VillageListOptions = ListOptionsType('Village', VillageSortField, VillageFilter);
export type VillageListOptions = InstanceType<typeof VillageListOptions>;
export const VillageList = ListType('Village', Village);
export type VillageList = InstanceType<typeof VillageList>;

export const VillageListArgs = ListArgsType(VillageListOptions);
export type VillageListArgs = InstanceType<typeof VillageListArgs>;

@InputType()
export class UpdateCommitteeInput {
  @Field(() => Int, { description: 'The version you edited; a stale one is CONFLICT' })
  @IsInt()
  version!: number;

  @Field(() => String, { nullable: true })
  @IsOptional()
  @IsNotEmpty({ message: 'must not be empty' })
  @MaxLength(100)
  name?: string | null;

  @Field(() => Boolean, { nullable: true })
  @IsOptional()
  @IsBoolean()
  fixedOffice?: boolean | null;

  @Field(() => Boolean, { nullable: true })
  @IsOptional()
  @IsBoolean()
  mediationRoom?: boolean | null;

  @Field(() => Boolean, { nullable: true })
  @IsOptional()
  @IsBoolean()
  noticeBoardPosted?: boolean | null;
}

@InputType()
export class CommitteeMemberInput {
  @Field()
  @IsNotEmpty({ message: 'must not be empty' })
  @MaxLength(50)
  name!: string;

  @Field(() => CommitteeRole)
  @IsEnum(CommitteeRole)
  role!: CommitteeRole;

  @Field(() => String, { nullable: true })
  @IsOptional()
  @IsMainlandPhone()
  phone?: string | null;
}
