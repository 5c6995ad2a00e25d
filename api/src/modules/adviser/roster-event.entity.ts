import { OptionalProps, type Ref } from '@mikro-orm/core';
import { Entity, Enum, Index, ManyToOne, PrimaryKey, Property } from '@mikro-orm/decorators/legacy';
import { Field, ID, ObjectType, registerEnumType } from 'type-graphql';
import { GraphQLJSON } from 'graphql-scalars';
import { WithParent } from '../../common/access/rules.js';
import { DateScalar } from '../../common/graphql/scalars.js';
import { User } from '../user/user.entity.js';
import { LegalAdviser } from './legal-adviser.entity.js';
import { now } from '../../common/clock.js';

export enum RosterEventKind {
  JOINED = 'JOINED',
  SUSPENDED = 'SUSPENDED',
  REINSTATED = 'REINSTATED',
  REMOVED = 'REMOVED',
  CHANGED = 'CHANGED',
}
registerEnumType(RosterEventKind, {
  name: 'RosterEventKind',
  description: '加入, 暂停, 恢复, 移出, 信息变更',
  valuesConfig: {
    JOINED: { description: '加入' },
    SUSPENDED: { description: '暂停' },
    REINSTATED: { description: '恢复' },
    REMOVED: { description: '移出' },
    CHANGED: { description: '信息变更' },
  },
});

/**
 * One change to the roster. Insert-only: the roster on any past date is the fold of the events effective by then.
 * JOINED carries the adviser's details as they joined; CHANGED carries `{ field: { from, to } }`.
 */
@Entity({ tableName: 'roster_event' })
@Index({ name: 'roster_event_adviser_effective_idx', properties: ['adviser', 'effectiveOn'] })
@WithParent()
@ObjectType({ description: '名册变动' })
export class RosterEvent {
  [OptionalProps]?: 'at';

  @PrimaryKey({ type: 'uuid' })
  @Field(() => ID, { description: 'Stable identifier (UUID)' })
  id!: string;

  @ManyToOne(() => LegalAdviser, { ref: true, deleteRule: 'restrict' })
  adviser!: Ref<LegalAdviser>;

  @Enum({ items: () => RosterEventKind })
  @Field(() => RosterEventKind, { description: 'What changed' })
  kind!: RosterEventKind;

  @Property({ type: 'date' })
  @Field(() => DateScalar, { description: 'Day the change took effect' })
  effectiveOn!: string;

  @Property({ type: 'text' })
  @Field({ description: 'Why, as recorded' })
  reason!: string;

  @Property({ type: 'json', nullable: true })
  @Field(() => GraphQLJSON, {
    nullable: true,
    description: 'For CHANGED: `{ field: { from, to } }`; for JOINED: the details as they joined; otherwise null',
  })
  changes?: Record<string, unknown> | null;

  @ManyToOne(() => User, { ref: true, deleteRule: 'restrict', nullable: true })
  actor?: Ref<User> | null;

  @Property({ columnType: 'timestamptz', defaultRaw: 'now()' })
  @Field(() => Date, { description: 'When it was recorded' })
  at: Date = now();
}
