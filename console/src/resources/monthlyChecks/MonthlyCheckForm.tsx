import { LinearProgress } from '@mui/material';
import {
  ArrayInput,
  BooleanInput,
  Create,
  Edit,
  RadioButtonGroupInput,
  required,
  SelectInput,
  SimpleForm,
  SimpleFormIterator,
  TextInput,
  useGetList,
  useNotify,
  useRecordContext,
  useRedirect,
  useTranslate,
} from 'react-admin';
import { MonthInput } from '../../common/DatePickers';
import { QUIET_NOT_FOUND, RecordNotFound } from '../../common/RecordNotFound';
import { StaleVersionAlert, useStaleVersion } from '../../common/StaleVersion';
import type * as Api from '../../generated/graphql';
import { errorMessage, existingIdOf } from '../../i18n/errors';
import { useFengqiaoDataProvider } from '../../providers/dataProvider';
import { orderedEnumChoices as enumChoices } from '../choices';
import { PhotoInput } from '../workLogEntries/WorkLogFields';
import { currentMonth, isMonth, previousMonth, type WorkLogPhoto } from '../workLogEntries/workLogFormat';
import { CHECKLIST, checkToFormValues, formValuesToInput, formValuesToUpdate, type MonthlyCheck } from './checkFormat';

const f = (name: string) => `resources.monthlyChecks.fields.${name}`;
const monthValid = (value: unknown) => (value && !isMonth(value) ? 'fq.workLog.month_invalid' : undefined);

/**
 * Records a new check through `createMonthlyCheck`, then shows it. A month that has its check already is never
 * replaced: the API names that check (CONFLICT with `existingId`) and the console opens it instead.
 */
function useCreateCheck() {
  const dataProvider = useFengqiaoDataProvider();
  const notify = useNotify();
  const redirect = useRedirect();
  const translate = useTranslate();
  return async (values: Record<string, unknown>) => {
    try {
      const saved = await dataProvider.mutate<Pick<Api.MonthlyCheck, 'id'>>('createMonthlyCheck', { input: formValuesToInput(values) });
      notify(translate('fq.workLog.saved'), { type: 'success' });
      redirect('show', 'monthlyChecks', saved.id);
    } catch (e) {
      const existing = existingIdOf(e);
      if (existing) {
        notify(translate('fq.checks.exists_opened'), { type: 'warning' });
        redirect('show', 'monthlyChecks', existing);
        return;
      }
      notify(errorMessage(translate, e), { type: 'error' });
    }
  };
}

const CheckInputs = ({ known = [], fixed = false }: { known?: WorkLogPhoto[]; fixed?: boolean }) => {
  const { data: advisers, isPending } = useGetList('legalAdvisers', {
    pagination: { page: 1, perPage: 100 },
    sort: { field: 'name', order: 'ASC' },
  });
  return (
    <>
      <SelectInput
        source="adviserId"
        label={f('adviser')}
        choices={advisers ?? []}
        optionText="name"
        isPending={isPending}
        validate={required()}
        readOnly={fixed}
        fullWidth
      />
      <MonthInput source="month" label={f('month')} validate={[required(), monthValid]} readOnly={fixed} max={currentMonth()} fullWidth />
      {CHECKLIST.map((item) => (
        <BooleanInput key={item} source={item} label={f(item)} />
      ))}
      <RadioButtonGroupInput source="rating" label={f('rating')} choices={enumChoices('CheckRating')} validate={required()} row />
      <TextInput source="notes" label={f('notes')} multiline minRows={2} fullWidth />
      <ArrayInput source="highlights" label={f('highlights')} helperText="fq.checks.highlights_hint">
        <SimpleFormIterator disableReordering fullWidth>
          <TextInput source="title" label="fq.checks.highlight_title" validate={required()} fullWidth />
          <TextInput source="text" label="fq.checks.highlight_text" validate={required()} multiline minRows={3} fullWidth />
          <PhotoInput source="photoIds" label="fq.checks.highlight_photos" known={known} />
        </SimpleFormIterator>
      </ArrayInput>
    </>
  );
};

export const MonthlyCheckCreate = () => {
  const translate = useTranslate();
  const save = useCreateCheck();
  return (
    <Create title={translate('fq.checks.create_title')}>
      <SimpleForm
        onSubmit={save}
        defaultValues={{
          month: previousMonth(currentMonth()),
          rating: 'GOOD',
          notes: '',
          logComplete: true,
          casesFollowedUp: true,
          noticeBoardPosted: true,
          trainingOnTrack: true,
          highlights: [],
        }}
        sx={{ maxWidth: 720 }}
      >
        <CheckInputs />
      </SimpleForm>
    </Create>
  );
};

/** Changes the check through `updateMonthlyCheck` with the version it was loaded at; a stale one offers to reload. */
const EditForm = () => {
  const record = useRecordContext<MonthlyCheck>();
  const dataProvider = useFengqiaoDataProvider();
  const notify = useNotify();
  const redirect = useRedirect();
  const translate = useTranslate();
  const { stale, onError, reloaded } = useStaleVersion();
  if (!record) return <LinearProgress sx={{ m: 2 }} />;
  const known = (record.highlights ?? []).flatMap((h) => h.photos ?? []);
  const save = async (values: Record<string, unknown>) => {
    try {
      await dataProvider.mutate('updateMonthlyCheck', { id: record.id, input: formValuesToUpdate(values, record.version) });
      notify(translate('fq.workLog.saved'), { type: 'success' });
      redirect('show', 'monthlyChecks', record.id);
    } catch (e) {
      onError(e);
    }
  };
  return (
    <SimpleForm onSubmit={save} record={{ id: record.id, ...checkToFormValues(record) }} sx={{ maxWidth: 720 }}>
      {stale && <StaleVersionAlert onReloaded={reloaded} />}
      <CheckInputs known={known} fixed />
    </SimpleForm>
  );
};

export const MonthlyCheckEdit = () => {
  const translate = useTranslate();
  return (
    <Edit title={translate('fq.checks.edit_title')} error={<RecordNotFound />} queryOptions={QUIET_NOT_FOUND} mutationMode="pessimistic">
      <EditForm />
    </Edit>
  );
};
