import type { ActionItem } from '../../providers/supervision';

export interface Participant {
  id: string;
  kind: 'OFFICE' | 'PROVIDER' | 'VILLAGE';
  name: string;
  office?: { id: string; name: string } | null;
  provider?: { id: string; name: string } | null;
  village?: { id: string; name: string } | null;
}

export interface Meeting {
  id: string;
  title: string;
  at: string;
  venue: string;
  agenda: string;
  minutes?: string | null;
  decisions?: string | null;
  overdueCount: number;
  participants: Participant[];
  actionItems: ActionItem[];
}

/** The form's participant ids from a loaded meeting (an edit starts from what was recorded). */
export function participantIds(meeting: Pick<Meeting, 'participants'>) {
  const ids = (kind: Participant['kind'], key: 'office' | 'provider' | 'village') =>
    (meeting.participants ?? []).filter((p) => p.kind === kind && p[key]).map((p) => String(p[key]!.id));
  return { officeIds: ids('OFFICE', 'office'), providerIds: ids('PROVIDER', 'provider'), villageIds: ids('VILLAGE', 'village') };
}
