import { OptionalProps, type Ref } from '@mikro-orm/core';
import { Check, Entity, Enum, Index, ManyToOne, PrimaryKey, Property, Unique } from '@mikro-orm/decorators/legacy';
import { Field, ID, Int, ObjectType } from 'type-graphql';
import { WithParent } from '../../common/access/rules.js';
import { DateScalar } from '../../common/graphql/scalars.js';
import { LegalAdviser } from '../adviser/legal-adviser.entity.js';
import { Region } from '../region/region.entity.js';
import { User } from '../user/user.entity.js';
import { MonthlyReportStatus } from './work-log.enums.js';
import { now } from '../../common/clock.js';

/**
 * An adviser's month of work submitted for review (月末审核). While SUBMITTED or APPROVED the month's entries are
 * frozen; RETURNED reopens them for correction and resubmission. A month without a row is a draft.
 */
@Entity({ tableName: 'monthly_report' })
@Unique({ name: 'monthly_report_adviser_month_unique', properties: ['adviser', 'month'] })
@Index({ name: 'monthly_report_township_status_idx', properties: ['township', 'status'] })
@Check({ name: 'monthly_report_month_format', expression: `"month" ~ '^[0-9]{4}-(0[1-9]|1[0-2])$'` })
@WithParent()
@ObjectType({ description: '法律顾问月度工作日志报送' })
export class MonthlyReport {
  [OptionalProps]?: 'late' | 'version' | 'createdAt' | 'timesReturned';

  @PrimaryKey({ type: 'uuid' })
  @Field(() => ID, { description: 'Stable identifier (UUID)' })
  id!: string;

  @ManyToOne(() => LegalAdviser, { ref: true, deleteRule: 'restrict' })
  adviser!: Ref<LegalAdviser>;

  @Property({ length: 7 })
  @Field({ description: 'YYYY-MM' })
  month!: string;

  /** The township whose office reviews it: where most of the month's services were given. */
  @ManyToOne(() => Region, { ref: true, deleteRule: 'restrict' })
  township!: Ref<Region>;

  @Enum({ items: () => MonthlyReportStatus })
  @Field(() => MonthlyReportStatus, { description: 'Submitted, returned or approved' })
  status!: MonthlyReportStatus;

  @Property({ type: 'date' })
  @Field(() => DateScalar, { description: 'Last day to submit on time (the deadline day of the next month)' })
  deadline!: string;

  @Property({ columnType: 'timestamptz' })
  @Field(() => Date, { description: 'The latest submission' })
  submittedAt!: Date;

  @Property({ default: false })
  @Field({ description: 'First submitted after the deadline' })
  late: boolean = false;

  @ManyToOne(() => User, { ref: true, deleteRule: 'restrict' })
  submittedBy!: Ref<User>;

  @Property({ type: 'text', nullable: true })
  @Field(() => String, { nullable: true, description: 'The office’s comments when returning (or approving) it' })
  reviewComment?: string | null;

  @ManyToOne(() => User, { ref: true, deleteRule: 'restrict', nullable: true })
  reviewedBy?: Ref<User> | null;

  @Property({ columnType: 'timestamptz', nullable: true })
  @Field(() => Date, { nullable: true, description: 'When the office last reviewed it; null until reviewed' })
  reviewedAt?: Date | null;

  /** How often the office sent it back: the year-end assessment counts months returned even once resubmitted. */
  @Property({ type: 'smallint', default: 0 })
  @Field(() => Int, { description: 'How many times the office has returned it for correction' })
  timesReturned: number = 0;

  @Property({ columnType: 'timestamptz', defaultRaw: 'now()' })
  createdAt: Date = now();

  @Property({ version: true })
  @Field(() => Int, { description: 'Send back with a review; a stale version is refused with CONFLICT' })
  version!: number;
}
