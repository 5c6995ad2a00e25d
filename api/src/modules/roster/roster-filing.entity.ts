import { OptionalProps, type Ref } from '@mikro-orm/core';
import { Entity, ManyToOne, PrimaryKey, Property, Trigger, Unique } from '@mikro-orm/decorators/legacy';
import { Field, ID, Int, ObjectType } from 'type-graphql';
import { WithParent } from '../../common/access/rules.js';
import { DateScalar } from '../../common/graphql/scalars.js';
import { Region } from '../region/region.entity.js';
import { User } from '../user/user.entity.js';

export interface FiledAdviser {
  id: string;
  name: string;
  gender: string;
  phone: string;
  profession: string;
  licenceNo: string;
  provider: string | null;
  serviceScope: string;
  villages: string[];
}

export interface FilingDiff {
  added: FiledAdviser[];
  removed: FiledAdviser[];
  changed: Array<{ id: string; name: string; fields: Record<string, { from: unknown; to: unknown }> }>;
}

/**
 * A roster filing (名册备案) sent to the city bureau: a numbered snapshot of the active roster as of a date, with its
 * difference from the previous filing. Rows are never updated or deleted (a database trigger refuses it).
 */
@Entity({ tableName: 'roster_filing' })
@Unique({ name: 'roster_filing_county_number_unique', properties: ['county', 'number'] })
@Trigger({
  name: 'roster_filing_immutable',
  timing: 'before',
  events: ['update', 'delete'],
  forEach: 'row',
  body: `raise exception 'roster filings are immutable' using errcode = 'restrict_violation';`,
})
@ObjectType({ description: '名册备案' })
export class RosterFiling {
  [OptionalProps]?: 'filedAt';

  @PrimaryKey({ type: 'uuid' })
  @Field(() => ID)
  @WithParent()
  id!: string;

  @ManyToOne(() => Region, { ref: true, deleteRule: 'restrict' })
  county!: Ref<Region>;

  @Property({ type: 'integer' })
  @Field(() => Int, { description: 'Sequence number within the county, from 1' })
  @WithParent()
  number!: number;

  @Property({ type: 'date' })
  @Field(() => DateScalar)
  @WithParent()
  asOf!: string;

  @Property({ type: 'json' })
  snapshot!: FiledAdviser[];

  @Property({ type: 'json' })
  diff!: FilingDiff;

  @ManyToOne(() => User, { ref: true, deleteRule: 'restrict' })
  filedBy!: Ref<User>;

  @Property({ columnType: 'timestamptz', defaultRaw: 'now()' })
  @Field(() => Date)
  @WithParent()
  filedAt: Date = new Date();
}
