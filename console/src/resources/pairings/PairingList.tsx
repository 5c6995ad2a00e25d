import { Stack } from '@mui/material';
import {
  BooleanField,
  CreateButton,
  Datagrid,
  FilterButton,
  List,
  SimpleList,
  TextField,
  TopToolbar,
  useRecordContext,
  useTranslate,
} from 'react-admin';
import { ListPagination } from '../../common/ListPagination';
import { useCan } from '../../providers/useCan';
import { useIsSmall } from '../useIsSmall';
import { EndPairingButton } from './PairingDialogs';
import { ActiveChip, ActiveField, AdviserLinkField, usePeriod, VillageLinkField, type Pairing } from './PairingFields';
import { pairingFilters } from './PairingInputs';

const Actions = () => {
  const canCreate = useCan('pairings', 'create');
  return (
    <TopToolbar>
      <FilterButton />
      {canCreate && <CreateButton label="fq.pairings.create" />}
    </TopToolbar>
  );
};

const EndField = (_props: { label?: string }) => {
  const record = useRecordContext<Pairing>();
  const canEdit = useCan('pairings', 'edit');
  if (!record || !canEdit || !record.active) return null;
  return <EndPairingButton pairing={record} />;
};

export const PairingList = () => {
  const translate = useTranslate();
  const isSmall = useIsSmall();
  const period = usePeriod();
  return (
    <List
      pagination={<ListPagination />}
      title={translate('fq.pairings.title')}
      filters={pairingFilters()}
      actions={<Actions />}
      sort={{ field: 'validFrom', order: 'DESC' }}
      exporter={false}
    >
      {isSmall ? (
        <SimpleList<Pairing>
          primaryText={(r) => `${r.villageName} · ${r.adviser.name}`}
          secondaryText={(r) => period(r)}
          tertiaryText={(r) => (
            <Stack component="span" direction="row" sx={{ gap: 0.5 }}>
              <ActiveChip active={r.active} />
            </Stack>
          )}
          linkType="show"
        />
      ) : (
        <Datagrid rowClick="show" bulkActionButtons={false}>
          <VillageLinkField label="resources.pairings.fields.village" />
          <AdviserLinkField label="resources.pairings.fields.adviser" />
          <TextField source="validFrom" />
          <TextField source="validTo" emptyText={translate('fq.pairings.open_ended')} />
          <BooleanField source="deputyDirector" sortable={false} />
          <ActiveField label="resources.pairings.fields.active" />
          <EndField label="" />
        </Datagrid>
      )}
    </List>
  );
};
