import { OptionalProps, type Ref } from '@mikro-orm/core';
import { Check, Entity, Enum, Index, ManyToOne, PrimaryKey, Property, Unique } from '@mikro-orm/decorators/legacy';
import { Field, ID, Int, ObjectType } from 'type-graphql';
import { WithParent } from '../../common/access/rules.js';
import { LegalAdviser } from '../adviser/legal-adviser.entity.js';
import { Region } from '../region/region.entity.js';
import { User } from '../user/user.entity.js';
import { CheckRating } from './work-log.enums.js';
import { now } from '../../common/clock.js';

/** The township office's monthly check of one adviser (每月核查): a fixed checklist, a rating and notes. */
@Entity({ tableName: 'monthly_check' })
@Unique({ name: 'monthly_check_adviser_month_unique', properties: ['adviser', 'month'] })
@Index({ name: 'monthly_check_township_month_idx', properties: ['township', 'month'] })
@Check({ name: 'monthly_check_month_format', expression: `"month" ~ '^[0-9]{4}-(0[1-9]|1[0-2])$'` })
@WithParent()
@ObjectType({ description: '司法所对法律顾问的每月核查' })
export class MonthlyCheck {
  [OptionalProps]?: 'version' | 'checkedAt';

  @PrimaryKey({ type: 'uuid' })
  @Field(() => ID, { description: 'Stable identifier (UUID)' })
  id!: string;

  @ManyToOne(() => LegalAdviser, { ref: true, deleteRule: 'restrict' })
  adviser!: Ref<LegalAdviser>;

  @Property({ length: 7 })
  @Field({ description: 'YYYY-MM' })
  month!: string;

  /** The checking office's township. */
  @ManyToOne(() => Region, { ref: true, deleteRule: 'restrict' })
  township!: Ref<Region>;

  @Property()
  @Field({ description: '工作日志填写完整' })
  logComplete!: boolean;

  @Property()
  @Field({ description: '季度法治培训按计划开展' })
  trainingOnTrack!: boolean;

  @Property()
  @Field({ description: '公示牌已张贴' })
  noticeBoardPosted!: boolean;

  @Property()
  @Field({ description: '案件跟进到位' })
  casesFollowedUp!: boolean;

  @Enum({ items: () => CheckRating })
  @Field(() => CheckRating, { description: '优秀, 良好, 一般 or 较差' })
  rating!: CheckRating;

  @Property({ type: 'text', default: '' })
  @Field({ description: 'The office’s notes; empty when none' })
  notes: string = '';

  @ManyToOne(() => User, { ref: true, deleteRule: 'restrict' })
  checkedBy!: Ref<User>;

  @Property({ columnType: 'timestamptz', defaultRaw: 'now()', onUpdate: () => now() })
  @Field(() => Date, { description: 'When the check was recorded' })
  checkedAt: Date = now();

  @Property({ version: true })
  @Field(() => Int, { description: 'Send it back with updateMonthlyCheck; a stale one is CONFLICT' })
  version!: number;
}

/** A highlight (亮点) the office reports to the bureau from a check; the bureau may mark it a model case (先进典型). */
@Entity({ tableName: 'highlight' })
@WithParent()
@ObjectType({ description: '工作亮点' })
export class Highlight {
  [OptionalProps]?: 'modelCase' | 'createdAt';

  @PrimaryKey({ type: 'uuid' })
  @Field(() => ID, { description: 'Stable identifier (UUID)' })
  id!: string;

  @ManyToOne(() => MonthlyCheck, { ref: true, deleteRule: 'cascade', index: true })
  check!: Ref<MonthlyCheck>;

  @ManyToOne(() => Region, { ref: true, deleteRule: 'restrict', index: true })
  township!: Ref<Region>;

  @Property({ length: 100 })
  @Field({ description: 'Title of the highlight' })
  title!: string;

  @Property({ type: 'text' })
  @Field({ description: 'What the adviser did well' })
  text!: string;

  @Property({ default: false })
  @Field({ description: 'Marked by the bureau as a model case (先进典型)' })
  modelCase: boolean = false;

  @ManyToOne(() => User, { ref: true, deleteRule: 'restrict', nullable: true })
  markedBy?: Ref<User> | null;

  @Property({ columnType: 'timestamptz', nullable: true })
  @Field(() => Date, { nullable: true, description: 'When the bureau marked it a model case; null when not marked' })
  markedAt?: Date | null;

  @Property({ columnType: 'timestamptz', defaultRaw: 'now()' })
  @Field(() => Date, { description: 'When it was recorded' })
  createdAt: Date = now();
}
