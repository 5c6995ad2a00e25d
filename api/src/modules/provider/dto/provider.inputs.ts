import { IsEnum, IsNotEmpty, IsOptional, IsUUID, MaxLength } from 'class-validator';
import { Field, ID, InputType } from 'type-graphql';
import { ListArgsType, ListOptionsType, ListType } from '../../../common/graphql/list.js';
import { IsMainlandPhone } from '../../../common/validation/phone.js';
import { Provider } from '../provider.entity.js';
import { ProviderKind } from '../provider.enums.js';

@InputType({ description: 'A law firm, legal service office, legal-aid centre or notary office' })
export class ProviderInput {
  @Field(() => ProviderKind, { description: 'What kind of organisation' })
  @IsEnum(ProviderKind)
  kind!: ProviderKind;

  @Field({ description: 'Its name, e.g. 山西某某律师事务所' })
  @IsNotEmpty({ message: 'must not be empty' })
  @MaxLength(100)
  name!: string;

  @Field(() => String, { nullable: true, description: 'Contact phone; null when none' })
  @IsOptional()
  @IsMainlandPhone()
  phone?: string | null;

  @Field(() => String, { nullable: true, description: 'Postal address; null when none' })
  @IsOptional()
  @MaxLength(200)
  address?: string | null;
}

@InputType({ description: 'Criteria for the provider list; all optional, combined with AND' })
export class ProviderFilter {
  @Field(() => [ID], { nullable: true, description: 'Only these ids (react-admin getMany)' })
  @IsOptional()
  @IsUUID('all', { each: true })
  ids?: string[] | null;

  @Field(() => ProviderKind, { nullable: true, description: 'Of this kind' })
  kind?: ProviderKind | null;

  @Field(() => String, { nullable: true, description: 'Name contains' })
  @IsOptional()
  @MaxLength(50)
  q?: string | null;
}

export const ProviderSortField = { NAME: 'name', KIND: 'kind' } as const;
export type ProviderSortField = (typeof ProviderSortField)[keyof typeof ProviderSortField];
export const ProviderListOptions = ListOptionsType('Provider', ProviderSortField, ProviderFilter);
export type ProviderListOptions = InstanceType<typeof ProviderListOptions>;
export const ProviderList = ListType('Provider', Provider);
export type ProviderList = InstanceType<typeof ProviderList>;

export const ProviderListArgs = ListArgsType(ProviderListOptions);
export type ProviderListArgs = InstanceType<typeof ProviderListArgs>;
