import { type Ref, type Rel } from '@mikro-orm/core';
import { Entity, Index, ManyToOne, PrimaryKey, Property, Unique } from '@mikro-orm/decorators/legacy';
import { LegalAdviser } from '../adviser/legal-adviser.entity.js';
import { CommitteeMember } from '../village/committee-member.entity.js';
import { MediationCase } from './mediation-case.entity.js';

/**
 * An adviser assigned to a case. While the assignment is active (not ended) and the adviser is ACTIVE with an enabled
 * account, the adviser is entitled to the case's confidential text; a reassignment ends it.
 */
@Entity({ tableName: 'case_adviser' })
@Unique({ name: 'case_adviser_case_adviser_unique', properties: ['case', 'adviser'] })
@Index({
  name: 'case_adviser_one_lead',
  expression: 'create unique index "case_adviser_one_lead" on "case_adviser" ("case_id") where "lead"',
})
export class CaseAdviser {
  @PrimaryKey({ type: 'uuid' })
  id!: string;

  @ManyToOne(() => MediationCase, { deleteRule: 'cascade', index: true })
  case!: Rel<MediationCase>;

  @ManyToOne(() => LegalAdviser, { ref: true, deleteRule: 'restrict', index: true })
  adviser!: Ref<LegalAdviser>;

  @Property({ columnType: 'timestamptz', nullable: true })
  endedAt?: Date | null;

  /** The lead adviser (主办法律顾问) the bureau named: at most one per case; takes the remainder fen of a split subsidy. */
  @Property({ default: false })
  lead?: boolean = false;
}

/** A committee mediator (人民调解员) assigned to a case. */
@Entity({ tableName: 'case_mediator' })
@Unique({ name: 'case_mediator_case_member_unique', properties: ['case', 'member'] })
export class CaseMediator {
  @PrimaryKey({ type: 'uuid' })
  id!: string;

  @ManyToOne(() => MediationCase, { deleteRule: 'cascade', index: true })
  case!: Rel<MediationCase>;

  @ManyToOne(() => CommitteeMember, { ref: true, deleteRule: 'restrict' })
  member!: Ref<CommitteeMember>;
}
