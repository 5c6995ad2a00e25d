import { SearchInput, SelectInput } from 'react-admin';
import type { Role } from '../../providers/session';
import { orderedEnumChoices } from '../choices';
import { TownshipSelectInput } from '../pickers';

export const COVERED_CHOICES = [
  { id: 'true', name: 'fq.villages.covered_yes' },
  { id: 'false', name: 'fq.villages.covered_no' },
];

export const villageFilters = (searchPlaceholder: string, role: Role | undefined) => [
  <SearchInput key="q" source="q" alwaysOn placeholder={searchPlaceholder} />,
  // An office has one township and an adviser a few villages: the township filter is the bureau's.
  ...(role === 'BUREAU_ADMIN' ? [<TownshipSelectInput key="townshipId" source="townshipId" />] : []),
  <SelectInput key="covered" source="covered" choices={COVERED_CHOICES} />,
  <SelectInput key="kind" source="kind" choices={orderedEnumChoices('VillageKind')} />,
];
