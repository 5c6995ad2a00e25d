import { Alert, LinearProgress } from '@mui/material';
import { DeleteButton, Edit, SaveButton, SimpleForm, Toolbar, useRecordContext, useTranslate } from 'react-admin';
import { RecordNotFound, QUIET_NOT_FOUND } from '../../common/RecordNotFound';
import { StaleVersionAlert, useStaleVersion } from '../../common/StaleVersion';
import { entryTransform, useOwnVillages } from './WorkLogEntryCreate';
import { WorkLogEntryInputs } from './WorkLogEntryInputs';
import type { WorkLogEntry } from './workLogFormat';

const EditToolbar = () => {
  const record = useRecordContext<WorkLogEntry>();
  return (
    <Toolbar sx={{ justifyContent: 'space-between' }}>
      <SaveButton disabled={record?.frozen} />
      {!record?.frozen && <DeleteButton mutationMode="pessimistic" redirect="list" />}
    </Toolbar>
  );
};

const Form = ({ stale, reloaded }: { stale: boolean; reloaded: () => void }) => {
  const translate = useTranslate();
  const record = useRecordContext<WorkLogEntry>();
  const { data: villages, isPending } = useOwnVillages();
  if (!record || isPending) return <LinearProgress sx={{ m: 2 }} />;
  return (
    <SimpleForm
      toolbar={<EditToolbar />}
      defaultValues={{ villageId: record.villageId, photoIds: (record.photos ?? []).map((p) => p.id) }}
      sx={{ maxWidth: 640 }}
      disabled={record.frozen}
    >
      {stale && <StaleVersionAlert onReloaded={reloaded} />}
      {record.frozen && (
        <Alert severity="info" sx={{ mb: 2, width: '100%' }} data-testid="entry-frozen-note">
          {translate('fq.workLog.frozen_note')}
        </Alert>
      )}
      <WorkLogEntryInputs villages={villages ?? []} photos={record.photos} />
    </SimpleForm>
  );
};

export const WorkLogEntryEdit = () => {
  const translate = useTranslate();
  const { stale, onError, reloaded } = useStaleVersion();
  return (
    <Edit
      title={translate('fq.workLog.edit_title')}
      transform={entryTransform}
      mutationMode="pessimistic"
      redirect="show"
      error={<RecordNotFound />}
      queryOptions={QUIET_NOT_FOUND}
      mutationOptions={{ onError }}
    >
      <Form stale={stale} reloaded={reloaded} />
    </Edit>
  );
};
