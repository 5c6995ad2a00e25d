import { LegalAdviser } from '../modules/adviser/legal-adviser.entity.js';
import { RosterEvent } from '../modules/adviser/roster-event.entity.js';
import { Attachment } from '../modules/attachment/attachment.entity.js';
import { JudicialOffice } from '../modules/office/judicial-office.entity.js';
import { Pairing } from '../modules/pairing/pairing.entity.js';
import { Person } from '../modules/person/person.entity.js';
import { Provider } from '../modules/provider/provider.entity.js';
import { Region } from '../modules/region/region.entity.js';
import { RosterFiling } from '../modules/roster/roster-filing.entity.js';
import { Setting } from '../modules/setting/setting.entity.js';
import { User } from '../modules/user/user.entity.js';
import { CommitteeMember } from '../modules/village/committee-member.entity.js';
import { MediationCommittee } from '../modules/village/mediation-committee.entity.js';

export const ENTITIES = [
  Region, JudicialOffice, Provider, Attachment, LegalAdviser, RosterEvent, Person, User,
  MediationCommittee, CommitteeMember, Pairing, Setting, RosterFiling,
];
