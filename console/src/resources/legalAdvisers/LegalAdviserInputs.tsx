import { Box, Typography } from '@mui/material';
import { RadioButtonGroupInput, SearchInput, SelectInput, TextInput, required, useTranslate } from 'react-admin';
import { DateInput } from '../../common/DatePickers';
import { notInFuture, phone } from '../../common/validation';
import { todayInShanghai } from '../../providers/dates';
import type { Role } from '../../providers/session';
import { orderedEnumChoices } from '../choices';
import { ProviderSelectInput, TownshipSelectInput } from '../pickers';

export const adviserFilters = (searchPlaceholder: string, role: Role | undefined) => [
  <SearchInput key="q" source="q" alwaysOn placeholder={searchPlaceholder} />,
  <SelectInput key="status" source="status" choices={orderedEnumChoices('AdviserStatus')} />,
  <SelectInput key="profession" source="profession" choices={orderedEnumChoices('Profession')} />,
  // An office serves one township: the filter would offer only its own.
  ...(role === 'BUREAU_ADMIN' ? [<TownshipSelectInput key="townshipId" source="townshipId" />] : []),
  <ProviderSelectInput key="providerId" source="providerId" />,
];

const notFuture = notInFuture();

/** The adviser's details, shared by create and edit; edit adds when and why the change took effect. */
export const LegalAdviserInputs = ({ mode }: { mode: 'create' | 'edit' }) => {
  const translate = useTranslate();
  return (
    <Box sx={{ width: '100%', maxWidth: 640 }}>
      <TextInput source="name" validate={required()} fullWidth />
      <RadioButtonGroupInput source="gender" choices={orderedEnumChoices('Gender')} validate={required()} />
      <TextInput source="phone" validate={[required(), phone]} fullWidth />
      <SelectInput source="profession" choices={orderedEnumChoices('Profession')} validate={required()} fullWidth />
      <TextInput source="licenceNo" validate={required()} fullWidth />
      {/* `provider.id`: the record carries its provider as an object; the data provider sends it as providerId. */}
      <ProviderSelectInput source="provider.id" label="resources.legalAdvisers.fields.provider" validate={required()} fullWidth />
      <TextInput source="serviceScope" multiline minRows={2} fullWidth />
      <Typography variant="subtitle2" color="text.secondary" sx={{ mt: 2, mb: 1 }}>
        {translate(mode === 'create' ? 'fq.advisers.join_section' : 'fq.advisers.change_section')}
      </Typography>
      {mode === 'create' ? (
        <>
          <DateInput source="joinedOn" defaultValue={todayInShanghai()} validate={[required(), notFuture]} />
          <TextInput source="reason" defaultValue={translate('fq.advisers.default_join_reason')} validate={required()} fullWidth />
        </>
      ) : (
        <>
          <DateInput source="effectiveOn" label="fq.advisers.change_effective" defaultValue={todayInShanghai()} validate={notFuture} />
          <TextInput
            source="reason"
            label="fq.advisers.change_reason"
            defaultValue={translate('fq.advisers.default_change_reason')}
            validate={required()}
            fullWidth
          />
        </>
      )}
    </Box>
  );
};
