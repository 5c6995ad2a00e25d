import { Field, Float, ID, Int, ObjectType } from 'type-graphql';
import { WithParent } from '../../common/access/rules.js';
import { LegalAdviser } from '../adviser/legal-adviser.entity.js';
import { Region } from '../region/region.entity.js';
import { Village } from '../village/village.type.js';
import { Training } from './training.entity.js';
import { QuarterStatus } from './training.enums.js';

@WithParent()
@ObjectType({ description: 'A village in one quarter' })
export class TrainingQuarterCell {
  @Field(() => Int, { description: '1–4' })
  quarter!: number;

  @Field(() => QuarterStatus, { description: 'Done, missing, due or upcoming' })
  status!: QuarterStatus;

  @Field(() => Int, { description: 'Trainings held that quarter' })
  trainingCount!: number;
}

@WithParent()
@ObjectType({ description: 'One row of the compliance grid: a village and its four quarters' })
export class TrainingComplianceRow {
  /** The village's Region row; its `adviser` is resolved in batch by the resolver. */
  @Field(() => Village, { description: 'The village' })
  village!: Region;

  @Field(() => ID, { description: 'Its township' })
  townshipId!: string;

  @Field(() => [TrainingQuarterCell], { description: 'Its four quarters, 1 to 4' })
  quarters!: TrainingQuarterCell[];

  @Field(() => Int, { description: 'Quarters with a training' })
  doneCount!: number;

  @Field(() => Int, { description: 'Ended quarters without one' })
  missingCount!: number;
}

@WithParent()
@ObjectType({ description: 'Village counts for one quarter of the compliance grid' })
export class TrainingQuarterTotal {
  @Field(() => Int, { description: '1–4' })
  quarter!: number;

  @Field(() => Int, { description: 'Villages with a training that quarter' })
  done!: number;

  @Field(() => Int, { description: 'Villages without one in a quarter that has ended' })
  missing!: number;
}

@WithParent()
@ObjectType({ description: 'Quarterly village trainings of one county of the region measured, for the year so far' })
export class CountyTrainingCompliance {
  @Field(() => Region, { description: 'The county (区县)' })
  county!: Region;

  @Field(() => Int, { description: 'Villages and communities of the region measured in it' })
  villageCount!: number;

  @Field(() => Int, { description: 'Village-quarters required so far: villages × quarters ended' })
  required!: number;

  @Field(() => Int, { description: 'Required village-quarters with a training' })
  done!: number;

  @Field(() => Int, { description: 'Required village-quarters without a training' })
  missing!: number;

  @Field(() => Float, { description: 'done / required, 1 when nothing is required yet' })
  ratio!: number;
}

@WithParent()
@ObjectType({ description: 'Quarterly village trainings (每季度一次) of a region for a year, village × quarter' })
export class TrainingCompliance {
  @Field(() => Int, { description: 'The year' })
  year!: number;

  @Field(() => ID, { description: 'The county or township' })
  regionId!: string;

  /** The region measured, for the field resolvers (byCounty). */
  region!: Region;

  @Field({ description: 'Its name' })
  regionName!: string;

  @Field(() => Int, { description: 'Quarters of the year that have ended (0–4)' })
  quartersEnded!: number;

  @Field(() => Int, { description: 'Villages and communities in it' })
  villageCount!: number;

  @Field(() => Int, { description: 'Village-quarters required so far: villages × quarters ended' })
  required!: number;

  @Field(() => Int, { description: 'Required village-quarters with a training' })
  done!: number;

  @Field(() => Int, { description: 'Required village-quarters without a training' })
  missing!: number;

  @Field(() => Float, { description: 'done / required, 1 when nothing is required yet' })
  ratio!: number;

  @Field(() => [TrainingQuarterTotal], { description: 'Per quarter, 1 to 4' })
  quarterTotals!: TrainingQuarterTotal[];

  @Field(() => [TrainingComplianceRow], { description: 'One per village, first by division code, at most rowLimit (villageCount counts them all)' })
  rows!: TrainingComplianceRow[];
}

@WithParent()
@ObjectType({ description: 'An adviser and the annual trainings of a year they attended' })
export class AdviserTrainingAttendance {
  @Field(() => LegalAdviser, { description: 'The adviser' })
  adviser!: LegalAdviser;

  @Field({ description: 'Attended at least one annual training that year' })
  attended!: boolean;

  @Field(() => [Training], { description: 'The annual trainings of the year they attended' })
  trainings!: Training[];
}
