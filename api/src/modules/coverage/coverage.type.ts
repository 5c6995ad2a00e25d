import { Field, Float, Int, ObjectType } from 'type-graphql';
import { WithParent } from '../../common/access/rules.js';
import { DateScalar } from '../../common/graphql/scalars.js';
import { LegalAdviser } from '../adviser/legal-adviser.entity.js';
import { Region } from '../region/region.entity.js';

@WithParent()
@ObjectType({ description: 'An adviser’s load: villages served on the date' })
export class AdviserLoad {
  @Field(() => LegalAdviser, { description: 'The adviser' })
  adviser!: LegalAdviser;

  @Field(() => Int, { description: 'Villages served on the date' })
  villageCount!: number;

  @Field({ description: 'More villages than the load cap setting' })
  overloaded!: boolean;
}

@WithParent()
@ObjectType({ description: 'Coverage of one township' })
export class TownshipCoverage {
  @Field(() => Region, { description: 'The township (乡镇)' })
  township!: Region;

  @Field(() => Int, { description: 'Villages and communities in it' })
  villageCount!: number;

  @Field(() => Int, { description: 'Those with an adviser on the date' })
  coveredCount!: number;

  @Field(() => Float, { description: 'coveredCount / villageCount, 0–1; 0 when there is no village' })
  ratio!: number;
}

@WithParent()
@ObjectType({ description: 'Coverage of one county of the region measured' })
export class CountyCoverage {
  @Field(() => Region, { description: 'The county (区县)' })
  county!: Region;

  @Field(() => Int, { description: 'Villages and communities of the region measured in it' })
  villageCount!: number;

  @Field(() => Int, { description: 'Those with an adviser on the date' })
  coveredCount!: number;

  @Field(() => Int, { description: 'Those without (villageCount − coveredCount)' })
  uncoveredCount!: number;

  @Field(() => Float, { description: 'coveredCount / villageCount, 0–1; 0 when there is no village' })
  ratio!: number;
}

@WithParent()
@ObjectType({ description: '一村居一法律顾问: villages with an adviser on a date, out of all' })
export class Coverage {
  @Field(() => Region, { description: 'The region measured: a township, county, city or province' })
  region!: Region;

  @Field(() => DateScalar, { description: 'The date measured' })
  asOf!: string;

  @Field(() => Int, { description: 'Villages and communities in the region' })
  villageCount!: number;

  @Field(() => Int, { description: 'Those with an adviser on the date' })
  coveredCount!: number;

  @Field(() => Float, { description: 'coveredCount / villageCount, 0 when there is no village' })
  ratio!: number;

  @Field(() => Int, {
    description: 'Villages without an adviser on the date (villageCount − coveredCount): all of them, however many `uncovered` lists',
  })
  uncoveredCount!: number;

  @Field(() => [TownshipCoverage], { description: 'Per township of the region (for a township, itself), by division code' })
  townships!: TownshipCoverage[];

  @Field(() => Int, { description: 'The load cap setting: villages per adviser above which one is overloaded' })
  loadCap!: number;

  // Field resolvers in coverage.resolver.ts, each one statement run only when selected: uncovered(limit),
  // adviserLoads(limit), servingAdviserCount, overloadedAdviserCount, byCounty.
}
