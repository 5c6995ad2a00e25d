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
import { QUIET_NOT_FOUND, RecordNotFound } from '../../common/RecordNotFound';
import { errorMessage } from '../../i18n/errors';
import { useFengqiaoDataProvider } from '../../providers/dataProvider';
import { orderedEnumChoices as enumChoices } from '../choices';
import { PhotoInput } from '../workLogEntries/WorkLogFields';
import { currentMonth, isMonth, previousMonth, type WorkLogPhoto } from '../workLogEntries/workLogFormat';
import { CHECKLIST, checkToFormValues, formValuesToInput, type MonthlyCheck } from './checkFormat';

const f = (name: string) => `resources.monthlyChecks.fields.${name}`;
const monthValid = (value: unknown) => (value && !isMonth(value) ? 'fq.workLog.month_invalid' : undefined);

/** Saves through `saveMonthlyCheck` (the check of an adviser for a month is replaced as a whole), then shows it. */
function useSaveCheck() {
  const dataProvider = useFengqiaoDataProvider();
  const notify = useNotify();
  const redirect = useRedirect();
  const translate = useTranslate();
  return async (values: Record<string, unknown>) => {
    try {
      const saved = await dataProvider.mutate<{ id: string }>('saveMonthlyCheck', { input: formValuesToInput(values) });
      notify(translate('fq.workLog.saved'), { type: 'success' });
      redirect('show', 'monthlyChecks', saved.id);
    } catch (e) {
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
      <TextInput
        source="month"
        label={f('month')}
        type="month"
        validate={[required(), monthValid]}
        readOnly={fixed}
        slotProps={{ inputLabel: { shrink: true }, htmlInput: { max: currentMonth() } }}
        fullWidth
      />
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
  const save = useSaveCheck();
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

const EditForm = () => {
  const record = useRecordContext<MonthlyCheck>();
  const save = useSaveCheck();
  if (!record) return <LinearProgress sx={{ m: 2 }} />;
  const known = (record.highlights ?? []).flatMap((h) => h.photos ?? []);
  return (
    <SimpleForm onSubmit={save} record={{ id: record.id, ...checkToFormValues(record) }} sx={{ maxWidth: 720 }}>
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
