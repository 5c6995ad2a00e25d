import { Args, Ctx, FieldResolver, Query, Resolver, Root } from 'type-graphql';
import { Role } from '../../common/access/role.js';
import { Roles } from '../../common/access/rules.js';
import type { Context } from '../../context.js';
import { AuditTrailEvent } from './audit-event.entity.js';
import { AuditService, SYSTEM_ACTOR } from './audit.service.js';
import { AuditEventList, AuditEventListArgs } from './dto/audit.inputs.js';

@Resolver(() => AuditTrailEvent)
export class AuditResolver {
  @Query(() => AuditEventList, { description: 'The audit trail of your county, newest first: among others every read of confidential text' })
  @Roles(Role.BUREAU_ADMIN)
  auditEvents(@Args(() => AuditEventListArgs) { options }: AuditEventListArgs, @Ctx() ctx: Context): Promise<AuditEventList> {
    return new AuditService(ctx).list(options);
  }

  @FieldResolver(() => String, { description: 'Who (display name); 系统 for the installation’s own jobs' })
  async actorName(@Root() event: AuditTrailEvent): Promise<string> {
    if (!event.actor) return SYSTEM_ACTOR.displayName;
    return (await event.actor.load())?.displayName ?? '';
  }

  @FieldResolver(() => String, { description: 'Who (username); system for the installation’s own jobs' })
  async actorUsername(@Root() event: AuditTrailEvent): Promise<string> {
    if (!event.actor) return SYSTEM_ACTOR.username;
    return (await event.actor.load())?.username ?? '';
  }
}
