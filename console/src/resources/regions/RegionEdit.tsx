import { Edit, SelectInput, SimpleForm, TextInput, useRecordContext, useTranslate } from 'react-admin';
import { RecordNotFound } from '../../common/RecordNotFound';
import { StaleVersionAlert, useStaleVersion } from '../../common/StaleVersion';
import { phone } from '../../common/validation';
import { orderedEnumChoices } from '../choices';
import type { Region } from './RegionFields';

const Heading = () => {
  const record = useRecordContext<Region>();
  const translate = useTranslate();
  return record ? `${translate('fq.regions.edit_township')} · ${record.name}` : null;
};

/**
 * A township's own attributes: mountain or plain, 镇/乡/街道 and its office's supervision phone. Its name and code come
 * only from the import. The version read is sent back (buildQuery), so that a change made meanwhile is refused.
 */
export const RegionEdit = () => {
  const { stale, onError, reloaded } = useStaleVersion();
  return (
    <Edit mutationMode="pessimistic" redirect="show" title={<Heading />} error={<RecordNotFound />} mutationOptions={{ onError }}>
      <SimpleForm>
        {stale && <StaleVersionAlert onReloaded={reloaded} />}
        <SelectInput source="terrain" choices={orderedEnumChoices('Terrain')} emptyText="—" />
        <SelectInput source="townshipKind" choices={orderedEnumChoices('TownshipKind')} emptyText="—" />
        <TextInput source="supervisionPhone" validate={phone} parse={(v: string) => (v?.trim() ? v.trim() : null)} />
      </SimpleForm>
    </Edit>
  );
};
