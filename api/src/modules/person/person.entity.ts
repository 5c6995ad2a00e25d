import { OptionalProps } from '@mikro-orm/core';
import { Entity, PrimaryKey, Property } from '@mikro-orm/decorators/legacy';

/** A member of the public: a party to cases and, with an account, a PARTY user. */
@Entity({ tableName: 'person' })
export class Person {
  [OptionalProps]?: 'demo' | 'createdAt';

  @PrimaryKey({ type: 'uuid' })
  id!: string;

  @Property({ length: 50 })
  name!: string;

  @Property({ type: 'string', length: 20, nullable: true })
  phone?: string | null;

  /** ★ Resident ID number, sealed with the field cipher (bound to this row). */
  @Property({ type: 'text', nullable: true, lazy: true })
  idNumberSealed?: string | null;

  /** Keyed hash of the normalised ID number, to find a person again without unsealing anyone's. */
  @Property({ type: 'string', length: 64, nullable: true, index: true })
  idNumberHash?: string | null;

  /** 141122********1234: what people outside a case see, kept so that showing it never unseals the number. */
  @Property({ type: 'string', length: 18, nullable: true })
  idNumberMasked?: string | null;

  @Property({ type: 'string', length: 200, nullable: true })
  address?: string | null;

  @Property({ default: false })
  demo: boolean = false;

  @Property({ columnType: 'timestamptz', defaultRaw: 'now()' })
  createdAt: Date = new Date();
}
