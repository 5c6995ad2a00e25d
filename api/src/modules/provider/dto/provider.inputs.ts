import { IsEnum, IsNotEmpty, IsOptional, IsUUID, MaxLength } from 'class-validator';
import { Field, ID, InputType } from 'type-graphql';
import { ListArgsType, ListOptionsType, ListType } from '../../../common/graphql/list.js';
import { IsMainlandPhone } from '../../../common/validation/phone.js';
import { Provider } from '../provider.entity.js';
import { ProviderKind } from '../provider.enums.js';

@InputType()
export class ProviderInput {
  @Field(() => ProviderKind)
  @IsEnum(ProviderKind)
  kind!: ProviderKind;

  @Field()
  @IsNotEmpty({ message: 'must not be empty' })
  @MaxLength(100)
  name!: string;

  @Field(() => String, { nullable: true })
  @IsOptional()
  @IsMainlandPhone()
  phone?: string | null;

  @Field(() => String, { nullable: true })
  @IsOptional()
  @MaxLength(200)
  address?: string | null;
}

@InputType()
export class ProviderFilter {
  @Field(() => [ID], { nullable: true })
  @IsOptional()
  @IsUUID('all', { each: true })
  ids?: string[] | null;

  @Field(() => ProviderKind, { nullable: true })
  kind?: ProviderKind | null;

  @Field(() => String, { nullable: true })
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
