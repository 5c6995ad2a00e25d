import { Field, ID, ObjectType } from 'type-graphql';
import { WithParent } from '../../common/access/rules.js';
import { VillageKind } from '../region/region.enums.js';

/**
 * A village or community (村/社区) seen as the unit of coverage: its committee, its adviser. Backed by the Region rows
 * of level VILLAGE; the relations are field resolvers in village.resolver.ts.
 */
@ObjectType({ description: '村（社区）' })
export class Village {
  @Field(() => ID)
  @WithParent()
  id!: string;

  @Field()
  @WithParent()
  name!: string;

  @Field()
  @WithParent()
  code!: string;

  @Field(() => VillageKind)
  @WithParent()
  kind!: VillageKind;

  @Field()
  @WithParent()
  demo!: boolean;
}
