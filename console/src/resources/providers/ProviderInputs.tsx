import { SearchInput, SelectInput, TextInput, required } from 'react-admin';
import { phone } from '../../common/validation';
import { orderedEnumChoices } from '../choices';

export const providerFilters = (searchPlaceholder: string) => [
  <SearchInput key="q" source="q" alwaysOn placeholder={searchPlaceholder} />,
  <SelectInput key="kind" source="kind" choices={orderedEnumChoices('ProviderKind')} />,
];

export const ProviderInputs = () => (
  <>
    <TextInput source="name" validate={required()} fullWidth />
    <SelectInput source="kind" choices={orderedEnumChoices('ProviderKind')} validate={required()} />
    <TextInput source="phone" validate={phone} />
    <TextInput source="address" fullWidth />
  </>
);
