import { randomUUID } from 'node:crypto';
import { now as clockNow } from '../../common/clock.js';
import { CSV_MIME } from '../../common/documents/table-read.js';
import { XLSX_MIME } from '../../common/documents/xlsx.js';
import { addDays } from '../../common/graphql/dates.js';
import type { Context } from '../../context.js';
import type { EntityManager } from '@mikro-orm/postgresql';
import { RosterEvent, RosterEventKind } from '../adviser/roster-event.entity.js';
import { AttachmentService } from '../attachment/attachment.service.js';
import { AuditEvent } from '../audit/audit-event.entity.js';
import { Pairing } from '../pairing/pairing.entity.js';
import { User } from '../user/user.entity.js';
import type { RegionImportPreview, RegionImportResult } from './dto/region-import.types.js';
import { parentCodeOf } from './region-code.js';
import { RegionChange } from './region-change.entity.js';
import { Region, childPath } from './region.entity.js';
import { RegionChangeKind, RegionLevel, Terrain, TownshipKind, VillageKind } from './region.enums.js';
import { RegionError } from './region.error.js';
import { type RegionImportPlan, type RegionImportProblemRow, planRegionImport, readRegionTable } from './region-import.parse.js';
import { RegionService } from './region.service.js';
import { regionsUnder } from '../../common/access/jurisdiction.js';

/** Problems carried in a refused application's extensions; the preview lists them all. */
const PROBLEMS_IN_ERROR = 500;
export const REGION_IMPORT_ACTION = 'REGION_IMPORT';

function counts(plan: RegionImportPlan) {
  return {
    createdCount: plan.created.length,
    renamedCount: plan.renamed.length,
    movedCount: plan.moved.length,
    retiredCount: plan.retired.length,
    reclassifiedCount: plan.reclassified.length,
    unchangedCount: plan.unchanged.length,
  };
}

function townshipKindOf(name: string): TownshipKind | null {
  if (name.endsWith('街道') || name.endsWith('街道办事处')) return TownshipKind.SUBDISTRICT;
  if (name.endsWith('镇')) return TownshipKind.TOWN;
  if (name.endsWith('乡')) return TownshipKind.TOWNSHIP;
  return null;
}

function villageKindOf(name: string): VillageKind {
  return /(社区|居委会|居民委员会)$/.test(name) ? VillageKind.COMMUNITY : VillageKind.VILLAGE;
}

/**
 * The region import: a county's tree from the official codes, uploaded as XLSX or CSV to /api/uploads, checked and
 * planned (preview), then applied in one transaction from an effective date. Idempotent by code: the same file again
 * changes nothing.
 */
export class RegionImportService {
  constructor(private readonly ctx: Context) {}

  private async county(): Promise<Region> {
    return new RegionService(this.ctx).ownCounty(() => RegionError.noCounty());
  }

  private async check(em: EntityManager, attachmentId: string) {
    const county = await this.county();
    const files = new AttachmentService(this.ctx);
    const attachment = await files.ownUpload(attachmentId, 'attachmentId', 'region table (XLSX or CSV)', (m) => m === XLSX_MIME || m === CSV_MIME);
    const table = await readRegionTable(await files.bytesOf(attachment), attachment.mime);
    const recorded = await em.find(Region, { $or: [{ id: county.id }, regionsUnder(county)] }, { orderBy: { code: 'asc' } });
    if (table.problems.length) {
      const plan: RegionImportPlan = { created: [], renamed: [], moved: [], retired: [], reclassified: [], unchanged: [] };
      return { attachment, county, table, recorded, problems: table.problems, plan };
    }
    const { problems, plan } = planRegionImport(
      table,
      county,
      recorded.map((r) => ({
        id: r.id,
        code: r.code,
        name: r.name,
        level: r.level,
        urbanRuralCode: r.urbanRuralCode ?? null,
        retiredOn: r.retiredOn ?? null,
      })),
    );
    return { attachment, county, table, recorded, problems, plan };
  }

  async preview(attachmentId: string): Promise<RegionImportPreview> {
    const { attachment, table, problems, plan } = await this.check(this.ctx.em, attachmentId);
    return { attachmentId: attachment.id, rowCount: table.rows.length, canImport: !problems.length, problems, ...plan, ...counts(plan) };
  }

