import type { FilterQuery } from '@mikro-orm/core';
import { under } from '../../common/access/jurisdiction.js';
import { Role } from '../../common/access/role.js';
import { regionScopeOf, scopePlaceOf } from '../../common/access/scope.js';
import type { Context } from '../../context.js';
import { ActionItem, ConsultationMeeting, MeetingParticipant } from './consultation-meeting.entity.js';
import { ActionItemOwnerKind } from './meeting.enums.js';

/** Which meetings and action items the viewer may see and change: the one place this feature decides it. */
export class MeetingPolicy {
  constructor(private readonly ctx: Context) {}

  /**
   * Meetings the viewer may see, as a condition for SQL: the bureau, its county's; an office, those its office took
   * part in. Nobody else.
   */
  async visible(): Promise<FilterQuery<ConsultationMeeting>> {
    const scope = await regionScopeOf(this.ctx);
    if (scope.kind !== 'subtree') return { id: { $in: [] } };
    if (this.ctx.viewer!.role === Role.OFFICE_STAFF) {
      const tookPart = this.ctx.em
        .createQueryBuilder(MeetingParticipant, 'mp')
        .select('mp.meeting')
        .where(under(this.ctx.em, scope.place, { TOWNSHIP: 'office.township' }) as never);
      return { id: { $in: tookPart as never } };
    }
    return under<ConsultationMeeting>(this.ctx.em, scope.place, { COUNTY: 'county' });
  }

  async visibleItems(): Promise<FilterQuery<ActionItem>> {
    return { meeting: await this.visible() } as FilterQuery<ActionItem>;
  }

  /** Items the viewer owns: an office, those of its office; the bureau, those the bureau owns. */
  async ownedItems(): Promise<FilterQuery<ActionItem>> {
    const viewer = this.ctx.viewer!;
    const place = scopePlaceOf(this.ctx);
    if (viewer.role === Role.OFFICE_STAFF && place) {
      return { $and: [{ ownerKind: ActionItemOwnerKind.OFFICE }, under<ActionItem>(this.ctx.em, place, { TOWNSHIP: 'ownerOffice.township' })] };
    }
    if (viewer.role === Role.BUREAU_ADMIN) return { ownerKind: ActionItemOwnerKind.BUREAU };
    return { id: { $in: [] } };
  }

  /** The rule of `updateItem`, for one item already in view; an office's own offices load in one batch. */
  async canUpdate(item: ActionItem): Promise<boolean> {
    const viewer = this.ctx.viewer;
    if (viewer?.role === Role.BUREAU_ADMIN) return true;
    if (viewer?.role !== Role.OFFICE_STAFF || !item.ownerOffice) return false;
    const office = await item.ownerOffice.load();
    return !!office && office.township.id === viewer.scopeRegionId;
  }
}
