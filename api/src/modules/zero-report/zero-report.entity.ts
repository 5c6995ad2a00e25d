import { OptionalProps, type Ref } from '@mikro-orm/core';
import { Check, Entity, ManyToOne, PrimaryKey, Property, Unique } from '@mikro-orm/decorators/legacy';
import { Field, ID, ObjectType } from 'type-graphql';
import { WithParent } from '../../common/access/rules.js';
import { Region } from '../region/region.entity.js';
import { User } from '../user/user.entity.js';
import { now } from '../../common/clock.js';

/** 零上报: a village's report that it had no dispute in a month, so that silence is never mistaken for peace. */
@Entity({ tableName: 'zero_report' })
@Unique({ name: 'zero_report_village_month_unique', properties: ['village', 'month'] })
@Check({ name: 'zero_report_month_format', expression: `"month" ~ '^[0-9]{4}-(0[1-9]|1[0-2])$'` })
@WithParent()
@ObjectType({ description: '零上报' })
export class ZeroReport {
  [OptionalProps]?: 'reportedAt';

  @PrimaryKey({ type: 'uuid' })
  @Field(() => ID, { description: 'Stable identifier (UUID)' })
  id!: string;

  @ManyToOne(() => Region, { ref: true, deleteRule: 'restrict' })
  village!: Ref<Region>;

  @Property({ length: 7 })
  @Field({ description: 'YYYY-MM' })
  month!: string;

  @ManyToOne(() => User, { ref: true, deleteRule: 'restrict' })
  reportedBy!: Ref<User>;

  @Property({ columnType: 'timestamptz', defaultRaw: 'now()' })
  @Field(() => Date, { description: 'When it was reported' })
  reportedAt: Date = now();
}
