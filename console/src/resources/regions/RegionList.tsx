import { Box, Card, CardContent, Typography } from '@mui/material';
import { Datagrid, List, SelectField, SimpleList, TextField, usePermissions, useTranslate } from 'react-admin';
import { ListPagination } from '../../common/ListPagination';
import type { Role } from '../../providers/session';
import { orderedEnumChoices } from '../choices';
import { useIsSmall } from '../useIsSmall';
import { ParentLink, useRegionSecondary, type Region } from './RegionFields';
import { regionFilters } from './RegionInputs';
import { regionsLabelKey } from './labels';

/** Nothing to list: for an adviser that means no pairing yet, which is worth saying plainly. */
export const RegionsEmpty = () => {
  const translate = useTranslate();
  const { permissions } = usePermissions<Role>();
  const adviser = permissions === 'ADVISER';
  return (
    <Box sx={{ p: 2, width: '100%' }}>
      <Card variant="outlined" data-testid="regions-empty">
        <CardContent sx={{ textAlign: 'center', py: 5 }}>
          <Typography variant="h6" gutterBottom>
            {translate(adviser ? 'fq.regions.no_pairing_title' : 'fq.regions.empty_title')}
          </Typography>
          <Typography variant="body2" color="text.secondary">
            {translate(adviser ? 'fq.regions.no_pairing_body' : 'fq.regions.empty_body')}
          </Typography>
        </CardContent>
      </Card>
    </Box>
  );
};

export const RegionList = () => {
  const translate = useTranslate();
  const { permissions } = usePermissions<Role>();
  const isSmall = useIsSmall();
  const secondary = useRegionSecondary();
  return (
    <List
      pagination={<ListPagination />}
      title={translate(regionsLabelKey(permissions))}
      filters={regionFilters(translate('fq.regions.search'))}
      sort={{ field: 'code', order: 'ASC' }}
      perPage={25}
      exporter={false}
      empty={<RegionsEmpty />}
    >
      {isSmall ? (
        <SimpleList<Region>
          primaryText={(record) => record.name}
          secondaryText={(record) => secondary(record)}
          tertiaryText={(record) => record.parent?.name ?? ''}
          linkType="show"
        />
      ) : (
        <Datagrid rowClick="show" bulkActionButtons={false}>
          <TextField source="name" />
          <TextField source="code" />
          <SelectField source="level" choices={orderedEnumChoices('RegionLevel')} />
          <SelectField source="terrain" choices={orderedEnumChoices('Terrain')} sortable={false} />
          <SelectField source="kind" choices={orderedEnumChoices('VillageKind')} sortable={false} />
          <ParentLink source="parent" label="resources.regions.fields.parent" sortable={false} />
        </Datagrid>
      )}
    </List>
  );
};
