import { OptionalProps, PrimaryKeyProp, type Ref } from '@mikro-orm/core';
import { Entity, ManyToOne, PrimaryKey, Property } from '@mikro-orm/decorators/legacy';
import { now } from '../../common/clock.js';
import { Region } from '../region/region.entity.js';

/**
 * A setting the bureau can change (load cap, deadlines, QR URL), kept per region: a county's own value, else its
 * city's, else its province's, else the built-in default. Values are JSON.
 */
@Entity({ tableName: 'setting' })
export class Setting {
  [OptionalProps]?: 'updatedAt' | 'version';
  [PrimaryKeyProp]?: ['region', 'key'];

  @ManyToOne(() => Region, { primary: true, ref: true, deleteRule: 'cascade' })
  region!: Ref<Region>;

  @PrimaryKey({ length: 60 })
  key!: string;

  @Property({ type: 'json' })
  value!: unknown;

  @Property({ columnType: 'timestamptz', defaultRaw: 'now()', onUpdate: () => now() })
  updatedAt: Date = now();

  /** Counts the changes of this setting; a region's settings' version is the sum over its own settings. */
  @Property({ default: 1 })
  version: number = 1;
}
