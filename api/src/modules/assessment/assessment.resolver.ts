import { Arg, Ctx, ID, Int, Mutation, Query, Resolver } from 'type-graphql';
import { AssessmentPublicationService } from './assessment-publication.service.js';
import { Role } from '../../common/access/role.js';
import { Roles } from '../../common/access/rules.js';
import type { Context } from '../../context.js';
import { AssessmentIndicator } from './assessment.enums.js';
import { AssessmentService } from './assessment.service.js';
import {
  Assessment,
  AssessmentGradeTable,
  AssessmentIndicatorRecord,
  AssessmentObjectionView,
  AssessmentScheme,
  DecideObjectionInput,
  SaveAssessmentSchemeInput,
} from './dto/assessment.types.js';

@Resolver()
export class AssessmentResolver {
  @Query(() => AssessmentScheme, { description: 'A county’s assessment scheme for a year: the saved one or the built-in one' })
  @Roles(Role.BUREAU_ADMIN, Role.OFFICE_STAFF, Role.ADVISER)
  assessmentScheme(
    @Arg('year', () => Int, { description: 'The year assessed' }) year: number,
    @Arg('countyId', () => ID, { nullable: true, description: 'The county; default your own' }) countyId: string | null,
    @Ctx() ctx: Context,
  ) {
    return new AssessmentService(ctx).scheme(year, countyId);
  }

  @Query(() => Assessment, {
    description:
      'A county’s year-end assessment computed live from the records: the bureau sees every adviser, an office those of its township, an adviser their own',
  })
  @Roles(Role.BUREAU_ADMIN, Role.OFFICE_STAFF, Role.ADVISER)
  assessment(
    @Arg('year', () => Int, { description: 'The year assessed' }) year: number,
    @Arg('countyId', () => ID, { nullable: true, description: 'The county; default your own' }) countyId: string | null,
    @Ctx() ctx: Context,
  ) {
    return new AssessmentService(ctx).assessment(year, countyId);
  }

  @Query(() => AssessmentGradeTable, {
    description:
      'Grade counts by township for a year (the published snapshot once published): the analyst’s only view of the assessment, small cells suppressed; the bureau and an office (its township) see exact counts',
  })
  @Roles(Role.BUREAU_ADMIN, Role.OFFICE_STAFF, Role.ANALYST)
  assessmentGradeCounts(
    @Arg('year', () => Int, { description: 'The year assessed' }) year: number,
    @Arg('countyId', () => ID, { nullable: true, description: 'The county; default your own' }) countyId: string | null,
    @Ctx() ctx: Context,
  ) {
    return new AssessmentService(ctx).gradeTable(year, countyId);
  }

  @Query(() => [AssessmentIndicatorRecord], {
    description:
      'The records behind one indicator of an adviser’s year (and the slots that were due with none), so an adviser can see why. ' +
      'They are the records as they are now: a published year’s figures are frozen, so records edited since may no longer add up to them. ' +
      'The bureau reaches its county’s advisers, an office those of its township, an adviser their own; NOT_FOUND otherwise',
  })
  @Roles(Role.BUREAU_ADMIN, Role.OFFICE_STAFF, Role.ADVISER)
  assessmentIndicatorRecords(
    @Arg('year', () => Int, { description: 'The year assessed' }) year: number,
    @Arg('adviserId', () => ID, { description: 'The adviser' }) adviserId: string,
    @Arg('indicator', () => AssessmentIndicator, { description: 'The indicator' }) indicator: AssessmentIndicator,
    @Arg('countyId', () => ID, { nullable: true, description: 'The county; default your own' }) countyId: string | null,
    @Ctx() ctx: Context,
  ) {
    return new AssessmentService(ctx).indicatorRecords(year, adviserId, indicator, countyId);
  }

  @Mutation(() => AssessmentScheme, { description: 'Save a county’s assessment scheme for a year (bureau); weights must sum to 100' })
  @Roles(Role.BUREAU_ADMIN)
  saveAssessmentScheme(
    @Arg('input', () => SaveAssessmentSchemeInput, { description: 'The whole scheme' }) input: SaveAssessmentSchemeInput,
    @Ctx() ctx: Context,
  ) {
    return new AssessmentService(ctx).save(input);
  }

  @Mutation(() => Assessment, {
    description: 'Publish (公示) a county’s year: every result frozen as computed now; only after the year ends unless closed early with a reason',
  })
  @Roles(Role.BUREAU_ADMIN)
  publishAssessment(
    @Arg('year', () => Int, { description: 'The year assessed' }) year: number,
    @Arg('countyId', () => ID, { nullable: true, description: 'The county; default your own' }) countyId: string | null,
    @Arg('closeEarlyReason', () => String, { nullable: true, description: 'Required before the year has ended: why it is closed early' })
    closeEarlyReason: string | null,
    @Ctx() ctx: Context,
  ) {
    return new AssessmentPublicationService(ctx).publish(year, countyId, closeEarlyReason);
  }

  @Mutation(() => AssessmentObjectionView, { description: 'Object (异议) to your own published result, once, within the objection window' })
  @Roles(Role.ADVISER)
  raiseAssessmentObjection(
    @Arg('resultId', () => ID, { description: 'Your result (AssessmentResult.id)' }) resultId: string,
    @Arg('reason', { description: 'Why you object' }) reason: string,
    @Ctx() ctx: Context,
  ) {
    return new AssessmentPublicationService(ctx).raiseObjection(resultId, reason);
  }

  @Mutation(() => AssessmentObjectionView, { description: 'Uphold or reject an objection with a reason; upholding re-grades that adviser only' })
  @Roles(Role.BUREAU_ADMIN)
  decideAssessmentObjection(
    @Arg('id', () => ID, { description: 'The objection' }) id: string,
    @Arg('input', () => DecideObjectionInput, { description: 'The decision' }) input: DecideObjectionInput,
    @Ctx() ctx: Context,
  ) {
    return new AssessmentPublicationService(ctx).decideObjection(id, input);
  }
}
