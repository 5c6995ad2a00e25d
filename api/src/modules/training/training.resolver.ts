import type { GraphQLResolveInfo } from 'graphql';
import { Arg, Args, Ctx, FieldResolver, ID, Info, Int, Mutation, Query, Resolver, Root } from 'type-graphql';
import { selectsOnly, type Shape } from '../../common/graphql/selection.js';
import { Role } from '../../common/access/role.js';
import { Roles, WithParent } from '../../common/access/rules.js';
import type { Context } from '../../context.js';
import { LegalAdviser } from '../adviser/legal-adviser.entity.js';
import { Village } from '../village/village.type.js';
import { VillageService } from '../village/village.service.js';
import { RecordAnnualTrainingInput, RecordVillageTrainingInput, TrainingList, TrainingListArgs } from './dto/training.inputs.js';
import { Training } from './training.entity.js';
import { COMPLIANCE_ROW_LIMIT, TrainingService } from './training.service.js';
import { AdviserTrainingAttendance, CountyTrainingCompliance, TrainingCompliance, TrainingComplianceRow } from './training.types.js';
import { inTurns } from '../../common/tasks/slices.js';
import { OwnerType } from '../attachment/attachment.entity.js';
import { AttachmentService } from '../attachment/attachment.service.js';
import { EvidencePhoto } from '../attachment/evidence-photo.type.js';

@Resolver(() => Training)
export class TrainingResolver {
  @Query(() => TrainingList, {
    description: 'Trainings in your jurisdiction: village trainings there and your county’s annual trainings (an adviser: those they gave)',
  })
  @Roles(Role.BUREAU_ADMIN, Role.OFFICE_STAFF, Role.ADVISER)
  trainings(@Args(() => TrainingListArgs) { options }: TrainingListArgs, @Ctx() ctx: Context): Promise<TrainingList> {
    return new TrainingService(ctx).list(options);
  }

  @Query(() => Training, { nullable: true, description: 'One training; null when it does not exist or you may not see it' })
  @Roles(Role.BUREAU_ADMIN, Role.OFFICE_STAFF, Role.ADVISER)
  training(@Arg('id', () => ID, { description: 'The training’s id' }) id: string, @Ctx() ctx: Context): Promise<Training | null> {
    return new TrainingService(ctx).byId(id);
  }

  @Mutation(() => Training, { description: 'An adviser records a quarterly training in a village they served that day; at least one photo' })
  @Roles(Role.ADVISER)
  recordVillageTraining(@Arg('input', { description: 'The training' }) input: RecordVillageTrainingInput, @Ctx() ctx: Context): Promise<Training> {
    return new TrainingService(ctx).recordVillage(input);
  }

  @Mutation(() => Training, { description: 'The bureau records its annual training of advisers, with who attended' })
  @Roles(Role.BUREAU_ADMIN)
  recordAnnualTraining(@Arg('input', { description: 'The training' }) input: RecordAnnualTrainingInput, @Ctx() ctx: Context): Promise<Training> {
    return new TrainingService(ctx).recordAnnual(input);
  }

  @Mutation(() => Training, { description: 'Replace the advisers who attended an annual training' })
  @Roles(Role.BUREAU_ADMIN)
  setTrainingAttendance(
    @Arg('trainingId', () => ID, { description: 'An annual training' }) trainingId: string,
    @Arg('adviserIds', () => [ID], { description: 'Every adviser who attended; replaces the list' }) adviserIds: string[],
    @Ctx() ctx: Context,
  ): Promise<Training> {
    return new TrainingService(ctx).setAttendance(trainingId, adviserIds);
  }

  @Query(() => TrainingCompliance, { description: 'Quarterly village trainings, village × quarter, of a region (default: yours) for a year' })
  @Roles(Role.BUREAU_ADMIN, Role.OFFICE_STAFF)
  trainingCompliance(
    @Arg('year', () => Int, { description: 'The year, e.g. 2026' }) year: number,
    @Arg('regionId', () => ID, { nullable: true, description: 'A county or township in your jurisdiction; default your own' }) regionId:
      | string
      | null,
    @Arg('rowLimit', () => Int, {
      defaultValue: COMPLIANCE_ROW_LIMIT,
      description: `Villages listed in rows, first by division code, 1 to ${COMPLIANCE_ROW_LIMIT}; the totals (villageCount, done, missing, quarterTotals) count every village`,
    })
    rowLimit: number,
    @Ctx() ctx: Context,
  ): Promise<TrainingCompliance> {
    return new TrainingService(ctx).compliance(regionId, year, rowLimit);
  }

