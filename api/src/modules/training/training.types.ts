import { Field, Float, ID, Int, ObjectType } from 'type-graphql';
import { WithParent } from '../../common/access/rules.js';
import { LegalAdviser } from '../adviser/legal-adviser.entity.js';
import type { Region } from '../region/region.entity.js';
import { Village } from '../village/village.type.js';
import { Training } from './training.entity.js';
import { QuarterStatus } from './training.enums.js';

@ObjectType({ description: 'A village in one quarter' })
export class TrainingQuarterCell {
  @Field(() => Int)
  @WithParent()
  quarter!: number;

  @Field(() => QuarterStatus)
  @WithParent()
  status!: QuarterStatus;

  @Field(() => Int, { description: 'Trainings held that quarter' })
  @WithParent()
  trainingCount!: number;
}

@ObjectType({ description: 'One row of the compliance grid: a village and its four quarters' })
export class TrainingComplianceRow {
  /** The village's Region row; its `adviser` is resolved in batch by the resolver. */
  @Field(() => Village)
  @WithParent()
  village!: Region;

  @Field(() => ID)
  @WithParent()
  townshipId!: string;

  @Field(() => [TrainingQuarterCell])
  @WithParent()
  quarters!: TrainingQuarterCell[];

  @Field(() => Int)
  @WithParent()
  doneCount!: number;

  @Field(() => Int)
  @WithParent()
  missingCount!: number;
}

@ObjectType()
export class TrainingQuarterTotal {
  @Field(() => Int)
  @WithParent()
  quarter!: number;

  @Field(() => Int, { description: 'Villages with a training that quarter' })
  @WithParent()
  done!: number;

  @Field(() => Int, { description: 'Villages without one in a quarter that has ended' })
  @WithParent()
  missing!: number;
}

@ObjectType({ description: 'Quarterly village trainings (每季度一次) of a region for a year, village × quarter' })
export class TrainingCompliance {
  @Field(() => Int)
  @WithParent()
  year!: number;

  @Field(() => ID)
  @WithParent()
  regionId!: string;

  @Field()
  @WithParent()
  regionName!: string;

  @Field(() => Int, { description: 'Quarters of the year that have ended (0–4)' })
  @WithParent()
  quartersEnded!: number;

  @Field(() => Int)
  @WithParent()
  villageCount!: number;

  @Field(() => Int, { description: 'Village-quarters required so far: villages × quarters ended' })
  @WithParent()
  required!: number;

  @Field(() => Int, { description: 'Required village-quarters with a training' })
  @WithParent()
  done!: number;

  @Field(() => Int)
  @WithParent()
  missing!: number;

  @Field(() => Float, { description: 'done / required, 1 when nothing is required yet' })
  @WithParent()
  ratio!: number;

  @Field(() => [TrainingQuarterTotal])
  @WithParent()
  quarterTotals!: TrainingQuarterTotal[];

  @Field(() => [TrainingComplianceRow])
  @WithParent()
  rows!: TrainingComplianceRow[];
}

@ObjectType({ description: 'An adviser and the annual trainings of a year they attended' })
export class AdviserTrainingAttendance {
  @Field(() => LegalAdviser)
  @WithParent()
  adviser!: LegalAdviser;

  @Field({ description: 'Attended at least one annual training that year' })
  @WithParent()
  attended!: boolean;

  @Field(() => [Training])
  @WithParent()
  trainings!: Training[];
}
