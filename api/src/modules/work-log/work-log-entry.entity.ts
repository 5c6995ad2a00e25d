import { OptionalProps, PrimaryKeyProp, type Ref } from '@mikro-orm/core';
import { Check, Entity, Enum, Index, ManyToOne, PrimaryKey, Property, Unique } from '@mikro-orm/decorators/legacy';
import { Field, ID, Int, ObjectType } from 'type-graphql';
import { WithParent } from '../../common/access/rules.js';
import { LegalAdviser } from '../adviser/legal-adviser.entity.js';
import { MediationCase } from '../mediation-case/mediation-case.entity.js';
import { Region } from '../region/region.entity.js';
import { User } from '../user/user.entity.js';
import { WorkLogCategory, WorkLogMode } from './work-log.enums.js';
import { now } from '../../common/clock.js';

/**
 * One service an adviser gave (工作日志): who was served, what about, when, how long. The person served and their
 * phone are personal data, and matter and content are free text: they are served by field resolvers that mask or
 * withhold them outside the adviser–office–bureau chain. A linked case is referenced by id only; the entry never
 * copies the case's confidential text.
 */
@Entity({ tableName: 'work_log_entry' })
@Index({ name: 'work_log_entry_adviser_month_idx', properties: ['adviser', 'month'] })
@Index({ name: 'work_log_entry_township_at_idx', properties: ['township', 'at'] })
// From EXPLAIN at province scale (api/bench/EXPLAIN.md): the newest entries first across a county's townships, a city
// or the province, read in index order instead of sorting two million rows.
@Index({ name: 'work_log_entry_at_idx', expression: 'create index "work_log_entry_at_idx" on "work_log_entry" ("at" desc, "id")' })
@Index({
  name: 'work_log_entry_county_at_idx',
  expression: 'create index "work_log_entry_county_at_idx" on "work_log_entry" ("county_id", "at" desc, "id")',
})
// An offline create sent again (the phone lost the answer) carries the key it was first sent with: one entry per key.
// The table is range-partitioned by month of `at` (db/partitions.ts), and PostgreSQL wants the partition key in every
// unique key: a repeat carries the same `at`, and the service serialises creates under one key (work-log.service.ts).
@Unique({ name: 'work_log_entry_adviser_client_key_uniq', properties: ['adviser', 'clientKey', 'at'] })
@Check({ name: 'work_log_entry_month_format', expression: `"month" ~ '^[0-9]{4}-(0[1-9]|1[0-2])$'` })
@Check({ name: 'work_log_entry_duration_range', expression: '"duration_min" >= 1 and "duration_min" <= 1440' })
@WithParent()
@ObjectType({ description: '法律顾问工作日志条目' })
export class WorkLogEntry {
  [OptionalProps]?: 'createdAt' | 'updatedAt' | 'version';
  [PrimaryKeyProp]?: ['id', 'at'];

  @PrimaryKey({ type: 'uuid' })
  @Field(() => ID, { description: 'Stable identifier (UUID)' })
  id!: string;

  @ManyToOne(() => LegalAdviser, { ref: true, deleteRule: 'restrict' })
  adviser!: Ref<LegalAdviser>;

  @ManyToOne(() => Region, { ref: true, deleteRule: 'restrict', index: true })
  village!: Ref<Region>;

  /** Denormalised from the village so that an office's scope is one indexed predicate. */
  @ManyToOne(() => Region, { ref: true, deleteRule: 'restrict' })
  township!: Ref<Region>;

  /** Denormalised from the village too, so that a county's scope is one indexed predicate (the township's parent). */
  @ManyToOne(() => Region, { ref: true, deleteRule: 'restrict' })
  county!: Ref<Region>;

  /** The partition key (by month), so part of the primary key; an edit may move the entry to another month's partition. */
  @PrimaryKey({ columnType: 'timestamptz' })
  @Field(() => Date, { description: 'When the service was given (服务时间)' })
  at!: Date;

  /** `at`'s month in the Asia/Shanghai calendar: the monthly report it belongs to. */
  @Property({ length: 7 })
  @Field({ description: 'YYYY-MM (Asia/Shanghai) of `at`: the monthly report this entry belongs to' })
  month!: string;

  @Enum({ items: () => WorkLogCategory })
  @Field(() => WorkLogCategory, { description: 'Kind of service' })
  category!: WorkLogCategory;

  @Enum({ items: () => WorkLogMode })
  @Field(() => WorkLogMode, { description: 'Online or in person' })
  mode!: WorkLogMode;

  @Property({ length: 50 })
  personServed!: string;

  @Property({ type: 'string', length: 30, nullable: true })
  phone?: string | null;

  @Property({ length: 200 })
  matter!: string;

  @Property({ type: 'text' })
  content!: string;

  @Property({ type: 'integer' })
  @Field(() => Int, { description: 'Minutes spent' })
  durationMin!: number;

  @ManyToOne(() => MediationCase, { ref: true, nullable: true, deleteRule: 'restrict', index: true })
  case?: Ref<MediationCase> | null;

  @Property({ type: 'string', length: 100, nullable: true })
  @Field(() => String, { nullable: true, description: 'A lecture’s venue' })
  venue?: string | null;

  @Property({ type: 'integer', nullable: true })
  @Field(() => Int, { nullable: true, description: 'A lecture’s attendee count' })
  attendeeCount?: number | null;

  /**
   * The idempotency key the adviser's device chose for this entry (a UUID), when it sent one; with `clientPayload`,
   * the SHA-256 of the entry as first sent, so a repeat is told from another entry under the same key.
   */
  @Property({ type: 'uuid', nullable: true })
  clientKey?: string | null;

  @Property({ type: 'string', length: 64, nullable: true })
  clientPayload?: string | null;

  @ManyToOne(() => User, { ref: true, deleteRule: 'restrict' })
  createdBy!: Ref<User>;

  @Property({ columnType: 'timestamptz', defaultRaw: 'now()' })
  @Field(() => Date, { description: 'When it was recorded' })
  createdAt: Date = now();

  @Property({ columnType: 'timestamptz', defaultRaw: 'now()', onUpdate: () => now() })
  @Field(() => Date, { description: 'When it was last changed' })
  updatedAt: Date = now();

  @Property({ version: true })
  @Field(() => Int, { description: 'Send back with edits; a stale version is refused with CONFLICT' })
  version!: number;
}