  @Query(() => [AdviserTrainingAttendance], { description: 'Each adviser of your jurisdiction and the annual trainings of the year they attended' })
  @Roles(Role.BUREAU_ADMIN, Role.OFFICE_STAFF)
  annualTrainingAttendance(
    @Arg('year', () => Int, { description: 'The year, e.g. 2026' }) year: number,
    @Ctx() ctx: Context,
  ): Promise<AdviserTrainingAttendance[]> {
    return new TrainingService(ctx).annualAttendance(year);
  }

  @FieldResolver(() => Village, {
    nullable: true,
    description: 'The village of a village training, when it lies in your jurisdiction (its name is in villageName)',
  })
  village(@Root() training: Training, @Ctx() ctx: Context): Promise<Village | null> | null {
    return training.village ? (new VillageService(ctx).inScopeById().load(training.village.id) as Promise<Village | null>) : null;
  }

  @FieldResolver(() => String, { nullable: true, description: 'The name of the village of a village training, wherever it lies' })
  async villageName(@Root() training: Training): Promise<string | null> {
    return training.village ? (await training.village.load())!.name : null;
  }

  @FieldResolver(() => LegalAdviser, { nullable: true, description: 'The adviser who gave a village training' })
  adviser(@Root() training: Training): Promise<LegalAdviser | null> | null {
    return training.adviser ? (training.adviser.load() as Promise<LegalAdviser>) : null;
  }

  @FieldResolver(() => Int, { description: 'All attendees of a village training' })
  attendeeTotal(@Root() t: Training): number {
    return t.cadres + t.gridWorkers + t.mediators + t.legalUnderstanding + t.others;
  }

  @FieldResolver(() => [LegalAdviser], { description: 'Advisers who attended (the annual training)' })
  attendingAdvisers(@Root() training: Training, @Ctx() ctx: Context): Promise<LegalAdviser[]> {
    return new TrainingService(ctx).attendeesByTraining().load(training.id);
  }

  @FieldResolver(() => [EvidencePhoto], { description: 'Evidence photos (图片佐证)' })
  photos(@Root() training: Training, @Ctx() ctx: Context): Promise<EvidencePhoto[]> {
    return new AttachmentService(ctx).photosOf(OwnerType.TRAINING).load(training.id);
  }
}

/** What a compliance row shows that primeGrid loads for all rows at once; the rest of a row is plain data. */
const GRID_ROW: Shape = {
  townshipId: true,
  doneCount: true,
  missingCount: true,
  quarters: true,
  village: {
    id: true,
    name: true,
    code: true,
    kind: true,
    demo: true,
    township: { id: true, name: true, code: true, level: true },
    currentAdviser: { id: true, name: true },
  },
};

@Resolver(() => TrainingCompliance)
export class TrainingComplianceResolver {
  @FieldResolver(() => [CountyTrainingCompliance], {
    description: 'Per county of the region, by division code: a city’s or province’s roll-up (for a county or township, its one county)',
  })
  @WithParent()
  byCounty(@Root() compliance: TrainingCompliance, @Ctx() ctx: Context): Promise<CountyTrainingCompliance[]> {
    return new TrainingService(ctx).complianceByCounty(compliance);
  }

  @FieldResolver(() => [TrainingComplianceRow], {
    description: 'One per village, first by division code, at most rowLimit (villageCount counts them all)',
  })
  @WithParent()
  async rows(
    @Root() compliance: TrainingCompliance,
    @Ctx() ctx: Context,
    @Info() info: GraphQLResolveInfo,
  ): Promise<Array<TrainingComplianceRow | Promise<TrainingComplianceRow>>> {
    // A thousand rows completed at once held the event loop for ~80 ms: what the grid shows is loaded for all of them
    // first, then they are completed in slices, each in a turn of its own. Anything else selected under a row would
    // load per slice, so such a selection is completed in one go as before.
    if (!selectsOnly(info, GRID_ROW)) return compliance.rows;
    await new TrainingService(ctx).primeGrid(compliance.rows);
    return inTurns(compliance.rows);
  }
}
