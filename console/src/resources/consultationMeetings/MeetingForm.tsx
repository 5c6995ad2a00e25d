import { Typography } from '@mui/material';
import {
  ArrayInput,
  AutocompleteArrayInput,
  CheckboxGroupInput,
  Create,
  Edit,
  FormDataConsumer,
  ReferenceArrayInput,
  required,
  SimpleForm,
  SimpleFormIterator,
  TextInput,
  useGetList,
  useRecordContext,
  useTranslate,
} from 'react-admin';
import { DateInput, DateTimeInput } from '../../common/DatePickers';
import { StaleVersionAlert, useStaleVersion } from '../../common/StaleVersion';
import type * as Api from '../../generated/graphql';
import { localToIso, nowLocal } from '../../providers/supervision';
import { OwnerInputs } from './ActionItems';
import { participantIds, type Meeting } from './meetingTypes';

type Values = Record<string, unknown>;

const useOffices = () =>
  useGetList<Pick<Api.JudicialOffice, 'id' | 'name'>>('judicialOffices', {
    pagination: { page: 1, perPage: 100 },
    sort: { field: 'name', order: 'ASC' },
  });

const ParticipantInputs = () => {
  const { data: offices } = useOffices();
  return (
    <>
      <CheckboxGroupInput
        source="officeIds"
        label="fq.meetings.offices"
        choices={offices ?? []}
        translateChoice={false}
        sx={{
          width: '100%',
          '& .MuiFormGroup-root': { display: 'grid', gridTemplateColumns: { xs: 'repeat(2, minmax(0, 1fr))', sm: 'repeat(4, minmax(0, 1fr))' } },
        }}
      />
      <ReferenceArrayInput source="providerIds" reference="providers" perPage={100} sort={{ field: 'name', order: 'ASC' }}>
        <AutocompleteArrayInput label="fq.meetings.providers" optionText="name" filterToQuery={(q) => ({ q })} fullWidth />
      </ReferenceArrayInput>
      <ReferenceArrayInput source="villageIds" reference="villages" perPage={50} sort={{ field: 'name', order: 'ASC' }}>
        <AutocompleteArrayInput label="fq.meetings.villages" optionText="name" filterToQuery={(q) => ({ q })} fullWidth />
      </ReferenceArrayInput>
    </>
  );
};

/** New action items: their owner is chosen from the offices and providers ticked above, or the bureau. */
const NewActionItems = () => {
  const translate = useTranslate();
  const { data: offices } = useOffices();
  const { data: providers } = useGetList<Pick<Api.Provider, 'id' | 'name'>>('providers', {
    pagination: { page: 1, perPage: 100 },
    sort: { field: 'name', order: 'ASC' },
  });
  return (
    <FormDataConsumer>
      {({ formData }) => {
        const officeIds = new Set(((formData.officeIds as string[] | undefined) ?? []).map(String));
        const providerIds = new Set(((formData.providerIds as string[] | undefined) ?? []).map(String));
        return (
          <>
            <Typography variant="subtitle1" sx={{ mt: 2 }}>
              {translate('fq.meetings.action_items')}
            </Typography>
            <Typography variant="caption" color="text.secondary">
              {translate('fq.meetings.items_hint')}
            </Typography>
            <ArrayInput source="actionItems" label={false}>
              <SimpleFormIterator disableReordering fullWidth>
                <TextInput source="title" label="fq.meetings.item_title" validate={required()} fullWidth />
                <OwnerInputs
                  offices={(offices ?? []).filter((o) => officeIds.has(String(o.id)))}
                  providers={(providers ?? []).filter((p) => providerIds.has(String(p.id)))}
                />
                <DateInput source="dueOn" label="fq.meetings.due_on_label" validate={required()} />
              </SimpleFormIterator>
            </ArrayInput>
          </>
        );
      }}
    </FormDataConsumer>
  );
};

const MeetingInputs = () => (
  <>
    <TextInput source="title" validate={required()} fullWidth />
    <DateTimeInput source="at" validate={required()} fullWidth />
    <TextInput source="venue" validate={required()} fullWidth />
    <TextInput source="agenda" validate={required()} multiline minRows={3} fullWidth />
    <TextInput source="minutes" multiline minRows={4} fullWidth />
    <TextInput source="decisions" multiline minRows={3} fullWidth />
    <ParticipantInputs />
  </>
);

const toInput = (v: Values) => ({
  ...v,
  at: localToIso(v.at),
  officeIds: v.officeIds ?? [],
  providerIds: v.providerIds ?? [],
  villageIds: v.villageIds ?? [],
});

const createTransform = (v: Values) => ({
  ...toInput(v),
  actionItems: ((v.actionItems as Values[] | undefined) ?? []).map((item) => ({
    title: item.title,
    dueOn: item.dueOn,
    ownerKind: item.ownerKind,
    ownerOfficeId: item.ownerKind === 'OFFICE' ? item.ownerOfficeId : undefined,
    ownerProviderId: item.ownerKind === 'PROVIDER' ? item.ownerProviderId : undefined,
  })),
});

export const MeetingCreate = () => {
  const translate = useTranslate();
  return (
    <Create title={translate('fq.meetings.create_title')} transform={createTransform} redirect="show">
      <SimpleForm defaultValues={{ at: nowLocal(), officeIds: [], providerIds: [], villageIds: [], actionItems: [] }} sx={{ maxWidth: 820 }}>
        <MeetingInputs />
        <NewActionItems />
      </SimpleForm>
    </Create>
  );
};

/** The form starts from the recorded participants; action items are handled on the meeting's page. */
const EditForm = ({ stale, reloaded }: { stale: boolean; reloaded: () => void }) => {
  const record = useRecordContext<Meeting>();
  // Wait for the meeting itself (a list row standing in has no participants).
  if (!record?.participants) return null;
  return (
    <SimpleForm record={{ ...record, ...participantIds(record) }} sx={{ maxWidth: 820 }}>
      {stale && <StaleVersionAlert onReloaded={reloaded} />}
      <MeetingInputs />
    </SimpleForm>
  );
};

export const MeetingEdit = () => {
  const translate = useTranslate();
  const { stale, onError, reloaded } = useStaleVersion();
  return (
    <Edit title={translate('fq.meetings.edit_title')} transform={toInput} redirect="show" mutationMode="pessimistic" mutationOptions={{ onError }}>
      <EditForm stale={stale} reloaded={reloaded} />
    </Edit>
  );
};
