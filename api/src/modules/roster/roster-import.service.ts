import { randomUUID } from 'node:crypto';
import { ownCountyId } from '../../common/access/county.js';
import { conflictsAsErrors } from '../../common/errors/db-errors.js';
import { today } from '../../common/graphql/dates.js';
import type { Context } from '../../context.js';
import { AdviserStatus } from '../adviser/adviser.enums.js';
import { ADVISER_CONSTRAINTS } from '../adviser/adviser.service.js';
import { LegalAdviser } from '../adviser/legal-adviser.entity.js';
import { RosterEvent, RosterEventKind } from '../adviser/roster-event.entity.js';
import type { AdviserDetails } from '../adviser/roster.js';
import { Attachment, OwnerType } from '../attachment/attachment.entity.js';
import { AttachmentService } from '../attachment/attachment.service.js';
import { XLSX_MIME } from '../../common/documents/xlsx.js';
import { Provider } from '../provider/provider.entity.js';
import type { RosterImportPreview, RosterImportResult } from './dto/import.types.js';
import { RosterError } from './roster.error.js';
import { providerKey, readRosterWorkbook, validateRows, type ImportProblem, type ParsedRow } from './roster-import.parse.js';
import { now as clockNow } from '../../common/clock.js';

const LOOKUP_CHUNK = 1000;
// Rows per INSERT: well under PostgreSQL's 65,535 bind parameters (13 columns an adviser).
const INSERT_CHUNK = 1000;
/** Problems carried in a refused confirmation's extensions; the preview lists them all. */
const PROBLEMS_IN_ERROR = 500;

function chunks<T>(items: T[], size: number): T[][] {
  const out: T[][] = [];
  for (let i = 0; i < items.length; i += size) out.push(items.slice(i, i + size));
  return out;
}

/**
 * The roster import: a workbook uploaded to /api/uploads is checked row by row (preview), and only when every row
 * is valid written in one transaction (confirm). Lookups are batched, so 2,000 rows cost a handful of statements.
 */
export class RosterImportService {
  constructor(private readonly ctx: Context) {}

  private get em() {
    return this.ctx.em;
  }

  private countyId(): string {
    return ownCountyId(this.ctx);
  }

  private async check(attachmentId: string) {
    const countyId = this.countyId();
    const files = new AttachmentService(this.ctx);
    const attachment = await files.ownUpload(attachmentId, 'attachmentId', 'Excel workbook', (mime) => mime === XLSX_MIME);
    if (attachment.ownerType) throw RosterError.alreadyImported();
    const sheet = await readRosterWorkbook(await files.bytesOf(attachment));
    if (sheet.problems.length) return { attachment, countyId, rows: [] as ParsedRow[], problems: sheet.problems };

    const licences = [...new Set(sheet.rows.map((r) => r.cells.licenceNo.text).filter(Boolean))];
    const [providers, ...taken] = await Promise.all([
      this.em.find(Provider, { county: countyId }, { fields: ['name'] }),
      ...chunks(licences, LOOKUP_CHUNK).map((chunk) => this.em.find(LegalAdviser, { licenceNo: { $in: chunk } }, { fields: ['licenceNo'] })),
    ]);
    const { rows, problems } = validateRows(sheet.rows, {
      providers: new Map(providers.map((p) => [providerKey(p.name), p.id])),
      existingLicences: new Set(taken.flat().map((a) => a.licenceNo)),
      today: today(),
    });
    return { attachment, countyId, rows, problems };
  }

  async preview(attachmentId: string): Promise<RosterImportPreview> {
    const { attachment, rows, problems } = await this.check(attachmentId);
    const validRowCount = rows.filter((r) => r.valid).length;
    return { attachmentId: attachment.id, rowCount: rows.length, validRowCount, canImport: !problems.length, rows, problems };
  }

  /**
   * Checks the workbook again (the roster may have changed since the preview) and writes every adviser with a JOINED
   * event, all in one transaction: a problem, a licence taken meanwhile, or any failure writes nothing.
   */
  async confirm(attachmentId: string): Promise<RosterImportResult> {
    const { attachment, countyId, rows, problems } = await this.check(attachmentId);
    if (problems.length) throw RosterError.importInvalid(problems.slice(0, PROBLEMS_IN_ERROR) as ImportProblem[], problems.length);

    const now = clockNow();
    const actor = this.ctx.viewer!.id;
    const advisers = rows.map((r) => ({
      id: randomUUID(),
      county: countyId,
      provider: r.providerId!,
      name: r.name!,
      gender: r.gender!,
      phone: r.phone!,
      profession: r.profession!,
      licenceNo: r.licenceNo!,
      serviceScope: r.serviceScope,
      status: AdviserStatus.ACTIVE,
      demo: false,
      version: 1,
      createdAt: now,
    }));
    const events = advisers.map((a, i) => {
      const details: AdviserDetails = {
        name: a.name,
        gender: a.gender,
        phone: a.phone,
        profession: a.profession,
        licenceNo: a.licenceNo,
        providerId: a.provider,
        serviceScope: a.serviceScope,
      };
      return {
        id: randomUUID(),
        adviser: a.id,
        kind: RosterEventKind.JOINED,
        effectiveOn: rows[i]!.joinedOn!,
        reason: '名册导入',
        changes: { ...details },
        actor,
        at: now,
      };
    });

    await conflictsAsErrors(
      () =>
        this.em.transactional(async (tx) => {
          // Claiming the file first makes a second confirmation of the same workbook wait, then find it taken.
          const claimed = await tx.nativeUpdate(
            Attachment,
            { id: attachment.id, ownerType: null },
            { ownerType: OwnerType.ROSTER_IMPORT, ownerId: countyId },
          );
          if (!claimed) throw RosterError.alreadyImported();
          for (const chunk of chunks(advisers, INSERT_CHUNK)) await tx.insertMany(LegalAdviser, chunk);
          for (const chunk of chunks(events, INSERT_CHUNK)) await tx.insertMany(RosterEvent, chunk);
        }),
      ADVISER_CONSTRAINTS,
    );
    return { importedCount: advisers.length, adviserIds: advisers.map((a) => a.id) };
  }
}
