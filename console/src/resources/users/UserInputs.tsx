import { AutocompleteInput, ReferenceInput, SearchInput, SelectInput, useGetList, useTranslate, type Validator } from 'react-admin';
import type { Role } from '../../providers/session';
import { orderedEnumChoices } from '../choices';

export const userFilters = (searchPlaceholder: string) => [
  <SearchInput key="q" source="q" alwaysOn placeholder={searchPlaceholder} />,
  <SelectInput key="role" source="role" choices={orderedEnumChoices('Role')} />,
  <SelectInput
    key="disabled"
    source="disabled"
    label="resources.users.fields.disabled"
    choices={[
      { id: 'false', name: 'fq.accounts.enabled_only' },
      { id: 'true', name: 'fq.accounts.disabled_only' },
    ]}
  />,
];

/** The levels an account of each role serves (the API holds the same rule, in the viewer's own region). */
export const SCOPE_LEVELS: Partial<Record<Role, readonly string[]>> = {
  BUREAU_ADMIN: ['CITY', 'COUNTY'],
  OFFICE_STAFF: ['TOWNSHIP'],
  ANALYST: ['CITY', 'COUNTY', 'TOWNSHIP'],
};

/** The roles a tier may give accounts of: a bureau every staff role and advisers, an office advisers only. */
export function creatableRoles(viewer: Role | undefined): Role[] {
  if (viewer === 'BUREAU_ADMIN') return ['OFFICE_STAFF', 'ADVISER', 'ANALYST', 'BUREAU_ADMIN'];
  if (viewer === 'OFFICE_STAFF') return ['ADVISER'];
  return [];
}

const useRegionsAt = (level: string, enabled: boolean) =>
  useGetList('regions', { pagination: { page: 1, perPage: 100 }, sort: { field: 'code', order: 'ASC' }, filter: { level } }, { enabled });

/** The region an account of `role` serves: the regions of the levels it takes, in the viewer's jurisdiction. */
export const ScopeRegionInput = ({ role, source, validate }: { role: Role | undefined; source: string; validate?: Validator | Validator[] }) => {
  const translate = useTranslate();
  const levels = (role && SCOPE_LEVELS[role]) || [];
  const city = useRegionsAt('CITY', levels.includes('CITY'));
  const county = useRegionsAt('COUNTY', levels.includes('COUNTY'));
  const township = useRegionsAt('TOWNSHIP', levels.includes('TOWNSHIP'));
  const choices = [
    ...(levels.includes('CITY') ? (city.data ?? []) : []),
    ...(levels.includes('COUNTY') ? (county.data ?? []) : []),
    ...(levels.includes('TOWNSHIP') ? (township.data ?? []) : []),
  ].map((r) => ({ id: r.id, name: `${r.name} · ${translate(`fq.enum.RegionLevel.${r.level}`)}` }));
  if (!levels.length) return null;
  return (
    <AutocompleteInput
      source={source}
      label="resources.users.fields.scopeRegion"
      choices={choices}
      isPending={city.isPending && county.isPending && township.isPending}
      validate={validate}
      fullWidth
    />
  );
};

/** A roster entry to give an account: the advisers the viewer administers (the API refuses any other). */
export const AdviserInput = ({ source, validate }: { source: string; validate?: Validator | Validator[] }) => (
  <ReferenceInput source={source} reference="legalAdvisers" filter={{ status: 'ACTIVE' }} sort={{ field: 'name', order: 'ASC' }}>
    <AutocompleteInput optionText="name" label="resources.users.fields.adviser" validate={validate} fullWidth />
  </ReferenceInput>
);
