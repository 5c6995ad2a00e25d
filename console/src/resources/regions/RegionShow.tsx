import {
  BooleanField,
  Datagrid,
  Labeled,
  Pagination,
  ReferenceManyField,
  SelectField,
  Show,
  SimpleList,
  SimpleShowLayout,
  TextField,
  useRecordContext,
  useTranslate,
} from 'react-admin';
import { orderedEnumChoices } from '../choices';
import { useIsSmall } from '../useIsSmall';
import { ParentLink, useRegionSecondary, type Region } from './RegionFields';

/** The villages of a township, the townships of a county: regions whose parent is this one. */
const Children = () => {
  const record = useRecordContext<Region>();
  const isSmall = useIsSmall();
  const secondary = useRegionSecondary();
  const translate = useTranslate();
  if (!record || record.level === 'VILLAGE') return null;
  return (
    <Labeled label={translate('fq.regions.children')} fullWidth>
      <ReferenceManyField
        reference="regions"
        target="parentId"
        sort={{ field: 'code', order: 'ASC' }}
        perPage={25}
        pagination={<Pagination rowsPerPageOptions={[25, 50, 100]} />}
      >
        {isSmall ? (
          <SimpleList<Region> primaryText={(r) => r.name} secondaryText={(r) => secondary(r)} linkType="show" />
        ) : (
          <Datagrid rowClick="show" bulkActionButtons={false}>
            <TextField source="name" />
            <TextField source="code" />
            <SelectField source="level" choices={orderedEnumChoices('RegionLevel')} />
            <SelectField source="terrain" choices={orderedEnumChoices('Terrain')} sortable={false} />
            <SelectField source="kind" choices={orderedEnumChoices('VillageKind')} sortable={false} />
          </Datagrid>
        )}
      </ReferenceManyField>
    </Labeled>
  );
};

export const RegionShow = () => (
  <Show>
    <SimpleShowLayout>
      <TextField source="name" />
      <TextField source="code" />
      <SelectField source="level" choices={orderedEnumChoices('RegionLevel')} />
      <SelectField source="terrain" choices={orderedEnumChoices('Terrain')} emptyText="—" />
      <SelectField source="kind" choices={orderedEnumChoices('VillageKind')} emptyText="—" />
      <ParentLink source="parent" label="resources.regions.fields.parent" />
      <BooleanField source="demo" />
      <Children />
    </SimpleShowLayout>
  </Show>
);
