import { OptionalProps, type Ref } from '@mikro-orm/core';
import { Entity, Enum, ManyToOne, PrimaryKey, Property, Unique } from '@mikro-orm/decorators/legacy';
import { Field, ID, Int, ObjectType } from 'type-graphql';
import { WithParent } from '../../common/access/rules.js';
import { Region } from '../region/region.entity.js';
import { ProviderKind } from './provider.enums.js';
import { now } from '../../common/clock.js';

/** The organisation an adviser comes from: a law firm, legal service office, legal-aid centre or notary office. */
@Entity({ tableName: 'provider' })
@Unique({ name: 'provider_county_name_unique', properties: ['county', 'name'] })
@WithParent()
@ObjectType({ description: '法律服务机构' })
export class Provider {
  [OptionalProps]?: 'demo' | 'createdAt' | 'version';

  @PrimaryKey({ type: 'uuid' })
  @Field(() => ID, { description: 'Stable identifier (UUID)' })
  id!: string;

  @ManyToOne(() => Region, { ref: true, deleteRule: 'restrict', index: true })
  county!: Ref<Region>;

  @Enum({ items: () => ProviderKind })
  @Field(() => ProviderKind, { description: 'What kind of organisation' })
  kind!: ProviderKind;

  @Property({ length: 100 })
  @Field({ description: 'Its name' })
  name!: string;

  @Property({ type: 'string', length: 20, nullable: true })
  @Field(() => String, { nullable: true, description: 'Contact phone; null when none' })
  phone?: string | null;

  @Property({ type: 'string', length: 200, nullable: true })
  @Field(() => String, { nullable: true, description: 'Postal address; null when none' })
  address?: string | null;

  @Property({ default: false })
  @Field({ description: 'Part of the seeded demo data, not a real organisation' })
  demo: boolean = false;

  @Property({ columnType: 'timestamptz', defaultRaw: 'now()' })
  createdAt: Date = now();

  @Property({ version: true })
  @Field(() => Int, { description: 'Send it back with an update; a stale one is CONFLICT' })
  version: number = 1;
}
