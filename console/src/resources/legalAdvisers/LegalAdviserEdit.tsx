import Refresh from '@mui/icons-material/Refresh';
import { Alert, Button } from '@mui/material';
import { useState } from 'react';
import { Edit, SimpleForm, useEditContext, useNotify, useRecordContext, useTranslate } from 'react-admin';
import { RecordNotFound } from '../../common/RecordNotFound';
import { errorMessage } from '../../i18n/errors';
import { LegalAdviserInputs } from './LegalAdviserInputs';

/** Someone saved this adviser after the form was loaded: say so, and offer to load their version. */
const ConflictAlert = ({ onReloaded }: { onReloaded: () => void }) => {
  const translate = useTranslate();
  const { refetch } = useEditContext();
  return (
    <Alert
      severity="warning"
      data-testid="conflict-alert"
      sx={{ mb: 2, width: '100%' }}
      action={
        <Button
          color="inherit"
          size="small"
          startIcon={<Refresh />}
          onClick={async () => {
            await refetch();
            onReloaded();
          }}
        >
          {translate('fq.common.reload')}
        </Button>
      }
    >
      {translate('fq.error.CONFLICT_version')}
    </Alert>
  );
};

const Title = () => {
  const record = useRecordContext<{ name: string }>();
  const translate = useTranslate();
  return <>{translate('fq.advisers.edit_title', { name: record?.name ?? '' })}</>;
};

export const LegalAdviserEdit = () => {
  const translate = useTranslate();
  const notify = useNotify();
  const [conflict, setConflict] = useState(false);
  return (
    <Edit
      title={<Title />}
      // Pessimistic: the version check happens on save, and a refused save keeps the form as typed.
      mutationMode="pessimistic"
      redirect="show"
      error={<RecordNotFound />}
      mutationOptions={{
        onError: (error: unknown) => {
          const code = (error as { body?: { code?: string } })?.body?.code;
          setConflict(code === 'CONFLICT' && (error as { body?: { field?: string } }).body?.field === 'version');
          notify(errorMessage(translate, error), { type: 'error' });
        },
      }}
    >
      <SimpleForm>
        {conflict && <ConflictAlert onReloaded={() => setConflict(false)} />}
        <LegalAdviserInputs mode="edit" />
      </SimpleForm>
    </Edit>
  );
};
