import type { GraphQLResolveInfo } from 'graphql';
import { Arg, Args, Ctx, FieldResolver, ID, Info, Int, Mutation, Query, Resolver, Root } from 'type-graphql';
import { preloaded, type Row } from '../../common/graphql/list-engine.js';
import { Role } from '../../common/access/role.js';
import { Roles } from '../../common/access/rules.js';
import { DateScalar } from '../../common/graphql/scalars.js';
import type { Context } from '../../context.js';
import { AttachmentService } from '../attachment/attachment.service.js';
import { Pairing } from '../pairing/pairing.entity.js';
import { Provider } from '../provider/provider.entity.js';
import { readSettingsCached } from '../setting/setting.service.js';
import { Village } from '../village/village.type.js';
import { AdviserService } from './adviser.service.js';
import { CreateLegalAdviserInput, LegalAdviserList, LegalAdviserListArgs, RosterChangeInput, UpdateLegalAdviserInput } from './dto/adviser.inputs.js';
import { RosterEntry } from './dto/roster-entry.type.js';
import { LegalAdviser } from './legal-adviser.entity.js';
import { RosterEvent } from './roster-event.entity.js';

@Resolver(() => LegalAdviser)
export class AdviserResolver {
  @Query(() => LegalAdviserList, { description: 'The bureau: its roster; an office: advisers serving its township; an adviser: themselves' })
  @Roles(Role.BUREAU_ADMIN, Role.OFFICE_STAFF, Role.ADVISER)
  legalAdvisers(
    @Args(() => LegalAdviserListArgs) { options }: LegalAdviserListArgs,
    @Ctx() ctx: Context,
    @Info() info: GraphQLResolveInfo,
  ): Promise<LegalAdviserList> {
    return new AdviserService(ctx).list(options, info);
  }

  @Query(() => LegalAdviser, { nullable: true, description: 'One adviser; null when it does not exist or is outside your jurisdiction' })
  @Roles(Role.BUREAU_ADMIN, Role.OFFICE_STAFF, Role.ADVISER)
  legalAdviser(@Arg('id', () => ID, { description: 'The adviser’s id' }) id: string, @Ctx() ctx: Context): Promise<LegalAdviser | null> {
    return new AdviserService(ctx).byId(id);
  }

  @Query(() => [RosterEntry], { description: 'The roster as it stood on a past date (名册), from its change history' })
  @Roles(Role.BUREAU_ADMIN)
  async rosterOn(
    @Arg('date', () => DateScalar, { description: 'The day (YYYY-MM-DD); the roster at the end of that day' }) date: string,
    @Ctx() ctx: Context,
  ): Promise<RosterEntry[]> {
    const states = await new AdviserService(ctx).rosterOn(date);
    return states.map((s) => ({
      adviserId: s.adviserId,
      status: s.status,
      joinedOn: s.joinedOn,
      ...s.details,
      providerId: s.details.providerId || null,
    })) as RosterEntry[];
  }

  @Mutation(() => LegalAdviser, { description: 'Add an adviser to the roster (a JOINED event)' })
  @Roles(Role.BUREAU_ADMIN)
  createLegalAdviser(
    @Arg('input', { description: 'The adviser’s details' }) input: CreateLegalAdviserInput,
    @Ctx() ctx: Context,
  ): Promise<LegalAdviser> {
    return new AdviserService(ctx).create(input);
  }

  @Mutation(() => LegalAdviser, { description: 'Change an adviser’s details (a CHANGED event); a stale version is CONFLICT' })
  @Roles(Role.BUREAU_ADMIN)
  updateLegalAdviser(
    @Arg('id', () => ID, { description: 'The adviser' }) id: string,
    @Arg('input', { description: 'Only the fields given change' }) input: UpdateLegalAdviserInput,
    @Ctx() ctx: Context,
  ) {
    return new AdviserService(ctx).update(id, input);
  }

  @Mutation(() => LegalAdviser, {
    description: 'Suspend an ACTIVE adviser (a SUSPENDED event): their tokens stop working and their open cases wait for reassignment',
  })
  @Roles(Role.BUREAU_ADMIN)
  suspendLegalAdviser(
    @Arg('id', () => ID, { description: 'The adviser' }) id: string,
    @Arg('input', { description: 'When and why' }) input: RosterChangeInput,
    @Ctx() ctx: Context,
  ) {
    return new AdviserService(ctx).suspend(id, input);
  }

