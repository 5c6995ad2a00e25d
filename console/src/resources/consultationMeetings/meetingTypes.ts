import type * as Api from '../../generated/graphql';
import type { ActionItem } from '../../providers/supervision';

/** A participant of a meeting: an office, a provider or a village, by kind. */
export type Participant = Pick<Api.MeetingParticipant, 'id' | 'kind' | 'name'> & {
  office: Pick<Api.JudicialOffice, 'id' | 'name'> | null;
  provider: Pick<Api.Provider, 'id' | 'name'> | null;
  village: Pick<Api.Village, 'id' | 'name'> | null;
};

/** A meeting as its detail page (and its form) select it. */
export type Meeting = Pick<Api.ConsultationMeeting, 'id' | 'title' | 'at' | 'venue' | 'agenda' | 'minutes' | 'decisions' | 'overdueCount'> & {
  participants: Participant[];
  actionItems: ActionItem[];
};

/** The form's participant ids from a loaded meeting (an edit starts from what was recorded). */
export function participantIds(meeting: Pick<Meeting, 'participants'>) {
  const ids = (kind: Participant['kind'], key: 'office' | 'provider' | 'village') =>
    (meeting.participants ?? []).filter((p) => p.kind === kind && p[key]).map((p) => String(p[key]!.id));
  return { officeIds: ids('OFFICE', 'office'), providerIds: ids('PROVIDER', 'provider'), villageIds: ids('VILLAGE', 'village') };
}
