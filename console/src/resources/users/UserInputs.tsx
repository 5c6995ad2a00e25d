import { SearchInput, SelectInput } from 'react-admin';
import { orderedEnumChoices } from '../choices';

export const userFilters = (searchPlaceholder: string) => [
  <SearchInput key="q" source="q" alwaysOn placeholder={searchPlaceholder} />,
  <SelectInput key="role" source="role" choices={orderedEnumChoices('Role')} />,
];
