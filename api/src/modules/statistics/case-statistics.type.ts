import { Field, Float, Int, ObjectType } from 'type-graphql';
import { WithParent } from '../../common/access/rules.js';
import { DateScalar, FenSumScalar } from '../../common/graphql/scalars.js';
import { Region } from '../region/region.entity.js';
import { CountCell, StatisticsPeriod } from './suppressed.types.js';

@WithParent()
@ObjectType({ description: 'A count under a key (an enum value: status, dispute type, source or level)' })
export class KeyCount {
  @Field({ description: 'The enum value, e.g. IN_MEDIATION or MARRIAGE_FAMILY' })
  key!: string;

  @Field(() => Int, { description: 'Cases with it' })
  count!: number;
}

@WithParent()
@ObjectType({ description: 'Where resolved cases were resolved: 小事不出村、大事不出镇' })
export class ResolutionLevels {
  @Field(() => Int, { description: 'Cases received in the period that have been resolved by agreement' })
  resolved!: number;

  @Field(() => Int, { description: 'Resolved in the village (小事不出村)' })
  village!: number;

  @Field(() => Int, { description: 'Resolved in the township (大事不出镇)' })
  township!: number;

  @Field(() => Int, { description: 'Resolved at the county or above' })
  county!: number;

  @Field(() => Float, { description: 'Share resolved in the village, 0–1' })
  villageShare!: number;

  @Field(() => Float, { description: 'Share resolved in the township, 0–1' })
  townshipShare!: number;

  @Field(() => Float, { description: 'Share resolved at the county or above, 0–1' })
  countyShare!: number;
}

@WithParent()
@ObjectType({ description: 'Case counts of one county for the period: no names, no text' })
export class CountyCaseCount {
  @Field(() => Region, { description: 'The county (区县)' })
  county!: Region;

  @Field(() => Int, { description: 'Cases received in the period (of the region measured)' })
  total!: number;

  @Field(() => FenSumScalar, { description: 'Sum of amounts involved, in fen (a 53-bit safe integer)' })
  amountFen!: number;

  @Field(() => Int, { description: 'Of them, resolved by agreement' })
  resolved!: number;

  @Field(() => Int, { description: 'Resolved in the village (小事不出村)' })
  resolvedInVillage!: number;

  @Field(() => Int, { description: 'Resolved in the township (大事不出镇)' })
  resolvedInTownship!: number;
}

@WithParent()
@ObjectType({ description: 'Case counts for a region and period: no names, no text' })
export class CaseStatistics {
  @Field(() => Region, { description: 'The county or township counted' })
  region!: Region;

  @Field(() => DateScalar, { description: 'First day of the period (received on or after)' })
  from!: string;

  @Field(() => DateScalar, { description: 'Last day of the period (received on or before)' })
  to!: string;

  @Field(() => Int, { description: 'Cases received in the period' })
  total!: number;

  @Field(() => FenSumScalar, { description: 'Sum of amounts involved, in fen (a 53-bit safe integer)' })
  amountFen!: number;

  @Field(() => [KeyCount], { description: 'Counts by CaseStatus' })
  byStatus!: KeyCount[];

  @Field(() => [KeyCount], { description: 'Counts by DisputeType' })
  byDisputeType!: KeyCount[];

  @Field(() => [KeyCount], { description: 'Counts by CaseSource' })
  bySource!: KeyCount[];

  @Field(() => [KeyCount], { description: 'Counts by the CaseLevel handling the case' })
  byLevel!: KeyCount[];

  @Field(() => ResolutionLevels, { description: 'Where the agreements were reached' })
  resolution!: ResolutionLevels;
}

@WithParent()
@ObjectType({ description: 'A count under a key, as published to you (see CountCell)' })
export class KeyCountCell {
  @Field({ description: 'The enum value, e.g. IN_MEDIATION or MARRIAGE_FAMILY' })
  key!: string;

  @Field(() => CountCell, { description: 'Cases with it' })
  count!: CountCell;
}

@WithParent()
@ObjectType({ description: 'Cases of one region one level down (a county’s townships, a township’s villages)' })
export class RegionCount {
  @Field(() => Region, { description: 'The region' })
  region!: Region;

  @Field(() => CountCell, { description: 'Cases received there in the period' })
  count!: CountCell;
}

@WithParent()
@ObjectType({ description: 'Where resolved cases were resolved (小事不出村、大事不出镇), as published to you' })
export class ResolutionCounts {
  @Field(() => CountCell, { description: 'Cases received in the period that have been resolved by agreement' })
  resolved!: CountCell;

  @Field(() => CountCell, { description: 'Resolved in the village' })
  village!: CountCell;

  @Field(() => CountCell, { description: 'Resolved in the township' })
  township!: CountCell;

  @Field(() => CountCell, { description: 'Resolved at the county or above' })
  county!: CountCell;

  @Field(() => Float, { nullable: true, description: 'Share resolved in the village, 0–1; null when its count or the resolved count is withheld' })
  villageShare!: number | null;

  @Field(() => Float, { nullable: true, description: 'Share resolved in the township, 0–1; null when withheld' })
  townshipShare!: number | null;

  @Field(() => Float, { nullable: true, description: 'Share resolved at the county or above, 0–1; null when withheld' })
  countyShare!: number | null;
}

@WithParent()
@ObjectType({
  description:
    'Case counts of a region for a fixed month, quarter or year, by status, type, source, level and the regions one level down: exact for the bureau and offices, small-cell suppressed for an ANALYST (a count of 1 or 2 reads "<3", and no total gives it away); no names, no text',
})
export class CaseCounts {
  @Field(() => Region, { description: 'The region counted' })
  region!: Region;

  @Field(() => StatisticsPeriod, { description: 'The period counted (received in it)' })
  period!: StatisticsPeriod;

  @Field(() => CountCell, { description: 'Cases received in the period' })
  total!: CountCell;

  @Field(() => FenSumScalar, { nullable: true, description: 'Sum of amounts involved, in fen; null when the total is withheld' })
  amountFen!: number | null;

  @Field(() => [KeyCountCell], { description: 'Counts by CaseStatus (statuses with no case left out)' })
  byStatus!: KeyCountCell[];

  @Field(() => [KeyCountCell], { description: 'Counts by DisputeType' })
  byDisputeType!: KeyCountCell[];

  @Field(() => [KeyCountCell], { description: 'Counts by CaseSource' })
  bySource!: KeyCountCell[];

  @Field(() => [KeyCountCell], { description: 'Counts by the CaseLevel handling the case' })
  byLevel!: KeyCountCell[];

  @Field(() => [RegionCount], {
    description:
      'Counts by the regions one level down, every one listed (0 included), by division code: a county’s townships, a township’s villages, a city’s counties',
  })
  byRegion!: RegionCount[];

  @Field(() => ResolutionCounts, { description: 'Where the agreements were reached' })
  resolution!: ResolutionCounts;
}
