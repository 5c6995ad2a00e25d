import { IsOptional, MaxLength } from 'class-validator';
import { Field, InputType, Int } from 'type-graphql';
import { IsMainlandPhone } from '../../../common/validation/phone.js';
import { Terrain, TownshipKind } from '../region.enums.js';

@InputType({ description: 'What the bureau may change of a township; fields left out stay as they are' })
export class UpdateRegionInput {
  @Field(() => Int, { description: 'The version you read; another is CONFLICT (STALE_VERSION)' })
  version!: number;

  @Field(() => Terrain, { nullable: true, description: 'Mountain or plain' })
  terrain?: Terrain | null;

  @Field(() => TownshipKind, { nullable: true, description: '镇, 乡 or 街道' })
  townshipKind?: TownshipKind | null;

  @Field(() => String, { nullable: true, description: 'The judicial office’s supervision phone (监督电话), a mainland mobile or landline' })
  @IsOptional()
  @MaxLength(20)
  @IsMainlandPhone()
  supervisionPhone?: string | null;
}
