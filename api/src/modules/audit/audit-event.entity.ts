import { OptionalProps, PrimaryKeyProp, type Ref } from '@mikro-orm/core';
import { Entity, Index, ManyToOne, PrimaryKey, Property, Trigger } from '@mikro-orm/decorators/legacy';
import { GraphQLJSON } from 'graphql-scalars';
import { Field, ID, ObjectType } from 'type-graphql';
import { WithParent } from '../../common/access/rules.js';
import { Region } from '../region/region.entity.js';
import { User } from '../user/user.entity.js';
import { now } from '../../common/clock.js';

/**
 * The columns of an audit event, shared by the live table (written) and the trail with its archive (read). Its fields
 * are the trail's GraphQL type's (type-graphql inherits a registered superclass's fields); no query returns it, so the
 * schema does not list it.
 */
@ObjectType()
abstract class AuditEventColumns {
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

/**
 * Who read or did what, when, from where. Insert-only. Every read of confidential text writes one, in the same
 * request, before the text is returned. Never holds the text itself. Jobs the installation runs (key rotation) are
 * recorded without an actor or county, with what they did in `details`.
 *
 * The table is range-partitioned by month of `at` (db/partitions.ts), so its key includes `at`; months older than
 * AUDIT_RETENTION_MONTHS are detached into `audit_event_archived` and written to a file (ops/audit-archive.ts). The
 * trail is read through {@link AuditTrailEvent}, which covers both.
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
export class AuditEvent extends AuditEventColumns {
  [OptionalProps]?: 'at';
  [PrimaryKeyProp]?: ['id', 'at'];

  @PrimaryKey({ type: 'uuid' })
  id!: string;

  /** The partition key: part of the primary key, as PostgreSQL asks of a partitioned table's unique keys. */
  @PrimaryKey({ columnType: 'timestamptz', defaultRaw: 'now()', index: true })
  at: Date = now();
}

/**
 * Audit months older than AUDIT_RETENTION_MONTHS, detached from `audit_event` and attached here (range-partitioned by
 * month too) until the bureau has kept the month's file and `npm run audit-archive -- drop <month>` drops it. Nothing
 * writes here but the archive job; insert-only as the live table.
 */
@Entity({ tableName: 'audit_event_archived' })
@Trigger({
  name: 'audit_event_archived_insert_only',
  timing: 'before',
  events: ['update', 'delete'],
  forEach: 'row',
  body: `raise exception 'audit events are insert-only' using errcode = 'restrict_violation';`,
})
export class AuditEventArchived extends AuditEventColumns {
  [PrimaryKeyProp]?: ['id', 'at'];

  @PrimaryKey({ type: 'uuid' })
  id!: string;

  @PrimaryKey({ columnType: 'timestamptz' })
  at!: Date;
}

/** The columns in table order, as PostgreSQL spells the view's definition (so the schema check compares like with like). */
const TRAIL_COLUMNS = 'id, at, actor_id, county_id, action, entity_type, entity_id, field, request_id, ip, details';

/**
 * The audit trail as it is read (审计记录): the live table and the archived months not yet dropped, through the view
 * `audit_trail`. `auditEvents` and a case's access log read it, so an archived month stays listable until the bureau
 * has kept its file and dropped it.
 */
@Entity({
  tableName: 'audit_trail',
  view: true,
  expression: `select ${TRAIL_COLUMNS} from audit_event union all select ${TRAIL_COLUMNS} from audit_event_archived`,
})
@WithParent()
@ObjectType('AuditEvent', { description: '审计记录' })
export class AuditTrailEvent extends AuditEventColumns {
  @PrimaryKey({ type: 'uuid' })
  @Field(() => ID, { description: 'Stable identifier (UUID)' })
  id!: string;

  @Property({ columnType: 'timestamptz' })
  @Field(() => Date, { description: 'When it happened' })
  at!: Date;
}
