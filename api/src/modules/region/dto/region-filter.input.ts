import { ArrayMaxSize, IsOptional, IsUUID, MaxLength } from 'class-validator';
import { Field, ID, InputType } from 'type-graphql';
import { RegionLevel, Terrain, VillageKind } from '../region.enums.js';

@InputType()
export class RegionFilter {
  @Field(() => [ID], { nullable: true })
  @IsOptional()
  @ArrayMaxSize(100)
  @IsUUID('all', { each: true })
  ids?: string[] | null;

  @Field(() => RegionLevel, { nullable: true })
  level?: RegionLevel | null;

  @Field(() => ID, { nullable: true, description: 'Direct children of this region' })
  @IsOptional()
  @IsUUID('all')
  parentId?: string | null;

  @Field(() => ID, { nullable: true, description: 'Everything under this region' })
  @IsOptional()
  @IsUUID('all')
  withinId?: string | null;

  @Field(() => Terrain, { nullable: true })
  terrain?: Terrain | null;

  @Field(() => VillageKind, { nullable: true })
  kind?: VillageKind | null;

  @Field(() => String, { nullable: true, description: 'Name or code contains' })
  @IsOptional()
  @MaxLength(50)
  q?: string | null;
}
