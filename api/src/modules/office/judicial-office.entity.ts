import { OptionalProps, type Ref } from '@mikro-orm/core';
import { Entity, OneToOne, PrimaryKey, Property } from '@mikro-orm/decorators/legacy';
import { Field, ID, ObjectType } from 'type-graphql';
import { WithParent } from '../../common/access/rules.js';
import { Region } from '../region/region.entity.js';
import { now } from '../../common/clock.js';

/** A township's judicial office (司法所); its phone is the supervision phone (监督电话) on notice boards. */
@Entity({ tableName: 'judicial_office' })
@WithParent()
@ObjectType({ description: '司法所' })
export class JudicialOffice {
  [OptionalProps]?: 'createdAt';

  @PrimaryKey({ type: 'uuid' })
  @Field(() => ID, { description: 'Stable identifier (UUID)' })
  id!: string;

  @OneToOne(() => Region, { ref: true, owner: true, deleteRule: 'restrict' })
  township!: Ref<Region>;

  @Property({ length: 100 })
  @Field({ description: 'e.g. 天宁司法所' })
  name!: string;

  @Property({ length: 20 })
  @Field({ description: 'Supervision phone (监督电话) printed on notice boards' })
  phone!: string;

  @Property({ type: 'string', length: 200, nullable: true })
  @Field(() => String, { nullable: true, description: 'Postal address; null when not recorded' })
  address?: string | null;

  @Property({ columnType: 'timestamptz', defaultRaw: 'now()' })
  createdAt: Date = now();
}
