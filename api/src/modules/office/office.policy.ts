import type { FilterQuery } from '@mikro-orm/core';
import { inRegionScope, regionScopeOf } from '../../common/access/scope.js';
import type { Context } from '../../context.js';
import { JudicialOffice } from './judicial-office.entity.js';

/** Which JudicialOffice rows the viewer may see: the one place this feature decides it (see docs/architecture.md, Access). */
export class OfficePolicy {
  constructor(private readonly ctx: Context) {}

  /** Offices of townships in the viewer's jurisdiction (the bureau: its county's; an office: its own). */
  async visible(): Promise<FilterQuery<JudicialOffice>> {
    const scope = await regionScopeOf(this.ctx);
    return inRegionScope(this.ctx, scope, { TOWNSHIP: 'township' }) as FilterQuery<JudicialOffice>;
  }
}
