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
  RegionLevel: ['CITY', 'COUNTY', 'TOWNSHIP', 'VILLAGE'],
  Role: ['BUREAU_ADMIN', 'OFFICE_STAFF', 'ADVISER', 'PARTY', 'ANALYST'],
  VillageKind: ['VILLAGE', 'COMMUNITY'],
  Profession: ['LAWYER', 'GRASSROOTS_LEGAL_WORKER', 'LEGAL_AID', 'NOTARY', 'OTHER'],
  ProviderKind: ['LAW_FIRM', 'LEGAL_SERVICE_OFFICE', 'LEGAL_AID_CENTRE', 'NOTARY_OFFICE'],
  AdviserStatus: ['ACTIVE', 'SUSPENDED', 'REMOVED'],
  CommitteeRole: ['DIRECTOR', 'DEPUTY', 'MEMBER'],
  RosterEventKind: ['JOINED', 'CHANGED', 'SUSPENDED', 'REINSTATED', 'REMOVED'],
  Gender: ['MALE', 'FEMALE'],
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
] as const;

export function orderedEnumChoices(enumName: string) {
  const order = ORDER[enumName] ?? [];
  const rank = (id: string) => (order.includes(id) ? order.indexOf(id) : order.length);
  return enumChoices(enumName).sort((a, b) => rank(a.id) - rank(b.id));
}
