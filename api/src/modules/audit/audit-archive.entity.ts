import { Entity, PrimaryKey, Property } from '@mikro-orm/decorators/legacy';
import { Field, Int, ObjectType } from 'type-graphql';
import { WithParent } from '../../common/access/rules.js';

/**
 * One month of the audit trail archived by retention (审计归档): the partition detached from `audit_event`, the file
 * it was written to (which the bureau keeps), how many events and their SHA-256, and when the partition was dropped
 * once the file was kept. A month is listed here from its archiving on; dropping never deletes the row.
 */
@Entity({ tableName: 'audit_archive' })
@WithParent()
@ObjectType({ description: '审计归档: one archived month of the audit trail' })
export class AuditArchive {
  @PrimaryKey({ length: 7 })
  @Field({ description: 'The month (YYYY-MM, Asia/Shanghai)' })
  month!: string;

  /** The archived partition's table, attached to audit_event_archived until dropped. */
  @Property({ length: 63 })
  partition!: string;

  @Property({ type: 'text' })
  @Field({ description: 'The archive file’s name in the server’s archive directory (AUDIT_ARCHIVE_DIR)' })
  file!: string;

  @Property({ type: 'integer' })
  @Field(() => Int, { description: 'Events in the month, in the whole installation' })
  events!: number;

  @Property({ length: 64 })
  @Field({ description: 'SHA-256 of the archive file, to check a kept copy against' })
  sha256!: string;

  @Property({ columnType: 'timestamptz' })
  @Field(() => Date, { description: 'When the month was archived' })
  archivedAt!: Date;

  @Property({ columnType: 'timestamptz', nullable: true })
  @Field(() => Date, { nullable: true, description: 'When the archived partition was dropped; null while it is still listable' })
  droppedAt?: Date | null;
}
