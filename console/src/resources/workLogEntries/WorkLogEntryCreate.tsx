import { Alert, LinearProgress } from '@mui/material';
import { useEffect } from 'react';
import { Create, FormDataConsumer, SaveButton, SimpleForm, Toolbar, useGetList, useNotify, useRedirect, useTranslate } from 'react-admin';
import { DisabledReason } from '../../common/DisabledReason';
import { useFetched } from '../../common/useFetched';
import { useFengqiaoDataProvider } from '../../providers/dataProvider';
import { currentMonth } from '../../providers/dates';
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

/** The work-log month (Asia/Shanghai) of the entry's time as the form holds it, or undefined while it is not a time. */
export function entryMonth(at: unknown): string | undefined {
  const instant = toInstant(at);
  return instant ? currentMonth(new Date(instant)) : undefined;
}

/**
 * Save, disabled with the reason while the entry's time falls in a month whose work log is submitted or approved
 * (the API would refuse it with MONTH_SUBMITTED); the adviser picks another time, or asks the office to return it.
 */
export const EntryToolbar = () => (
  <Toolbar>
    <FormDataConsumer>{({ formData }) => <SaveUnlessSubmitted month={entryMonth(formData.at)} />}</FormDataConsumer>
  </Toolbar>
);

const SaveUnlessSubmitted = ({ month }: { month: string | undefined }) => {
  const translate = useTranslate();
  const dataProvider = useFengqiaoDataProvider();
  const { data } = useFetched((signal) => dataProvider.workLogMonth({ month: month!, signal }), [month], !!month);
  const submitted = !!month && data?.month === month && !!data.report?.frozen;
  return (
    <DisabledReason reason={submitted ? translate('fq.disabled.month_submitted') : null} testId="entry-month-submitted">
      <SaveButton />
    </DisabledReason>
  );
};

export const WorkLogEntryCreate = () => {
  // Saving opens the list (and its outbox): its code is fetched while the form is filled in, so that a save made
  // without a signal still lands on the list showing the entry 待同步, service worker or not.
  useEffect(() => {
    void import('./WorkLogEntryList');
  }, []);
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
          toolbar={<EntryToolbar />}
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
