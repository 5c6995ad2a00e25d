import { Arg, Ctx, ID, Query, Resolver } from 'type-graphql';
import { Role } from '../../common/access/role.js';
import { Roles } from '../../common/access/rules.js';
import { DateScalar } from '../../common/graphql/scalars.js';
import type { Context } from '../../context.js';
import { Coverage } from './coverage.type.js';
import { CoverageService } from './coverage.service.js';

@Resolver()
export class CoverageResolver {
  @Query(() => Coverage, { description: 'Coverage of a county or township (default: your own) on a date (default: today)' })
  @Roles(Role.BUREAU_ADMIN, Role.OFFICE_STAFF, Role.ANALYST)
  coverage(
    @Arg('regionId', () => ID, { nullable: true, description: 'A county or township in your jurisdiction; default your own' }) regionId: string | null,
    @Arg('asOf', () => DateScalar, { nullable: true, description: 'The date (YYYY-MM-DD); default today' }) asOf: string | null,
    @Ctx() ctx: Context,
  ): Promise<Coverage> {
    return new CoverageService(ctx).coverage(regionId, asOf);
  }
}
