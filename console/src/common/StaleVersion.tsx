import Refresh from '@mui/icons-material/Refresh';
import { Alert, Button } from '@mui/material';
import { useState } from 'react';
import { useEditContext, useNotify, useTranslate } from 'react-admin';
import { errorMessage } from '../i18n/errors';
import { isStaleVersion } from './ActionDialog';

/** Someone saved this record after the edit form was loaded: say so, and offer to load their version. */
export const StaleVersionAlert = ({ onReloaded }: { onReloaded: () => void }) => {
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
          data-testid="conflict-reload"
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

/**
 * For an edit page's save (pessimistic, so that a refused save keeps the form as typed): `onError` says what went
 * wrong and remembers a stale version, for which the page shows StaleVersionAlert until the record is reloaded.
 */
export function useStaleVersion() {
  const translate = useTranslate();
  const notify = useNotify();
  const [stale, setStale] = useState(false);
  return {
    stale,
    onError: (error: unknown) => {
      setStale(isStaleVersion(error));
      notify(errorMessage(translate, error), { type: 'error' });
    },
    reloaded: () => setStale(false),
  };
}
