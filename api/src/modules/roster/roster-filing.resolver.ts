import { Arg, Args, Ctx, FieldResolver, ID, Int, Mutation, Query, Resolver, Root } from 'type-graphql';
import { Role } from '../../common/access/role.js';
import { Roles } from '../../common/access/rules.js';
import { DateScalar } from '../../common/graphql/scalars.js';
import type { Context } from '../../context.js';
import { RosterFilingList, RosterFilingListArgs } from './dto/filing.inputs.js';
import { FiledAdviser, FilingDiff } from './dto/filing.types.js';
import { RosterFiling } from './roster-filing.entity.js';
import { RosterFilingService } from './roster-filing.service.js';

@Resolver(() => RosterFiling)
export class RosterFilingResolver {
  @Query(() => RosterFilingList, { description: 'Roster filings (名册备案) of your county, newest first unless sorted' })
  @Roles(Role.BUREAU_ADMIN)
  rosterFilings(@Args(() => RosterFilingListArgs) { options }: RosterFilingListArgs, @Ctx() ctx: Context): Promise<RosterFilingList> {
    return new RosterFilingService(ctx).list(options);
  }

  @Query(() => RosterFiling, { nullable: true, description: 'One filing; null when it does not exist or is not of your county' })
  @Roles(Role.BUREAU_ADMIN)
  rosterFiling(@Arg('id', () => ID, { description: 'The filing’s id' }) id: string, @Ctx() ctx: Context): Promise<RosterFiling | null> {
    return new RosterFilingService(ctx).byId(id);
  }

  @Mutation(() => RosterFiling, {
    description:
      'File the roster as of a date (名册备案): an immutable, numbered snapshot of the active advisers with the difference from the last filing. Download it as XLSX from GET /api/roster-filings/<id>.xlsx',
  })
  @Roles(Role.BUREAU_ADMIN)
  fileRoster(
    @Arg('asOf', () => DateScalar, { description: 'The date the roster is filed as of (YYYY-MM-DD)' }) asOf: string,
    @Ctx() ctx: Context,
  ): Promise<RosterFiling> {
    return new RosterFilingService(ctx).file(asOf);
  }

  @FieldResolver(() => [FiledAdviser], { description: 'The active advisers on the filing’s date, by name' })
  entries(@Root() filing: RosterFiling): FiledAdviser[] {
    return filing.snapshot as FiledAdviser[];
  }

  @FieldResolver(() => Int, { description: 'Active advisers in the filing' })
  entryCount(@Root() filing: RosterFiling): number {
    return filing.snapshot.length;
  }

  @FieldResolver(() => FilingDiff, { description: 'What changed since the previous filing' })
  diff(@Root() filing: RosterFiling): FilingDiff {
    return filing.diff as FilingDiff;
  }

  @FieldResolver(() => String, { description: 'Who filed it' })
  async filedByName(@Root() filing: RosterFiling): Promise<string> {
    return (await filing.filedBy.loadOrFail()).displayName;
  }
}
