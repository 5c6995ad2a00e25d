import { OptionalProps } from '@mikro-orm/core';
import { Entity, PrimaryKey, Property } from '@mikro-orm/decorators/legacy';
import { now } from '../../common/clock.js';

/**
 * A party as recorded in ONE case: each case party has its own row, never shared between cases, so that what a case
 * shows about its parties is only what was entered for that case. The ID number's keyed hash may link rows (statistics),
 * but never decides who reads them; a PARTY account reaches cases through its verified phone.
 */
@Entity({ tableName: 'person' })
export class Person {
  [OptionalProps]?: 'demo' | 'createdAt';

  @PrimaryKey({ type: 'uuid' })
  id!: string;

  @Property({ length: 50 })
  name!: string;

  /** A party account reaches its cases by this phone: indexed. */
  @Property({ type: 'string', length: 20, nullable: true, index: 'person_phone_idx' })
  phone?: string | null;

  /** ★ Resident ID number, sealed with the field cipher (bound to this row). */
  @Property({ type: 'text', nullable: true, lazy: true })
  idNumberSealed?: string | null;

  /** Keyed hash of the normalised ID number, to find a person again without unsealing anyone's. */
  @Property({ type: 'string', length: 64, nullable: true, index: true })
  idNumberHash?: string | null;

  /** Which lookup key made `idNumberHash` (its fingerprint); null for hashes made before keys were named. */
  @Property({ type: 'string', length: 16, nullable: true })
  idNumberHashKey?: string | null;

  /** 141122***********4: what people outside a case see (region and check character only), so showing it never unseals. */
  @Property({ type: 'string', length: 18, nullable: true })
  idNumberMasked?: string | null;

  /** ★ Address, sealed with the field cipher (bound to this row): personal data, read only by those in the case. */
  @Property({ type: 'text', nullable: true, lazy: true })
  addressSealed?: string | null;

  @Property({ default: false })
  demo: boolean = false;

  @Property({ columnType: 'timestamptz', defaultRaw: 'now()' })
  createdAt: Date = now();
}
