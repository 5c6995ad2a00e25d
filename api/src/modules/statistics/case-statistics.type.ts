import { Field, Float, Int, ObjectType } from 'type-graphql';
import { WithParent } from '../../common/access/rules.js';
import { DateScalar, FenSumScalar } from '../../common/graphql/scalars.js';
import { Region } from '../region/region.entity.js';

@ObjectType({ description: 'A count under a key (an enum value: status, dispute type, source or level)' })
export class KeyCount {
  @Field()
  @WithParent()
  key!: string;

  @Field(() => Int)
  @WithParent()
  count!: number;
}

@ObjectType({ description: 'Where resolved cases were resolved: 小事不出村、大事不出镇' })
export class ResolutionLevels {
  @Field(() => Int)
  @WithParent()
  resolved!: number;

  @Field(() => Int)
  @WithParent()
  village!: number;

  @Field(() => Int)
  @WithParent()
  township!: number;

  @Field(() => Int)
  @WithParent()
  county!: number;

  @Field(() => Float, { description: 'Share resolved in the village, 0–1' })
  @WithParent()
  villageShare!: number;

  @Field(() => Float)
  @WithParent()
  townshipShare!: number;

  @Field(() => Float)
  @WithParent()
  countyShare!: number;
}

@ObjectType({ description: 'Case counts for a region and period: no names, no text' })
export class CaseStatistics {
  @Field(() => Region)
  @WithParent()
  region!: Region;

  @Field(() => DateScalar)
  @WithParent()
  from!: string;

  @Field(() => DateScalar)
  @WithParent()
  to!: string;

  @Field(() => Int)
  @WithParent()
  total!: number;

  @Field(() => FenSumScalar, { description: 'Sum of amounts involved, in fen (a 53-bit safe integer)' })
  @WithParent()
  amountFen!: number;

  @Field(() => [KeyCount])
  @WithParent()
  byStatus!: KeyCount[];

  @Field(() => [KeyCount])
  @WithParent()
  byDisputeType!: KeyCount[];

  @Field(() => [KeyCount])
  @WithParent()
  bySource!: KeyCount[];

  @Field(() => [KeyCount])
  @WithParent()
  byLevel!: KeyCount[];

  @Field(() => ResolutionLevels)
  @WithParent()
  resolution!: ResolutionLevels;
}
