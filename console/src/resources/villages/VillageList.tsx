import { Box, Card, CardContent, Typography } from '@mui/material';
import { Datagrid, List, SelectField, SimpleList, TextField, useTranslate } from 'react-admin';
import { ListPagination } from '../../common/ListPagination';
import { useRole } from '../../providers/useCan';
import { orderedEnumChoices } from '../choices';
import { useIsSmall } from '../useIsSmall';
import { villagesLabelKey } from './labels';
import { CurrentAdviserField, UncoveredChip, uncoveredRowSx, type VillageRow } from './VillageFields';
import { villageFilters } from './VillageInputs';

/** Nothing to list: for an adviser that means no pairing yet, which is worth saying plainly. */
export const VillagesEmpty = () => {
  const translate = useTranslate();
  const adviser = useRole() === 'ADVISER';
  return (
    <Box sx={{ p: 2, width: '100%' }}>
      <Card variant="outlined" data-testid="villages-empty">
        <CardContent sx={{ textAlign: 'center', py: 5 }}>
          <Typography variant="h6" gutterBottom>
            {translate(adviser ? 'fq.villages.no_pairing_title' : 'fq.villages.empty_title')}
          </Typography>
          <Typography variant="body2" color="text.secondary">
            {translate(adviser ? 'fq.villages.no_pairing_body' : 'fq.villages.empty_body')}
          </Typography>
        </CardContent>
      </Card>
    </Box>
  );
};

export const VillageList = () => {
  const translate = useTranslate();
  const role = useRole();
  const isSmall = useIsSmall();
  return (
    <List
      pagination={<ListPagination />}
      title={translate(villagesLabelKey(role))}
      filters={role === 'ADVISER' ? undefined : villageFilters(translate('fq.villages.search'), role)}
      sort={{ field: 'code', order: 'ASC' }}
      perPage={25}
      exporter={false}
      empty={<VillagesEmpty />}
    >
      {isSmall ? (
        <SimpleList<VillageRow>
          primaryText={(r) => r.name}
          secondaryText={(r) => `${r.township.name} · ${translate(`fq.enum.VillageKind.${r.kind}`)}`}
          tertiaryText={(r) => (r.currentAdviser ? r.currentAdviser.name : <UncoveredChip />)}
          rowSx={uncoveredRowSx}
          linkType="show"
        />
      ) : (
        <Datagrid rowClick="show" bulkActionButtons={false} rowSx={uncoveredRowSx}>
          <TextField source="name" />
          <TextField source="township.name" label="resources.villages.fields.township" sortable={false} />
          <SelectField source="kind" choices={orderedEnumChoices('VillageKind')} sortable={false} />
          <CurrentAdviserField label="resources.villages.fields.currentAdviser" />
          <TextField source="code" />
        </Datagrid>
      )}
    </List>
  );
};
