import { Arg, Args, Ctx, ID, Int, Mutation, Query, Resolver } from 'type-graphql';
import { Role } from '../../common/access/role.js';
import { Roles } from '../../common/access/rules.js';
import type { Context } from '../../context.js';
import { ProviderInput, ProviderList, ProviderListArgs } from './dto/provider.inputs.js';
import { Provider } from './provider.entity.js';
import { ProviderService } from './provider.service.js';

@Resolver(() => Provider)
export class ProviderResolver {
  @Query(() => ProviderList, { description: 'Law firms, legal service offices, legal-aid centres and notary offices of your county' })
  @Roles(Role.BUREAU_ADMIN, Role.OFFICE_STAFF, Role.ADVISER)
  providers(@Args(() => ProviderListArgs) { options }: ProviderListArgs, @Ctx() ctx: Context): Promise<ProviderList> {
    return new ProviderService(ctx).list(options);
  }

  @Query(() => Provider, { nullable: true, description: 'One provider; null when it does not exist or is not of your county' })
  @Roles(Role.BUREAU_ADMIN, Role.OFFICE_STAFF, Role.ADVISER)
  provider(@Arg('id', () => ID, { description: 'The provider’s id' }) id: string, @Ctx() ctx: Context): Promise<Provider | null> {
    return new ProviderService(ctx).byId(id);
  }

  @Mutation(() => Provider, { description: 'Add a provider to your county' })
  @Roles(Role.BUREAU_ADMIN)
  createProvider(@Arg('input', { description: 'The provider' }) input: ProviderInput, @Ctx() ctx: Context): Promise<Provider> {
    return new ProviderService(ctx).create(input);
  }

  @Mutation(() => Provider, { description: 'Change a provider; a stale version is CONFLICT' })
  @Roles(Role.BUREAU_ADMIN)
  updateProvider(
    @Arg('id', () => ID, { description: 'The provider' }) id: string,
    @Arg('input', { description: 'Its details, all of them' }) input: ProviderInput,
    @Arg('version', () => Int, { description: 'The version you read; a stale one is CONFLICT' }) version: number,
    @Ctx() ctx: Context,
  ): Promise<Provider> {
    return new ProviderService(ctx).update(id, input, version);
  }
}
