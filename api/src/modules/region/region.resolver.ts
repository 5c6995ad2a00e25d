import { Arg, Args, Ctx, FieldResolver, ID, Query, Resolver, Root } from 'type-graphql';
import { SignedIn } from '../../common/access/rules.js';
import type { Context } from '../../context.js';
import { RegionList, RegionListArgs } from './dto/region-list.js';
import { Region } from './region.entity.js';
import { RegionService } from './region.service.js';

@Resolver(() => Region)
export class RegionResolver {
  @Query(() => RegionList, { description: 'Regions in your jurisdiction' })
  @SignedIn()
  regions(@Args(() => RegionListArgs) { options }: RegionListArgs, @Ctx() ctx: Context): Promise<RegionList> {
    return new RegionService(ctx).list(options);
  }

  @Query(() => Region, { nullable: true, description: 'One region; null when it does not exist or is outside your jurisdiction' })
  @SignedIn()
  region(@Arg('id', () => ID, { description: 'The region’s id' }) id: string, @Ctx() ctx: Context): Promise<Region | null> {
    return new RegionService(ctx).byId(id);
  }

  // Ancestors are place names, public knowledge: a township's county is shown to its office.
  @FieldResolver(() => Region, { nullable: true, description: 'The region above; null for the root (a province, or a city where there is none)' })
  parent(@Root() region: Region): Promise<Region | null> | null {
    return region.parent ? region.parent.load() : null;
  }
}
