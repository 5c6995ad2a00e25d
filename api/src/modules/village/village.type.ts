import { Directive, Field, ID, ObjectType } from 'type-graphql';
import { WithParent } from '../../common/access/rules.js';
import { VillageKind } from '../region/region.enums.js';

/**
 * A village or community (村/社区) seen as the unit of coverage: its committee, its adviser. Backed by the Region rows
 * of level VILLAGE; the relations are field resolvers in village.resolver.ts.
 */
// A Federation entity (common/graphql/federation.ts): other subgraphs extend it by its key.
@Directive('@key(fields: "id")')
@WithParent()
@ObjectType({ description: '村（社区）' })
export class Village {
  @Field(() => ID, { description: 'Stable identifier (UUID); the same as its Region id' })
  id!: string;

  @Field({ description: 'e.g. 东庄村, 城东社区' })
  name!: string;

  @Field({ description: 'Administrative division code (统计用区划代码)' })
  code!: string;

  @Field(() => VillageKind, { description: 'Village or community' })
  kind!: VillageKind;

  @Field({ description: 'Generated demo data, not a real place record' })
  demo!: boolean;
}