  @Mutation(() => LegalAdviser, { description: 'Reinstate a SUSPENDED adviser (a REINSTATED event)' })
  @Roles(Role.BUREAU_ADMIN)
  reinstateLegalAdviser(
    @Arg('id', () => ID, { description: 'The adviser' }) id: string,
    @Arg('input', { description: 'When and why' }) input: RosterChangeInput,
    @Ctx() ctx: Context,
  ) {
    return new AdviserService(ctx).reinstate(id, input);
  }

  @Mutation(() => LegalAdviser, { description: 'Remove an adviser from the roster; their pairings end the day before' })
  @Roles(Role.BUREAU_ADMIN)
  removeLegalAdviser(
    @Arg('id', () => ID, { description: 'The adviser' }) id: string,
    @Arg('input', { description: 'When and why' }) input: RosterChangeInput,
    @Ctx() ctx: Context,
  ) {
    return new AdviserService(ctx).remove(id, input);
  }

  @Mutation(() => LegalAdviser, { description: 'Set the adviser’s photo from an image uploaded to POST /api/uploads' })
  @Roles(Role.BUREAU_ADMIN)
  setLegalAdviserPhoto(
    @Arg('adviserId', () => ID, { description: 'The adviser' }) adviserId: string,
    @Arg('attachmentId', () => ID, { description: 'The uploaded image (PNG or JPEG)' }) attachmentId: string,
    @Ctx() ctx: Context,
  ): Promise<LegalAdviser> {
    return new AttachmentService(ctx).setAdviserPhoto(adviserId, attachmentId);
  }

  @FieldResolver(() => String, { nullable: true, description: 'A link to the photo (/files/…), signed for 10 minutes; null without a photo' })
  photoUrl(@Root() adviser: Row<LegalAdviser>, @Ctx() ctx: Context): string | null {
    return new AttachmentService(ctx).photoUrl(adviser);
  }

  @FieldResolver(() => Provider, { nullable: true, description: 'The law firm or office the adviser works for (所属机构); null when none' })
  async provider(@Root() adviser: Row<LegalAdviser>): Promise<Provider | null> {
    const read = preloaded<Provider | null>(adviser, 'provider');
    if (read !== undefined) return read;
    return adviser.provider ? ((await adviser.provider.load()) ?? null) : null;
  }

  @FieldResolver(() => [Pairing], { description: 'Pairings in force today, of villages in your jurisdiction (villageCount counts them all)' })
  async currentPairings(@Root() adviser: LegalAdviser, @Ctx() ctx: Context): Promise<Pairing[]> {
    return (await new AdviserService(ctx).currentPairingsInScope(adviser.id)).map((x) => x.pairing);
  }

  @FieldResolver(() => [Village], { description: 'Villages the adviser serves today that lie in your jurisdiction (villageCount counts them all)' })
  async villages(@Root() adviser: LegalAdviser, @Ctx() ctx: Context): Promise<Village[]> {
    return (await new AdviserService(ctx).currentPairingsInScope(adviser.id)).map((x) => x.village) as unknown as Village[];
  }

  @FieldResolver(() => Int, { description: 'Number of villages served today' })
  villageCount(@Root() adviser: Row<LegalAdviser>, @Ctx() ctx: Context): Promise<number> {
    return new AdviserService(ctx).villageCountOf(adviser);
  }

  @FieldResolver(() => Boolean, { description: 'Serves more villages than the load cap setting (flagged, not blocked)' })
  async overloaded(@Root() adviser: Row<LegalAdviser>, @Ctx() ctx: Context): Promise<boolean> {
    const [villages, settings] = await Promise.all([new AdviserService(ctx).villageCountOf(adviser), readSettingsCached(ctx, adviser.county.id)]);
    return villages > settings.adviserLoadCap;
  }

  @FieldResolver(() => [RosterEvent], { description: 'Roster history: joining, suspension, reinstatement, removal, changes' })
  history(@Root() adviser: LegalAdviser, @Ctx() ctx: Context): Promise<RosterEvent[]> {
    return new AdviserService(ctx).historyByAdviser().load(adviser.id);
  }
}

@Resolver(() => RosterEvent)
export class RosterEventResolver {
  @FieldResolver(() => String, { nullable: true, description: 'Who recorded the change' })
  async actorName(@Root() event: RosterEvent): Promise<string | null> {
    return event.actor ? ((await event.actor.load())?.displayName ?? null) : null;
  }
}
