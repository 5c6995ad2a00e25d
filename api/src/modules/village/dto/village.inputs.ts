import { IsBoolean, IsEnum, IsInt, IsNotEmpty, IsOptional, IsUUID, Matches, MaxLength } from 'class-validator';
import { IsCalendarMonth } from '../../../common/validation/calendar.js';
import { Field, ID, InputType, Int } from 'type-graphql';
import { ListArgsType, ListOptionsType, ListType } from '../../../common/graphql/list.js';
import { IsMainlandPhone } from '../../../common/validation/phone.js';
import { VillageKind } from '../../region/region.enums.js';
import { CommitteeRole } from '../committee.enums.js';
import { Village } from '../village.type.js';

@InputType({ description: 'Criteria for the village list; all optional, combined with AND' })
export class VillageFilter {
  @Field(() => [ID], { nullable: true, description: 'Only these ids (react-admin getMany)' })
  @IsOptional()
  @IsUUID('all', { each: true })
  ids?: string[] | null;

  @Field(() => ID, { nullable: true, description: 'In this township' })
  @IsOptional()
  @IsUUID('all')
  townshipId?: string | null;

  @Field(() => Boolean, { nullable: true, description: 'true: with an adviser today; false: without' })
  covered?: boolean | null;

  @Field(() => VillageKind, { nullable: true, description: 'Villages or communities only' })
  kind?: VillageKind | null;

  @Field(() => String, {
    nullable: true,
    description: 'YYYY-MM: villages where no adviser wrote a work-log entry (工作日志) that month ("silent" villages)',
  })
  @IsOptional()
  @IsCalendarMonth()
  silentInMonth?: string | null;

  @Field(() => String, {
    nullable: true,
    description: 'YYYY-Qn (e.g. 2026-Q4): villages with no quarterly rule-of-law training (rule 4) recorded in that quarter',
  })
  @IsOptional()
  @Matches(/^[0-9]{4}-Q[1-4]$/, { message: 'must be a quarter, YYYY-Qn' })
  untrainedInQuarter?: string | null;

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

@InputType({ description: 'Changes to a village committee; null fields stay as they are' })
export class UpdateCommitteeInput {
  @Field(() => Int, { description: 'The version you edited; a stale one is CONFLICT' })
  @IsInt()
  version!: number;

  @Field(() => String, { nullable: true, description: 'New name, e.g. 东庄村人民调解委员会' })
  @IsOptional()
  @IsNotEmpty({ message: 'must not be empty' })
  @MaxLength(100)
  name?: string | null;

  @Field(() => Boolean, { nullable: true, description: 'Has a fixed office (固定办公用房)' })
  @IsOptional()
  @IsBoolean()
  fixedOffice?: boolean | null;

  @Field(() => Boolean, { nullable: true, description: 'Has a mediation room (调解室)' })
  @IsOptional()
  @IsBoolean()
  mediationRoom?: boolean | null;

  @Field(() => Boolean, { nullable: true, description: 'The adviser notice board (公示牌) is posted' })
  @IsOptional()
  @IsBoolean()
  noticeBoardPosted?: boolean | null;
}

@InputType({ description: 'A mediator (人民调解员) of a village committee' })
export class CommitteeMemberInput {
  @Field({ description: 'Full name' })
  @IsNotEmpty({ message: 'must not be empty' })
  @MaxLength(50)
  name!: string;

  @Field(() => CommitteeRole, { description: '主任, 副主任 or 委员' })
  @IsEnum(CommitteeRole)
  role!: CommitteeRole;

  @Field(() => String, { nullable: true, description: 'Contact phone; null when none' })
  @IsOptional()
  @IsMainlandPhone()
  phone?: string | null;
}
