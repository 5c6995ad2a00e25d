import Inventory from '@mui/icons-material/Inventory';
import { Button } from '@mui/material';
import { useState } from 'react';
import { required, useNotify, useRedirect, useRefresh, useTranslate } from 'react-admin';
import { DateInput } from '../../common/DatePickers';
import { ActionDialog } from '../../common/ActionDialog';
import { notInFuture } from '../../common/validation';
import type * as Api from '../../generated/graphql';
import { useFengqiaoDataProvider } from '../../providers/dataProvider';
import { todayInShanghai } from '../../providers/dates';

const notFuture = notInFuture();

/** 报市局备案: files the roster as it stood on a date and opens the new filing. */
export const FileRosterButton = () => {
  const translate = useTranslate();
  const notify = useNotify();
  const refresh = useRefresh();
  const redirect = useRedirect();
  const dataProvider = useFengqiaoDataProvider();
  const [open, setOpen] = useState(false);
  return (
    <>
      <Button size="small" variant="contained" startIcon={<Inventory />} onClick={() => setOpen(true)} data-testid="file-roster">
        {translate('fq.filings.file')}
      </Button>
      {open && (
        <ActionDialog<{ asOf: string }>
          open
          onClose={() => setOpen(false)}
          title={translate('fq.filings.file_title')}
          description={translate('fq.filings.file_hint')}
          submitLabel={translate('fq.filings.file')}
          defaultValues={{ asOf: todayInShanghai() }}
          onSubmit={async ({ asOf }) => {
            const filing = await dataProvider.mutate<Pick<Api.RosterFiling, 'id' | 'number'>>('fileRoster', { asOf });
            notify('fq.filings.filed', { type: 'success', messageArgs: { number: filing.number } });
            refresh();
            redirect('show', 'rosterFilings', filing.id);
          }}
          testId="dialog-file-roster"
          describeError={(e) => {
            const body = (e as { body?: { code?: string; field?: string } }).body;
            // Filings follow each other in time: one cannot be dated before the last.
            return body?.code === 'BAD_USER_INPUT' && body.field === 'asOf' ? translate('fq.filings.as_of_too_early') : undefined;
          }}
        >
          <DateInput source="asOf" label="resources.rosterFilings.fields.asOf" validate={[required(), notFuture]} fullWidth />
        </ActionDialog>
      )}
    </>
  );
};
