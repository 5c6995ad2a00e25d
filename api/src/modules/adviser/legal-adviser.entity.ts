import { OptionalProps, type Ref } from '@mikro-orm/core';
import { Entity, Enum, ManyToOne, PrimaryKey, Property } from '@mikro-orm/decorators/legacy';
import { Region } from '../region/region.entity.js';
import { AdviserStatus, Gender, Profession } from './adviser.enums.js';

/**
 * A village legal adviser (村居法律顾问) on the county's roster. The foundation needs the record to tie ADVISER
 * accounts to; the roster itself (providers, events, pairings) builds on it.
 */
@Entity({ tableName: 'legal_adviser' })
export class LegalAdviser {
  [OptionalProps]?: 'status' | 'demo' | 'createdAt';

  @PrimaryKey({ type: 'uuid' })
  id!: string;

  /** The county bureau whose roster lists the adviser. */
  @ManyToOne(() => Region, { ref: true, deleteRule: 'restrict', index: true })
  county!: Ref<Region>;

  @Property({ length: 50 })
  name!: string;

  @Enum({ items: () => Gender })
  gender!: Gender;

  @Property({ length: 20 })
  phone!: string;

  @Enum({ items: () => Profession })
  profession!: Profession;

  @Property({ length: 40, unique: true })
  licenceNo!: string;

  @Enum({ items: () => AdviserStatus, default: AdviserStatus.ACTIVE })
  status: AdviserStatus = AdviserStatus.ACTIVE;

  @Property({ default: false })
  demo: boolean = false;

  @Property({ columnType: 'timestamptz', defaultRaw: 'now()' })
  createdAt: Date = new Date();
}
