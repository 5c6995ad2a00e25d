import { IsBoolean, IsOptional, IsUUID } from 'class-validator';
import { Field, ID, InputType } from 'type-graphql';
import { ListArgsType, ListOptionsType, ListType } from '../../../common/graphql/list.js';
import { DateScalar } from '../../../common/graphql/scalars.js';
import { Pairing } from '../pairing.entity.js';

@InputType({ description: 'Pair an adviser with a village (结对)' })
export class CreatePairingInput {
  @Field(() => ID, { description: 'An ACTIVE adviser of the county’s roster' })
  @IsUUID('all', { message: 'must be an adviser id' })
  adviserId!: string;

  @Field(() => ID, { description: 'The village or community' })
  @IsUUID('all', { message: 'must be a village id' })
  villageId!: string;

  @Field(() => DateScalar, { description: 'First day (YYYY-MM-DD)' })
  validFrom!: string;

  @Field(() => DateScalar, { nullable: true, description: 'Last day; omit for an open-ended pairing' })
  validTo?: string | null;

  @Field({ defaultValue: false, description: 'The adviser serves as deputy director of the village committee' })
  @IsBoolean()
  deputyDirector!: boolean;
}

@InputType({ description: 'Hand a village to another adviser from a date' })
export class ReassignVillageInput {
  @Field(() => ID, { description: 'The village or community' })
  @IsUUID('all', { message: 'must be a village id' })
  villageId!: string;

  @Field(() => ID, { description: 'The adviser who takes the village over' })
  @IsUUID('all', { message: 'must be an adviser id' })
  adviserId!: string;

  @Field(() => DateScalar, { description: 'First day of the new adviser; the current pairing ends the day before' })
  from!: string;

  @Field({ defaultValue: false, description: 'The new adviser serves as deputy director of the village committee' })
  @IsBoolean()
  deputyDirector!: boolean;
}

@InputType({ description: 'Criteria for the pairing list; all optional, combined with AND' })
export class PairingFilter {
  @Field(() => [ID], { nullable: true, description: 'Only these ids (react-admin getMany)' })
  @IsOptional()
  @IsUUID('all', { each: true })
  ids?: string[] | null;

  @Field(() => ID, { nullable: true, description: 'Of this adviser' })
  @IsOptional()
  @IsUUID('all')
  adviserId?: string | null;

  @Field(() => ID, { nullable: true, description: 'Of this village' })
  @IsOptional()
  @IsUUID('all')
  villageId?: string | null;

  @Field(() => ID, { nullable: true, description: 'Villages of this township' })
  @IsOptional()
  @IsUUID('all')
  townshipId?: string | null;

  @Field(() => DateScalar, { nullable: true, description: 'Only pairings in force on this date' })
  activeOn?: string | null;
}

export const PairingSortField = { VALID_FROM: 'validFrom', VALID_TO: 'validTo', CREATED_AT: 'createdAt' } as const;
export type PairingSortField = (typeof PairingSortField)[keyof typeof PairingSortField];
export const PairingListOptions = ListOptionsType('Pairing', PairingSortField, PairingFilter);
export type PairingListOptions = InstanceType<typeof PairingListOptions>;
export const PairingList = ListType('Pairing', Pairing);
export type PairingList = InstanceType<typeof PairingList>;

export const PairingListArgs = ListArgsType(PairingListOptions);
export type PairingListArgs = InstanceType<typeof PairingListArgs>;
