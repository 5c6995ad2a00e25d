import { OptionalProps, type Ref } from '@mikro-orm/core';
import { Check, Entity, Enum, Index, ManyToOne, PrimaryKey, Property, Unique } from '@mikro-orm/decorators/legacy';
import { Field, ID, Int, ObjectType } from 'type-graphql';
import { WithParent } from '../../common/access/rules.js';
import { LegalAdviser } from '../adviser/legal-adviser.entity.js';
import { Region } from '../region/region.entity.js';
import { User } from '../user/user.entity.js';
import { TrainingKind, TrainingMode, TrainingTopic } from './training.enums.js';
import { now } from '../../common/clock.js';

/**
 * A training (rule 4): the bureau's annual training of its advisers (county, topics, attendance per adviser), or an
 * adviser's quarterly rule-of-law training in a paired village (village, adviser, attendees by category, photos as
 * Attachments owned by the training). Year and quarter are denormalised from `at` in Asia/Shanghai so that the
 * compliance grid is one grouped, indexed statement. Attendee counts are columns, not jsonb, so that the database
 * checks them and sums them.
 */
@Entity({ tableName: 'training' })
@Index({ name: 'training_village_year_quarter_idx', properties: ['village', 'year', 'quarter'] })
@Index({ name: 'training_county_kind_year_idx', properties: ['county', 'kind', 'year'] })
@Check({
  name: 'training_kind_shape',
  expression: `("kind" = 'VILLAGE_QUARTERLY' and "village_id" is not null and "township_id" is not null and "adviser_id" is not null)
    or ("kind" = 'BUREAU_ANNUAL' and "village_id" is null and "adviser_id" is null)`,
})
@Check({ name: 'training_quarter_range', expression: '"quarter" >= 1 and "quarter" <= 4' })
@Check({
  name: 'training_attendees_not_negative',
  expression: '"cadres" >= 0 and "grid_workers" >= 0 and "mediators" >= 0 and "legal_understanding" >= 0 and "others" >= 0',
})
@WithParent()
@ObjectType({ description: '培训：县司法局年度培训或法律顾问到村（社区）季度法治培训' })
export class Training {
  [OptionalProps]?: 'createdAt' | 'cadres' | 'gridWorkers' | 'mediators' | 'legalUnderstanding' | 'others' | 'topics' | 'notes';

  @PrimaryKey({ type: 'uuid' })
  @Field(() => ID, { description: 'Stable identifier (UUID)' })
  id!: string;

  @Enum({ items: () => TrainingKind })
  @Field(() => TrainingKind, { description: 'The bureau’s annual training or a village’s quarterly one' })
  kind!: TrainingKind;

  @ManyToOne(() => Region, { ref: true, deleteRule: 'restrict' })
  county!: Ref<Region>;

  /** The village's township, denormalised so that an office's scope is one predicate. */
  @ManyToOne(() => Region, { ref: true, deleteRule: 'restrict', nullable: true, index: true })
  township?: Ref<Region> | null;

  @ManyToOne(() => Region, { ref: true, deleteRule: 'restrict', nullable: true })
  village?: Ref<Region> | null;

  /** The lecturer of a village training. */
  @ManyToOne(() => LegalAdviser, { ref: true, deleteRule: 'restrict', nullable: true, index: true })
  adviser?: Ref<LegalAdviser> | null;

  @Property({ length: 200 })
  @Field({ description: 'Title or subject of the lecture' })
  title!: string;

  @Property({ type: 'json' })
  @Field(() => [TrainingTopic], { description: 'Required subjects covered (the annual training)' })
  topics: TrainingTopic[] = [];

  @Property({ columnType: 'timestamptz' })
  @Field(() => Date, { description: 'When it was held' })
  at!: Date;

  @Property({ type: 'integer' })
  @Field(() => Int, { description: 'Year it was held (Asia/Shanghai)' })
  year!: number;

  @Property({ type: 'smallint' })
  @Field(() => Int, { description: '1–4, in Asia/Shanghai' })
  quarter!: number;

  @Property({ length: 200 })
  @Field({ description: 'Venue (讲座场所)' })
  venue!: string;

  @Enum({ items: () => TrainingMode })
  @Field(() => TrainingMode, { description: 'In person or online' })
  mode!: TrainingMode;

  @Property({ type: 'integer', default: 0 })
  @Field(() => Int, { description: 'Village cadres (两委干部) attending' })
  cadres: number = 0;

  @Property({ type: 'integer', default: 0 })
  @Field(() => Int, { description: 'Grid workers (网格员) attending' })
  gridWorkers: number = 0;

  @Property({ type: 'integer', default: 0 })
  @Field(() => Int, { description: 'People’s mediators (人民调解员) attending' })
  mediators: number = 0;

  @Property({ type: 'integer', default: 0 })
  @Field(() => Int, { description: '“Legal understanding people” (法律明白人) attending' })
  legalUnderstanding: number = 0;

  @Property({ type: 'integer', default: 0 })
  @Field(() => Int, { description: 'Other villagers attending' })
  others: number = 0;

  @Property({ type: 'text', nullable: true })
  @Field(() => String, { nullable: true, description: 'Notes; null when none' })
  notes?: string | null;

  @ManyToOne(() => User, { ref: true, deleteRule: 'restrict' })
  createdBy!: Ref<User>;

  @Property({ columnType: 'timestamptz', defaultRaw: 'now()' })
  @Field(() => Date, { description: 'When it was recorded' })
  createdAt: Date = now();
}

/** An adviser who attended the bureau's annual training. */
@Entity({ tableName: 'training_attendance' })
@Unique({ name: 'training_attendance_unique', properties: ['training', 'adviser'] })
export class TrainingAttendance {
  @PrimaryKey({ type: 'uuid' })
  id!: string;

  @ManyToOne(() => Training, { ref: true, deleteRule: 'cascade' })
  training!: Ref<Training>;

  @ManyToOne(() => LegalAdviser, { ref: true, deleteRule: 'restrict', index: true })
  adviser!: Ref<LegalAdviser>;
}
