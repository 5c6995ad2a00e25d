import { Arg, Args, Ctx, FieldResolver, ID, Query, Resolver, Root } from 'type-graphql';
import { Role } from '../../common/access/role.js';
import { Roles } from '../../common/access/rules.js';
import type { Context } from '../../context.js';
import { Region } from '../region/region.entity.js';
import { JudicialOfficeList, JudicialOfficeListArgs } from './dto/office.inputs.js';
import { JudicialOffice } from './judicial-office.entity.js';
import { OfficeService } from './office.service.js';

@Resolver(() => JudicialOffice)
export class JudicialOfficeResolver {
  @Query(() => JudicialOfficeList, { description: 'Judicial offices (司法所) of your jurisdiction, e.g. to pick meeting participants' })
  @Roles(Role.BUREAU_ADMIN, Role.OFFICE_STAFF)
  judicialOffices(@Args(() => JudicialOfficeListArgs) { options }: JudicialOfficeListArgs, @Ctx() ctx: Context): Promise<JudicialOfficeList> {
    return new OfficeService(ctx).list(options);
  }

  @Query(() => JudicialOffice, { nullable: true, description: 'One office; null when it does not exist or is outside your jurisdiction' })
  @Roles(Role.BUREAU_ADMIN, Role.OFFICE_STAFF)
  judicialOffice(@Arg('id', () => ID, { description: 'The office’s id' }) id: string, @Ctx() ctx: Context): Promise<JudicialOffice | null> {
    return new OfficeService(ctx).byId(id);
  }

  @FieldResolver(() => Region, { description: 'The township (乡镇) the office serves' })
  township(@Root() office: JudicialOffice): Promise<Region> {
    return office.township.load() as Promise<Region>;
  }
}
