import { OptionalProps, type Ref, type Rel } from '@mikro-orm/core';
import { Entity, Enum, Index, ManyToOne, PrimaryKey, Property } from '@mikro-orm/decorators/legacy';
import { Field, ID, ObjectType, registerEnumType } from 'type-graphql';
import { WithParent } from '../../common/access/rules.js';
import { User } from '../user/user.entity.js';
import { MediationCase } from './mediation-case.entity.js';
import { now } from '../../common/clock.js';

export enum CaseEventKind {
  ADVISER_REASSIGNED = 'ADVISER_REASSIGNED',
}
registerEnumType(CaseEventKind, {
  name: 'CaseEventKind',
  description: '改派法律顾问',
  valuesConfig: {
    ADVISER_REASSIGNED: { description: '改派: the case was given another adviser' },
  },
});

/** Who an event concerned, by id and by the name they had then: the history stays readable after a rename. */
export interface EventAdviser {
  id: string;
  name: string;
}

/**
 * What happened to a case beside its workflow steps, such as a reassignment after its adviser left. Metadata only
 * (who, when, why, which advisers), never confidential text; seen by whoever sees the case.
 */
@Entity({ tableName: 'case_event' })
@Index({ name: 'case_event_case_at_idx', properties: ['case', 'at'] })
@WithParent()
@ObjectType('CaseEvent', { description: '案件记录（改派等）' })
export class CaseEvent {
  [OptionalProps]?: 'at';

  @PrimaryKey({ type: 'uuid' })
  @Field(() => ID, { description: 'Stable identifier (UUID)' })
  id!: string;

  @ManyToOne(() => MediationCase, { deleteRule: 'cascade' })
  case!: Rel<MediationCase>;

  @Enum({ items: () => CaseEventKind })
  @Field(() => CaseEventKind, { description: 'What happened' })
  kind!: CaseEventKind;

  @Property({ columnType: 'timestamptz', defaultRaw: 'now()' })
  @Field(() => Date, { description: 'When it happened' })
  at: Date = now();

  @ManyToOne(() => User, { ref: true, deleteRule: 'restrict' })
  actor!: Ref<User>;

  @Property({ length: 500 })
  @Field({ description: 'Why, as the office or bureau gave it' })
  reason!: string;

  /** Assignments the event ended. */
  @Property({ type: 'json' })
  endedAdvisers: EventAdviser[] = [];

  /** The adviser the event assigned, if any. */
  @Property({ type: 'json', nullable: true })
  addedAdviser?: EventAdviser | null;
}
