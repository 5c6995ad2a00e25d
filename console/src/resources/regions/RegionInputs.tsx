import { SearchInput, SelectInput } from 'react-admin';
import { orderedEnumChoices } from '../choices';

export const regionFilters = (searchPlaceholder: string) => [
  <SearchInput key="q" source="q" alwaysOn placeholder={searchPlaceholder} />,
  <SelectInput key="level" source="level" choices={orderedEnumChoices('RegionLevel')} />,
  <SelectInput key="terrain" source="terrain" choices={orderedEnumChoices('Terrain')} />,
  <SelectInput key="kind" source="kind" choices={orderedEnumChoices('VillageKind')} />,
];
