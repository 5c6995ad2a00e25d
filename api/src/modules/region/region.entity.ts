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
// A tree starts at a province, or at a city where the installation has no province; nothing else is a root, and a
// province is always one.
@Check({ name: 'region_root_is_province_or_city', expression: `"parent_id" is not null or "level" in ('PROVINCE', 'CITY')` })
@Check({ name: 'region_province_is_root', expression: `"level" <> 'PROVINCE' or "parent_id" is null` })
// The 12-digit statistical code, its own digits ending at its level (region-code.ts; a parent's prefix spans two rows
// and is checked where regions are created).
@Check({ name: 'region_code_12_digits', expression: `"code" ~ '^[0-9]{12}$'` })
@Check({
  name: 'region_code_matches_level',
  expression: `("level" = 'PROVINCE' and "code" ~ '^[0-9]{2}0{10}$')
    or ("level" = 'CITY' and "code" ~ '^[0-9]{4}0{8}$' and "code" !~ '^[0-9]{2}0{10}$')
    or ("level" = 'COUNTY' and "code" ~ '^[0-9]{6}0{6}$')
    or ("level" = 'TOWNSHIP' and "code" ~ '^[0-9]{9}000$')
    or ("level" = 'VILLAGE' and "code" !~ '000$')`,
})
@WithParent()
@ObjectType({ description: 'A place in the tree 省 > 市 > 县 > 乡镇 > 村（社区）' })
export class Region {
  [OptionalProps]?: 'demo' | 'createdAt';

  @PrimaryKey({ type: 'uuid' })
  @Field(() => ID, { description: 'Stable identifier (UUID)' })
  id!: string;

  @ManyToOne(() => Region, { ref: true, nullable: true, deleteRule: 'restrict', index: true })
  parent?: Ref<Region> | null;

  @Enum({ items: () => RegionLevel })
  @Field(() => RegionLevel, { description: '省, 市, 县, 乡镇 or 村（社区）' })
  level!: RegionLevel;

  @Property({ length: 100 })
  @Field({ description: 'e.g. 交城县, 天宁镇' })
  name!: string;

  @Property({ length: 20, unique: true })
  @Field({
    description: 'The 12-digit statistical division code (统计用区划代码), e.g. 141122000000 for 交城县; a child’s code starts with its parent’s',
  })
  code!: string;

  /**
   * `/<root id>/.../<own id>/`: the ancestors, root first, for prefix filters. The root is a province or a city, so a
   * position on the path says nothing about level (`ancestorAt` in common/access/jurisdiction.ts reads one by level).
   */
  @Property({ length: 400, unique: true })
  path!: string;

  @Enum({ items: () => Terrain, nullable: true })
  @Field(() => Terrain, { nullable: true, description: 'Townships only: mountain or plain; null for other levels' })
  terrain?: Terrain | null;

  @Enum({ items: () => VillageKind, nullable: true })
  @Field(() => VillageKind, { nullable: true, description: 'Villages only: village or community; null for other levels' })
  kind?: VillageKind | null;

  @Property({ default: false })
  @Field({ description: 'Generated demo data, not a real place record' })
  demo: boolean = false;

  @Property({ columnType: 'timestamptz', defaultRaw: 'now()' })
  createdAt: Date = now();
}

export function childPath(parentPath: string | null, id: string): string {
  return `${parentPath ?? '/'}${id}/`;
}
