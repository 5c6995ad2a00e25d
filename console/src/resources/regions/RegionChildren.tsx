import { Box } from '@mui/material';
import { Datagrid, Pagination, ReferenceManyField, SelectField, SimpleList, TextField, useRecordContext } from 'react-admin';
import { orderedEnumChoices } from '../choices';
import { useIsSmall } from '../useIsSmall';
import { RetiredField, retiredRowSx, useRegionSecondary, type Region } from './RegionFields';

/**
 * The regions right below one (a township's villages, a county's townships), retired villages included and greyed
 * with their retirement date and what they were merged into: the region tree one level at a time.
 */
export const RegionChildren = ({ perPage = 25 }: { perPage?: number }) => {
  const record = useRecordContext<Region>();
  const isSmall = useIsSmall();
  const secondary = useRegionSecondary();
  if (!record || record.level === 'VILLAGE') return null;
  return (
    <Box data-testid="region-children" sx={{ width: '100%', minWidth: 0 }}>
      <ReferenceManyField
        reference="regions"
        target="parentId"
        record={record}
        sort={{ field: 'code', order: 'ASC' }}
        perPage={perPage}
        pagination={<Pagination rowsPerPageOptions={[25, 50, 100]} />}
      >
        {isSmall ? (
          <SimpleList<Region> primaryText={(r) => r.name} secondaryText={(r) => secondary(r)} linkType="show" rowSx={(r) => retiredRowSx(r)} />
        ) : (
          <Datagrid rowClick="show" bulkActionButtons={false} rowSx={(r) => retiredRowSx(r)}>
            <TextField source="name" />
            <TextField source="code" />
            <SelectField source="kind" choices={orderedEnumChoices('VillageKind')} sortable={false} emptyText="—" />
            <TextField source="urbanRuralCode" sortable={false} emptyText="—" />
            <RetiredField source="retiredOn" label="resources.regions.fields.retired" sortable={false} />
          </Datagrid>
        )}
      </ReferenceManyField>
    </Box>
  );
};
