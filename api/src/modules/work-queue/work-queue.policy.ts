import { Role } from '../../common/access/role.js';
import type { Context } from '../../context.js';
import { LegalAdviser } from '../adviser/legal-adviser.entity.js';
import { RegionLevel } from '../region/region.enums.js';
import { RosterFilingStatus } from '../roster/roster-filing-review.entity.js';
import { WorkItemKind } from './work-queue.enums.js';

const K = WorkItemKind;

/**
 * Which work a viewer's home page shows. The counts themselves are the lists' own (`totalItems` of each list with the
 * item's filter), so every row counted has passed that list's policy: this policy only picks the items.
 */
export class WorkQueuePolicy {
  constructor(private readonly ctx: Context) {}

  kinds(): WorkItemKind[] {
    switch (this.ctx.viewer?.role) {
      case Role.ADVISER:
        return this.ctx.viewer.adviserId ? [K.MONTHLY_REPORT, K.OVERDUE_CASES, K.CONFIRMATIONS_CLOSING, K.TRAINING_DUE] : [];
      case Role.OFFICE_STAFF:
        return [K.REPORTS_TO_REVIEW, K.CHECKS_TO_DO, K.OVERDUE_CASES, K.SILENT_VILLAGES];
      case Role.BUREAU_ADMIN:
        return [K.UNCOVERED_VILLAGES, K.OVERDUE_ACTION_ITEMS, K.ROSTER_FILINGS, K.LATE_REPORTS];
      default:
        return [];
    }
  }

  /** The region whose settings (the report deadline day) apply: an adviser's roster county, else the account's scope. */
  async settingsRegionId(): Promise<string | null> {
    const v = this.ctx.viewer;
    if (v?.role === Role.ADVISER && v.adviserId) {
      const adviser = await this.ctx.em.findOne(LegalAdviser, { id: v.adviserId }, { fields: ['county'] });
      return adviser?.county.id ?? null;
    }
    return v?.scopeRegionId ?? null;
  }

  /**
   * Filings that wait for this bureau: a county's bureau files again what the city returned; a city's or province's
   * decides on what its counties filed.
   */
  filingsToActOn(): RosterFilingStatus[] {
    return this.ctx.viewer?.scopeLevel === RegionLevel.COUNTY ? [RosterFilingStatus.RETURNED] : [RosterFilingStatus.FILED];
  }
}
