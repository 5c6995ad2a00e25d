import { Create, SimpleForm, useTranslate } from 'react-admin';
import { ProviderInputs } from './ProviderInputs';

export const ProviderCreate = () => {
  const translate = useTranslate();
  return (
    <Create title={translate('fq.providers.create_title')} redirect="list">
      <SimpleForm>
        <ProviderInputs />
      </SimpleForm>
    </Create>
  );
};
