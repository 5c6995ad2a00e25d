import { IsOptional, IsUUID } from 'class-validator';
import { Field, ID, InputType } from 'type-graphql';
import { ListArgsType, ListOptionsType, ListType } from '../../../common/graphql/list.js';
import { JudicialOffice } from '../judicial-office.entity.js';

@InputType({ description: 'Criteria for the office list; all optional' })
export class JudicialOfficeFilter {
  @Field(() => [ID], { nullable: true, description: 'Only these ids (react-admin getMany)' })
  @IsOptional()
  @IsUUID('all', { each: true })
  ids?: string[] | null;

  @Field(() => ID, { nullable: true, description: 'The office of this township' })
  @IsOptional()
  @IsUUID('all')
  townshipId?: string | null;
}

export const JudicialOfficeSortField = { NAME: 'name' } as const;
export type JudicialOfficeSortField = (typeof JudicialOfficeSortField)[keyof typeof JudicialOfficeSortField];
export const JudicialOfficeListOptions = ListOptionsType('JudicialOffice', JudicialOfficeSortField, JudicialOfficeFilter);
export type JudicialOfficeListOptions = InstanceType<typeof JudicialOfficeListOptions>;
export const JudicialOfficeList = ListType('JudicialOffice', JudicialOffice);
export type JudicialOfficeList = InstanceType<typeof JudicialOfficeList>;
export const JudicialOfficeListArgs = ListArgsType(JudicialOfficeListOptions);
export type JudicialOfficeListArgs = InstanceType<typeof JudicialOfficeListArgs>;
