import type { FilterQuery } from '@mikro-orm/core';
import { MeetingPolicy } from './meeting.policy.js';
import { listPage } from '../../common/graphql/list-engine.js';
import { regionsUnder, under } from '../../common/access/jurisdiction.js';
import type { EntityManager } from '@mikro-orm/postgresql';
import { Role } from '../../common/access/role.js';
import { AppError } from '../../common/errors/app-error.js';
import { conflictsAsErrors } from '../../common/errors/db-errors.js';
import { addDays, today } from '../../common/graphql/dates.js';
import { isId } from '../../common/graphql/ids.js';
import { groupBy, loader } from '../../common/graphql/loaders.js';
import type { Context } from '../../context.js';
import { JudicialOffice } from '../office/judicial-office.entity.js';
import { Provider } from '../provider/provider.entity.js';
import { Region } from '../region/region.entity.js';
import { RegionService } from '../region/region.service.js';
import { User } from '../user/user.entity.js';
import type {
  ActionItemInput,
  ActionItemListOptions,
  ConsultationMeetingListOptions,
  CreateConsultationMeetingInput,
  UpdateConsultationMeetingInput,
} from './dto/meeting.inputs.js';
import { ActionItem, ConsultationMeeting, MeetingParticipant } from './consultation-meeting.entity.js';
import { ActionItemOwnerKind, ActionItemStatus, ParticipantKind } from './meeting.enums.js';
import { MeetingError } from './meeting.error.js';
import { now } from '../../common/clock.js';

/** Open and due before today (Asia/Shanghai). */
export function isOverdue(item: Pick<ActionItem, 'status' | 'dueOn'>, on = today()): boolean {
  return item.status === ActionItemStatus.OPEN && item.dueOn < on;
}

/** The first instant of a Shanghai calendar day. */
function startOfDay(date: string): Date {
  return new Date(`${date}T00:00:00+08:00`);
}

interface Participants {
  offices: JudicialOffice[];
  providers: Provider[];
  villages: Region[];
}

export class MeetingService {
  constructor(private readonly ctx: Context) {}

  private get em() {
    return this.ctx.em;
  }

  async list(options: ConsultationMeetingListOptions | null | undefined) {
    const where: FilterQuery<ConsultationMeeting>[] = [await new MeetingPolicy(this.ctx).visible()];
    const f = options?.filter;
    if (f?.from) where.push({ at: { $gte: startOfDay(f.from) } });
    if (f?.to) where.push({ at: { $lt: startOfDay(addDays(f.to, 1)) } });
    if (f?.officeId) {
      const tookPart = this.em.createQueryBuilder(MeetingParticipant, 'mp').select('mp.meeting').where({ office: f.officeId });
      where.push({ id: { $in: tookPart as never } });
    }
    if (f?.withOverdueItems) {
      const overdue = this.em
        .createQueryBuilder(ActionItem, 'ai')
        .select('ai.meeting')
        .where({ status: ActionItemStatus.OPEN, dueOn: { $lt: today() } });
      where.push({ id: { $in: overdue as never } });
    }
    return listPage(this.em, ConsultationMeeting, options, { where });
  }

  async byId(id: string): Promise<ConsultationMeeting | null> {
    if (!isId(id)) return null;
    return this.em.findOne(ConsultationMeeting, { $and: [{ id }, await new MeetingPolicy(this.ctx).visible()] });
  }

  private ownCounty(): Promise<Region> {
    return new RegionService(this.ctx).ownCounty(() => MeetingError.countyOnly());
  }

