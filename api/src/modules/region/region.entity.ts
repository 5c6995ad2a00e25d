import { OptionalProps, type Ref } from '@mikro-orm/core';
import { Check, Entity, Enum, Index, ManyToOne, PrimaryKey, Property } from '@mikro-orm/decorators/legacy';
import { Field, ID, ObjectType } from 'type-graphql';
import { WithParent } from '../../common/access/rules.js';
import { RegionLevel, Terrain, VillageKind } from './region.enums.js';
import { now } from '../../common/clock.js';

@Entity({ tableName: 'region' })
// Serves the prefix match on the materialised path that the jurisdiction helper uses below the recorded levels.
@Index({ name: 'region_path_prefix_idx', expression: 'create index "region_path_prefix_idx" on "region" ("path" text_pattern_ops)' })
@Check({ name: 'region_terrain_only_townships', expression: `("level" = 'TOWNSHIP') = ("terrain" is not null)` })
@Check({ name: 'region_kind_only_villages', expression: `("level" = 'VILLAGE') = ("kind" is not null)` })
@Check({ name: 'region_root_is_city', expression: `("level" = 'CITY') = ("parent_id" is null)` })
@ObjectType({ description: 'A place in the tree 市 > 县 > 乡镇 > 村（社区）' })
export class Region {
  [OptionalProps]?: 'demo' | 'createdAt';

  @PrimaryKey({ type: 'uuid' })
  @Field(() => ID, { description: 'Stable identifier (UUID)' })
  @WithParent()
  id!: string;

  @ManyToOne(() => Region, { ref: true, nullable: true, deleteRule: 'restrict', index: true })
  parent?: Ref<Region> | null;

  @Enum({ items: () => RegionLevel })
  @Field(() => RegionLevel, { description: '市, 县, 乡镇 or 村（社区）' })
  @WithParent()
  level!: RegionLevel;

  @Property({ length: 100 })
  @Field({ description: 'e.g. 交城县, 天宁镇' })
  @WithParent()
  name!: string;

  @Property({ length: 20, unique: true })
  @Field({ description: 'Administrative division code (统计用区划代码)' })
  @WithParent()
  code!: string;

  /** `/<city id>/<county id>/.../<own id>/`: the ancestors, for prefix filters. */
  @Property({ length: 400, unique: true })
  path!: string;

  @Enum({ items: () => Terrain, nullable: true })
  @Field(() => Terrain, { nullable: true, description: 'Townships only: mountain or plain; null for other levels' })
  @WithParent()
  terrain?: Terrain | null;

  @Enum({ items: () => VillageKind, nullable: true })
  @Field(() => VillageKind, { nullable: true, description: 'Villages only: village or community; null for other levels' })
  @WithParent()
  kind?: VillageKind | null;

  @Property({ default: false })
  @Field({ description: 'Generated demo data, not a real place record' })
  @WithParent()
  demo: boolean = false;

  @Property({ columnType: 'timestamptz', defaultRaw: 'now()' })
  createdAt: Date = now();
}

export function childPath(parentPath: string | null, id: string): string {
  return `${parentPath ?? '/'}${id}/`;
}
