import { ThrottleCounter } from '../common/auth/throttle-counter.entity.js';
import { LegalAdviser } from '../modules/adviser/legal-adviser.entity.js';
import { RosterEvent } from '../modules/adviser/roster-event.entity.js';
import { Attachment } from '../modules/attachment/attachment.entity.js';
import { AuditArchive } from '../modules/audit/audit-archive.entity.js';
import { AuditEvent, AuditEventArchived, AuditTrailEvent } from '../modules/audit/audit-event.entity.js';
import { Agreement } from '../modules/mediation-case/agreement.entity.js';
import { AgreementScan } from '../modules/mediation-case/agreement-scan.entity.js';
import { CaseAdviser, CaseMediator } from '../modules/mediation-case/case-adviser.entity.js';
import { CaseEvent } from '../modules/mediation-case/case-event.entity.js';
import { CaseNumberCounter } from '../modules/mediation-case/case-number.entity.js';
import { CaseParty } from '../modules/mediation-case/case-party.entity.js';
import { MediationCase } from '../modules/mediation-case/mediation-case.entity.js';
import { MediationSession } from '../modules/mediation-case/mediation-session.entity.js';
import { ReturnVisit } from '../modules/mediation-case/return-visit.entity.js';
import { JudicialOffice } from '../modules/office/judicial-office.entity.js';
import { Pairing } from '../modules/pairing/pairing.entity.js';
import { IdNumberReuse } from '../modules/person/id-number-reuse.entity.js';
import { Person } from '../modules/person/person.entity.js';
import { Provider } from '../modules/provider/provider.entity.js';
import { Region } from '../modules/region/region.entity.js';
import { RegionChange } from '../modules/region/region-change.entity.js';
import { RosterFiling } from '../modules/roster/roster-filing.entity.js';
import { RosterFilingReview } from '../modules/roster/roster-filing-review.entity.js';
import { Setting } from '../modules/setting/setting.entity.js';
import { User } from '../modules/user/user.entity.js';
import { ZeroReport } from '../modules/zero-report/zero-report.entity.js';
import { LoginCode } from '../modules/phone-login/login-code.entity.js';
import { CommitteeMember } from '../modules/village/committee-member.entity.js';
import { MediationCommittee } from '../modules/village/mediation-committee.entity.js';
import { WorkLogEntry } from '../modules/work-log/work-log-entry.entity.js';
import { MonthlyReport } from '../modules/work-log/monthly-report.entity.js';
import { Highlight, MonthlyCheck } from '../modules/work-log/monthly-check.entity.js';
import { Training, TrainingAttendance } from '../modules/training/training.entity.js';
import { ActionItem, ConsultationMeeting, MeetingParticipant } from '../modules/meeting/consultation-meeting.entity.js';
import { SetupToken } from '../modules/setup/setup-token.entity.js';
import { AssessmentScheme } from '../modules/assessment/assessment-scheme.entity.js';
import { SubsidyClaim, SubsidyLine, SubsidyRate, SubsidySetting, SubsidyStatement } from '../modules/subsidy/subsidy.entities.js';
import { AssessmentObjection, AssessmentPublication, AssessmentResultRow } from '../modules/assessment/assessment-publication.entity.js';

export const ENTITIES = [
  Region,
  RegionChange,
  JudicialOffice,
  Provider,
  Attachment,
  LegalAdviser,
  RosterEvent,
  Person,
  User,
  MediationCommittee,
  CommitteeMember,
  Pairing,
  Setting,
  RosterFiling,
  RosterFilingReview,
  MediationCase,
  CaseParty,
  CaseAdviser,
  CaseMediator,
  CaseNumberCounter,
  MediationSession,
  Agreement,
  AgreementScan,
  AuditEvent,
  AuditEventArchived,
  AuditTrailEvent,
  AuditArchive,
  SetupToken,
  ZeroReport,
  LoginCode,
  ReturnVisit,
  CaseEvent,
  IdNumberReuse,
  WorkLogEntry,
  MonthlyReport,
  MonthlyCheck,
  Highlight,
  Training,
  TrainingAttendance,
  ConsultationMeeting,
  MeetingParticipant,
  ActionItem,
  ThrottleCounter,
  AssessmentScheme,
  AssessmentPublication,
  AssessmentResultRow,
  AssessmentObjection,
  SubsidyRate,
  SubsidySetting,
  SubsidyStatement,
  SubsidyLine,
  SubsidyClaim,
];
