import type { GraphQLResolveInfo } from 'graphql';
import { Arg, Args, Ctx, FieldResolver, ID, Info, Int, Mutation, Query, Resolver, Root } from 'type-graphql';
import { preloaded, type Row } from '../../common/graphql/list-engine.js';
import { Role } from '../../common/access/role.js';
import { Roles } from '../../common/access/rules.js';
import type { Context } from '../../context.js';
import { LegalAdviser } from '../adviser/legal-adviser.entity.js';
import { Pairing } from '../pairing/pairing.entity.js';
import { PairingService } from '../pairing/pairing.service.js';
import { Region } from '../region/region.entity.js';
import { CommitteeMember } from './committee-member.entity.js';
import { CommitteeMemberInput, UpdateCommitteeInput, VillageList, VillageListArgs } from './dto/village.inputs.js';
import { MediationCommittee } from './mediation-committee.entity.js';
import { Village } from './village.type.js';
import { VillageService } from './village.service.js';

// People's names and phones hang off these; analysts (who reach villages through coverage) must not.
const STAFF = [Role.BUREAU_ADMIN, Role.OFFICE_STAFF, Role.ADVISER] as const;

@Resolver(() => Village)
export class VillageResolver {
  @Query(() => VillageList, { description: 'Villages and communities in your jurisdiction' })
  @Roles(...STAFF)
  async villages(
    @Args(() => VillageListArgs) { options }: VillageListArgs,
    @Ctx() ctx: Context,
    @Info() info: GraphQLResolveInfo,
  ): Promise<VillageList> {
    return (await new VillageService(ctx).list(options, info)) as unknown as VillageList;
  }

  @Query(() => Village, { nullable: true, description: 'One village or community; null when it does not exist or is outside your jurisdiction' })
  @Roles(...STAFF)
  async village(@Arg('id', () => ID, { description: 'The village’s id' }) id: string, @Ctx() ctx: Context): Promise<Village | null> {
    return (await new VillageService(ctx).byId(id)) as unknown as Village | null;
  }

  @Mutation(() => MediationCommittee, { description: 'Update a village committee and its standardisation checklist' })
  @Roles(Role.BUREAU_ADMIN, Role.OFFICE_STAFF)
  updateMediationCommittee(
    @Arg('villageId', () => ID, { description: 'The village' }) villageId: string,
    @Arg('input', { description: 'The changes, with the version you read' }) input: UpdateCommitteeInput,
    @Ctx() ctx: Context,
  ): Promise<MediationCommittee> {
    return new VillageService(ctx).updateCommittee(villageId, input);
  }

  @Mutation(() => CommitteeMember, { description: 'Add a mediator to a village committee' })
  @Roles(Role.BUREAU_ADMIN, Role.OFFICE_STAFF)
  addCommitteeMember(
    @Arg('villageId', () => ID, { description: 'The village' }) villageId: string,
    @Arg('input', { description: 'The mediator' }) input: CommitteeMemberInput,
    @Ctx() ctx: Context,
  ) {
    return new VillageService(ctx).addMember(villageId, input);
  }

  @Mutation(() => CommitteeMember, { description: 'Change a mediator; a stale version is CONFLICT' })
  @Roles(Role.BUREAU_ADMIN, Role.OFFICE_STAFF)
  updateCommitteeMember(
    @Arg('id', () => ID, { description: 'The mediator' }) id: string,
    @Arg('input', { description: 'Their details, all of them' }) input: CommitteeMemberInput,
    @Arg('version', () => Int, { description: 'The version you read; a stale one is CONFLICT' }) version: number,
    @Ctx() ctx: Context,
  ) {
    return new VillageService(ctx).updateMember(id, input, version);
  }

  @Mutation(() => Boolean, { description: 'Remove a mediator from the committee; true when removed' })
  @Roles(Role.BUREAU_ADMIN, Role.OFFICE_STAFF)
  removeCommitteeMember(@Arg('id', () => ID, { description: 'The mediator' }) id: string, @Ctx() ctx: Context): Promise<boolean> {
    return new VillageService(ctx).removeMember(id);
  }

  @FieldResolver(() => Region, { description: 'The township (乡镇) the village belongs to' })
  township(@Root() village: Row<Region>): Promise<Region> | Region {
    return preloaded<Region>(village, 'township') ?? (village.parent!.load() as Promise<Region>);
  }

  @FieldResolver(() => MediationCommittee, { nullable: true, description: 'Its people’s mediation committee; null when none is recorded' })
  @Roles(...STAFF)
  committee(@Root() village: Row<Region>, @Ctx() ctx: Context): Promise<MediationCommittee | null> | MediationCommittee | null {
    const read = preloaded<MediationCommittee | null>(village, 'committee');
    return read !== undefined ? read : new VillageService(ctx).committeeByVillage().load(village.id);
  }

  @FieldResolver(() => Pairing, { nullable: true, description: 'The pairing in force today' })
  @Roles(...STAFF)
  currentPairing(@Root() village: Row<Region>, @Ctx() ctx: Context): Promise<Pairing | null> | Pairing | null {
    const read = preloaded<Pairing | null>(village, 'currentPairing');
    return read !== undefined ? read : new PairingService(ctx).currentByVillage().load(village.id);
  }

  @FieldResolver(() => LegalAdviser, { nullable: true, description: 'The adviser serving the village today' })
  @Roles(...STAFF)
  async currentAdviser(@Root() village: Row<Region>, @Ctx() ctx: Context): Promise<LegalAdviser | null> {
    const read = preloaded<LegalAdviser | null>(village, 'currentAdviser');
    if (read !== undefined) return read;
    const pairing = await new PairingService(ctx).currentByVillage().load(village.id);
    return pairing ? ((await pairing.adviser.load()) ?? null) : null;
  }

  @FieldResolver(() => [Pairing], { description: 'Every pairing of the village, newest first' })
  @Roles(...STAFF)
  pairings(@Root() village: Region, @Ctx() ctx: Context): Promise<Pairing[]> {
    return new PairingService(ctx).historyByVillage().load(village.id);
  }
}

@Resolver(() => MediationCommittee)
export class MediationCommitteeResolver {
  @FieldResolver(() => [CommitteeMember], { description: 'Its mediators (人民调解员)' })
  async members(@Root() committee: MediationCommittee): Promise<CommitteeMember[]> {
    return committee.members.isInitialized() ? committee.members.getItems() : (await committee.members.load()).getItems();
  }
}
