import { Entity, PrimaryKey, Property } from '@mikro-orm/decorators/legacy';

/**
 * One month of the audit trail archived by retention (审计归档): the partition detached from `audit_event`, the file
 * it was written to (which the bureau keeps), how many events and their SHA-256, and when the partition was dropped
 * once the file was kept. A month is listed here from its archiving on; dropping never deletes the row. Read by
 * `npm run audit-archive -- list`; not part of the GraphQL schema.
 */
@Entity({ tableName: 'audit_archive' })
export class AuditArchive {
  /** The month (YYYY-MM, Asia/Shanghai). */
  @PrimaryKey({ length: 7 })
  month!: string;

  /** The archived partition's table, attached to audit_event_archived until dropped. */
  @Property({ length: 63 })
  partition!: string;

  /** The archive file's name in AUDIT_ARCHIVE_DIR. */
  @Property({ type: 'text' })
  file!: string;

  /** Events in the month, in the whole installation. */
  @Property({ type: 'integer' })
  events!: number;

  /** SHA-256 of the archive file, to check a kept copy against. */
  @Property({ length: 64 })
  sha256!: string;

  @Property({ columnType: 'timestamptz' })
  archivedAt!: Date;

  /** When the archived partition was dropped; null while it is still listable. */
  @Property({ columnType: 'timestamptz', nullable: true })
  droppedAt?: Date | null;
}
