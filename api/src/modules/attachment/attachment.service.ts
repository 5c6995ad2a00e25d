import type { EntityManager } from '@mikro-orm/postgresql';
import { createHash, randomUUID } from 'node:crypto';
import { fileTypeFromBuffer } from 'file-type';
import { CSV_MIME } from '../../common/documents/table-read.js';
import { conflictsAsErrors } from '../../common/errors/db-errors.js';
import { isId } from '../../common/graphql/ids.js';
import { groupBy, loader } from '../../common/graphql/loaders.js';
import { fileUrlSigner } from '../../common/storage/signed-url.js';
import { newStorageKey, storageFor, type Storage } from '../../common/storage/storage.js';
import type { Context } from '../../context.js';
import { AdviserError, AdviserService } from '../adviser/adviser.service.js';
import { LegalAdviser } from '../adviser/legal-adviser.entity.js';
import { User } from '../user/user.entity.js';
import { Attachment, OwnerType, type OwnerTypeName } from './attachment.entity.js';
import { AttachmentError } from './attachment.error.js';
import type { EvidencePhoto } from './evidence-photo.type.js';
import { storableContent, UnreadableUploadError } from './upload-content.js';
import { checkUploadQuota } from './upload-quota.js';
import { isImageMime, ruleForClaimedType } from './upload-rules.js';
import { readSettings } from '../setting/setting.service.js';

export interface UploadResult {
  id: string;
  mime: string;
  size: number;
}

export class AttachmentService {
  constructor(private readonly ctx: Context) {}

  private get em() {
    return this.ctx.em;
  }

  private get storage(): Storage {
    return storageFor(this.ctx.app.config);
  }

  /**
   * Stores an upload after checking the bytes themselves: the sniffed type must be the claimed one and the viewer's
   * role must be allowed that kind; a workbook must open, and a photo must decode and is stored re-encoded without its
   * metadata (location) unless the `keepPhotoLocation` setting is on. The row records the sniffed type, never the claim, and the size and
   * digest of the stored bytes.
   */
  /** The region whose settings apply to the uploader: a bureau's or office's scope, an adviser's county; none for a party. */
  private async uploaderRegion(): Promise<string | null> {
    const v = this.ctx.viewer!;
    if (v.scopeRegionId) return v.scopeRegionId;
    if (!v.adviserId) return null;
    return (await this.em.findOne(LegalAdviser, v.adviserId, { fields: ['county'] }))?.county.id ?? null;
  }

  async upload(bytes: Buffer, claimedType: string | undefined): Promise<UploadResult> {
    const rule = ruleForClaimedType(claimedType);
    if (!rule) throw AttachmentError.unsupportedType();
    if (!rule.roles.includes(this.ctx.viewer!.role)) throw AttachmentError.forbiddenType();
    if (!bytes.length) throw AttachmentError.empty();
    if (bytes.length > rule.maxBytes) throw AttachmentError.tooLarge(rule);
    // Text has no magic bytes: a CSV is whatever no binary format claims, and must then decode (storableContent).
    const binary = await fileTypeFromBuffer(bytes);
    const sniffed = rule.mime === CSV_MIME ? (binary ? undefined : { mime: CSV_MIME }) : binary;
    if (sniffed?.mime !== rule.mime) throw AttachmentError.notWhatItClaims(rule);
    const quota = this.ctx.app.config.uploadQuota;
    const viewerId = this.ctx.viewer!.id;
    // Refused before the photo is decoded, so a flood past the quota costs no decoding.
    await checkUploadQuota(this.em, viewerId, bytes.length, quota);
    const keepLocation = isImageMime(sniffed.mime) && (await readSettings(this.em, await this.uploaderRegion())).keepPhotoLocation;
    try {
      bytes = await storableContent(bytes, sniffed.mime, { keepLocation });
    } catch (error) {
      if (error instanceof UnreadableUploadError) throw AttachmentError.undecodable(rule);
      throw error;
    }

    const key = newStorageKey(rule.folder);
    await this.storage.put(key, bytes);
    try {
      // Checked again under a lock per uploader, with the stored size, so concurrent uploads cannot overrun the quota.
      const attachment = await this.em.transactional(async (tx) => {
        await tx.execute('select pg_advisory_xact_lock(hashtextextended(?, 0))', [`uploads:${viewerId}`]);
        await checkUploadQuota(tx, viewerId, bytes.length, quota);
        const row = tx.create(Attachment, {
          id: randomUUID(),
          mime: sniffed.mime,
          size: bytes.length,
          sha256: createHash('sha256').update(bytes).digest('hex'),
          storageKey: key,
          uploadedBy: tx.getReference(User, viewerId),
        });
        await tx.flush();
        return row;
      });
      return { id: attachment.id, mime: attachment.mime, size: attachment.size };
    } catch (error) {
      await this.storage.remove(key).catch(() => undefined);
      throw error;
    }
  }