  /**
   * Checks the file again inside the transaction (regions may have changed since the preview) and applies the plan:
   * creates, renames and moves (history kept, ids kept), retirements from `effectiveOn` with their pairings ended the
   * day before and a roster event each, and one audit event. Any bad row writes nothing.
   */
  async apply(attachmentId: string, effectiveOn: string, fileName: string | null): Promise<RegionImportResult> {
    const viewer = this.ctx.viewer!;
    return this.ctx.em.transactional(async (tx) => {
      // One import of a county at a time: the second waits, then plans against the first one's result.
      const county = await this.county();
      await tx.execute('select pg_advisory_xact_lock(hashtextextended(?, 0))', [`region-import:${county.id}`]);
      const { attachment, recorded, problems, plan } = await this.check(tx, attachmentId);
      if (problems.length) throw RegionError.importInvalid(problems.slice(0, PROBLEMS_IN_ERROR) as RegionImportProblemRow[], problems.length);

      const at = clockNow();
      const actor = tx.getReference(User, viewer.id);
      const byId = new Map(recorded.map((r) => [r.id, r]));
      const byCode = new Map(recorded.map((r) => [r.code, r]));
      const history: Partial<RegionChange>[] = [];
      const record = (region: Region, kind: RegionChangeKind, oldValue: string | null, newValue: string | null) =>
        history.push({
          id: randomUUID(),
          region: tx.getReference(Region, region.id) as never,
          kind,
          oldValue,
          newValue,
          effectiveOn,
          actor: actor as never,
          at,
        });

      // Created, parents first (codes sort townships before their villages).
      for (const c of [...plan.created].sort((a, b) => a.code.localeCompare(b.code))) {
        const parent = byCode.get(parentCodeOf(c.code, c.level)!)!;
        const id = randomUUID();
        const region = tx.create(Region, {
          id,
          parent: parent.id,
          level: c.level,
          name: c.name,
          code: c.code,
          path: childPath(parent.path, id),
          // A new township's terrain is not in the statistics tables: plain until the bureau says otherwise.
          terrain: c.level === RegionLevel.TOWNSHIP ? Terrain.PLAIN : null,
          townshipKind: c.level === RegionLevel.TOWNSHIP ? townshipKindOf(c.name) : null,
          kind: c.level === RegionLevel.VILLAGE ? villageKindOf(c.name) : null,
          urbanRuralCode: c.newValue,
          demo: false,
        });
        byCode.set(c.code, region);
        record(region, RegionChangeKind.CREATED, null, c.code);
      }
      for (const c of plan.moved) {
        const region = byId.get(c.regionId!)!;
        const parent = byCode.get(parentCodeOf(c.code, c.level)!)!;
        region.code = c.code;
        region.parent = tx.getReference(Region, parent.id) as never;
        region.path = childPath(parent.path, region.id);
        record(region, RegionChangeKind.MOVED, c.oldValue, c.newValue);
      }
      for (const c of plan.renamed) {
        const region = byId.get(c.regionId!)!;
        region.name = c.newValue!;
        record(region, RegionChangeKind.RENAMED, c.oldValue, c.newValue);
      }
      for (const c of plan.reclassified) byId.get(c.regionId!)!.urbanRuralCode = c.newValue;
      const retiredIds: string[] = [];
      for (const c of plan.retired) {
        const region = byId.get(c.regionId!)!;
        region.retiredOn = effectiveOn;
        region.mergedInto = c.newValue ? (tx.getReference(Region, byCode.get(c.newValue)!.id) as never) : null;
        retiredIds.push(region.id);
        record(region, RegionChangeKind.RETIRED, null, c.newValue);
      }
      await tx.flush();
      if (history.length) await tx.insertMany(RegionChange, history as never);

      const endedPairingCount = await this.endPairings(tx, retiredIds, effectiveOn, viewer.id, at);
      const summary = counts(plan);
      await tx.insertMany(AuditEvent, [
        {
          id: randomUUID(),
          at,
          actor: viewer.id,
          action: REGION_IMPORT_ACTION,
          entityType: 'Region',
          entityId: county.id,
          field: null,
          requestId: this.ctx.requestId,
          ip: this.ctx.ip,
          county: county.id,
          details: {
            attachmentId: attachment.id,
            fileName,
            sha256: attachment.sha256,
            size: attachment.size,
            effectiveOn,
            ...summary,
            endedPairingCount,
          },
        } as never,
      ]);
      return { effectiveOn, endedPairingCount, ...summary };
    });
  }

  /**
   * Ends the retired villages' pairings: one in force on `effectiveOn` ends the day before, one not yet begun is
   * deleted; each adviser concerned gets a roster event (CHANGED, `village: { from, to: null }`) effective that day.
   */
  private async endPairings(tx: EntityManager, villageIds: string[], effectiveOn: string, actorId: string, at: Date): Promise<number> {
    if (!villageIds.length) return 0;
    const lastDay = addDays(effectiveOn, -1);
    const affected = await tx.find(
      Pairing,
      { village: { $in: villageIds }, $or: [{ validTo: null }, { validTo: { $gt: lastDay } }] },
      { populate: ['village'] as never },
    );
    if (!affected.length) return 0;
    await tx.nativeDelete(Pairing, { village: { $in: villageIds }, validFrom: { $gte: effectiveOn } });
    await tx.nativeUpdate(
      Pairing,
      { village: { $in: villageIds }, validFrom: { $lt: effectiveOn }, $or: [{ validTo: null }, { validTo: { $gt: lastDay } }] },
      { validTo: lastDay },
    );
    await tx.insertMany(
      RosterEvent,
      affected.map((p) => {
        const village = p.village.getEntity();
        return {
          id: randomUUID(),
          adviser: p.adviser.id,
          kind: RosterEventKind.CHANGED,
          effectiveOn,
          reason: `村（社区）撤并，结对终止：${village.name}（${village.code}）`,
          changes: { village: { from: village.name, to: null } },
          actor: actorId,
          at,
        } as never;
      }),
    );
    return affected.length;
  }
}
