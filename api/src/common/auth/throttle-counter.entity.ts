import { Entity, Index, PrimaryKey, Property } from '@mikro-orm/decorators/legacy';

/**
 * One throttle's count of tries for one key (a username from an address, an address, a phone). The key is a keyed
 * hash, so the table holds no username, phone or address. Written only by `Throttle`, one statement at a time.
 */
@Entity({ tableName: 'throttle_counter' })
@Index({ name: 'throttle_counter_expires_at_idx', properties: ['expiresAt'] })
export class ThrottleCounter {
  /** `<rule>:<keyed hash of the value>` */
  @PrimaryKey({ length: 80 })
  key!: string;

  /** Tries counted since the key was last forgotten or reset. */
  @Property({ type: 'integer' })
  attempts!: number;

  /** The next try is judged from this instant on; before it, it is refused. */
  @Property({ columnType: 'timestamptz' })
  retryAt!: Date;

  /** Past this instant the count is forgotten (and the row may be deleted). */
  @Property({ columnType: 'timestamptz' })
  expiresAt!: Date;
}
