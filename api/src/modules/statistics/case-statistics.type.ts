import { Field, Float, Int, ObjectType } from 'type-graphql';
import { WithParent } from '../../common/access/rules.js';
import { DateScalar, FenSumScalar } from '../../common/graphql/scalars.js';
import { Region } from '../region/region.entity.js';

@ObjectType({ description: 'A count under a key (an enum value: status, dispute type, source or level)' })
export class KeyCount {
  @Field({ description: 'The enum value, e.g. IN_MEDIATION or MARRIAGE_FAMILY' })
  @WithParent()
  key!: string;

  @Field(() => Int, { description: 'Cases with it' })
  @WithParent()
  count!: number;
}

@ObjectType({ description: 'Where resolved cases were resolved: 小事不出村、大事不出镇' })
export class ResolutionLevels {
  @Field(() => Int, { description: 'Cases received in the period that have been resolved by agreement' })
  @WithParent()
  resolved!: number;

  @Field(() => Int, { description: 'Resolved in the village (小事不出村)' })
  @WithParent()
  village!: number;

  @Field(() => Int, { description: 'Resolved in the township (大事不出镇)' })
  @WithParent()
  township!: number;

  @Field(() => Int, { description: 'Resolved at the county or above' })
  @WithParent()
  county!: number;

  @Field(() => Float, { description: 'Share resolved in the village, 0–1' })
  @WithParent()
  villageShare!: number;

  @Field(() => Float, { description: 'Share resolved in the township, 0–1' })
  @WithParent()
  townshipShare!: number;

  @Field(() => Float, { description: 'Share resolved at the county or above, 0–1' })
  @WithParent()
  countyShare!: number;
}

@ObjectType({ description: 'Case counts for a region and period: no names, no text' })
export class CaseStatistics {
  @Field(() => Region, { description: 'The county or township counted' })
  @WithParent()
  region!: Region;

  @Field(() => DateScalar, { description: 'First day of the period (received on or after)' })
  @WithParent()
  from!: string;

  @Field(() => DateScalar, { description: 'Last day of the period (received on or before)' })
  @WithParent()
  to!: string;

  @Field(() => Int, { description: 'Cases received in the period' })
  @WithParent()
  total!: number;

  @Field(() => FenSumScalar, { description: 'Sum of amounts involved, in fen (a 53-bit safe integer)' })
  @WithParent()
  amountFen!: number;

  @Field(() => [KeyCount], { description: 'Counts by CaseStatus' })
  @WithParent()
  byStatus!: KeyCount[];

  @Field(() => [KeyCount], { description: 'Counts by DisputeType' })
  @WithParent()
  byDisputeType!: KeyCount[];

  @Field(() => [KeyCount], { description: 'Counts by CaseSource' })
  @WithParent()
  bySource!: KeyCount[];

  @Field(() => [KeyCount], { description: 'Counts by the CaseLevel handling the case' })
  @WithParent()
  byLevel!: KeyCount[];

  @Field(() => ResolutionLevels, { description: 'Where the agreements were reached' })
  @WithParent()
  resolution!: ResolutionLevels;
}
