import UploadFile from '@mui/icons-material/UploadFile';
import { Avatar, Box, Button, CircularProgress, Stack } from '@mui/material';
import {
  CreateButton,
  Datagrid,
  FilterButton,
  LinkBase,
  List,
  Navigate,
  SelectField,
  SimpleList,
  TextField,
  TopToolbar,
  useGetList,
  useTranslate,
} from 'react-admin';
import { ListPagination } from '../../common/ListPagination';
import { RecordNotFound } from '../../common/RecordNotFound';
import type * as Api from '../../generated/graphql';
import { PAGES } from '../../providers/canAccess';
import { useCan, useRole } from '../../providers/useCan';
import { orderedEnumChoices } from '../choices';
import { useIsSmall } from '../useIsSmall';
import { StatusChip, StatusField, VillageCount, VillageCountField } from './AdviserChips';
import { adviserFilters } from './LegalAdviserInputs';

/** An adviser as a list row selects it. */
export type Adviser = Pick<
  Api.LegalAdviser,
  'id' | 'name' | 'status' | 'profession' | 'phone' | 'licenceNo' | 'photoUrl' | 'villageCount' | 'overloaded'
> & { provider: Pick<Api.Provider, 'id' | 'name'> | null };

const Actions = () => {
  const translate = useTranslate();
  const canCreate = useCan('legalAdvisers', 'create');
  const canImport = useCan('rosterImport', 'access');
  return (
    <TopToolbar>
      <FilterButton />
      {canImport && (
        <Button component={LinkBase} to={PAGES.rosterImport} size="small" startIcon={<UploadFile />} data-testid="open-import">
          {translate('fq.import.title')}
        </Button>
      )}
      {canCreate && <CreateButton />}
    </TopToolbar>
  );
};

/** An adviser's menu entry 我的信息 opens their own record (the API lists them only themselves). */
const MyRecord = () => {
  const { data, isPending } = useGetList<Adviser>('legalAdvisers', { pagination: { page: 1, perPage: 1 } });
  if (isPending) {
    return (
      <Box sx={{ p: 4, textAlign: 'center' }}>
        <CircularProgress />
      </Box>
    );
  }
  const mine = data?.[0];
  return mine ? <Navigate to={`/legalAdvisers/${mine.id}/show`} replace /> : <RecordNotFound />;
};

export const LegalAdviserList = () => {
  const translate = useTranslate();
  const role = useRole();
  const isSmall = useIsSmall();
  if (role === 'ADVISER') return <MyRecord />;
  return (
    <List
      pagination={<ListPagination />}
      title={translate('fq.advisers.title')}
      filters={adviserFilters(translate('fq.advisers.search'), role)}
      actions={<Actions />}
      sort={{ field: 'name', order: 'ASC' }}
      exporter={false}
    >
      {isSmall ? (
        <SimpleList<Adviser>
          leftAvatar={(r) => (
            <Avatar src={r.photoUrl ?? undefined} alt="">
              {r.name.slice(0, 1)}
            </Avatar>
          )}
          primaryText={(r) => r.name}
          secondaryText={(r) => [translate(`fq.enum.Profession.${r.profession}`), r.provider?.name].filter(Boolean).join(' · ')}
          tertiaryText={(r) => (
            <Stack component="span" direction="row" sx={{ gap: 0.5, alignItems: 'center' }}>
              {r.status !== 'ACTIVE' && <StatusChip status={r.status} />}
              <VillageCount count={r.villageCount} overloaded={r.overloaded} />
            </Stack>
          )}
          linkType="show"
        />
      ) : (
        <Datagrid rowClick="show" bulkActionButtons={false}>
          <TextField source="name" />
          <SelectField source="profession" choices={orderedEnumChoices('Profession')} />
          <TextField source="provider.name" label="resources.legalAdvisers.fields.provider" sortable={false} emptyText="—" />
          <VillageCountField source="villageCount" label="resources.legalAdvisers.fields.villageCount" sortable={false} />
          <StatusField source="status" label="resources.legalAdvisers.fields.status" />
          <TextField source="phone" sortable={false} />
          <TextField source="licenceNo" />
        </Datagrid>
      )}
    </List>
  );
};
