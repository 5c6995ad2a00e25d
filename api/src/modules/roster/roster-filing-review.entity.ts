import { type Ref } from '@mikro-orm/core';
import { Entity, Enum, OneToOne, ManyToOne, PrimaryKey, Property, Trigger } from '@mikro-orm/decorators/legacy';
import { registerEnumType } from 'type-graphql';
import { User } from '../user/user.entity.js';
import { RosterFiling } from './roster-filing.entity.js';

/** Where a roster filing stands with the city bureau. */
export enum RosterFilingStatus {
  FILED = 'FILED',
  ACKNOWLEDGED = 'ACKNOWLEDGED',
  RETURNED = 'RETURNED',
}
registerEnumType(RosterFilingStatus, {
  name: 'RosterFilingStatus',
  description: '待签收, 已签收, 已退回',
  valuesConfig: {
    FILED: { description: '待签收: filed, the city has not decided' },
    ACKNOWLEDGED: { description: '已签收: the city acknowledged it' },
    RETURNED: { description: '已退回: the city returned it with a comment; the county files again' },
  },
});

/** The decisions a city can take on a filing. */
export type FilingDecision = RosterFilingStatus.ACKNOWLEDGED | RosterFilingStatus.RETURNED;

/**
 * The city's (or province's) one decision on a roster filing: acknowledged (签收) or returned with a comment. Kept
 * apart from the filing, which is immutable; one per filing (the unique key makes a second decision CONFLICT, also
 * when two arrive at once), and never changed afterwards.
 */
@Entity({ tableName: 'roster_filing_review' })
@Trigger({
  name: 'roster_filing_review_immutable',
  timing: 'before',
  events: ['update', 'delete'],
  forEach: 'row',
  body: `raise exception 'roster filing decisions are final' using errcode = 'restrict_violation';`,
})
export class RosterFilingReview {
  @PrimaryKey({ type: 'uuid' })
  id!: string;

  @OneToOne(() => RosterFiling, { ref: true, owner: true, unique: 'roster_filing_review_filing_unique', deleteRule: 'restrict' })
  filing!: Ref<RosterFiling>;

  @Enum({ items: () => RosterFilingStatus })
  decision!: FilingDecision;

  @Property({ type: 'text', nullable: true })
  comment: string | null = null;

  @ManyToOne(() => User, { ref: true, deleteRule: 'restrict' })
  reviewer!: Ref<User>;

  @Property({ columnType: 'timestamptz' })
  reviewedAt!: Date;
}
