import { OptionalProps, type Ref } from '@mikro-orm/core';
import { Entity, Enum, Index, ManyToOne, PrimaryKey, Property } from '@mikro-orm/decorators/legacy';
import { Field, ID, ObjectType } from 'type-graphql';
import { WithParent } from '../../common/access/rules.js';
import { now } from '../../common/clock.js';
import { DateScalar } from '../../common/graphql/scalars.js';
import { User } from '../user/user.entity.js';
import { Region } from './region.entity.js';
import { RegionChangeKind } from './region.enums.js';

/**
 * One change to a region from an import of the official codes: created, renamed, moved (its code changed with its
 * township) or retired. Insert-only; a region's history is its rows in order of `effectiveOn`, then `at`.
 */
@Entity({ tableName: 'region_change' })
@Index({ name: 'region_change_region_idx', properties: ['region', 'effectiveOn'] })
@WithParent()
@ObjectType({ description: 'One change to a region (新设, 更名, 调整隶属, 撤并), kept as history' })
export class RegionChange {
  [OptionalProps]?: 'at';

  @PrimaryKey({ type: 'uuid' })
  @Field(() => ID, { description: 'Stable identifier (UUID)' })
  id!: string;

  @ManyToOne(() => Region, { ref: true, deleteRule: 'restrict' })
  region!: Ref<Region>;

  @Enum({ items: () => RegionChangeKind })
  @Field(() => RegionChangeKind, { description: 'What changed' })
  kind!: RegionChangeKind;

  @Property({ type: 'text', nullable: true })
  @Field(() => String, { nullable: true, description: 'Before: the old name (RENAMED), the old code (MOVED); null otherwise' })
  oldValue?: string | null;

  @Property({ type: 'text', nullable: true })
  @Field(() => String, {
    nullable: true,
    description: 'After: the new name (RENAMED), the new code (MOVED), the code merged into (RETIRED, when any), the code (CREATED)',
  })
  newValue?: string | null;

  @Property({ type: 'date' })
  @Field(() => DateScalar, { description: 'Day the change took effect' })
  effectiveOn!: string;

  @ManyToOne(() => User, { ref: true, deleteRule: 'restrict', nullable: true })
  actor?: Ref<User> | null;

  @Property({ columnType: 'timestamptz', defaultRaw: 'now()' })
  @Field(() => Date, { description: 'When it was recorded' })
  at: Date = now();
}
