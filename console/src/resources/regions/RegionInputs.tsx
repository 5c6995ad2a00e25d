import { SearchInput, SelectInput } from 'react-admin';
import { orderedEnumChoices } from '../choices';

export const regionFilters = (searchPlaceholder: string) => [
  <SearchInput key="q" source="q" alwaysOn placeholder={searchPlaceholder} />,
  <SelectInput key="level" source="level" choices={orderedEnumChoices('RegionLevel')} />,
  <SelectInput key="terrain" source="terrain" choices={orderedEnumChoices('Terrain')} />,
  <SelectInput key="kind" source="kind" choices={orderedEnumChoices('VillageKind')} />,
  <SelectInput
    key="retired"
    source="retired"
    label="resources.regions.fields.retired"
    choices={[
      { id: 'false', name: 'fq.regions.in_service_only' },
      { id: 'true', name: 'fq.regions.retired_only' },
    ]}
  />,
];
