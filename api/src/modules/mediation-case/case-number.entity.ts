import { type Ref } from '@mikro-orm/core';
import { Entity, ManyToOne, PrimaryKey, Property } from '@mikro-orm/decorators/legacy';
import { Region } from '../region/region.entity.js';

/**
 * The last case number handed out per county and year. Taken with one `insert … on conflict do update … returning`
 * inside the registration's transaction, so concurrent registrations never share a number and a rolled-back one
 * gives its number back: the numbers have no gaps.
 */
@Entity({ tableName: 'case_number_counter' })
export class CaseNumberCounter {
  @ManyToOne(() => Region, { ref: true, primary: true, deleteRule: 'restrict' })
  county!: Ref<Region>;

  @PrimaryKey({ type: 'integer' })
  year!: number;

  @Property({ type: 'integer' })
  last!: number;
}
