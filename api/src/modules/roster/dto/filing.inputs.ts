import { IsEnum, IsOptional, IsUUID } from 'class-validator';
import { Field, ID, InputType } from 'type-graphql';
import { ListArgsType, ListOptionsType, ListType } from '../../../common/graphql/list.js';
import { DateScalar } from '../../../common/graphql/scalars.js';
import { RosterFiling } from '../roster-filing.entity.js';
import { RosterFilingStatus } from '../roster-filing-review.entity.js';

@InputType({ description: 'Criteria for the filing list; all optional' })
export class RosterFilingFilter {
  @Field(() => [ID], { nullable: true, description: 'Only these ids (react-admin getMany)' })
  @IsOptional()
  @IsUUID('all', { each: true })
  ids?: string[] | null;

  @Field(() => DateScalar, { nullable: true, description: 'Filings as of this date or later' })
  asOfFrom?: string | null;

  @Field(() => DateScalar, { nullable: true, description: 'Filings as of this date or earlier' })
  asOfTo?: string | null;

  @Field(() => [RosterFilingStatus], { nullable: true, description: 'Where it stands with the city: any of these' })
  @IsOptional()
  @IsEnum(RosterFilingStatus, { each: true })
  status?: RosterFilingStatus[] | null;
}

export const RosterFilingSortField = { NUMBER: 'number', AS_OF: 'asOf', FILED_AT: 'filedAt' } as const;
export type RosterFilingSortField = (typeof RosterFilingSortField)[keyof typeof RosterFilingSortField];
export const RosterFilingListOptions = ListOptionsType('RosterFiling', RosterFilingSortField, RosterFilingFilter);
export type RosterFilingListOptions = InstanceType<typeof RosterFilingListOptions>;
export const RosterFilingList = ListType('RosterFiling', RosterFiling);
export type RosterFilingList = InstanceType<typeof RosterFilingList>;

export const RosterFilingListArgs = ListArgsType(RosterFilingListOptions, 'Without a sort, newest filing first');
export type RosterFilingListArgs = InstanceType<typeof RosterFilingListArgs>;
