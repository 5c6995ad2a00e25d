import type { GraphQLResolveInfo } from 'graphql';
import { Arg, Args, Ctx, FieldResolver, ID, Info, Mutation, Query, Resolver, Root } from 'type-graphql';
import { preloaded, type Row } from '../../common/graphql/list-engine.js';
import { VillageService } from '../village/village.service.js';
import { Role } from '../../common/access/role.js';
import { Roles } from '../../common/access/rules.js';
import { today } from '../../common/graphql/dates.js';
import { DateScalar } from '../../common/graphql/scalars.js';
import type { Context } from '../../context.js';
import { LegalAdviser } from '../adviser/legal-adviser.entity.js';
import { Village } from '../village/village.type.js';
import { CreatePairingInput, PairingList, PairingListArgs, ReassignVillageInput } from './dto/pairing.inputs.js';
import { Pairing } from './pairing.entity.js';
import { PairingService } from './pairing.service.js';

@Resolver(() => Pairing)
export class PairingResolver {
  @Query(() => PairingList, { description: 'Pairings of villages in your jurisdiction (an adviser: their own)' })
  @Roles(Role.BUREAU_ADMIN, Role.OFFICE_STAFF, Role.ADVISER)
  pairings(@Args(() => PairingListArgs) { options }: PairingListArgs, @Ctx() ctx: Context, @Info() info: GraphQLResolveInfo): Promise<PairingList> {
    return new PairingService(ctx).list(options, info);
  }

  @Query(() => Pairing, { nullable: true, description: 'One pairing; null when it does not exist or is outside your jurisdiction' })
  @Roles(Role.BUREAU_ADMIN, Role.OFFICE_STAFF, Role.ADVISER)
  pairing(@Arg('id', () => ID, { description: 'The pairing’s id' }) id: string, @Ctx() ctx: Context): Promise<Pairing | null> {
    return new PairingService(ctx).byId(id);
  }

  @Mutation(() => Pairing, { description: 'Pair an adviser with a village; an overlap with another pairing of the village is CONFLICT' })
  @Roles(Role.BUREAU_ADMIN)
  createPairing(@Arg('input', { description: 'The pairing' }) input: CreatePairingInput, @Ctx() ctx: Context): Promise<Pairing> {
    return new PairingService(ctx).create(input);
  }

  @Mutation(() => Pairing, { description: 'Set the last day of a pairing' })
  @Roles(Role.BUREAU_ADMIN)
  endPairing(
    @Arg('id', () => ID, { description: 'The pairing' }) id: string,
    @Arg('validTo', () => DateScalar, { description: 'Its last day (YYYY-MM-DD), not before validFrom' }) validTo: string,
    @Ctx() ctx: Context,
  ): Promise<Pairing> {
    return new PairingService(ctx).end(id, validTo);
  }

  @Mutation(() => Pairing, { description: 'Give a village a new adviser from a date: ends the current pairing the day before, in one transaction' })
  @Roles(Role.BUREAU_ADMIN)
  reassignVillage(
    @Arg('input', { description: 'The village, the new adviser and the first day' }) input: ReassignVillageInput,
    @Ctx() ctx: Context,
  ): Promise<Pairing> {
    return new PairingService(ctx).reassign(input);
  }

  @FieldResolver(() => LegalAdviser, { description: 'The adviser' })
  adviser(@Root() pairing: Row<Pairing>): Promise<LegalAdviser> | LegalAdviser {
    return preloaded<LegalAdviser>(pairing, 'adviser') ?? (pairing.adviser.load() as Promise<LegalAdviser>);
  }

  /**
   * An adviser keeps their ended pairings in view, but not the village they no longer serve: its committee, its
   * mediators' phones and its current adviser are for those whose jurisdiction it is.
   */
  @FieldResolver(() => Village, {
    nullable: true,
    description:
      'The village or community, when it lies in your jurisdiction (an adviser: the villages they serve today); its name is in villageName',
  })
  village(@Root() pairing: Row<Pairing>, @Ctx() ctx: Context): Promise<Village | null> {
    return new VillageService(ctx).inScopeById().load(pairing.village.id) as Promise<Village | null>;
  }

  @FieldResolver(() => ID, { description: 'The village paired, wherever it lies' })
  villageId(@Root() pairing: Row<Pairing>): string {
    return pairing.village.id;
  }

  @FieldResolver(() => String, { description: 'The name of the village paired, wherever it lies' })
  async villageName(@Root() pairing: Row<Pairing>): Promise<string> {
    return preloaded<string>(pairing, 'villageName') ?? (await pairing.village.load())!.name;
  }

  @FieldResolver(() => Boolean, { description: 'In force today' })
  active(@Root() pairing: Row<Pairing>): boolean {
    const t = today();
    return pairing.validFrom <= t && (!pairing.validTo || pairing.validTo >= t);
  }
}
