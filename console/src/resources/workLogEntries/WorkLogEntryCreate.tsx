import { Alert, LinearProgress } from '@mui/material';
import { Create, SimpleForm, useGetList, useNotify, useRedirect, useTranslate } from 'react-admin';
import { DEFAULT_CATEGORY, DEFAULT_DURATION_MIN, defaultMode, nowLocal, toInstant } from './workLogFormat';
import { WorkLogEntryInputs, type OwnVillage } from './WorkLogEntryInputs';

/** The adviser's own villages (the API lists only those), with their township's terrain. */
export const useOwnVillages = () =>
  useGetList<OwnVillage>('villages', { pagination: { page: 1, perPage: 100 }, sort: { field: 'name', order: 'ASC' } });

/** The entry as the API takes it: `at` as an instant, lecture-only fields only for lectures. */
export function entryTransform(data: Record<string, unknown>) {
  const lecture = data.category === 'LECTURE';
  return {
    ...data,
    at: toInstant(data.at),
    phone: lecture ? data.phone || null : data.phone,
    venue: lecture ? data.venue : null,
    attendeeCount: lecture ? data.attendeeCount : null,
    photoIds: lecture ? (data.photoIds ?? []) : [],
  };
}

export const WorkLogEntryCreate = () => {
  const translate = useTranslate();
  const { data: villages, isPending } = useOwnVillages();
  const first = villages?.[0];
  const notify = useNotify();
  const redirect = useRedirect();
  // Saved without a signal, the entry waits on this device (待同步) and the list shows it there.
  const onSuccess = (data: { id: string | number; pending?: boolean }) => {
    if (data.pending) notify('fq.offline.saved_on_device', { type: 'warning' });
    else notify('ra.notification.created', { type: 'info', messageArgs: { smart_count: 1 } });
    redirect('list', 'workLogEntries');
  };
  return (
    <Create title={translate('fq.workLog.create_title')} transform={entryTransform} redirect="list" mutationOptions={{ onSuccess }}>
      {isPending ? (
        <LinearProgress sx={{ m: 2 }} />
      ) : (
        <SimpleForm
          defaultValues={{
            villageId: first?.id,
            at: nowLocal(),
            category: DEFAULT_CATEGORY,
            mode: defaultMode(first?.township?.terrain),
            durationMin: DEFAULT_DURATION_MIN,
            photoIds: [],
          }}
          sx={{ maxWidth: 640 }}
        >
          {first?.township?.terrain === 'MOUNTAIN' && (
            <Alert severity="info" sx={{ mb: 2, width: '100%' }}>
              {translate('fq.workLog.mountain_hint')}
            </Alert>
          )}
          <WorkLogEntryInputs villages={villages ?? []} />
        </SimpleForm>
      )}
    </Create>
  );
};
