import { AutocompleteInput, BooleanInput, ReferenceInput, required, useTranslate } from 'react-admin';
import { DateInput } from '../../common/DatePickers';
import { notBefore } from '../../common/validation';
import type * as Api from '../../generated/graphql';
import { TownshipSelectInput } from '../pickers';

/** What the pickers show of an adviser and a village, as their lists select them. */
type AdviserOption = Pick<Api.LegalAdviser, 'id' | 'name'> &
  Partial<Pick<Api.LegalAdviser, 'villageCount' | 'overloaded'>> & { provider?: Pick<Api.Provider, 'name'> | null };
type VillageOption = Pick<Api.Village, 'id' | 'name'> & { township?: Pick<Api.Region, 'name'> | null };

export const pairingFilters = () => [
  <TownshipSelectInput key="townshipId" source="townshipId" alwaysOn />,
  <DateInput key="activeOn" source="activeOn" />,
];

/** Active advisers only (the API refuses suspended and removed ones), with their current load (pairings, 改派). */
export const AdviserPicker = ({
  source = 'adviserId',
  helperText = true,
  label = 'resources.pairings.fields.adviser',
}: {
  source?: string;
  helperText?: boolean;
  label?: string;
}) => {
  const translate = useTranslate();
  const optionText = (a: AdviserOption) =>
    `${a.name}${a.provider?.name ? ` · ${a.provider.name}` : ''}（${translate('fq.advisers.village_count', { smart_count: a.villageCount ?? 0 })}${a.overloaded ? `，${translate('fq.advisers.overloaded')}` : ''}）`;
  return (
    <ReferenceInput source={source} reference="legalAdvisers" filter={{ status: 'ACTIVE' }} sort={{ field: 'name', order: 'ASC' }} perPage={50}>
      <AutocompleteInput
        label={label}
        optionText={optionText}
        inputText={(a: AdviserOption) => a.name}
        validate={required()}
        helperText={helperText ? 'fq.pairings.adviser_hint' : false}
        fullWidth
        data-testid="pick-adviser"
      />
    </ReferenceInput>
  );
};

/** Villages without an adviser today. */
export const UncoveredVillagePicker = () => {
  const optionText = (v: VillageOption) => (v.township?.name ? `${v.name}（${v.township.name}）` : v.name);
  return (
    <ReferenceInput source="villageId" reference="villages" filter={{ covered: false }} sort={{ field: 'code', order: 'ASC' }} perPage={50}>
      <AutocompleteInput
        label="resources.pairings.fields.village"
        optionText={optionText}
        inputText={(v: VillageOption) => v.name}
        validate={required()}
        helperText="fq.pairings.village_hint"
        fullWidth
        data-testid="pick-village"
      />
    </ReferenceInput>
  );
};

export const PairingDateInputs = () => (
  <>
    <DateInput source="validFrom" validate={required()} />
    <DateInput source="validTo" validate={notBefore('validFrom')} helperText="fq.pairings.valid_to_hint" />
    <BooleanInput source="deputyDirector" helperText="fq.pairings.deputy_hint" />
  </>
);
