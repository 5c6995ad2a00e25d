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

  @Property({ default: false })
  demo: boolean = false;

  @Property({ columnType: 'timestamptz', defaultRaw: 'now()' })
  createdAt: Date = new Date();
}
