import { ENUM_VALUES } from '@fengqiao/labels';
import type { IntrospectionEnumType } from 'graphql';
import { introspectionSchema } from '../providers/schema';

/** Choices for a GraphQL enum, labelled `fq.enum.<Enum>.<VALUE>` (SelectInput/SelectField translate them). */
export function enumChoices(enumName: string): { id: string; name: string }[] {
  const type = introspectionSchema.types.find((t) => t.name === enumName && t.kind === 'ENUM') as IntrospectionEnumType | undefined;
  if (!type) throw new Error(`No enum ${enumName} in the schema`);
  return type.enumValues.map((v) => ({ id: v.name, name: `fq.enum.${enumName}.${v.name}` }));
}

/** Schema order is alphabetical; the labels package lists each enum's values in the order people read them. */
const ORDER: Readonly<Record<string, readonly string[]>> = ENUM_VALUES;

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
