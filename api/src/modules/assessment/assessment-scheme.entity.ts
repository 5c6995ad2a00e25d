import { OptionalProps, type Ref } from '@mikro-orm/core';
import { Check, Entity, ManyToOne, PrimaryKey, Property, Unique } from '@mikro-orm/decorators/legacy';
import { now } from '../../common/clock.js';
import { Region } from '../region/region.entity.js';
import { User } from '../user/user.entity.js';
import type { AssessmentIndicator } from './assessment.enums.js';

/** One indicator of a saved scheme: its weight (whole points of 100) and, for a count, the count that scores full. */
export interface SchemeIndicator {
  code: AssessmentIndicator;
  weight: number;
  target: number | null;
}

/**
 * A county's assessment scheme for one year (考核方案): which indicators count and how much, the grade thresholds, the
 * cap on 优秀 and how many days advisers have to object. A year without a saved scheme uses the built-in one.
 */
@Entity({ tableName: 'assessment_scheme' })
@Unique({ name: 'assessment_scheme_county_year_unique', properties: ['county', 'year'] })
@Check({
  name: 'assessment_scheme_thresholds_descend',
  expression: '"excellent_from" > "pass_from" and "pass_from" > "basic_pass_from" and "basic_pass_from" >= 0 and "excellent_from" <= 100',
})
@Check({
  name: 'assessment_scheme_cap_percent',
  expression: '"excellent_cap_percent" is null or ("excellent_cap_percent" >= 0 and "excellent_cap_percent" <= 100)',
})
export class AssessmentScheme {
  [OptionalProps]?: 'version' | 'updatedAt';

  @PrimaryKey({ type: 'uuid' })
  id: string = crypto.randomUUID();

  @ManyToOne(() => Region, { ref: true, deleteRule: 'restrict' })
  county!: Ref<Region>;

  @Property({ type: 'smallint' })
  year!: number;

  @Property({ type: 'json' })
  indicators!: SchemeIndicator[];

  @Property({ type: 'smallint' })
  excellentFrom!: number;

  @Property({ type: 'smallint' })
  passFrom!: number;

  @Property({ type: 'smallint' })
  basicPassFrom!: number;

  /** At most this share of the county's advisers graded 优秀; null for no cap. */
  @Property({ type: 'smallint', nullable: true })
  excellentCapPercent!: number | null;

  /** What each monthly-check rating scores in CHECK_RATINGS. */
  @Property({ type: 'json' })
  ratingScores!: { excellent: number; good: number; fair: number; poor: number };

  /** Days after publication in which an adviser may object to their result. */
  @Property({ type: 'smallint' })
  objectionDays!: number;

  @Property({ version: true })
  version: number = 1;

  @Property({ columnType: 'timestamptz', defaultRaw: 'now()', onUpdate: () => now() })
  updatedAt: Date = now();

  @ManyToOne(() => User, { ref: true, deleteRule: 'restrict' })
  updatedBy!: Ref<User>;
}
