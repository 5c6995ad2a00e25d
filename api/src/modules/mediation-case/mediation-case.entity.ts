import { Collection, OptionalProps, type Ref } from '@mikro-orm/core';
import { Check, Entity, Enum, Index, ManyToOne, OneToMany, PrimaryKey, Property, Unique } from '@mikro-orm/decorators/legacy';
import { Directive, Field, ID, Int, ObjectType } from 'type-graphql';
import { WithParent } from '../../common/access/rules.js';
import { DateScalar } from '../../common/graphql/scalars.js';
import { Region } from '../region/region.entity.js';
import { User } from '../user/user.entity.js';
import { CaseParty } from './case-party.entity.js';
import { CaseLevel, CaseSource, CaseStatus, CaseTier, ClosureReason, DisputeType, ReferrerKind } from './case.enums.js';
import { now } from '../../common/clock.js';

/**
 * A people's mediation case (调解案件). Metadata columns are plain; the summary is confidential: it is stored only
 * sealed (FieldCipher, bound to this row), has no @Field, and is served by a guarded field resolver that audits.
 */
@Entity({ tableName: 'mediation_case' })
@Unique({ name: 'mediation_case_county_year_seq_unique', properties: ['county', 'year', 'seq'] })
// A number is unique within its county only: the printed prefix is the county's first character, which two counties
// of one installation may share (交城县, 交口县). The year is inside the number.
@Unique({ name: 'mediation_case_county_case_no_unique', properties: ['county', 'caseNo'] })
@Index({ name: 'mediation_case_township_status_idx', properties: ['township', 'status'] })
// From EXPLAIN at province scale (api/bench/EXPLAIN.md): the newest cases first, a month's or a period's cases, for a
// county (its own column first) and for a city or the province (every county): without these, a sort of every case.
@Index({
  name: 'mediation_case_county_received_idx',
  expression: 'create index "mediation_case_county_received_idx" on "mediation_case" ("county_id", "received_on" desc, "id")',
})
@Index({
  name: 'mediation_case_received_idx',
  expression: 'create index "mediation_case_received_idx" on "mediation_case" ("received_on" desc, "id")',
})
@Check({ name: 'mediation_case_amount_not_negative', expression: '"amount_fen" >= 0' })
// A Federation entity (common/graphql/federation.ts): other subgraphs extend it by its key.
@Directive('@key(fields: "id")')
@WithParent()
@ObjectType({ description: '人民调解案件' })
export class MediationCase {
  [OptionalProps]?: 'level' | 'status' | 'createdAt' | 'updatedAt' | 'version' | 'amountFen';

  @PrimaryKey({ type: 'uuid' })
  @Field(() => ID, { description: 'Stable identifier (UUID)' })
  id!: string;

  @ManyToOne(() => Region, { ref: true, deleteRule: 'restrict', index: true })
  county!: Ref<Region>;

  /** Denormalised from the village so that scope filters are one indexed predicate. */
  @ManyToOne(() => Region, { ref: true, deleteRule: 'restrict' })
  township!: Ref<Region>;

  @ManyToOne(() => Region, { ref: true, deleteRule: 'restrict', index: true })
  village!: Ref<Region>;

  @Property({ type: 'integer' })
  year!: number;

  @Property({ type: 'integer' })
  seq!: number;

  @Property({ length: 40 })
  @Field({ description: 'Case number, per county and year, e.g. （2026）交调字第12号; unique within the county only' })
  caseNo!: string;

  @Enum({ items: () => CaseSource })
  @Field(() => CaseSource, { description: 'How the case came in (案件来源)' })
  source!: CaseSource;

  @Enum({ items: () => ReferrerKind, nullable: true })
  @Field(() => ReferrerKind, { nullable: true, description: 'Kind of referring body; null unless the source is REFERRAL' })
  referrerKind?: ReferrerKind | null;

  @Property({ type: 'string', length: 100, nullable: true })
  @Field(() => String, { nullable: true, description: 'The referring body (委托移送单位)' })
  referrerName?: string | null;

  @Enum({ items: () => DisputeType })
  @Field(() => DisputeType, { description: 'Category of the dispute (纠纷类型, Ministry of Justice statistics)' })
  disputeType!: DisputeType;

  @Property({ type: 'integer', default: 0 })
  @Field(() => Int, { description: 'Amount involved, in fen' })
  amountFen: number = 0;

  @Enum({ items: () => CaseTier })
  @Field(() => CaseTier, { description: '一般, 疑难 or 重大' })
  tier!: CaseTier;

  @Enum({ items: () => CaseStatus, default: CaseStatus.REGISTERED })
  @Field(() => CaseStatus, { description: 'Where the case is in its workflow' })
  status: CaseStatus = CaseStatus.REGISTERED;

  @Enum({ items: () => CaseLevel, default: CaseLevel.VILLAGE })
  @Field(() => CaseLevel, { description: 'Where the case is being handled: village, township or county and above' })
  level: CaseLevel = CaseLevel.VILLAGE;

  @Enum({ items: () => CaseLevel, nullable: true })
  @Field(() => CaseLevel, { nullable: true, description: 'Where it was resolved (小事不出村、大事不出镇)' })
  resolvedLevel?: CaseLevel | null;

  @Property({ type: 'date' })
  @Field(() => DateScalar, { description: 'Day the dispute was received' })
  receivedOn!: string;

  @Property({ type: 'date', nullable: true })
  @Field(() => DateScalar, { nullable: true, description: 'Day it was accepted (受理); null before' })
  acceptedOn?: string | null;

  @Property({ type: 'date', nullable: true })
  @Field(() => DateScalar, { nullable: true, description: 'Day it was closed; null while open' })
  closedOn?: string | null;

  @Enum({ items: () => ClosureReason, nullable: true })
  @Field(() => ClosureReason, { nullable: true, description: 'Why it was closed; null while open' })
  closureReason?: ClosureReason | null;

  /** ★ Sealed summary of the dispute; never selected into a response except through the guarded resolver. */
  @Property({ type: 'text', nullable: true, lazy: true })
  summarySealed?: string | null;

  @OneToMany(
    () => CaseParty,
    (p) => p.case,
  )
  parties = new Collection<CaseParty>(this);

  @ManyToOne(() => User, { ref: true, deleteRule: 'restrict', nullable: true })
  createdBy?: Ref<User> | null;

  @Property({ version: true })
  @Field(() => Int, { description: 'Send it back with a workflow step; a stale one is CONFLICT' })
  version!: number;

  @Property({ columnType: 'timestamptz', defaultRaw: 'now()' })
  @Field(() => Date, { description: 'When it was registered in the system' })
  createdAt: Date = now();

  @Property({ columnType: 'timestamptz', defaultRaw: 'now()', onUpdate: () => now() })
  updatedAt: Date = now();
}
