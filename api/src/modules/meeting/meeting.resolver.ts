import { MeetingPolicy } from './meeting.policy.js';
import { Arg, Args, Ctx, FieldResolver, ID, Int, Mutation, Query, Resolver, Root } from 'type-graphql';
import { Role } from '../../common/access/role.js';
import { Roles } from '../../common/access/rules.js';
import type { Context } from '../../context.js';
import { JudicialOffice } from '../office/judicial-office.entity.js';
import { Provider } from '../provider/provider.entity.js';
import { Village } from '../village/village.type.js';
import { VillageService } from '../village/village.service.js';
import { ActionItem, ConsultationMeeting, MeetingParticipant } from './consultation-meeting.entity.js';
import {
  ActionItemInput,
  ActionItemList,
  ActionItemListArgs,
  ConsultationMeetingList,
  ConsultationMeetingListArgs,
  CreateConsultationMeetingInput,
  UpdateConsultationMeetingInput,
} from './dto/meeting.inputs.js';
import { ActionItemStatus } from './meeting.enums.js';
import { MeetingService, isOverdue } from './meeting.service.js';
import { MultiLine } from '../../common/graphql/text-arguments.js';

const STAFF = [Role.BUREAU_ADMIN, Role.OFFICE_STAFF] as const;

@Resolver(() => ConsultationMeeting)
export class ConsultationMeetingResolver {
  @Query(() => ConsultationMeetingList, { description: 'Consultation meetings (会商): the bureau’s; an office, those it took part in' })
  @Roles(...STAFF)
  consultationMeetings(
    @Args(() => ConsultationMeetingListArgs) { options }: ConsultationMeetingListArgs,
    @Ctx() ctx: Context,
  ): Promise<ConsultationMeetingList> {
    return new MeetingService(ctx).list(options);
  }

  @Query(() => ConsultationMeeting, { nullable: true, description: 'One meeting; null when it does not exist or you may not see it' })
  @Roles(...STAFF)
  consultationMeeting(
    @Arg('id', () => ID, { description: 'The meeting’s id' }) id: string,
    @Ctx() ctx: Context,
  ): Promise<ConsultationMeeting | null> {
    return new MeetingService(ctx).byId(id);
  }

  @Mutation(() => ConsultationMeeting, { description: 'The bureau records a consultation meeting with its participants and action items' })
  @Roles(Role.BUREAU_ADMIN)
  createConsultationMeeting(
    @Arg('input', { description: 'The meeting' }) input: CreateConsultationMeetingInput,
    @Ctx() ctx: Context,
  ): Promise<ConsultationMeeting> {
    return new MeetingService(ctx).create(input);
  }

  @Mutation(() => ConsultationMeeting, { description: 'Change a meeting: minutes, decisions, participants' })
  @Roles(Role.BUREAU_ADMIN)
  updateConsultationMeeting(
    @Arg('id', () => ID, { description: 'The meeting' }) id: string,
    @Arg('input', { description: 'Fields to change, with the version you read' }) input: UpdateConsultationMeetingInput,
    @Ctx() ctx: Context,
  ): Promise<ConsultationMeeting> {
    return new MeetingService(ctx).update(id, input);
  }

  @Mutation(() => ActionItem, { description: 'Add an action item to a meeting' })
  @Roles(Role.BUREAU_ADMIN)
  addActionItem(
    @Arg('meetingId', () => ID, { description: 'The meeting' }) meetingId: string,
    @Arg('input', { description: 'The action item' }) input: ActionItemInput,
    @Ctx() ctx: Context,
  ): Promise<ActionItem> {
    return new MeetingService(ctx).addActionItem(meetingId, input);
  }

  @FieldResolver(() => [MeetingParticipant], { description: 'Offices, providers and villages that took part' })
  participants(@Root() meeting: ConsultationMeeting, @Ctx() ctx: Context): Promise<MeetingParticipant[]> {
    return new MeetingService(ctx).participantsByMeeting().load(meeting.id);
  }

  @FieldResolver(() => [ActionItem], { description: 'Its follow-ups (工作事项), by due date' })
  actionItems(@Root() meeting: ConsultationMeeting, @Ctx() ctx: Context): Promise<ActionItem[]> {
    return new MeetingService(ctx).itemsByMeeting().load(meeting.id);
  }

