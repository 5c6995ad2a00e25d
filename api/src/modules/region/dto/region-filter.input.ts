import { ArrayMaxSize, IsOptional, IsUUID, MaxLength } from 'class-validator';
import { Field, ID, InputType } from 'type-graphql';
import { RegionLevel, Terrain, VillageKind } from '../region.enums.js';

@InputType({ description: 'Criteria for the region list; all optional, combined with AND' })
export class RegionFilter {
  @Field(() => [ID], { nullable: true, description: 'Only these ids (react-admin getMany)' })
  @IsOptional()
  @ArrayMaxSize(100)
  @IsUUID('all', { each: true })
  ids?: string[] | null;

  @Field(() => RegionLevel, { nullable: true, description: 'At this level' })
  level?: RegionLevel | null;

  @Field(() => ID, { nullable: true, description: 'Direct children of this region' })
  @IsOptional()
  @IsUUID('all')
  parentId?: string | null;

  @Field(() => ID, { nullable: true, description: 'Everything under this region' })
  @IsOptional()
  @IsUUID('all')
  withinId?: string | null;

  @Field(() => Terrain, { nullable: true, description: 'Townships of this terrain' })
  terrain?: Terrain | null;

  @Field(() => VillageKind, { nullable: true, description: 'Villages or communities only' })
  kind?: VillageKind | null;

  @Field(() => Boolean, { nullable: true, description: 'true: only retired villages (撤并); false: only regions in service' })
  retired?: boolean | null;

  @Field(() => String, { nullable: true, description: 'Name or code contains' })
  @IsOptional()
  @MaxLength(50)
  q?: string | null;
}
