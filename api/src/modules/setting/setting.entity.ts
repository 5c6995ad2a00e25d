import { OptionalProps } from '@mikro-orm/core';
import { Entity, PrimaryKey, Property } from '@mikro-orm/decorators/legacy';
import { now } from '../../common/clock.js';

/** A county-wide setting the bureau can change (load cap, deadlines, QR URL). Values are JSON. */
@Entity({ tableName: 'setting' })
export class Setting {
  [OptionalProps]?: 'updatedAt' | 'version';

  @PrimaryKey({ length: 60 })
  key!: string;

  @Property({ type: 'json' })
  value!: unknown;

  @Property({ columnType: 'timestamptz', defaultRaw: 'now()', onUpdate: () => now() })
  updatedAt: Date = now();

  /** Counts the changes of this setting; the settings' version is the sum over every setting. */
  @Property({ default: 1 })
  version: number = 1;
}
