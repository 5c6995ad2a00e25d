import { OptionalProps, type Ref } from '@mikro-orm/core';
import { Entity, Index, ManyToOne, PrimaryKey, Property } from '@mikro-orm/decorators/legacy';
import { User } from '../user/user.entity.js';
import { now } from '../../common/clock.js';

/** `ownerType` values, the one list of what an attachment can be attached to. */
export const OwnerType = {
  ADVISER_PHOTO: 'LegalAdviser',
  ROSTER_IMPORT: 'RosterImport',
  WORK_LOG_ENTRY: 'WorkLogEntry',
  HIGHLIGHT: 'Highlight',
  TRAINING: 'Training',
} as const;
export type OwnerTypeName = (typeof OwnerType)[keyof typeof OwnerType];

/**
 * An uploaded file (a photo today; evidence later). The bytes live behind the storage interface; the row records
 * what the bytes really are (sniffed, not claimed), their size and digest, and who uploaded them.
 */
@Entity({ tableName: 'attachment' })
@Index({ name: 'attachment_owner_idx', properties: ['ownerType', 'ownerId'] })
// The upload quota sums one uploader's recent files on every upload.
@Index({ name: 'attachment_uploader_created_idx', properties: ['uploadedBy', 'createdAt'] })
export class Attachment {
  [OptionalProps]?: 'createdAt';

  @PrimaryKey({ type: 'uuid' })
  id!: string;

  /** What the file belongs to once attached (an `OwnerType`); null while only uploaded. */
  @Property({ type: 'string', length: 40, nullable: true })
  ownerType?: string | null;

  @Property({ type: 'uuid', nullable: true })
  ownerId?: string | null;

  @Property({ length: 100 })
  mime!: string;

  @Property({ type: 'integer' })
  size!: number;

  @Property({ length: 64 })
  sha256!: string;

  @Property({ length: 200 })
  storageKey!: string;

  @ManyToOne(() => User, { ref: true, deleteRule: 'restrict' })
  uploadedBy!: Ref<User>;

  @Property({ columnType: 'timestamptz', defaultRaw: 'now()' })
  createdAt: Date = now();
}