  /** Offices, providers and villages of the county, each list checked whole; an unknown id names its field. */
  private async participantsIn(county: Region, input: { officeIds: string[]; providerIds: string[]; villageIds: string[] }): Promise<Participants> {
    const fetch = async <T extends object>(ids: string[], field: string, find: (ids: string[]) => Promise<T[]>): Promise<T[]> => {
      const unique = [...new Set(ids)];
      if (!unique.length) return [];
      if (!unique.every((id) => isId(id))) throw AppError.badInput(field, 'no such participant in your county');
      const found = await find(unique);
      if (found.length !== unique.length) throw AppError.badInput(field, 'no such participant in your county');
      return found;
    };
    const offices = await fetch(input.officeIds, 'officeIds', (ids) =>
      this.em.find(
        JudicialOffice,
        { $and: [{ id: { $in: ids } }, under<JudicialOffice>(this.em, county, { TOWNSHIP: 'township' })] },
        { orderBy: { name: 'asc' } },
      ),
    );
    const providers = await fetch(input.providerIds, 'providerIds', (ids) =>
      this.em.find(Provider, { id: { $in: ids }, county: county.id }, { orderBy: { name: 'asc' } }),
    );
    const villages = await fetch(input.villageIds, 'villageIds', (ids) =>
      this.em.find(Region, { $and: [{ id: { $in: ids } }, regionsUnder(county, 'VILLAGE')] }, { orderBy: { code: 'asc' } }),
    );
    if (!offices.length && !providers.length && !villages.length) throw AppError.badInput('officeIds', 'name at least one participant');
    return { offices, providers, villages };
  }

  private writeParticipants(tx: EntityManager, meeting: ConsultationMeeting, p: Participants): void {
    for (const office of p.offices) {
      tx.create(MeetingParticipant, { id: crypto.randomUUID(), meeting, kind: ParticipantKind.OFFICE, office, name: office.name });
    }
    for (const provider of p.providers) {
      tx.create(MeetingParticipant, { id: crypto.randomUUID(), meeting, kind: ParticipantKind.PROVIDER, provider, name: provider.name });
    }
    for (const village of p.villages) {
      tx.create(MeetingParticipant, { id: crypto.randomUUID(), meeting, kind: ParticipantKind.VILLAGE, village, name: village.name });
    }
  }

  /** An action item's owner: a participating office or provider, or the bureau itself. */
  private ownerOf(input: ActionItemInput, field: string, county: Region, offices: Map<string, JudicialOffice>, providers: Map<string, Provider>) {
    switch (input.ownerKind) {
      case ActionItemOwnerKind.OFFICE: {
        const office = input.ownerOfficeId ? offices.get(input.ownerOfficeId) : undefined;
        if (!office) throw AppError.badInput(`${field}.ownerOfficeId`, 'must be one of the offices taking part');
        return { ownerKind: input.ownerKind, ownerOffice: office, ownerProvider: null, ownerName: office.name };
      }
      case ActionItemOwnerKind.PROVIDER: {
        const provider = input.ownerProviderId ? providers.get(input.ownerProviderId) : undefined;
        if (!provider) throw AppError.badInput(`${field}.ownerProviderId`, 'must be one of the providers taking part');
        return { ownerKind: input.ownerKind, ownerOffice: null, ownerProvider: provider, ownerName: provider.name };
      }
      default:
        return { ownerKind: ActionItemOwnerKind.BUREAU, ownerOffice: null, ownerProvider: null, ownerName: `${county.name}司法局` };
    }
  }

  private checkTitle(title: string, field: string): string {
    if (!title.trim()) throw AppError.badInput(field, 'must not be empty');
    return title.trim();
  }

  async create(input: CreateConsultationMeetingInput): Promise<ConsultationMeeting> {
    const county = await this.ownCounty();
    if (Number.isNaN(input.at.getTime())) throw AppError.badInput('at', 'must be a date and time');
    const participants = await this.participantsIn(county, input);
    const offices = new Map(participants.offices.map((o) => [o.id, o]));
    const providers = new Map(participants.providers.map((p) => [p.id, p]));
    const items = input.actionItems.map((item, i) => ({
      title: this.checkTitle(item.title, `actionItems.${i}.title`),
      dueOn: item.dueOn,
      ...this.ownerOf(item, `actionItems.${i}`, county, offices, providers),
    }));
    return conflictsAsErrors(() =>
      this.em.transactional(async (tx) => {
        const meeting = tx.create(ConsultationMeeting, {
          id: crypto.randomUUID(),
          county,
          title: input.title.trim(),
          at: input.at,
          venue: input.venue.trim(),
          agenda: input.agenda.trim(),
          minutes: input.minutes?.trim() || null,
          decisions: input.decisions?.trim() || null,
          createdBy: tx.getReference(User, this.ctx.viewer!.id),
        });
        this.writeParticipants(tx, meeting, participants);
        for (const item of items) tx.create(ActionItem, { id: crypto.randomUUID(), meeting, ...item });
        await tx.flush();
        return meeting;
      }),
    );
  }

