import { OptionalProps, type Ref } from '@mikro-orm/core';
import { Check, Entity, Enum, Index, ManyToOne, PrimaryKey, Property } from '@mikro-orm/decorators/legacy';
import { Directive, Field, ID, Int, ObjectType } from 'type-graphql';
import { WithParent } from '../../common/access/rules.js';
import { RegionLevel, Terrain, TownshipKind, VillageKind } from './region.enums.js';
import { DateScalar } from '../../common/graphql/scalars.js';
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
// 城乡分类代码 (the statistics bureau's urban-rural class): 111 主城区, 112 城乡结合区, 121 镇中心区, 122 镇乡结合区,
// 123 特殊区域, 210 乡中心区, 220 村庄.
@Check({
  name: 'region_urban_rural_code',
  expression: `"urban_rural_code" is null or "urban_rural_code" in ('111', '112', '121', '122', '123', '210', '220')`,
})
@Check({ name: 'region_township_kind_only_townships', expression: `"township_kind" is null or "level" = 'TOWNSHIP'` })
@Check({ name: 'region_retired_only_villages', expression: `"retired_on" is null or "level" = 'VILLAGE'` })
@Check({ name: 'region_merged_only_when_retired', expression: `"merged_into_id" is null or "retired_on" is not null` })
// A Federation entity (common/graphql/federation.ts): other subgraphs extend it by its key.
@Directive('@key(fields: "id")')
@Directive('@key(fields: "code")')
@WithParent()
@ObjectType({ description: 'A place in the tree 省 > 市 > 县 > 乡镇 > 村（社区）' })
export class Region {
  [OptionalProps]?: 'demo' | 'createdAt' | 'version';

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

  @Enum({ items: () => TownshipKind, nullable: true })
  @Field(() => TownshipKind, { nullable: true, description: 'Townships only: 镇, 乡 or 街道; null when not recorded and for other levels' })
  townshipKind?: TownshipKind | null;

  @Property({ length: 3, nullable: true })
  @Field(() => String, {
    nullable: true,
    description:
      'The 3-digit urban-rural class code (城乡分类代码): 111 主城区, 112 城乡结合区, 121 镇中心区, 122 镇乡结合区, 123 特殊区域, 210 乡中心区, 220 村庄; null when not recorded',
  })
  urbanRuralCode?: string | null;

  @Property({ type: 'date', nullable: true })
  @Field(() => DateScalar, {
    nullable: true,
    description:
      'Villages only: the day it was retired (撤并); from then on it takes no new pairings or cases and counts in no coverage. Null while in service',
  })
  retiredOn?: string | null;

  @ManyToOne(() => Region, { ref: true, nullable: true, deleteRule: 'restrict' })
  mergedInto?: Ref<Region> | null;

  @Property({ version: true })
  @Field(() => Int, { description: 'Optimistic-lock version: send it back with updateRegion' })
  version: number = 1;

  @Property({ default: false })
  @Field({ description: 'Generated demo data, not a real place record' })
  demo: boolean = false;

  @Property({ columnType: 'timestamptz', defaultRaw: 'now()' })
  createdAt: Date = now();
}

export function childPath(parentPath: string | null, id: string): string {
  return `${parentPath ?? '/'}${id}/`;
}
