import { SelectField, Show, SimpleShowLayout, TextField } from 'react-admin';
import { orderedEnumChoices } from '../choices';

export const UserShow = () => (
  <Show>
    <SimpleShowLayout>
      <TextField source="username" />
      <TextField source="displayName" />
      <SelectField source="role" choices={orderedEnumChoices('Role')} />
      <TextField source="scopeRegion.name" label="resources.users.fields.scopeRegion" emptyText="—" />
    </SimpleShowLayout>
  </Show>
);
