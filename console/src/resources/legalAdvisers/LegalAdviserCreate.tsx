import { Create, SimpleForm, useTranslate } from 'react-admin';
import { LegalAdviserInputs } from './LegalAdviserInputs';

export const LegalAdviserCreate = () => {
  const translate = useTranslate();
  return (
    <Create title={translate('fq.advisers.create_title')} redirect="show">
      <SimpleForm defaultValues={{ serviceScope: '' }}>
        <LegalAdviserInputs mode="create" />
      </SimpleForm>
    </Create>
  );
};
