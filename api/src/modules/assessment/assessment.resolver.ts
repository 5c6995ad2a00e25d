import { Arg, Ctx, ID, Int, Mutation, Query, Resolver } from 'type-graphql';
import { Role } from '../../common/access/role.js';
import { Roles } from '../../common/access/rules.js';
import type { Context } from '../../context.js';
import { AssessmentService } from './assessment.service.js';
import { Assessment, AssessmentScheme, SaveAssessmentSchemeInput } from './dto/assessment.types.js';

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
    return new AssessmentService(ctx).draft(year, countyId);
  }

  @Mutation(() => AssessmentScheme, { description: 'Save a county’s assessment scheme for a year (bureau); weights must sum to 100' })
  @Roles(Role.BUREAU_ADMIN)
  saveAssessmentScheme(
    @Arg('input', () => SaveAssessmentSchemeInput, { description: 'The whole scheme' }) input: SaveAssessmentSchemeInput,
    @Ctx() ctx: Context,
  ) {
    return new AssessmentService(ctx).save(input);
  }
}