  /**
   * An upload the viewer made, of an accepted type. Uploads are claimed only by their uploader,
   * so an id seen elsewhere cannot be used to take someone else's file.
   */
  async ownUpload(attachmentId: string, field: string, what: string, accept: (mime: string) => boolean): Promise<Attachment> {
    const attachment = isId(attachmentId) ? await this.em.findOne(Attachment, { id: attachmentId, uploadedBy: this.ctx.viewer!.id }) : null;
    if (!attachment || !accept(attachment.mime)) throw AttachmentError.notYourUpload(field, what);
    return attachment;
  }

  async bytesOf(attachment: Attachment): Promise<Buffer> {
    const bytes = await this.storage.get(attachment.storageKey);
    if (!bytes) throw AttachmentError.fileNotFound();
    return bytes;
  }

  /**
   * Makes exactly `ids` (uploads of the viewer, checked with `ownUpload` beforehand) the photos of one owner, inside
   * the caller's transaction: each is claimed with a conditional update, so a file another owner took meanwhile is a
   * CONFLICT; photos the owner no longer lists are let go.
   */
  async setPhotosOf(tx: EntityManager, ownerType: OwnerTypeName, ownerId: string, ids: readonly string[], field: string): Promise<void> {
    const unique = [...new Set(ids)];
    await tx.nativeUpdate(Attachment, { ownerType, ownerId, id: { $nin: unique } }, { ownerType: null, ownerId: null });
    if (!unique.length) return;
    const claimed = await tx.nativeUpdate(
      Attachment,
      { id: { $in: unique }, uploadedBy: this.ctx.viewer!.id, $or: [{ ownerType: null }, { ownerType, ownerId }] },
      { ownerType, ownerId },
    );
    if (claimed !== unique.length) throw AttachmentError.inUse(field);
  }

  /** Sets an adviser's photo. The attachment is claimed with a conditional update, so one file serves one owner. */
  async setAdviserPhoto(adviserId: string, attachmentId: string): Promise<LegalAdviser> {
    const adviser = await new AdviserService(this.ctx).byId(adviserId);
    if (!adviser) throw AdviserError.notFound();
    const photo = await this.ownUpload(attachmentId, 'attachmentId', 'photo', isImageMime);
    if (photo.ownerType && !(photo.ownerType === OwnerType.ADVISER_PHOTO && photo.ownerId === adviser.id)) {
      throw AttachmentError.inUse('attachmentId');
    }
    // The adviser row is versioned: a concurrent edit of the adviser makes this CONFLICT rather than a lost update.
    await conflictsAsErrors(() =>
      this.em.transactional(async (tx) => {
        const claimed = await tx.nativeUpdate(
          Attachment,
          { id: photo.id, $or: [{ ownerType: null }, { ownerType: OwnerType.ADVISER_PHOTO, ownerId: adviser.id }] },
          { ownerType: OwnerType.ADVISER_PHOTO, ownerId: adviser.id },
        );
        if (!claimed) throw AttachmentError.inUse('attachmentId');
        adviser.photo = tx.getReference(Attachment, photo.id, { wrapped: true });
        await tx.flush();
      }),
    );
    return adviser;
  }

  /**
   * Signed links to the photos of each owner of a kind (`WorkLogEntry`, `Highlight`, `Training`), one query per
   * request. Only a field resolver of an owner the viewer has already reached may hand them out.
   */
  photosOf(ownerType: OwnerTypeName) {
    const signer = fileUrlSigner(this.ctx.app.config.jwtSecret);
    return loader<string, EvidencePhoto[]>(
      this.ctx,
      `photos:${ownerType}`,
      async (ownerIds) => {
        const rows = await this.ctx.em.find(Attachment, { ownerType, ownerId: { $in: [...ownerIds] } }, { orderBy: { createdAt: 'asc', id: 'asc' } });
        const grouped = groupBy(rows, (a) => a.ownerId!);
        return new Map([...grouped].map(([k, v]) => [k, v.map((a) => ({ id: a.id, mime: a.mime, url: signer.url(a.id) }))]));
      },
      [],
    );
  }

  /** A short-lived link to the adviser's photo, or null without one. */
  photoUrl(adviser: LegalAdviser): string | null {
    return adviser.photo ? fileUrlSigner(this.ctx.app.config.jwtSecret).url(adviser.photo.id) : null;
  }
}
