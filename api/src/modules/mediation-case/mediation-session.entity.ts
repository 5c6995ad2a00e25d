import { OptionalProps, type Rel } from '@mikro-orm/core';
import { Entity, Enum, ManyToOne, PrimaryKey, Property } from '@mikro-orm/decorators/legacy';
import { Field, ID, ObjectType } from 'type-graphql';
import { WithParent } from '../../common/access/rules.js';
import { SessionMode } from './case.enums.js';
import { MediationCase } from './mediation-case.entity.js';
import { now } from '../../common/clock.js';

/** One mediation session (调解记录). Its record is confidential: sealed, no @Field, served by a guarded resolver. */
@Entity({ tableName: 'mediation_session' })
@WithParent()
@ObjectType({ description: '调解记录' })
export class MediationSession {
  [OptionalProps]?: 'createdAt';

  @PrimaryKey({ type: 'uuid' })
  @Field(() => ID, { description: 'Stable identifier (UUID)' })
  id!: string;

  @ManyToOne(() => MediationCase, { deleteRule: 'cascade', index: true })
  case!: Rel<MediationCase>;

  @Property({ columnType: 'timestamptz' })
  @Field(() => Date, { description: 'When the session was held' })
  at!: Date;

  @Property({ length: 100 })
  @Field({ description: 'Where it was held' })
  place!: string;

  @Enum({ items: () => SessionMode })
  @Field(() => SessionMode, { description: 'Online or in person' })
  mode!: SessionMode;

  /** Who took part, by role (e.g. 申请人、被申请人、调解员); names are in the record, which is confidential. */
  @Property({ length: 200 })
  @Field({ description: 'Who took part, by role (e.g. 申请人、被申请人、调解员); names are in the confidential record' })
  participants!: string;

  /** ★ Sealed session record. */
  @Property({ type: 'text', nullable: true, lazy: true })
  recordSealed?: string | null;

  @Property({ columnType: 'timestamptz', defaultRaw: 'now()' })
  createdAt: Date = now();
}
