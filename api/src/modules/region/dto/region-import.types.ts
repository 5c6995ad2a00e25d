import { Field, ID, Int, ObjectType } from 'type-graphql';
import { WithParent } from '../../../common/access/rules.js';
import { DateScalar } from '../../../common/graphql/scalars.js';
import { RegionImportProblemCode } from '../region-import.parse.js';
import { RegionLevel } from '../region.enums.js';

@WithParent()
@ObjectType({ description: 'A bad row of a region table (or a problem with the whole file): the row to fix, and why' })
export class RegionImportProblem {
  @Field(() => Int, { nullable: true, description: 'Worksheet or CSV line number (the header row counts); null for the whole file' })
  row!: number | null;

  @Field(() => String, { nullable: true, description: 'The column, e.g. 统计用区划代码; null for the whole file' })
  column!: string | null;

  @Field(() => RegionImportProblemCode, { description: 'What kind of problem' })
  code!: RegionImportProblemCode;

  @Field({ description: 'What to fix, in English' })
  message!: string;

  @Field(() => String, { nullable: true, description: 'The cell as read' })
  value!: string | null;
}

@WithParent()
@ObjectType({ description: 'One change an import makes (or would make) to one region' })
export class RegionImportChange {
  @Field(() => Int, { nullable: true, description: 'The row of the file; null for a village retired because the file leaves it out' })
  row!: number | null;

  @Field(() => ID, { nullable: true, description: 'The region on record; null for one the import creates' })
  regionId!: string | null;

  @Field({ description: 'Its code in the file (a retired village’s: its code on record)' })
  code!: string;

  @Field({ description: 'Its name in the file (a retired village’s: its name on record)' })
  name!: string;

  @Field(() => RegionLevel, { description: 'Its level, read from the code' })
  level!: RegionLevel;

  @Field(() => String, { nullable: true, description: 'Before: the old name, old code or old class code; null otherwise' })
  oldValue!: string | null;

  @Field(() => String, {
    nullable: true,
    description: 'After: the new name, the new code, the new class code (also of a region created), or the code merged into; null otherwise',
  })
  newValue!: string | null;
}

@WithParent()
@ObjectType({ description: 'How many regions an import creates, renames, moves, retires, reclassifies and leaves alone' })
export class RegionImportCounts {
  @Field(() => Int, { description: 'Regions created (新设)' })
  createdCount!: number;

  @Field(() => Int, { description: 'Regions renamed (更名)' })
  renamedCount!: number;

  @Field(() => Int, { description: 'Villages moved to another township (调整隶属)' })
  movedCount!: number;

  @Field(() => Int, { description: 'Villages retired (撤并)' })
  retiredCount!: number;

  @Field(() => Int, { description: 'Regions whose urban-rural class code changes' })
  reclassifiedCount!: number;

  @Field(() => Int, { description: 'Rows that change nothing' })
  unchangedCount!: number;
}

@WithParent()
@ObjectType({ description: 'What importing a region table would do, and every bad row that stops it; nothing is written' })
export class RegionImportPreview extends RegionImportCounts {
  @Field(() => ID, { description: 'The file checked; pass it to applyRegionImport' })
  attachmentId!: string;

  @Field(() => Int, { description: 'Rows of regions in the file (blank rows skipped)' })
  rowCount!: number;

  @Field({ description: 'True when no row is bad: applyRegionImport will make exactly these changes' })
  canImport!: boolean;

  @Field(() => [RegionImportProblem], { description: 'Every bad row, in row order' })
  problems!: RegionImportProblem[];

  @Field(() => [RegionImportChange], { description: 'Regions to create' })
  created!: RegionImportChange[];

  @Field(() => [RegionImportChange], { description: 'Regions to rename: oldValue and newValue are the names' })
  renamed!: RegionImportChange[];

  @Field(() => [RegionImportChange], { description: 'Villages to move: oldValue and newValue are the codes; the region keeps its id and history' })
  moved!: RegionImportChange[];

  @Field(() => [RegionImportChange], { description: 'Villages to retire: left out of the file within a township it covers, or merged (newValue)' })
  retired!: RegionImportChange[];

  @Field(() => [RegionImportChange], { description: 'Regions whose urban-rural class code changes: oldValue and newValue are the codes' })
  reclassified!: RegionImportChange[];

  @Field(() => [RegionImportChange], { description: 'Rows that change nothing' })
  unchanged!: RegionImportChange[];
}

@WithParent()
@ObjectType({ description: 'What an applied import changed' })
export class RegionImportResult extends RegionImportCounts {
  @Field(() => DateScalar, { description: 'The day the changes took effect' })
  effectiveOn!: string;

  @Field(() => Int, { description: 'Pairings of retired villages ended (each with a roster event)' })
  endedPairingCount!: number;
}
