import { OptionalProps } from '@mikro-orm/core';
import { Entity, Index, PrimaryKey, Property } from '@mikro-orm/decorators/legacy';
import { now } from '../../common/clock.js';

/** A one-time sign-in code sent to a party's phone: 6 digits, 5 minutes, 5 attempts. Only its keyed hash is kept. */
@Entity({ tableName: 'login_code' })
@Index({ name: 'login_code_phone_created_idx', properties: ['phone', 'createdAt'] })
export class LoginCode {
  [OptionalProps]?: 'attempts' | 'createdAt';

  @PrimaryKey({ type: 'uuid' })
  id!: string;

  @Property({ length: 20 })
  phone!: string;

  @Property({ length: 64 })
  codeHash!: string;

  @Property({ columnType: 'timestamptz' })
  expiresAt!: Date;

  @Property({ type: 'integer', default: 0 })
  attempts: number = 0;

  @Property({ columnType: 'timestamptz', nullable: true })
  consumedAt?: Date | null;

  @Property({ columnType: 'timestamptz', defaultRaw: 'now()' })
  createdAt: Date = now();
}
