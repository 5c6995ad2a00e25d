import { FunctionField, SelectField, Show, SimpleShowLayout, TextField, useRecordContext } from 'react-admin';
import type * as Api from '../../generated/graphql';
import { orderedEnumChoices } from '../choices';
import { AccountActions } from './AccountActions';
import { AccountState } from './UserList';

type User = Pick<Api.User, 'id' | 'username' | 'displayName' | 'role' | 'disabled' | 'mustChangePassword' | 'version'>;

const Actions = () => {
  const record = useRecordContext<User>();
  return record ? <AccountActions account={record} /> : null;
};

export const UserShow = () => (
  <Show>
    <SimpleShowLayout>
      <TextField source="username" />
      <TextField source="displayName" />
      <SelectField source="role" choices={orderedEnumChoices('Role')} />
      <TextField source="scopeRegion.name" label="resources.users.fields.scopeRegion" emptyText="—" />
      <TextField source="adviser.name" label="resources.users.fields.adviser" emptyText="—" />
      <FunctionField<User> label="resources.users.fields.state" render={(record) => <AccountState user={record} />} />
      <Actions />
    </SimpleShowLayout>
  </Show>
);
