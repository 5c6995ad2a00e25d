import { Box, LinearProgress, Typography } from '@mui/material';
import { useState } from 'react';
import {
  CheckboxGroupInput,
  Create,
  FormDataConsumer,
  NumberInput,
  RadioButtonGroupInput,
  required,
  SaveButton,
  SelectInput,
  SimpleForm,
  TextInput,
  Toolbar,
  useGetList,
  useNotify,
  useRedirect,
  useTranslate,
} from 'react-admin';
import { DateTimeInput } from '../../common/DatePickers';
import type * as Api from '../../generated/graphql';
import { errorMessage } from '../../i18n/errors';
import { useFengqiaoDataProvider } from '../../providers/dataProvider';
import { ATTENDEE_FIELDS, attendeeSum, localToIso, nowLocal } from '../../providers/supervision';
import { useRole } from '../../providers/useCan';
import { orderedEnumChoices as enumChoices } from '../choices';
import { AdviserPicker } from './AdviserPicker';
import { PhotosInput, type PhotoValue } from './PhotosInput';

type Values = Record<string, unknown>;

const atLeastOneTopic = (value: unknown) => (Array.isArray(value) && value.length > 0 ? undefined : 'fq.trainings.topics_required');

/** Saves through a named mutation (the API has no createTraining), then opens the recorded training. */
function useRecord(mutation: string, toInput: (v: Values) => Values) {
  const dataProvider = useFengqiaoDataProvider();
  const notify = useNotify();
  const redirect = useRedirect();
  const translate = useTranslate();
  const [error, setError] = useState<string | null>(null);
  const submit = async (values: Values) => {
    setError(null);
    try {
      const saved = await dataProvider.mutate<Pick<Api.Training, 'id'>>(mutation, { input: toInput(values) });
      notify('fq.trainings.saved', { type: 'success' });
      redirect('show', 'trainings', saved.id);
    } catch (e) {
      setError(errorMessage(translate, e));
      notify(errorMessage(translate, e), { type: 'error' });
    }
  };
  return { submit, error };
}

const FormToolbar = () => (
  <Toolbar>
    <SaveButton alwaysEnable data-testid="training-save" />
  </Toolbar>
);

const AttendeeTotal = () => {
  const translate = useTranslate();
  return (
    <FormDataConsumer>
      {({ formData }) => (
        <Typography variant="body2" sx={{ fontWeight: 600, mb: 2 }} data-testid="attendee-total">
          {translate('fq.trainings.attendee_total', { count: attendeeSum(formData) })}
        </Typography>
      )}
    </FormDataConsumer>
  );
};

/** An adviser's quarterly rule-of-law training in one of their villages, with attendees by category and photos. */
const VillageTrainingForm = () => {
  const translate = useTranslate();
  const { data: villages, isPending } = useGetList<Pick<Api.Village, 'id' | 'name'>>('villages', {
    pagination: { page: 1, perPage: 100 },
    sort: { field: 'name', order: 'ASC' },
  });
  const { submit } = useRecord('recordVillageTraining', (v) => ({
    villageId: v.villageId,
    at: localToIso(v.at),
    title: v.title,
    venue: v.venue,
    mode: v.mode,
    notes: v.notes || undefined,
    ...Object.fromEntries(ATTENDEE_FIELDS.map((f) => [f, Math.max(0, Math.floor(Number(v[f] ?? 0)) || 0)])),
    photoIds: ((v.photos as PhotoValue[] | undefined) ?? []).map((p) => p.id),
  }));
  if (isPending) return <LinearProgress sx={{ m: 2 }} />;
  return (
    <SimpleForm
      onSubmit={submit}
      toolbar={<FormToolbar />}
      defaultValues={{
        villageId: villages?.[0]?.id,
        at: nowLocal(),
        mode: 'OFFLINE',
        cadres: 0,
        gridWorkers: 0,
        mediators: 0,
        legalUnderstanding: 0,
        others: 0,
        photos: [],
      }}
      sx={{ maxWidth: 720 }}
    >
      <SelectInput
        source="villageId"
        label="resources.trainings.fields.village"
        choices={villages ?? []}
        optionText="name"
        validate={required()}
        helperText="fq.trainings.village_hint"
        fullWidth
      />
      <DateTimeInput source="at" label="resources.trainings.fields.at" validate={required()} fullWidth />
      <TextInput source="title" label="resources.trainings.fields.title" validate={required()} fullWidth />
      <TextInput source="venue" label="resources.trainings.fields.venue" validate={required()} fullWidth />
      <RadioButtonGroupInput source="mode" label="resources.trainings.fields.mode" choices={enumChoices('TrainingMode')} validate={required()} />
      <Typography variant="subtitle2" sx={{ mt: 1 }}>
        {translate('fq.trainings.attendees')}
      </Typography>
      <Box
        sx={{
          display: 'grid',
          gap: { xs: 0, sm: 2 },
          gridTemplateColumns: { xs: 'repeat(2, minmax(0, 1fr))', sm: 'repeat(3, minmax(0, 1fr))' },
          width: '100%',
        }}
      >
        {ATTENDEE_FIELDS.map((f) => (
          <NumberInput key={f} source={f} label={`resources.trainings.fields.${f}`} min={0} step={1} validate={required()} />
        ))}
      </Box>
      <AttendeeTotal />
      <PhotosInput source="photos" />
      <TextInput source="notes" label="resources.trainings.fields.notes" multiline minRows={2} fullWidth />
    </SimpleForm>
  );
};

/** The bureau's annual training of its advisers: the subjects covered and who attended. */
const AnnualTrainingForm = () => {
  const { submit } = useRecord('recordAnnualTraining', (v) => ({
    at: localToIso(v.at),
    title: v.title,
    venue: v.venue,
    mode: v.mode,
    notes: v.notes || undefined,
    topics: v.topics,
    adviserIds: v.adviserIds ?? [],
    photoIds: [],
  }));
  return (
    <SimpleForm
      onSubmit={submit}
      toolbar={<FormToolbar />}
      defaultValues={{ at: nowLocal(), mode: 'OFFLINE', topics: ['ETHICS', 'DISCIPLINE', 'MEDIATION_SKILLS', 'CASE_FILES'], adviserIds: [] }}
      sx={{ maxWidth: 900 }}
    >
      <TextInput source="title" label="resources.trainings.fields.title" validate={required()} fullWidth />
      <DateTimeInput source="at" label="resources.trainings.fields.at" validate={required()} fullWidth />
      <TextInput source="venue" label="resources.trainings.fields.venue" validate={required()} fullWidth />
      <RadioButtonGroupInput source="mode" label="resources.trainings.fields.mode" choices={enumChoices('TrainingMode')} validate={required()} />
      <CheckboxGroupInput
        source="topics"
        label="resources.trainings.fields.topics"
        choices={enumChoices('TrainingTopic')}
        validate={atLeastOneTopic}
      />
      <AdviserPicker source="adviserIds" />
      <TextInput source="notes" label="resources.trainings.fields.notes" multiline minRows={2} fullWidth />
    </SimpleForm>
  );
};

export const TrainingCreate = () => {
  const translate = useTranslate();
  const role = useRole();
  const annual = role === 'BUREAU_ADMIN';
  return (
    <Create title={translate(annual ? 'fq.trainings.create_annual_title' : 'fq.trainings.create_village_title')}>
      {annual ? <AnnualTrainingForm /> : <VillageTrainingForm />}
    </Create>
  );
};
