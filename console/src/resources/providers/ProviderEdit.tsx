import { Edit, SimpleForm } from 'react-admin';
import { RecordNotFound } from '../../common/RecordNotFound';
import { StaleVersionAlert, useStaleVersion } from '../../common/StaleVersion';
import { ProviderInputs } from './ProviderInputs';

export const ProviderEdit = () => {
  const { stale, onError, reloaded } = useStaleVersion();
  return (
    // Pessimistic: a refused save (a duplicate name, a stale version) stays on the form with its message.
    <Edit mutationMode="pessimistic" redirect="list" error={<RecordNotFound />} mutationOptions={{ onError }}>
      <SimpleForm>
        {stale && <StaleVersionAlert onReloaded={reloaded} />}
        <ProviderInputs />
      </SimpleForm>
    </Edit>
  );
};
