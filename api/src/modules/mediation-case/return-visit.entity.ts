import { OptionalProps, type Ref, type Rel } from '@mikro-orm/core';
import { Entity, Enum, ManyToOne, PrimaryKey, Property } from '@mikro-orm/decorators/legacy';
import { Field, ID, ObjectType } from 'type-graphql';
import { WithParent } from '../../common/access/rules.js';
import { DateScalar } from '../../common/graphql/scalars.js';
import { User } from '../user/user.entity.js';
import { Performance, Satisfaction } from './case.enums.js';
import { MediationCase } from './mediation-case.entity.js';
import { now } from '../../common/clock.js';

/** A return visit (回访): was the agreement carried out, and were the parties satisfied. */
@Entity({ tableName: 'return_visit' })
@WithParent()
@ObjectType({ description: '回访' })
export class ReturnVisit {
  [OptionalProps]?: 'createdAt';

  @PrimaryKey({ type: 'uuid' })
  @Field(() => ID, { description: 'Stable identifier (UUID)' })
  id!: string;

  @ManyToOne(() => MediationCase, { deleteRule: 'cascade', index: true })
  case!: Rel<MediationCase>;

  @Property({ type: 'date' })
  @Field(() => DateScalar, { description: 'Day of the visit' })
  visitedOn!: string;

  @Property()
  @Field({ description: 'Whether the visit took place (the parties could be reached)' })
  carriedOut!: boolean;

  @Enum({ items: () => Performance })
  @Field(() => Performance, { description: 'Performance of the agreement found at the visit' })
  performance!: Performance;

  @Enum({ items: () => Satisfaction, nullable: true })
  @Field(() => Satisfaction, { nullable: true, description: 'How satisfied the parties were; null when not asked' })
  satisfaction?: Satisfaction | null;

  @ManyToOne(() => User, { ref: true, deleteRule: 'restrict' })
  recordedBy!: Ref<User>;

  @Property({ columnType: 'timestamptz', defaultRaw: 'now()' })
  createdAt: Date = now();
}
