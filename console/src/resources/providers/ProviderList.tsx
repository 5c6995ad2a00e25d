import { CreateButton, Datagrid, FilterButton, List, SelectField, SimpleList, TextField, TopToolbar, useTranslate } from 'react-admin';
import { ListPagination } from '../../common/ListPagination';
import type * as Api from '../../generated/graphql';
import { useCan } from '../../providers/useCan';
import { orderedEnumChoices } from '../choices';
import { useIsSmall } from '../useIsSmall';
import { providerFilters } from './ProviderInputs';

type Provider = Pick<Api.Provider, 'id' | 'name' | 'kind' | 'phone' | 'address'>;

const Actions = () => {
  const canCreate = useCan('providers', 'create');
  return (
    <TopToolbar>
      <FilterButton />
      {canCreate && <CreateButton />}
    </TopToolbar>
  );
};

export const ProviderList = () => {
  const translate = useTranslate();
  const isSmall = useIsSmall();
  const canEdit = useCan('providers', 'edit');
  return (
    <List
      pagination={<ListPagination />}
      title={translate('fq.providers.title')}
      filters={providerFilters(translate('fq.providers.search'))}
      actions={<Actions />}
      sort={{ field: 'name', order: 'ASC' }}
      exporter={false}
    >
      {isSmall ? (
        <SimpleList<Provider>
          primaryText={(r) => r.name}
          secondaryText={(r) => translate(`fq.enum.ProviderKind.${r.kind}`)}
          tertiaryText={(r) => r.phone ?? ''}
          linkType={canEdit ? 'edit' : false}
        />
      ) : (
        <Datagrid rowClick={canEdit ? 'edit' : false} bulkActionButtons={false}>
          <TextField source="name" />
          <SelectField source="kind" choices={orderedEnumChoices('ProviderKind')} />
          <TextField source="phone" sortable={false} emptyText="—" />
          <TextField source="address" sortable={false} emptyText="—" />
        </Datagrid>
      )}
    </List>
  );
};
