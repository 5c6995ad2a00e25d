import type { FilterQuery } from '@mikro-orm/core';
import { under } from '../../common/access/jurisdiction.js';
import { scopePlaceOf } from '../../common/access/scope.js';
import type { Context } from '../../context.js';
import type { AuditTrailEvent } from './audit-event.entity.js';

/** Which audit events the viewer may read: the one place this feature decides it. */
export class AuditPolicy {
  constructor(private readonly ctx: Context) {}

  /** The county's own trail, and the installation's jobs (no actor, no county: key rotation), which touch every county. */
  visible(): FilterQuery<AuditTrailEvent> {
    const place = scopePlaceOf(this.ctx);
    return place
      ? ({ $or: [under(this.ctx.em, place, { COUNTY: 'county' }), { county: null, actor: null }] } as FilterQuery<AuditTrailEvent>)
      : { id: { $in: [] } };
  }
}
