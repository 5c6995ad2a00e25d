import EventBusy from '@mui/icons-material/EventBusy';
import SwapHoriz from '@mui/icons-material/SwapHoriz';
import { Button } from '@mui/material';
import { useState } from 'react';
import { BooleanInput, required, useNotify, useRefresh, useTranslate } from 'react-admin';
import { DateInput } from '../../common/DatePickers';
import { ActionDialog } from '../../common/ActionDialog';
import { notBefore } from '../../common/validation';
import { useFengqiaoDataProvider } from '../../providers/dataProvider';
import { todayInShanghai } from '../../providers/dates';
import { AdviserPicker } from './PairingInputs';

/** Ends a pairing on a chosen last day. */
export const EndPairingButton = ({ pairing, label }: { pairing: { id: string | number; validFrom: string }; label?: string }) => {
  const translate = useTranslate();
  const notify = useNotify();
  const refresh = useRefresh();
  const dataProvider = useFengqiaoDataProvider();
  const [open, setOpen] = useState(false);
  return (
    <>
      <Button
        size="small"
        color="warning"
        startIcon={<EventBusy />}
        onClick={(e) => {
          e.stopPropagation();
          setOpen(true);
        }}
        data-testid="end-pairing"
      >
        {label ?? translate('fq.pairings.end')}
      </Button>
      {open && (
        <ActionDialog<{ validFrom: string; validTo: string }>
          open
          onClose={() => setOpen(false)}
          title={translate('fq.pairings.end_title')}
          description={translate('fq.pairings.end_hint')}
          submitLabel={translate('fq.pairings.end')}
          defaultValues={{ validFrom: pairing.validFrom, validTo: todayInShanghai() }}
          onSubmit={async (values) => {
            await dataProvider.mutate('endPairing', { id: pairing.id, validTo: values.validTo });
            notify('fq.pairings.ended', { type: 'success' });
            refresh();
          }}
          testId="dialog-end-pairing"
        >
          <DateInput source="validTo" label="resources.pairings.fields.validTo" validate={[required(), notBefore('validFrom')]} fullWidth />
        </ActionDialog>
      )}
    </>
  );
};

/** Gives a village a new adviser from a date; the API ends the current pairing the day before, in one transaction. */
export const ReassignVillageButton = ({ village }: { village: { id: string | number; name: string } }) => {
  const translate = useTranslate();
  const notify = useNotify();
  const refresh = useRefresh();
  const dataProvider = useFengqiaoDataProvider();
  const [open, setOpen] = useState(false);
  return (
    <>
      <Button size="small" startIcon={<SwapHoriz />} onClick={() => setOpen(true)} data-testid="reassign-village">
        {translate('fq.pairings.reassign')}
      </Button>
      {open && (
        <ActionDialog<{ adviserId: string; from: string; deputyDirector: boolean }>
          open
          onClose={() => setOpen(false)}
          title={translate('fq.pairings.reassign_title', { name: village.name })}
          description={translate('fq.pairings.reassign_hint')}
          submitLabel={translate('fq.pairings.reassign')}
          defaultValues={{ from: todayInShanghai(), deputyDirector: true }}
          onSubmit={async (values) => {
            await dataProvider.mutate('reassignVillage', { input: { ...values, villageId: village.id } });
            notify('fq.pairings.reassigned', { type: 'success' });
            refresh();
          }}
          testId="dialog-reassign"
        >
          <AdviserPicker helperText={false} />
          <DateInput source="from" label="resources.pairings.fields.from" validate={required()} fullWidth />
          <BooleanInput source="deputyDirector" label="resources.pairings.fields.deputyDirector" />
        </ActionDialog>
      )}
    </>
  );
};
