import { Edit, SimpleForm, useRecordContext, useTranslate } from 'react-admin';
import { RecordNotFound } from '../../common/RecordNotFound';
import { StaleVersionAlert, useStaleVersion } from '../../common/StaleVersion';
import type * as Api from '../../generated/graphql';
import { LegalAdviserInputs } from './LegalAdviserInputs';

const Title = () => {
  const record = useRecordContext<Pick<Api.LegalAdviser, 'name'>>();
  const translate = useTranslate();
  return <>{translate('fq.advisers.edit_title', { name: record?.name ?? '' })}</>;
};

export const LegalAdviserEdit = () => {
  const { stale, onError, reloaded } = useStaleVersion();
  return (
    <Edit
      title={<Title />}
      // Pessimistic: the version check happens on save, and a refused save keeps the form as typed.
      mutationMode="pessimistic"
      redirect="show"
      error={<RecordNotFound />}
      mutationOptions={{ onError }}
    >
      <SimpleForm>
        {stale && <StaleVersionAlert onReloaded={reloaded} />}
        <LegalAdviserInputs mode="edit" />
      </SimpleForm>
    </Edit>
  );
};
