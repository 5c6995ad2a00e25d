import Block from '@mui/icons-material/Block';
import PauseCircle from '@mui/icons-material/PauseCircle';
import PlayCircle from '@mui/icons-material/PlayCircle';
import { Button } from '@mui/material';
import { useState } from 'react';
import { TextInput, required, useNotify, useRefresh, useTranslate } from 'react-admin';
import { DateInput } from '../../common/DatePickers';
import { ActionDialog } from '../../common/ActionDialog';
import { notInFuture } from '../../common/validation';
import { useFengqiaoDataProvider } from '../../providers/dataProvider';
import { todayInShanghai } from '../../providers/dates';

type RosterChange = 'suspend' | 'reinstate' | 'remove';

/** Which roster changes an adviser's status allows (the API enforces the same transitions). */
export function rosterChangesFor(status: string | undefined): RosterChange[] {
  if (status === 'ACTIVE') return ['suspend', 'remove'];
  if (status === 'SUSPENDED') return ['reinstate', 'remove'];
  return [];
}

const ICONS = { suspend: <PauseCircle />, reinstate: <PlayCircle />, remove: <Block /> };
const MUTATIONS = { suspend: 'suspendLegalAdviser', reinstate: 'reinstateLegalAdviser', remove: 'removeLegalAdviser' };
const notFuture = notInFuture();

/** Suspend, reinstate or remove: each with the date it took effect and the reason, recorded in the roster history. */
export const RosterActions = ({ adviser }: { adviser: { id: string | number; name: string; status: string } }) => {
  const translate = useTranslate();
  const notify = useNotify();
  const refresh = useRefresh();
  const dataProvider = useFengqiaoDataProvider();
  const [open, setOpen] = useState<RosterChange | null>(null);

  const submit = async (change: RosterChange, values: { effectiveOn: string; reason: string }) => {
    await dataProvider.mutate(MUTATIONS[change], { id: adviser.id, input: values });
    notify(`fq.advisers.${change}_done`, { type: 'success', messageArgs: { name: adviser.name } });
    refresh();
  };

  return (
    <>
      {rosterChangesFor(adviser.status).map((change) => (
        <Button
          key={change}
          size="small"
          color={change === 'remove' ? 'error' : 'primary'}
          startIcon={ICONS[change]}
          onClick={() => setOpen(change)}
          data-testid={`roster-${change}`}
        >
          {translate(`fq.advisers.${change}`)}
        </Button>
      ))}
      {open && (
        <ActionDialog<{ effectiveOn: string; reason: string }>
          open
          onClose={() => setOpen(null)}
          title={translate(`fq.advisers.${open}_title`, { name: adviser.name })}
          description={translate(`fq.advisers.${open}_hint`)}
          submitLabel={translate(`fq.advisers.${open}`)}
          danger={open === 'remove'}
          defaultValues={{ effectiveOn: todayInShanghai() }}
          onSubmit={(values) => submit(open, values)}
          testId={`dialog-${open}`}
        >
          <DateInput source="effectiveOn" label="fq.common.effective_on" validate={[required(), notFuture]} fullWidth />
          <TextInput source="reason" label="fq.common.reason" validate={required()} multiline minRows={2} fullWidth />
        </ActionDialog>
      )}
    </>
  );
};
