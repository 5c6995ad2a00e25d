import { OptionalProps, type Ref } from '@mikro-orm/core';
import { Check, Entity, Enum, ManyToOne, PrimaryKey, Property, Unique } from '@mikro-orm/decorators/legacy';
import { now } from '../../common/clock.js';
import { LegalAdviser } from '../adviser/legal-adviser.entity.js';
import { Region } from '../region/region.entity.js';
import { User } from '../user/user.entity.js';
import { Grade } from './scoring.js';
import { type AssessmentIndicator, type IndicatorKind, ObjectionStatus } from './assessment.enums.js';

/** One indicator of a frozen result, as it stood when the year was published. */
export interface FrozenIndicator {
  code: AssessmentIndicator;
  kind: IndicatorKind;
  weight: number;
  target: number | null;
  numerator: number;
  denominator: number;
  applicable: boolean;
  score: number | null;
  effectiveWeight: number;
  points: number;
}

/**
 * A county's assessment year once published (公示): the scheme it was computed with and when advisers may object
 * until. Its results are a snapshot: later edits to logs, cases or trainings do not move them.
 */
@Entity({ tableName: 'assessment_publication' })
@Unique({ name: 'assessment_publication_county_year_unique', properties: ['county', 'year'] })
export class AssessmentPublication {
  [OptionalProps]?: 'publishedAt' | 'closedEarlyReason';

  @PrimaryKey({ type: 'uuid' })
  id: string = crypto.randomUUID();

  @ManyToOne(() => Region, { ref: true, deleteRule: 'restrict' })
  county!: Ref<Region>;

  @Property({ type: 'smallint' })
  year!: number;

  /** The scheme as it was (indicators, thresholds, cap, rating scores, objection days). */
  @Property({ type: 'json' })
  scheme!: Record<string, unknown>;

  /** Records up to this day counted. */
  @Property({ type: 'date' })
  through!: string;

  /** The last day an adviser may object. */
  @Property({ type: 'date' })
  objectionsUntil!: string;

  /** Why the bureau closed the year before it ended; null when published after the year. */
  @Property({ type: 'text', nullable: true })
  closedEarlyReason: string | null = null;

  @Property({ columnType: 'timestamptz' })
  publishedAt: Date = now();

  @ManyToOne(() => User, { ref: true, deleteRule: 'restrict' })
  publishedBy!: Ref<User>;
}

/** One adviser's frozen result in a published year; only an upheld objection changes it, and only this row. */
@Entity({ tableName: 'assessment_result' })
@Unique({ name: 'assessment_result_publication_adviser_unique', properties: ['publication', 'adviser'] })
@Check({ name: 'assessment_result_adjustment_reason', expression: `"adjustment_points" = 0 or "adjustment_reason" is not null` })
export class AssessmentResultRow {
  [OptionalProps]?: 'adjustmentPoints' | 'adjustmentReason' | 'exemptFromCap' | 'version';

  @PrimaryKey({ type: 'uuid' })
  id: string = crypto.randomUUID();

  @ManyToOne(() => AssessmentPublication, { ref: true, deleteRule: 'cascade' })
  publication!: Ref<AssessmentPublication>;

  @ManyToOne(() => LegalAdviser, { ref: true, deleteRule: 'restrict', index: true })
  adviser!: Ref<LegalAdviser>;

  @Property({ type: 'json' })
  townshipIds!: string[];

  @Property({ type: 'json' })
  indicators!: FrozenIndicator[];

  /** The total the records gave, before any adjustment; null when no indicator applied. */
  @Property({ type: 'decimal', precision: 5, scale: 2, nullable: true, runtimeType: 'number' })
  computedTotal!: number | null;

  @Property({ type: 'decimal', precision: 5, scale: 2, default: 0, runtimeType: 'number' })
  adjustmentPoints: number = 0;

  @Property({ type: 'text', nullable: true })
  adjustmentReason: string | null = null;

  @Property({ type: 'decimal', precision: 5, scale: 2, nullable: true, runtimeType: 'number' })
  total!: number | null;

  @Enum({ items: () => Grade, nullable: true })
  grade!: Grade | null;

  @Property()
  cappedFromExcellent!: boolean;

  /** Lifted to 优秀 by an upheld objection: kept outside the cap. */
  @Property({ default: false })
  exemptFromCap: boolean = false;

  @Property({ version: true })
  version: number = 1;
}

/** An adviser's objection (异议) to their published result, and the bureau's decision on it. One per result. */
@Entity({ tableName: 'assessment_objection' })
@Unique({ name: 'assessment_objection_result_unique', properties: ['result'] })
export class AssessmentObjection {
  [OptionalProps]?: 'status' | 'raisedAt' | 'version' | 'adjustmentPoints';

  @PrimaryKey({ type: 'uuid' })
  id: string = crypto.randomUUID();

  @ManyToOne(() => AssessmentResultRow, { ref: true, deleteRule: 'cascade' })
  result!: Ref<AssessmentResultRow>;

  @Property({ type: 'text' })
  reason!: string;

  @ManyToOne(() => User, { ref: true, deleteRule: 'restrict' })
  raisedBy!: Ref<User>;

  @Property({ columnType: 'timestamptz' })
  raisedAt: Date = now();

  @Enum({ items: () => ObjectionStatus })
  status: ObjectionStatus = ObjectionStatus.OPEN;

  @Property({ type: 'text', nullable: true })
  decisionReason?: string | null;

  /** Points the decision added (or took away); 0 when rejected. */
  @Property({ type: 'decimal', precision: 5, scale: 2, default: 0, runtimeType: 'number' })
  adjustmentPoints: number = 0;

  @ManyToOne(() => User, { ref: true, deleteRule: 'restrict', nullable: true })
  decidedBy?: Ref<User> | null;

  @Property({ columnType: 'timestamptz', nullable: true })
  decidedAt?: Date | null;

  @Property({ version: true })
  version: number = 1;
}