  async update(id: string, input: UpdateConsultationMeetingInput): Promise<ConsultationMeeting> {
    const county = await this.ownCounty();
    const meeting = await this.byId(id);
    if (!meeting) throw MeetingError.notFound();
    AppError.assertVersion(meeting, input.version);
    if (input.at && Number.isNaN(input.at.getTime())) throw AppError.badInput('at', 'must be a date and time');
    const replacing = input.officeIds != null || input.providerIds != null || input.villageIds != null;
    let participants: Participants | null = null;
    if (replacing) {
      const current = await this.em.find(MeetingParticipant, { meeting });
      const idsOf = (kind: ParticipantKind, pick: (p: MeetingParticipant) => string | undefined) =>
        current
          .filter((p) => p.kind === kind)
          .map(pick)
          .filter((x): x is string => !!x);
      participants = await this.participantsIn(county, {
        officeIds: input.officeIds ?? idsOf(ParticipantKind.OFFICE, (p) => p.office?.id),
        providerIds: input.providerIds ?? idsOf(ParticipantKind.PROVIDER, (p) => p.provider?.id),
        villageIds: input.villageIds ?? idsOf(ParticipantKind.VILLAGE, (p) => p.village?.id),
      });
      // An office or provider that owns an item stays a participant.
      const owners = await this.em.find(ActionItem, { meeting }, { fields: ['ownerOffice', 'ownerProvider'] });
      const officeIds = new Set(participants.offices.map((o) => o.id));
      const providerIds = new Set(participants.providers.map((p) => p.id));
      if (owners.some((o) => o.ownerOffice && !officeIds.has(o.ownerOffice.id)))
        throw AppError.badInput('officeIds', 'an office that owns an action item must stay a participant');
      if (owners.some((o) => o.ownerProvider && !providerIds.has(o.ownerProvider.id)))
        throw AppError.badInput('providerIds', 'a provider that owns an action item must stay a participant');
    }
    return conflictsAsErrors(() =>
      this.em.transactional(async (tx) => {
        // Every change bumps the meeting's version, also one only to its participants (another table).
        meeting.updatedAt = now();
        if (input.title != null) meeting.title = input.title.trim();
        if (input.at != null) meeting.at = input.at;
        if (input.venue != null) meeting.venue = input.venue.trim();
        if (input.agenda != null) meeting.agenda = input.agenda.trim();
        if (input.minutes !== undefined) meeting.minutes = input.minutes?.trim() || null;
        if (input.decisions !== undefined) meeting.decisions = input.decisions?.trim() || null;
        if (participants) {
          await tx.nativeDelete(MeetingParticipant, { meeting: meeting.id });
          this.writeParticipants(tx, meeting, participants);
        }
        await tx.flush();
        return meeting;
      }),
    );
  }

  async addActionItem(meetingId: string, input: ActionItemInput): Promise<ActionItem> {
    const county = await this.ownCounty();
    const meeting = await this.byId(meetingId);
    if (!meeting) throw MeetingError.notFound();
    const current = await this.em.find(MeetingParticipant, { meeting }, { populate: ['office', 'provider'] });
    const offices = new Map(current.filter((p) => p.office).map((p) => [p.office!.id, p.office!.getEntity()]));
    const providers = new Map(current.filter((p) => p.provider).map((p) => [p.provider!.id, p.provider!.getEntity()]));
    const owner = this.ownerOf(input, 'input', county, offices, providers);
    const title = this.checkTitle(input.title, 'input.title');
    const item = this.em.create(ActionItem, { id: crypto.randomUUID(), meeting, title, dueOn: input.dueOn, ...owner });
    await this.em.flush();
    return item;
  }

  // ---- action items ----------------------------------------------------------------------------------------------

