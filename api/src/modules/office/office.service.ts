import type { FilterQuery } from '@mikro-orm/core';
import { OfficePolicy } from './office.policy.js';
import { listPage } from '../../common/graphql/list-engine.js';
import { isId } from '../../common/graphql/ids.js';
import type { Context } from '../../context.js';
import type { JudicialOfficeListOptions } from './dto/office.inputs.js';
import { JudicialOffice } from './judicial-office.entity.js';

export class OfficeService {
  constructor(private readonly ctx: Context) {}

  async list(options: JudicialOfficeListOptions | null | undefined) {
    const where: FilterQuery<JudicialOffice>[] = [await new OfficePolicy(this.ctx).visible()];
    const f = options?.filter;
    if (f?.ids) where.push({ id: { $in: f.ids } });
    if (f?.townshipId) where.push({ township: f.townshipId });
    return listPage(this.ctx.em, JudicialOffice, options, { where });
  }

  async byId(id: string): Promise<JudicialOffice | null> {
    if (!isId(id)) return null;
    return this.ctx.em.findOne(JudicialOffice, { $and: [{ id }, await new OfficePolicy(this.ctx).visible()] });
  }
}
