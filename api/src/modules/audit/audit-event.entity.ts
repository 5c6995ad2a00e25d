import { OptionalProps, type Ref } from '@mikro-orm/core';
import { Entity, Index, ManyToOne, PrimaryKey, Property, Trigger } from '@mikro-orm/decorators/legacy';
import { GraphQLJSON } from 'graphql-scalars';
import { Field, ID, ObjectType } from 'type-graphql';
import { WithParent } from '../../common/access/rules.js';
import { Region } from '../region/region.entity.js';
import { User } from '../user/user.entity.js';
import { now } from '../../common/clock.js';

/**
 * Who read or did what, when, from where. Insert-only. Every read of confidential text writes one, in the same
 * request, before the text is returned. Never holds the text itself. Jobs the installation runs (key rotation) are
 * recorded without an actor or county, with what they did in `details`.
 */
@Entity({ tableName: 'audit_event' })
@Index({ name: 'audit_event_entity_idx', properties: ['entityType', 'entityId'] })
@Index({ name: 'audit_event_actor_at_idx', properties: ['actor', 'at'] })
@Trigger({
  name: 'audit_event_insert_only',
  timing: 'before',
  events: ['update', 'delete'],
  forEach: 'row',
  body: `raise exception 'audit events are insert-only' using errcode = 'restrict_violation';`,
})
@WithParent()
@ObjectType({ description: '审计记录' })
export class AuditEvent {
  [OptionalProps]?: 'at';

  @PrimaryKey({ type: 'uuid' })
  @Field(() => ID, { description: 'Stable identifier (UUID)' })
  id!: string;

  @Property({ columnType: 'timestamptz', defaultRaw: 'now()', index: true })
  @Field(() => Date, { description: 'When it happened' })
  at: Date = now();

  /** Null for the installation's own jobs (key rotation): no person acted. */
  @ManyToOne(() => User, { ref: true, deleteRule: 'restrict', nullable: true })
  actor?: Ref<User> | null;

  /** The county whose record it was: a bureau reviews its own county's trail. */
  @ManyToOne(() => Region, { ref: true, deleteRule: 'restrict', nullable: true, index: true })
  county?: Ref<Region> | null;

  @Property({ length: 40 })
  @Field({
    description:
      'READ_CONFIDENTIAL, USER_CREATED, USER_UPDATED, USER_DISABLED, USER_ENABLED, PASSWORD_RESET, PASSWORD_CHANGED, SETUP_COMPLETED, KEY_ROTATION_STARTED, KEY_ROTATION_FINISHED, ROSTER_FILING_ACKNOWLEDGED, ROSTER_FILING_RETURNED, …',
  })
  action!: string;

  @Property({ length: 40 })
  @Field({ description: 'Kind of record, e.g. MediationCase' })
  entityType!: string;

  @Property({ type: 'uuid' })
  @Field(() => ID, { description: 'Which record, e.g. a case id' })
  entityId!: string;

  @Property({ type: 'string', length: 60, nullable: true })
  @Field(() => String, { nullable: true, description: 'The confidential field read, e.g. summary' })
  field?: string | null;

  @Property({ length: 64 })
  @Field({ description: 'The request it happened in (X-Request-Id), to match server logs' })
  requestId!: string;

  @Property({ length: 64 })
  @Field({ description: 'Client IP address as the server saw it' })
  ip!: string;

  /**
   * What was done, never a value or a password: a job's counts and key ids (how many values a key rotation re-sealed);
   * an account action's account (username, role) and what changed.
   */
  @Property({ type: 'json', nullable: true })
  @Field(() => GraphQLJSON, {
    nullable: true,
    description:
      'What was done, never a confidential value or a password: counts and key ids for jobs, the account and its changes for account actions',
  })
  details?: Record<string, unknown> | null;
}
