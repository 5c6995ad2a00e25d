import { Box } from '@mui/material';
import { Create, SimpleForm, useLocation, useNotify, useRedirect, useTranslate } from 'react-admin';
import { errorMessage } from '../../i18n/errors';
import { todayInShanghai } from '../../providers/dates';
import { AdviserPicker, PairingDateInputs, UncoveredVillagePicker } from './PairingInputs';

/**
 * Pairs an active adviser with an uncovered village. Opened from the coverage page with the village chosen
 * (`?source={"villageId":…}`), it returns there, so the new ratio is in view.
 */
export const PairingCreate = () => {
  const translate = useTranslate();
  const notify = useNotify();
  const redirect = useRedirect();
  const location = useLocation();
  const from = (location.state as { from?: string } | null)?.from;
  return (
    <Create
      title={translate('fq.pairings.create_title')}
      mutationOptions={{
        // Our own onSuccess replaces react-admin's, redirect included.
        onSuccess: (data: { id: string }) => {
          notify('fq.pairings.created', { type: 'success' });
          if (from) redirect(() => from);
          else redirect('show', 'pairings', data.id);
        },
        onError: (error: unknown) => {
          const code = (error as { body?: { code?: string } })?.body?.code;
          notify(code === 'CONFLICT' ? translate('fq.pairings.overlap') : errorMessage(translate, error), { type: 'error' });
        },
      }}
    >
      <SimpleForm defaultValues={{ validFrom: todayInShanghai(), deputyDirector: true }}>
        <Box sx={{ width: '100%', maxWidth: 560 }}>
          <UncoveredVillagePicker />
          <AdviserPicker />
          <PairingDateInputs />
        </Box>
      </SimpleForm>
    </Create>
  );
};
