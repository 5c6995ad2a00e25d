import { OptionalProps, type Ref } from '@mikro-orm/core';
import { Entity, ManyToOne, PrimaryKey, Property, Trigger, Unique } from '@mikro-orm/decorators/legacy';
import { Field, ID, Int, ObjectType } from 'type-graphql';
import { WithParent } from '../../common/access/rules.js';
import { DateScalar } from '../../common/graphql/scalars.js';
import { Region } from '../region/region.entity.js';
import { User } from '../user/user.entity.js';
import { now } from '../../common/clock.js';

/** A village as filed: its id, name and township, as they stood on the filing's date. */
export interface FiledVillageRecord {
  id: string;
  name: string;
  township: string;
}

/** One adviser in a filing's snapshot (JSON), as they stood on the filing's date. */
export interface FiledAdviserRecord {
  adviserId: string;
  name: string;
  gender: string;
  phone: string;
  profession: string;
  licenceNo: string;
  providerId: string | null;
  provider: string | null;
  serviceScope: string;
  joinedOn: string;
  villages: FiledVillageRecord[];
}

export interface FieldChangeRecord {
  field: string;
  from: string | null;
  to: string | null;
}

/** What changed since the previous filing of the county (all advisers are "added" in the first filing). */
export interface FilingDiffRecord {
  previousNumber: number | null;
  added: FiledAdviserRecord[];
  removed: FiledAdviserRecord[];
  changed: Array<{ adviserId: string; name: string; licenceNo: string; changes: FieldChangeRecord[] }>;
}

/**
 * A roster filing (名册备案) sent to the city bureau: a numbered snapshot of the active roster as of a date, with its
 * difference from the previous filing. Rows are never updated or deleted (a database trigger refuses it).
 */
@Entity({ tableName: 'roster_filing' })
@Unique({ name: 'roster_filing_county_number_unique', properties: ['county', 'number'] })
@Trigger({
  name: 'roster_filing_immutable',
  timing: 'before',
  events: ['update', 'delete'],
  forEach: 'row',
  body: `raise exception 'roster filings are immutable' using errcode = 'restrict_violation';`,
})
@WithParent()
@ObjectType({ description: '名册备案' })
export class RosterFiling {
  [OptionalProps]?: 'filedAt';

  @PrimaryKey({ type: 'uuid' })
  @Field(() => ID, { description: 'Stable identifier (UUID)' })
  id!: string;

  @ManyToOne(() => Region, { ref: true, deleteRule: 'restrict' })
  county!: Ref<Region>;

  @Property({ type: 'integer' })
  @Field(() => Int, { description: 'Sequence number within the county, from 1' })
  number!: number;

  @Property({ type: 'date' })
  @Field(() => DateScalar, { description: 'The date the roster is filed as of' })
  asOf!: string;

  @Property({ type: 'json' })
  snapshot!: FiledAdviserRecord[];

  @Property({ type: 'json' })
  diff!: FilingDiffRecord;

  @ManyToOne(() => User, { ref: true, deleteRule: 'restrict' })
  filedBy!: Ref<User>;

  @Property({ columnType: 'timestamptz', defaultRaw: 'now()' })
  @Field(() => Date, { description: 'When it was filed' })
  filedAt: Date = now();
}