  @FieldResolver(() => Int, { description: 'Action items open past their due date' })
  async overdueCount(@Root() meeting: ConsultationMeeting, @Ctx() ctx: Context): Promise<number> {
    return (await new MeetingService(ctx).itemsByMeeting().load(meeting.id)).filter((i) => isOverdue(i)).length;
  }
}

@Resolver(() => MeetingParticipant)
export class MeetingParticipantResolver {
  @FieldResolver(() => JudicialOffice, { nullable: true, description: 'The judicial office; null unless kind is OFFICE' })
  office(@Root() p: MeetingParticipant): Promise<JudicialOffice> | null {
    return p.office ? (p.office.load() as Promise<JudicialOffice>) : null;
  }

  @FieldResolver(() => Provider, { nullable: true, description: 'The provider; null unless kind is PROVIDER' })
  provider(@Root() p: MeetingParticipant): Promise<Provider> | null {
    return p.provider ? (p.provider.load() as Promise<Provider>) : null;
  }

  @FieldResolver(() => Village, { nullable: true, description: 'The village, when it lies in your jurisdiction (its name is on the participant)' })
  village(@Root() p: MeetingParticipant, @Ctx() ctx: Context): Promise<Village | null> | null {
    return p.village ? (new VillageService(ctx).inScopeById().load(p.village.id) as Promise<Village | null>) : null;
  }
}

@Resolver(() => ActionItem)
export class ActionItemResolver {
  @Query(() => ActionItemList, { description: 'Action items of the meetings you may see; filter overdue or your own' })
  @Roles(...STAFF)
  actionItems(@Args(() => ActionItemListArgs) { options }: ActionItemListArgs, @Ctx() ctx: Context): Promise<ActionItemList> {
    return new MeetingService(ctx).listItems(options);
  }

  @Query(() => ActionItem, { nullable: true, description: 'One action item; null when it does not exist or you may not see it' })
  @Roles(...STAFF)
  actionItem(@Arg('id', () => ID, { description: 'The item’s id' }) id: string, @Ctx() ctx: Context): Promise<ActionItem | null> {
    return new MeetingService(ctx).itemById(id);
  }

  @Mutation(() => ActionItem, { description: 'Mark an action item open or done, with a note; an office only its own items' })
  @Roles(...STAFF)
  @MultiLine('note')
  updateActionItem(
    @Arg('id', () => ID, { description: 'The item' }) id: string,
    @Arg('status', () => ActionItemStatus, { description: 'Open or done' }) status: ActionItemStatus,
    @Arg('note', () => String, { nullable: true, description: 'Progress note; null leaves it as it is' }) note: string | null | undefined,
    @Arg('version', () => Int, { description: 'The version you read; a stale one is CONFLICT' }) version: number,
    @Ctx() ctx: Context,
  ): Promise<ActionItem> {
    return new MeetingService(ctx).updateItem(id, status, note, version);
  }

  @FieldResolver(() => Boolean, { description: 'Open and past its due date (Asia/Shanghai)' })
  overdue(@Root() item: ActionItem): boolean {
    return isOverdue(item);
  }

  @FieldResolver(() => Boolean, { description: 'You may update it: the bureau any item, an office the items its office owns' })
  canUpdate(@Root() item: ActionItem, @Ctx() ctx: Context): Promise<boolean> {
    return new MeetingPolicy(ctx).canUpdate(item);
  }

  @FieldResolver(() => ConsultationMeeting, { description: 'The meeting it came from' })
  meeting(@Root() item: ActionItem): Promise<ConsultationMeeting> {
    return item.meeting.load() as Promise<ConsultationMeeting>;
  }

  @FieldResolver(() => JudicialOffice, { nullable: true, description: 'The owning judicial office; null unless ownerKind is OFFICE' })
  ownerOffice(@Root() item: ActionItem): Promise<JudicialOffice> | null {
    return item.ownerOffice ? (item.ownerOffice.load() as Promise<JudicialOffice>) : null;
  }

  @FieldResolver(() => Provider, { nullable: true, description: 'The owning provider; null unless ownerKind is PROVIDER' })
  ownerProvider(@Root() item: ActionItem): Promise<Provider> | null {
    return item.ownerProvider ? (item.ownerProvider.load() as Promise<Provider>) : null;
  }
}
