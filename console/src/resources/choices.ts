import type { IntrospectionEnumType } from 'graphql';
import { introspectionSchema } from '../providers/schema';

/** Choices for a GraphQL enum, labelled `fq.enum.<Enum>.<VALUE>` (SelectInput/SelectField translate them). */
export function enumChoices(enumName: string): { id: string; name: string }[] {
  const type = introspectionSchema.types.find((t) => t.name === enumName && t.kind === 'ENUM') as
    | IntrospectionEnumType
    | undefined;
  if (!type) throw new Error(`No enum ${enumName} in the schema`);
  return type.enumValues.map((v) => ({ id: v.name, name: `fq.enum.${enumName}.${v.name}` }));
}

/** Schema order is alphabetical; these read better in their natural order. */
const ORDER: Record<string, readonly string[]> = {
  RegionLevel: ['PROVINCE', 'CITY', 'COUNTY', 'TOWNSHIP', 'VILLAGE'],
  Role: ['BUREAU_ADMIN', 'OFFICE_STAFF', 'ADVISER', 'PARTY', 'ANALYST'],
  VillageKind: ['VILLAGE', 'COMMUNITY'],
  Profession: ['LAWYER', 'GRASSROOTS_LEGAL_WORKER', 'LEGAL_AID', 'NOTARY', 'OTHER'],
  ProviderKind: ['LAW_FIRM', 'LEGAL_SERVICE_OFFICE', 'LEGAL_AID_CENTRE', 'NOTARY_OFFICE'],
  AdviserStatus: ['ACTIVE', 'SUSPENDED', 'REMOVED'],
  CommitteeRole: ['DIRECTOR', 'DEPUTY', 'MEMBER'],
  RosterEventKind: ['JOINED', 'CHANGED', 'SUSPENDED', 'REINSTATED', 'REMOVED'],
  Gender: ['MALE', 'FEMALE'],
  CaseStatus: ['REGISTERED', 'ACCEPTED', 'IN_MEDIATION', 'AGREEMENT_REACHED', 'FAILED', 'WITHDRAWN', 'DECLINED', 'REFERRED'],
  CaseLevel: ['VILLAGE', 'TOWNSHIP', 'COUNTY'],
  CaseSource: ['APPLICATION', 'SCREENING', 'REFERRAL'],
  CaseTier: ['ORDINARY', 'DIFFICULT', 'MAJOR'],
  DisputeType: [
    'MARRIAGE_FAMILY', 'NEIGHBOUR', 'HOUSING_HOMESTEAD', 'CONTRACT', 'PRODUCTION_BUSINESS', 'DAMAGES', 'FOREST_LAND',
    'LAND_EXPROPRIATION', 'ENVIRONMENT', 'LABOUR', 'CONSUMER', 'MEDICAL', 'TRAFFIC_ACCIDENT', 'PROPERTY_MANAGEMENT', 'OTHER',
  ],
  PartyRole: ['APPLICANT', 'RESPONDENT', 'THIRD_PARTY'],
  SessionMode: ['OFFLINE', 'ONLINE'],
  AgreementForm: ['WRITTEN', 'ORAL'],
  ReviewStatus: ['PENDING', 'APPROVED', 'CHANGES_REQUESTED'],
  ConfirmationResult: ['CONFIRMED', 'REJECTED'],
  Performance: ['PENDING', 'PERFORMED', 'PARTIAL', 'NOT_PERFORMED'],
  Satisfaction: ['SATISFIED', 'BASICALLY_SATISFIED', 'DISSATISFIED'],
  ReferrerKind: ['COURT', 'POLICE', 'PETITION_OFFICE', 'GOVERNMENT', 'OTHER'],
  ReferralChannel: ['ARBITRATION', 'LITIGATION', 'ADMINISTRATIVE'],
  ClosureReason: [
    'AGREEMENT_SIGNED', 'FAILED', 'WITHDRAWN', 'NOT_ACCEPTED', 'REFERRED_ARBITRATION', 'REFERRED_LITIGATION', 'REFERRED_ADMINISTRATIVE',
  ],
  WorkLogCategory: [
    'CONSULTATION', 'MEDIATION', 'LECTURE', 'AGREEMENT_REVIEW', 'SCREENING', 'DOCUMENT_DRAFTING', 'LEGAL_OPINION', 'OTHER',
  ],
  WorkLogMode: ['OFFLINE', 'ONLINE'],
  MonthlyReportStatus: ['DRAFT', 'SUBMITTED', 'RETURNED', 'APPROVED'],
  CheckRating: ['EXCELLENT', 'GOOD', 'FAIR', 'POOR'],
  TrainingKind: ['VILLAGE_QUARTERLY', 'BUREAU_ANNUAL'],
  TrainingMode: ['OFFLINE', 'ONLINE'],
  TrainingTopic: ['ETHICS', 'DISCIPLINE', 'MEDIATION_SKILLS', 'CASE_FILES'],
  QuarterStatus: ['DONE', 'MISSING', 'DUE', 'UPCOMING'],
  ParticipantKind: ['OFFICE', 'PROVIDER', 'VILLAGE'],
  ActionItemStatus: ['OPEN', 'DONE'],
  ActionItemOwnerKind: ['OFFICE', 'PROVIDER', 'BUREAU'],
};

/** Enums the console labels (the i18n test checks each value has a label in both languages). */
export const LABELLED_ENUMS = [
  'Role',
  'RegionLevel',
  'Terrain',
  'VillageKind',
  'Profession',
  'ProviderKind',
  'AdviserStatus',
  'CommitteeRole',
  'RosterEventKind',
  'Gender',
  'RosterImportProblemCode',
  'CaseStatus',
  'CaseEventKind',
  'CaseLevel',
  'CaseSource',
  'CaseTier',
  'DisputeType',
  'PartyRole',
  'SessionMode',
  'AgreementForm',
  'ReviewStatus',
  'ConfirmationResult',
  'Performance',
  'Satisfaction',
  'ReferrerKind',
  'ReferralChannel',
  'ClosureReason',
  'WorkLogCategory',
  'WorkLogMode',
  'MonthlyReportStatus',
  'CheckRating',
  'TrainingKind',
  'TrainingMode',
  'TrainingTopic',
  'QuarterStatus',
  'ParticipantKind',
  'ActionItemStatus',
  'ActionItemOwnerKind',
] as const;

export function orderedEnumChoices(enumName: string) {
  const order = ORDER[enumName] ?? [];
  const rank = (id: string) => (order.includes(id) ? order.indexOf(id) : order.length);
  return enumChoices(enumName).sort((a, b) => rank(a.id) - rank(b.id));
}
