import { Arg, Args, Ctx, FieldResolver, ID, Int, Mutation, Query, Resolver, Root } from 'type-graphql';
import { Role } from '../../common/access/role.js';
import { Roles } from '../../common/access/rules.js';
import { DateScalar } from '../../common/graphql/scalars.js';
import type { Context } from '../../context.js';
import { RosterFilingList, RosterFilingListArgs } from './dto/filing.inputs.js';
import { FiledAdviser, FilingDiff } from './dto/filing.types.js';
import { RosterFiling } from './roster-filing.entity.js';
import { RosterFilingService } from './roster-filing.service.js';
import { RosterFilingStatus } from './roster-filing-review.entity.js';
import { Region } from '../region/region.entity.js';

@Resolver(() => RosterFiling)
export class RosterFilingResolver {
  @Query(() => RosterFilingList, {
    description: 'Roster filings (名册备案) of your county, or of every county of your city or province, newest first unless sorted',
  })
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

  @Mutation(() => RosterFiling, {
    description:
      '签收: acknowledge a county’s roster filing (the city or province bureau above the county only); a filing already decided is CONFLICT',
  })
  @Roles(Role.BUREAU_ADMIN)
  acknowledgeRosterFiling(@Arg('id', () => ID, { description: 'The filing’s id' }) id: string, @Ctx() ctx: Context): Promise<RosterFiling> {
    return new RosterFilingService(ctx).acknowledge(id);
  }

  @Mutation(() => RosterFiling, {
    description:
      'Return a county’s roster filing with a comment saying what to correct (the city or province bureau above the county only); a filing already decided is CONFLICT',
  })
  @Roles(Role.BUREAU_ADMIN)
  returnRosterFiling(
    @Arg('id', () => ID, { description: 'The filing’s id' }) id: string,
    @Arg('comment', { description: 'What the county should correct (required, at most 500 characters)' }) comment: string,
    @Ctx() ctx: Context,
  ): Promise<RosterFiling> {
    return new RosterFilingService(ctx).returnFiling(id, comment);
  }

  @FieldResolver(() => Region, { description: 'The county that filed it' })
  county(@Root() filing: RosterFiling): Promise<Region> {
    return filing.county.loadOrFail();
  }

  @FieldResolver(() => RosterFilingStatus, { description: 'Where it stands with the city: 待签收, 已签收 or 已退回' })
  status(@Root() filing: RosterFiling, @Ctx() ctx: Context): Promise<RosterFilingStatus> {
    return new RosterFilingService(ctx).status(filing);
  }

  @FieldResolver(() => Date, { nullable: true, description: 'When the city acknowledged or returned it; null while filed' })
  async reviewedAt(@Root() filing: RosterFiling, @Ctx() ctx: Context): Promise<Date | null> {
    return (await new RosterFilingService(ctx).reviewByFiling().load(filing.id))?.reviewedAt ?? null;
  }

  @FieldResolver(() => String, { nullable: true, description: 'Who acknowledged or returned it (the account’s display name); null while filed' })
  async reviewerName(@Root() filing: RosterFiling, @Ctx() ctx: Context): Promise<string | null> {
    return (await new RosterFilingService(ctx).reviewByFiling().load(filing.id))?.reviewer.getEntity().displayName ?? null;
  }

  @FieldResolver(() => String, { nullable: true, description: 'The city’s comment on a returned filing; null otherwise' })
  async reviewComment(@Root() filing: RosterFiling, @Ctx() ctx: Context): Promise<string | null> {
    return (await new RosterFilingService(ctx).reviewByFiling().load(filing.id))?.comment ?? null;
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
