import { OptionalProps, type Ref } from '@mikro-orm/core';
import { Check, Entity, Enum, Index, ManyToOne, PrimaryKey, Property, Unique } from '@mikro-orm/decorators/legacy';
import { Field, ID, Int, ObjectType } from 'type-graphql';
import { WithParent } from '../../common/access/rules.js';
import { DateScalar } from '../../common/graphql/scalars.js';
import { JudicialOffice } from '../office/judicial-office.entity.js';
import { Provider } from '../provider/provider.entity.js';
import { Region } from '../region/region.entity.js';
import { User } from '../user/user.entity.js';
import { ActionItemOwnerKind, ActionItemStatus, ParticipantKind } from './meeting.enums.js';
import { now } from '../../common/clock.js';

/** A consultation meeting (常态化会商, rule 10 in docs/domain.md) the bureau holds with offices, law firms and villages. */
@Entity({ tableName: 'consultation_meeting' })
@Index({ name: 'consultation_meeting_county_at_idx', properties: ['county', 'at'] })
@WithParent()
@ObjectType({ description: '会商会议' })
export class ConsultationMeeting {
  [OptionalProps]?: 'createdAt' | 'updatedAt' | 'minutes' | 'decisions' | 'version';

  @PrimaryKey({ type: 'uuid' })
  @Field(() => ID, { description: 'Stable identifier (UUID)' })
  id!: string;

  @ManyToOne(() => Region, { ref: true, deleteRule: 'restrict' })
  county!: Ref<Region>;

  @Property({ length: 200 })
  @Field({ description: 'Title, e.g. 2026年第二季度会商' })
  title!: string;

  @Property({ columnType: 'timestamptz' })
  @Field(() => Date, { description: 'When it was held' })
  at!: Date;

  @Property({ length: 200 })
  @Field({ description: 'Where it was held' })
  venue!: string;

  @Property({ type: 'text' })
  @Field({ description: 'Agenda (议程)' })
  agenda!: string;

  @Property({ type: 'text', nullable: true })
  @Field(() => String, { nullable: true, description: 'Minutes (会议纪要)' })
  minutes?: string | null;

  @Property({ type: 'text', nullable: true })
  @Field(() => String, { nullable: true, description: 'Decisions (议定事项)' })
  decisions?: string | null;

  @ManyToOne(() => User, { ref: true, deleteRule: 'restrict' })
  createdBy!: Ref<User>;

  @Property({ columnType: 'timestamptz', defaultRaw: 'now()' })
  @Field(() => Date, { description: 'When it was recorded' })
  createdAt: Date = now();

  @Property({ columnType: 'timestamptz', defaultRaw: 'now()', onUpdate: () => now() })
  @Field(() => Date, { description: 'When it was last changed' })
  updatedAt: Date = now();

  @Property({ version: true })
  @Field(() => Int, { description: 'Send it back with an update; a stale one is CONFLICT' })
  version: number = 1;
}

/** Who took part: exactly one of an office, a provider (law firm etc.) or a village. */
@Entity({ tableName: 'meeting_participant' })
@Check({ name: 'meeting_participant_one_party', expression: 'num_nonnulls("office_id", "provider_id", "village_id") = 1' })
@Unique({ name: 'meeting_participant_office_unique', properties: ['meeting', 'office'] })
@Unique({ name: 'meeting_participant_provider_unique', properties: ['meeting', 'provider'] })
@Unique({ name: 'meeting_participant_village_unique', properties: ['meeting', 'village'] })
@WithParent()
@ObjectType({ description: '会商参加单位' })
export class MeetingParticipant {
  @PrimaryKey({ type: 'uuid' })
  @Field(() => ID, { description: 'Stable identifier (UUID)' })
  id!: string;

  @ManyToOne(() => ConsultationMeeting, { ref: true, deleteRule: 'cascade' })
  meeting!: Ref<ConsultationMeeting>;

  @Enum({ items: () => ParticipantKind })
  @Field(() => ParticipantKind, { description: 'Office, provider or village' })
  kind!: ParticipantKind;

  @ManyToOne(() => JudicialOffice, { ref: true, deleteRule: 'restrict', nullable: true, index: true })
  office?: Ref<JudicialOffice> | null;

  @ManyToOne(() => Provider, { ref: true, deleteRule: 'restrict', nullable: true })
  provider?: Ref<Provider> | null;

  @ManyToOne(() => Region, { ref: true, deleteRule: 'restrict', nullable: true })
  village?: Ref<Region> | null;

  /** The participant's name when it was added, so the list needs no join. */
  @Property({ length: 200 })
  @Field({ description: 'Its name when it was added' })
  name!: string;
}

/** A follow-up from a meeting, owned by an office, a provider or the bureau, due on a date. */
@Entity({ tableName: 'action_item' })
@Check({
  name: 'action_item_one_owner',
  expression: `("owner_kind" = 'OFFICE') = ("owner_office_id" is not null)
  and ("owner_kind" = 'PROVIDER') = ("owner_provider_id" is not null)`,
})
@Check({ name: 'action_item_done_at', expression: `("status" = 'DONE') = ("done_at" is not null)` })
@Index({ name: 'action_item_meeting_idx', properties: ['meeting', 'dueOn'] })
@WithParent()
@ObjectType({ description: '会商工作事项' })
export class ActionItem {
  [OptionalProps]?: 'status' | 'createdAt' | 'note' | 'doneAt' | 'version';

  @PrimaryKey({ type: 'uuid' })
  @Field(() => ID, { description: 'Stable identifier (UUID)' })
  id!: string;

  @ManyToOne(() => ConsultationMeeting, { ref: true, deleteRule: 'cascade' })
  meeting!: Ref<ConsultationMeeting>;

  @Property({ length: 300 })
  @Field({ description: 'What is to be done' })
  title!: string;

  @Enum({ items: () => ActionItemOwnerKind })
  @Field(() => ActionItemOwnerKind, { description: 'Who owns it: an office, a provider or the bureau' })
  ownerKind!: ActionItemOwnerKind;

  @ManyToOne(() => JudicialOffice, { ref: true, deleteRule: 'restrict', nullable: true, index: true })
  ownerOffice?: Ref<JudicialOffice> | null;

  @ManyToOne(() => Provider, { ref: true, deleteRule: 'restrict', nullable: true })
  ownerProvider?: Ref<Provider> | null;

  @Property({ length: 200 })
  @Field({ description: 'The owner’s name (司法所, 律所 or 县司法局)' })
  ownerName!: string;

  @Property({ type: 'date' })
  @Field(() => DateScalar, { description: 'Day it is due' })
  dueOn!: string;

  @Enum({ items: () => ActionItemStatus, default: ActionItemStatus.OPEN })
  @Field(() => ActionItemStatus, { description: 'Open or done' })
  status: ActionItemStatus = ActionItemStatus.OPEN;

  @Property({ columnType: 'timestamptz', nullable: true })
  @Field(() => Date, { nullable: true, description: 'When it was marked done; null while open' })
  doneAt?: Date | null;

  @Property({ type: 'text', nullable: true })
  @Field(() => String, { nullable: true, description: 'Progress note by the owner' })
  note?: string | null;

  @ManyToOne(() => User, { ref: true, deleteRule: 'restrict', nullable: true })
  updatedBy?: Ref<User> | null;

  @Property({ version: true })
  @Field(() => Int, { description: 'Send it back with an update; a stale one is CONFLICT' })
  version: number = 1;

  @Property({ columnType: 'timestamptz', defaultRaw: 'now()' })
  @Field(() => Date, { description: 'When it was recorded' })
  createdAt: Date = now();
}
