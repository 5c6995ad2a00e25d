import { OptionalProps, type Ref, type Rel } from '@mikro-orm/core';
import { Entity, ManyToOne, OneToOne, PrimaryKey, Property } from '@mikro-orm/decorators/legacy';
import { Field, Int, ObjectType } from 'type-graphql';
import { WithParent } from '../../common/access/rules.js';
import { now } from '../../common/clock.js';
import { User } from '../user/user.entity.js';
import { Agreement } from './agreement.entity.js';

/**
 * The signed paper of a written agreement (协议书签字扫描件): a photo (JPEG, PNG) or a PDF. Confidential like the
 * agreement's text: the bytes are kept only sealed (the field cipher over their base64, bound to this table, column
 * and row), in the database beside the agreement, so that the backup, the key rotation and the restore check treat it
 * as every other sealed value. Its metadata (type, size, when) is visible to whoever sees the agreement.
 */
@Entity({ tableName: 'agreement_scan' })
@WithParent()
@ObjectType({ description: '协议书签字扫描件: that a signed scan exists, and what it is; its content is served only to the entitled' })
export class AgreementScan {
  [OptionalProps]?: 'uploadedAt';

  @PrimaryKey({ type: 'uuid' })
  id!: string;

  @OneToOne(() => Agreement, { owner: true, deleteRule: 'cascade', unique: 'agreement_scan_agreement_unique' })
  agreement!: Rel<Agreement>;

  @Property({ length: 100 })
  @Field({ description: 'What the file is, sniffed from its bytes: image/jpeg, image/png or application/pdf' })
  mime!: string;

  @Property({ type: 'integer' })
  @Field(() => Int, { description: 'Its size in bytes' })
  size!: number;

  /** ★ Sealed: the file's base64. Never read but to serve it to an entitled viewer, after the audit row. */
  @Property({ type: 'text', lazy: true })
  contentSealed!: string;

  @ManyToOne(() => User, { ref: true, deleteRule: 'restrict' })
  uploadedBy!: Ref<User>;

  @Property({ columnType: 'timestamptz', defaultRaw: 'now()' })
  @Field(() => Date, { description: 'When it was uploaded' })
  uploadedAt: Date = now();
}