  async listItems(options: ActionItemListOptions | null | undefined) {
    const where: FilterQuery<ActionItem>[] = [await new MeetingPolicy(this.ctx).visibleItems()];
    const f = options?.filter;
    if (f?.meetingId) where.push({ meeting: f.meetingId });
    if (f?.status) where.push({ status: f.status });
    if (f?.overdue === true) where.push({ status: ActionItemStatus.OPEN, dueOn: { $lt: today() } });
    if (f?.overdue === false) where.push({ $or: [{ status: ActionItemStatus.DONE }, { dueOn: { $gte: today() } }] });
    if (f?.ownerOfficeId) where.push({ ownerOffice: f.ownerOfficeId });
    if (f?.mine) where.push(await new MeetingPolicy(this.ctx).ownedItems());
    return listPage(this.em, ActionItem, options, { where });
  }

  async itemById(id: string): Promise<ActionItem | null> {
    if (!isId(id)) return null;
    return this.em.findOne(ActionItem, { $and: [{ id }, await new MeetingPolicy(this.ctx).visibleItems()] });
  }

  /**
   * Marks an item open or done, with a note. The bureau updates any item of its county; an office only the items its
   * office owns (another owner's item in a meeting it attended is FORBIDDEN).
   */
  async updateItem(id: string, status: ActionItemStatus, note: string | null | undefined, version: number): Promise<ActionItem> {
    const item = await this.itemById(id);
    if (!item) throw MeetingError.itemNotFound();
    if (this.ctx.viewer!.role !== Role.BUREAU_ADMIN) {
      const owned = await this.em.count(ActionItem, { $and: [{ id: item.id }, await new MeetingPolicy(this.ctx).ownedItems()] });
      if (!owned) throw MeetingError.notYourItem();
    }
    AppError.assertVersion(item, version);
    if (note != null && note.length > 2000) throw AppError.badInput('note', 'at most 2000 characters');
    if (status !== item.status) {
      item.status = status;
      item.doneAt = status === ActionItemStatus.DONE ? now() : null;
    }
    if (note !== undefined) item.note = note?.trim() || null;
    item.updatedBy = this.em.getReference(User, this.ctx.viewer!.id) as never;
    await conflictsAsErrors(() => this.em.flush());
    return item;
  }

  // ---- batched lookups for field resolvers -------------------------------------------------------------------

  participantsByMeeting() {
    return loader<string, MeetingParticipant[]>(
      this.ctx,
      'meeting:participants',
      async (ids) => {
        const rows = await this.em.find(MeetingParticipant, { meeting: { $in: [...ids] } }, { orderBy: { kind: 'asc', name: 'asc', id: 'asc' } });
        return groupBy(rows, (p) => p.meeting.id);
      },
      [],
    );
  }

  itemsByMeeting() {
    return loader<string, ActionItem[]>(
      this.ctx,
      'meeting:items',
      async (ids) => {
        const rows = await this.em.find(ActionItem, { meeting: { $in: [...ids] } }, { orderBy: { dueOn: 'asc', id: 'asc' } });
        return groupBy(rows, (p) => p.meeting.id);
      },
      [],
    );
  }
}

export interface MeetingExport {
  meetings: Array<{ meeting: ConsultationMeeting; participants: MeetingParticipant[]; items: ActionItem[] }>;
}

/** The meetings of a year the viewer may see, with participants and action items: three statements. */
export async function meetingExport(ctx: Context, year: number): Promise<MeetingExport> {
  const _service = new MeetingService(ctx);
  const where = {
    $and: [await new MeetingPolicy(ctx).visible(), { at: { $gte: startOfDay(`${year}-01-01`), $lt: startOfDay(`${year + 1}-01-01`) } }],
  };
  const meetings = await ctx.em.find(ConsultationMeeting, where as FilterQuery<ConsultationMeeting>, { orderBy: { at: 'asc', id: 'asc' } });
  const ids = meetings.map((m) => m.id);
  const [participants, items] = ids.length
    ? await Promise.all([
        ctx.em.find(MeetingParticipant, { meeting: { $in: ids } }, { orderBy: { kind: 'asc', name: 'asc', id: 'asc' } }),
        ctx.em.find(ActionItem, { meeting: { $in: ids } }, { orderBy: { dueOn: 'asc', id: 'asc' } }),
      ])
    : [[], []];
  const p = groupBy(participants, (x) => x.meeting.id);
  const i = groupBy(items, (x) => x.meeting.id);
  return { meetings: meetings.map((meeting) => ({ meeting, participants: p.get(meeting.id) ?? [], items: i.get(meeting.id) ?? [] })) };
}
