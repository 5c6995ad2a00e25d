import { Edit, SimpleForm } from 'react-admin';
import { RecordNotFound } from '../../common/RecordNotFound';
import { ProviderInputs } from './ProviderInputs';

export const ProviderEdit = () => (
  // Pessimistic: a refused save (a duplicate name) stays on the form with its message.
  <Edit mutationMode="pessimistic" redirect="list" error={<RecordNotFound />}>
    <SimpleForm>
      <ProviderInputs />
    </SimpleForm>
  </Edit>
);
