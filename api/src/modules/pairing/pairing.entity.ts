import { OptionalProps, type Ref } from '@mikro-orm/core';
import { Check, Entity, Index, ManyToOne, PrimaryKey, Property } from '@mikro-orm/decorators/legacy';
import { Field, ID, ObjectType } from 'type-graphql';
import { WithParent } from '../../common/access/rules.js';
import { DateScalar } from '../../common/graphql/scalars.js';
import { LegalAdviser } from '../adviser/legal-adviser.entity.js';
import { Region } from '../region/region.entity.js';
import { User } from '../user/user.entity.js';
import { now } from '../../common/clock.js';

/**
 * An adviser paired with a village (结对) for a span of days, both ends included; `validTo` null is open-ended.
 * PostgreSQL itself keeps one pairing per village per day: an exclusion constraint over (village, daterange)
 * (extension btree_gist, created in the migration) makes racing requests produce exactly one winner.
 */
@Entity({ tableName: 'pairing' })
@Check({ name: 'pairing_valid_range', expression: `"valid_to" is null or "valid_to" >= "valid_from"` })
@Check({
  name: 'pairing_one_adviser_per_village_per_day',
  expression: `exclude using gist ("village_id" with =, daterange("valid_from", "valid_to", '[]') with &&)`,
})
@Index({ name: 'pairing_adviser_idx', properties: ['adviser', 'validFrom'] })
@WithParent()
@ObjectType({ description: '法律顾问与村居结对' })
export class Pairing {
  [OptionalProps]?: 'deputyDirector' | 'createdAt';

  @PrimaryKey({ type: 'uuid' })
  @Field(() => ID, { description: 'Stable identifier (UUID)' })
  id!: string;

  @ManyToOne(() => LegalAdviser, { ref: true, deleteRule: 'restrict' })
  adviser!: Ref<LegalAdviser>;

  @ManyToOne(() => Region, { ref: true, deleteRule: 'restrict' })
  village!: Ref<Region>;

  @Property({ type: 'date' })
  @Field(() => DateScalar, { description: 'First day of the pairing' })
  validFrom!: string;

  @Property({ type: 'date', nullable: true })
  @Field(() => DateScalar, { nullable: true, description: 'Last day of the pairing; null while it runs' })
  validTo?: string | null;

  @Property({ default: false })
  @Field({ description: 'The adviser serves as deputy director of the village mediation committee (调委会副主任)' })
  deputyDirector: boolean = false;

  @ManyToOne(() => User, { ref: true, deleteRule: 'restrict', nullable: true })
  createdBy?: Ref<User> | null;

  @Property({ columnType: 'timestamptz', defaultRaw: 'now()' })
  @Field(() => Date, { description: 'When it was recorded' })
  createdAt: Date = now();
}
