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
@ObjectType({ description: '调解协议' })
export class Agreement {
  [OptionalProps]?: 'reviewStatus' | 'performance' | 'amountFen' | 'version' | 'createdAt';

  @PrimaryKey({ type: 'uuid' })
  @Field(() => ID)
  @WithParent()
  id!: string;

  @OneToOne(() => MediationCase, { owner: true, deleteRule: 'cascade' })
  case!: Rel<MediationCase>;

  @Enum({ items: () => AgreementForm })
  @Field(() => AgreementForm)
  @WithParent()
  form!: AgreementForm;

  /** ★ Sealed agreement text. */
  @Property({ type: 'text', nullable: true, lazy: true })
  contentSealed?: string | null;

  @Property({ type: 'integer', default: 0 })
  @Field(() => Int, { description: 'Amount agreed, in fen' })
  @WithParent()
  amountFen: number = 0;

  @Property({ type: 'date', nullable: true })
  @Field(() => DateScalar, { nullable: true, description: 'The day it was signed (or recorded, when oral)' })
  @WithParent()
  signedAt?: string | null;

  @Enum({ items: () => ReviewStatus, default: ReviewStatus.PENDING })
  @Field(() => ReviewStatus)
  @WithParent()
  reviewStatus: ReviewStatus = ReviewStatus.PENDING;

  /** ★ The adviser's review comments quote the agreement, so they are sealed like it. */
  @Property({ type: 'text', nullable: true, lazy: true })
  reviewCommentSealed?: string | null;

  @ManyToOne(() => User, { ref: true, nullable: true, deleteRule: 'restrict' })
  reviewedBy?: Ref<User> | null;

  @Property({ columnType: 'timestamptz', nullable: true })
  @Field(() => Date, { nullable: true })
  @WithParent()
  reviewedAt?: Date | null;

  @Property({ type: 'date', nullable: true })
  @Field(() => DateScalar, { nullable: true, description: 'Judicial confirmation applied for (司法确认申请)' })
  @WithParent()
  confirmationAppliedOn?: string | null;

  @Property({ type: 'string', length: 100, nullable: true })
  @Field(() => String, { nullable: true })
  @WithParent()
  confirmationCourt?: string | null;

  @Enum({ items: () => ConfirmationResult, nullable: true })
  @Field(() => ConfirmationResult, { nullable: true })
  @WithParent()
  confirmationResult?: ConfirmationResult | null;

  @Property({ type: 'string', length: 60, nullable: true })
  @Field(() => String, { nullable: true })
  @WithParent()
  confirmationRulingNo?: string | null;

  @Property({ type: 'date', nullable: true })
  @Field(() => DateScalar, { nullable: true })
  @WithParent()
  confirmationDecidedOn?: string | null;

  @Enum({ items: () => Performance, default: Performance.PENDING })
  @Field(() => Performance)
  @WithParent()
  performance: Performance = Performance.PENDING;

  @Property({ version: true })
  @Field(() => Int)
  @WithParent()
  version!: number;

  @Property({ columnType: 'timestamptz', defaultRaw: 'now()' })
  createdAt: Date = now();
}
