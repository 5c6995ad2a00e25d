import type { FilterQuery } from '@mikro-orm/core';
import { listPage } from '../../common/graphql/list-engine.js';
import { inRegionScope, regionScopeOf } from '../../common/access/scope.js';
import { escapeLike } from '../../common/graphql/list.js';
import { isId } from '../../common/graphql/ids.js';
import type { Context } from '../../context.js';
import type { JudicialOfficeListOptions } from './dto/office.inputs.js';
import { JudicialOffice } from './judicial-office.entity.js';

export class OfficeService {
  constructor(private readonly ctx: Context) {}

  /** Offices of townships in the viewer's jurisdiction (the bureau: its county's; an office: its own). */
  private async scopeCondition(): Promise<FilterQuery<JudicialOffice>> {
    const scope = await regionScopeOf(this.ctx);
    return inRegionScope(this.ctx, scope, { TOWNSHIP: 'township' }) as FilterQuery<JudicialOffice>;
  }

  async list(options: JudicialOfficeListOptions | null | undefined) {
    const where: FilterQuery<JudicialOffice>[] = [await this.scopeCondition()];
    const f = options?.filter;
    if (f?.ids) where.push({ id: { $in: f.ids } });
    if (f?.townshipId) where.push({ township: f.townshipId });
    return listPage(this.ctx.em, JudicialOffice, options, { where });
  }

  async byId(id: string): Promise<JudicialOffice | null> {
    if (!isId(id)) return null;
    return this.ctx.em.findOne(JudicialOffice, { $and: [{ id }, await this.scopeCondition()] });
  }
}
