import { Edit, FormDataConsumer, SimpleForm, TextInput, maxLength, required } from 'react-admin';
import type { Role } from '../../providers/session';
import { SCOPE_LEVELS, ScopeRegionInput } from './UserInputs';

/** The bureau edits an account's display name and, for staff and analysts, the region it serves. */
export const UserEdit = () => (
  <Edit mutationMode="pessimistic" redirect="show">
    <SimpleForm>
      <TextInput source="username" disabled />
      <TextInput source="displayName" validate={[required(), maxLength(100)]} fullWidth />
      <FormDataConsumer>
        {({ formData }) =>
          SCOPE_LEVELS[formData.role as Role] ? <ScopeRegionInput role={formData.role as Role} source="scopeRegion.id" validate={required()} /> : null
        }
      </FormDataConsumer>
    </SimpleForm>
  </Edit>
);
