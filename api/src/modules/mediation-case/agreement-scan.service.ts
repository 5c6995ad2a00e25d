import { fileTypeFromBuffer } from 'file-type';
import { FieldKeyMissingError } from '../../common/crypto/field-cipher.js';
import { ErrorCode } from '../../common/errors/app-error.js';
import { loader } from '../../common/graphql/loaders.js';
import { HttpError } from '../../common/http/errors.js';
import type { Context } from '../../context.js';
import { storablePhoto, UnreadableUploadError } from '../attachment/upload-content.js';
import { MB } from '../attachment/upload-rules.js';
import { confidentialReads, recordAction } from '../audit/audit.service.js';
import { User } from '../user/user.entity.js';
import { Agreement } from './agreement.entity.js';
import { AgreementScan } from './agreement-scan.entity.js';
import { AgreementForm } from './case.enums.js';
import { CasePolicy } from './case.policy.js';
import { CaseService, SEALED } from './case.service.js';
import type { MediationCase } from './mediation-case.entity.js';

/** A signed agreement is a few pages: a phone photo of each, or a scanner's PDF. */
export const MAX_SCAN_BYTES = 10 * MB;
export const SCAN_MIMES = ['image/jpeg', 'image/png', 'application/pdf'] as const;
const SCAN_LABEL = 'a JPEG or PNG photo or a PDF';
/** The audit trail's field name for a read of the scan (READ_CONFIDENTIAL, like the agreement's text). */
export const SCAN_FIELD = 'agreement.scan';
export const AGREEMENT_SCAN_UPLOADED = 'AGREEMENT_SCAN_UPLOADED';

const ALIASES: Record<string, string> = { 'image/jpg': 'image/jpeg', 'image/pjpeg': 'image/jpeg' };

export class AgreementScanError extends HttpError {
  static caseNotFound(): AgreementScanError {
    return new AgreementScanError(404, ErrorCode.NOT_FOUND, 'No such case in your jurisdiction');
  }
  static noScan(): AgreementScanError {
    return new AgreementScanError(404, ErrorCode.NOT_FOUND, 'This case’s agreement has no signed scan');
  }
  static forbiddenUpload(): AgreementScanError {
    return new AgreementScanError(403, ErrorCode.FORBIDDEN, 'Only the case’s assigned advisers upload its signed agreement');
  }
  static forbiddenRead(): AgreementScanError {
    return new AgreementScanError(
      403,
      ErrorCode.FORBIDDEN,
      'The signed agreement is confidential: only the case’s parties and assigned advisers read it',
    );
  }
  static noWrittenAgreement(reason: 'NO_AGREEMENT' | 'ORAL_AGREEMENT'): AgreementScanError {
    return new AgreementScanError(
      409,
      ErrorCode.CONFLICT,
      reason === 'NO_AGREEMENT' ? 'Record the agreement before its signed scan' : 'An oral agreement has no signed paper',
      { reason },
    );
  }
  static badType(): AgreementScanError {
    return new AgreementScanError(400, ErrorCode.BAD_USER_INPUT, `file: send ${SCAN_LABEL} with its Content-Type`, { field: 'file' });
  }
  static notWhatItClaims(): AgreementScanError {
    return new AgreementScanError(400, ErrorCode.BAD_USER_INPUT, `file: the bytes are not ${SCAN_LABEL}, or not the type sent`, { field: 'file' });
  }
  static empty(): AgreementScanError {
    return new AgreementScanError(400, ErrorCode.BAD_USER_INPUT, 'file: the request body is empty', { field: 'file' });
  }
  static tooLarge(): AgreementScanError {
    return new AgreementScanError(413, ErrorCode.BAD_USER_INPUT, `file: ${SCAN_LABEL} may be at most ${MAX_SCAN_BYTES / MB} MB`, {
      field: 'file',
      maxBytes: MAX_SCAN_BYTES,
    });
  }
}

/** The accepted type a Content-Type claims (parameters and case ignored), or undefined. */
export function scanTypeOf(contentType: string | undefined): string | undefined {
  const bare = (contentType ?? '').split(';')[0]!.trim().toLowerCase();
  const mime = ALIASES[bare] ?? bare;
  return (SCAN_MIMES as readonly string[]).includes(mime) ? mime : undefined;
}

/**
 * A written agreement's signed scan. Who may upload and who may read are the case policy's; the bytes are sealed
 * before they are stored and opened only after the read's audit row is written.
 */
export class AgreementScanService {
  private readonly policy: CasePolicy;

  constructor(private readonly ctx: Context) {
    this.policy = new CasePolicy(ctx);
  }

