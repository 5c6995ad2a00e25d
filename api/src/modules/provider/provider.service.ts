import type { FilterQuery } from '@mikro-orm/core';
import { ownCountyId } from '../../common/access/county.js';
import { ProviderPolicy } from './provider.policy.js';
import { listPage } from '../../common/graphql/list-engine.js';
import { AppError, ErrorCode } from '../../common/errors/app-error.js';
import { conflictsAsErrors } from '../../common/errors/db-errors.js';
import { escapeLike } from '../../common/graphql/list.js';
import { isId } from '../../common/graphql/ids.js';
import { normalisePhone } from '../../common/validation/phone.js';
import type { Context } from '../../context.js';
import { Region } from '../region/region.entity.js';
import type { ProviderInput, ProviderListOptions } from './dto/provider.inputs.js';
import { Provider } from './provider.entity.js';

const CONSTRAINTS = { provider_county_name_unique: { message: 'A provider with this name already exists in the county', field: 'name' } };

export class ProviderService {
  constructor(private readonly ctx: Context) {}

  async list(options: ProviderListOptions | null | undefined) {
    const where: FilterQuery<Provider>[] = [await new ProviderPolicy(this.ctx).visible()];
    const f = options?.filter;
    if (f?.ids) where.push({ id: { $in: f.ids } });
    if (f?.kind) where.push({ kind: f.kind });
    if (f?.q?.trim()) where.push({ name: { $like: `%${escapeLike(f.q.trim())}%` } });
    return listPage(this.ctx.em, Provider, options, { where });
  }

  async byId(id: string): Promise<Provider | null> {
    if (!isId(id)) return null;
    return this.ctx.em.findOne(Provider, { $and: [{ id }, await new ProviderPolicy(this.ctx).visible()] });
  }

  async create(input: ProviderInput): Promise<Provider> {
    const countyId = ownCountyId(this.ctx);
    return conflictsAsErrors(async () => {
      const provider = this.ctx.em.create(Provider, {
        id: crypto.randomUUID(),
        county: this.ctx.em.getReference(Region, countyId),
        kind: input.kind,
        name: input.name.trim(),
        phone: input.phone ? normalisePhone(input.phone) : null,
        address: input.address?.trim() || null,
      });
      await this.ctx.em.flush();
      return provider;
    }, CONSTRAINTS);
  }

  async update(id: string, input: ProviderInput, version: number): Promise<Provider> {
    const provider = await this.byId(id);
    if (!provider) throw new AppError(ErrorCode.NOT_FOUND, 'No such provider in your county');
    AppError.assertVersion(provider, version);
    this.ctx.em.assign(provider, {
      kind: input.kind,
      name: input.name.trim(),
      phone: input.phone ? normalisePhone(input.phone) : null,
      address: input.address?.trim() || null,
    });
    await conflictsAsErrors(() => this.ctx.em.flush(), CONSTRAINTS);
    return provider;
  }
}
