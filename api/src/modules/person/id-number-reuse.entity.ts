import { OptionalProps, type Rel } from '@mikro-orm/core';
import { Entity, ManyToOne, PrimaryKey, Property, Unique } from '@mikro-orm/decorators/legacy';
import { MediationCase } from '../mediation-case/mediation-case.entity.js';
import { now } from '../../common/clock.js';

/**
 * A case registered, before parties were kept per case, with a party whose ID number was already on file from an
 * earlier case: the registration then reused the earlier case's person and showed it in full. Written once by the
 * migration that split those persons, so the bureau can check whether the hole was used.
 */
@Entity({ tableName: 'id_number_reuse' })
@Unique({ name: 'id_number_reuse_case_earlier_unique', properties: ['case', 'earlierCase'] })
export class IdNumberReuse {
  [OptionalProps]?: 'foundAt';

  @PrimaryKey({ type: 'uuid' })
  id!: string;

  @ManyToOne(() => MediationCase, { deleteRule: 'cascade', index: true })
  case!: Rel<MediationCase>;

  @ManyToOne(() => MediationCase, { deleteRule: 'cascade' })
  earlierCase!: Rel<MediationCase>;

  @Property({ columnType: 'timestamptz', defaultRaw: 'now()' })
  foundAt: Date = now();
}