  private async caseAndAgreement(caseId: string): Promise<{ kase: MediationCase; agreement: Agreement | null }> {
    const kase = await new CaseService(this.ctx).byId(caseId);
    if (!kase) throw AgreementScanError.caseNotFound();
    const agreement = await this.ctx.em.findOne(Agreement, { case: kase.id });
    return { kase, agreement };
  }

  /** Checks the bytes are what they claim (photos decoded and re-encoded without metadata), seals and stores them. */
  async upload(caseId: string, bytes: Buffer, claimedType: string | undefined): Promise<AgreementScan> {
    const { kase, agreement } = await this.caseAndAgreement(caseId);
    if (!(await this.policy.mayUploadAgreementScan(kase.id))) throw AgreementScanError.forbiddenUpload();
    if (!agreement) throw AgreementScanError.noWrittenAgreement('NO_AGREEMENT');
    if (agreement.form !== AgreementForm.WRITTEN) throw AgreementScanError.noWrittenAgreement('ORAL_AGREEMENT');
    const mime = scanTypeOf(claimedType);
    if (!mime) throw AgreementScanError.badType();
    if (!bytes.length) throw AgreementScanError.empty();
    if (bytes.length > MAX_SCAN_BYTES) throw AgreementScanError.tooLarge();
    if ((await fileTypeFromBuffer(bytes))?.mime !== mime) throw AgreementScanError.notWhatItClaims();
    if (mime !== 'application/pdf') {
      try {
        // A photo of a signed sheet carries where it was taken: never kept.
        bytes = await storablePhoto(bytes, mime, { keepLocation: false });
      } catch (error) {
        if (error instanceof UnreadableUploadError) throw AgreementScanError.notWhatItClaims();
        throw error;
      }
    }
    const viewerId = this.ctx.viewer!.id;
    const cipher = this.ctx.app.cipher;
    return this.ctx.em.transactional(async (tx) => {
      // One scan per agreement: a new upload replaces the old one.
      await tx.nativeDelete(AgreementScan, { agreement: agreement.id });
      const id = crypto.randomUUID();
      const scan = tx.create(AgreementScan, {
        id,
        agreement: tx.getReference(Agreement, agreement.id),
        mime,
        size: bytes.length,
        contentSealed: cipher.seal(bytes.toString('base64'), SEALED.agreementScan(id)),
        uploadedBy: tx.getReference(User, viewerId),
      });
      recordAction(this.ctx, tx, AGREEMENT_SCAN_UPLOADED, {
        entityType: 'MediationCase',
        entityId: kase.id,
        countyId: kase.county.id,
        details: { mime, size: bytes.length },
      });
      await tx.flush();
      return scan;
    });
  }

  /** The scan's bytes, for the case's parties and assigned advisers only, after the read is audited. */
  async read(caseId: string): Promise<{ mime: string; bytes: Buffer; caseNo: string }> {
    const { kase, agreement } = await this.caseAndAgreement(caseId);
    if (!(await this.policy.readsAgreementScan(kase.id))) throw AgreementScanError.forbiddenRead();
    const scan = agreement ? await this.ctx.em.findOne(AgreementScan, { agreement: agreement.id }, { populate: ['contentSealed'] }) : null;
    if (!scan) throw AgreementScanError.noScan();
    await confidentialReads(this.ctx).load({ entityType: 'MediationCase', entityId: kase.id, field: SCAN_FIELD, countyId: kase.county.id });
    try {
      const base64 = this.ctx.app.cipher.open(scan.contentSealed, SEALED.agreementScan(scan.id));
      return { mime: scan.mime, bytes: Buffer.from(base64, 'base64'), caseNo: kase.caseNo };
    } catch (error) {
      if (!(error instanceof FieldKeyMissingError)) throw error;
      throw new AgreementScanError(
        503,
        ErrorCode.SERVICE_UNAVAILABLE,
        `This file was sealed with field key ${error.keyId}, which is no longer configured`,
        {
          reason: 'KEY_MISSING',
          keyId: error.keyId,
        },
      );
    }
  }

  /** Each agreement's scan metadata (never its content), or null: one query per page. */
  byAgreement() {
    return loader<string, AgreementScan | null>(
      this.ctx,
      'agreement:scan',
      async (ids) => {
        // The sealed content is a lazy column: never read here.
        const rows = await this.ctx.em.find(AgreementScan, { agreement: { $in: [...ids] } });
        return new Map(rows.map((s) => [s.agreement.id, s]));
      },
      null,
    );
  }
}
