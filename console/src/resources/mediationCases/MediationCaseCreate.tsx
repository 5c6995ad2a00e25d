import { LinearProgress } from '@mui/material';
import {
  ArrayInput,
  CheckboxGroupInput,
  Create,
  FormDataConsumer,
  NumberInput,
  required,
  SelectInput,
  SimpleForm,
  SimpleFormIterator,
  TextInput,
  useGetList,
  useGetOne,
  useTranslate,
} from 'react-admin';
import { DateInput } from '../../common/DatePickers';
import { notInFuture, phone } from '../../common/validation';
import type * as Api from '../../generated/graphql';
import { todayInShanghai } from '../../providers/dates';
import { orderedEnumChoices as enumChoices } from '../choices';
import { yuanToFen } from './caseFormat';

/** The adviser's own villages: the API lists only those. */
const useOwnVillages = () =>
  useGetList<Pick<Api.Village, 'id' | 'name'>>('villages', { pagination: { page: 1, perPage: 100 }, sort: { field: 'name', order: 'ASC' } });

/** The village committee's mediators (人民调解员) who take part; they do not read confidential text. */
const MediatorsInput = ({ villageId }: { villageId?: string }) => {
  const translate = useTranslate();
  const { data } = useGetOne<Pick<Api.Village, 'id'> & { committee?: { members?: Pick<Api.CommitteeMember, 'id' | 'name' | 'role'>[] } | null }>(
    'villages',
    { id: villageId ?? '' },
    { enabled: Boolean(villageId) },
  );
  const members = data?.committee?.members ?? [];
  if (!members.length) return null;
  return (
    <CheckboxGroupInput
      source="mediatorIds"
      label="resources.mediationCases.fields.mediators"
      helperText="fq.cases.mediators_hint"
      choices={members.map((m) => ({ id: m.id, name: `${m.name}（${translate(`fq.enum.CommitteeRole.${m.role}`)}）` }))}
      translateChoice={false}
      row
    />
  );
};

const ID_NUMBER = /^\d{17}[\dXx]$/;
const idNumber = (value: unknown) => (value && !ID_NUMBER.test(String(value).trim()) ? 'fq.validation.id_number' : undefined);

export const MediationCaseCreate = () => {
  const translate = useTranslate();
  const { data: villages, isPending } = useOwnVillages();
  const transform = (data: Record<string, unknown>) => ({
    ...data,
    amountFen: yuanToFen(data.amountYuan),
    // The registering adviser is always assigned; the API adds them.
    adviserIds: [],
    parties: ((data.parties as Record<string, unknown>[] | undefined) ?? []).map((p) => ({
      ...p,
      idNumber: typeof p.idNumber === 'string' ? p.idNumber.trim().toUpperCase() : p.idNumber,
    })),
  });
  return (
    <Create title={translate('fq.cases.create_title')} transform={transform} redirect="show">
      {isPending ? (
        <LinearProgress sx={{ m: 2 }} />
      ) : (
        <SimpleForm
          defaultValues={{
            villageId: villages?.[0]?.id,
            mediatorIds: [],
            source: 'APPLICATION',
            tier: 'ORDINARY',
            receivedOn: todayInShanghai(),
            amountYuan: 0,
            parties: [{ role: 'APPLICANT' }, { role: 'RESPONDENT' }],
          }}
          sx={{ maxWidth: 720 }}
        >
          <SelectInput
            source="villageId"
            label="resources.mediationCases.fields.village"
            choices={villages ?? []}
            optionText="name"
            validate={required()}
            fullWidth
          />
          <SelectInput source="source" choices={enumChoices('CaseSource')} validate={required()} fullWidth />
          <FormDataConsumer>
            {({ formData }) =>
              formData.source === 'REFERRAL' && (
                <>
                  <SelectInput source="referrerKind" choices={enumChoices('ReferrerKind')} validate={required()} fullWidth />
                  <TextInput source="referrerName" validate={required()} fullWidth />
                </>
              )
            }
          </FormDataConsumer>
          <SelectInput source="disputeType" choices={enumChoices('DisputeType')} validate={required()} fullWidth />
          <SelectInput source="tier" choices={enumChoices('CaseTier')} validate={required()} fullWidth />
          <NumberInput source="amountYuan" label="fq.cases.amount_yuan" min={0} step={0.01} fullWidth />
          <DateInput source="receivedOn" validate={[required(), notInFuture()]} fullWidth />
          <TextInput source="summary" helperText="fq.cases.confidential_write_hint" validate={required()} multiline minRows={4} fullWidth />
          <FormDataConsumer>{({ formData }) => <MediatorsInput villageId={formData.villageId} />}</FormDataConsumer>
          <ArrayInput source="parties" label="resources.mediationCases.fields.parties">
            <SimpleFormIterator disableReordering fullWidth>
              <SelectInput source="role" label="fq.cases.party.role" choices={enumChoices('PartyRole')} validate={required()} />
              <TextInput source="name" label="fq.cases.party.name" validate={required()} />
              <TextInput source="phone" label="fq.cases.party.phone" validate={phone} type="tel" />
              <TextInput source="idNumber" label="fq.cases.party.idNumber" validate={idNumber} />
              <TextInput source="address" label="fq.cases.party.address" />
            </SimpleFormIterator>
          </ArrayInput>
        </SimpleForm>
      )}
    </Create>
  );
};
