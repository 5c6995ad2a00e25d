import { OptionalProps, type Ref, type Rel } from '@mikro-orm/core';
import { Entity, Enum, ManyToOne, OneToOne, PrimaryKey, Property } from '@mikro-orm/decorators/legacy';
import { Field, ID, Int, ObjectType } from 'type-graphql';
import { WithParent } from '../../common/access/rules.js';
import { DateScalar } from '../../common/graphql/scalars.js';
import { User } from '../user/user.entity.js';
import { AgreementForm, ConfirmationResult, Performance, ReviewStatus } from './case.enums.js';
import { MediationCase } from './mediation-case.entity.js';
import { now } from '../../common/clock.js';

/** A mediation agreement (调解协议). Its content is confidential: sealed, no @Field, served by a guarded resolver. */
@Entity({ tableName: 'agreement' })
@WithParent()
@ObjectType({ description: '调解协议' })
export class Agreement {
  [OptionalProps]?: 'reviewStatus' | 'performance' | 'amountFen' | 'version' | 'createdAt';

  @PrimaryKey({ type: 'uuid' })
  @Field(() => ID, { description: 'Stable identifier (UUID)' })
  id!: string;

  @OneToOne(() => MediationCase, { owner: true, deleteRule: 'cascade' })
  case!: Rel<MediationCase>;

  @Enum({ items: () => AgreementForm })
  @Field(() => AgreementForm, { description: 'Written or oral (书面协议, 口头协议)' })
  form!: AgreementForm;

  /** ★ Sealed agreement text. */
  @Property({ type: 'text', nullable: true, lazy: true })
  contentSealed?: string | null;

  @Property({ type: 'integer', default: 0 })
  @Field(() => Int, { description: 'Amount agreed, in fen' })
  amountFen: number = 0;

  @Property({ type: 'date', nullable: true })
  @Field(() => DateScalar, { nullable: true, description: 'The day it was signed (or recorded, when oral)' })
  signedAt?: string | null;

  @Enum({ items: () => ReviewStatus, default: ReviewStatus.PENDING })
  @Field(() => ReviewStatus, { description: 'The assigned adviser’s legal review (协议把关): PENDING until they review it' })
  reviewStatus: ReviewStatus = ReviewStatus.PENDING;

  /** ★ The adviser's review comments quote the agreement, so they are sealed like it. */
  @Property({ type: 'text', nullable: true, lazy: true })
  reviewCommentSealed?: string | null;

  @ManyToOne(() => User, { ref: true, nullable: true, deleteRule: 'restrict' })
  reviewedBy?: Ref<User> | null;

  @Property({ columnType: 'timestamptz', nullable: true })
  @Field(() => Date, { nullable: true, description: 'When the adviser reviewed it; null until reviewed' })
  reviewedAt?: Date | null;

  @Property({ type: 'date', nullable: true })
  @Field(() => DateScalar, { nullable: true, description: 'Judicial confirmation applied for (司法确认申请)' })
  confirmationAppliedOn?: string | null;

  @Property({ type: 'string', length: 100, nullable: true })
  @Field(() => String, { nullable: true, description: 'Court applied to for judicial confirmation; null when not applied for' })
  confirmationCourt?: string | null;

  @Enum({ items: () => ConfirmationResult, nullable: true })
  @Field(() => ConfirmationResult, { nullable: true, description: 'The court’s decision; null while pending or not applied for' })
  confirmationResult?: ConfirmationResult | null;

  @Property({ type: 'string', length: 60, nullable: true })
  @Field(() => String, { nullable: true, description: 'Ruling number (裁定书文号); null until decided' })
  confirmationRulingNo?: string | null;

  @Property({ type: 'date', nullable: true })
  @Field(() => DateScalar, { nullable: true, description: 'Day the court decided; null until decided' })
  confirmationDecidedOn?: string | null;

  @Enum({ items: () => Performance, default: Performance.PENDING })
  @Field(() => Performance, { description: 'Whether the parties carried it out (履行情况), as the latest return visit found' })
  performance: Performance = Performance.PENDING;

  @Property({ version: true })
  @Field(() => Int, { description: 'Send it back with an update (review, judicial confirmation); a stale one is CONFLICT' })
  version!: number;

  @Property({ columnType: 'timestamptz', defaultRaw: 'now()' })
  createdAt: Date = now();
}
