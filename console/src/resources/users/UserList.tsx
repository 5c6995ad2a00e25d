import { Datagrid, List, SelectField, SimpleList, TextField, useTranslate } from 'react-admin';
import { ListPagination } from '../../common/ListPagination';
import type * as Api from '../../generated/graphql';
import { orderedEnumChoices } from '../choices';
import { useIsSmall } from '../useIsSmall';
import { userFilters } from './UserInputs';

type User = Pick<Api.User, 'id' | 'username' | 'displayName' | 'role'> & { scopeRegion: Pick<Api.Region, 'id' | 'name'> | null };

export const UserList = () => {
  const translate = useTranslate();
  const isSmall = useIsSmall();
  return (
    <List
      pagination={<ListPagination />}
      title={translate('fq.users.title')}
      filters={userFilters(translate('fq.users.search'))}
      sort={{ field: 'username', order: 'ASC' }}
      exporter={false}
    >
      {isSmall ? (
        <SimpleList<User>
          primaryText={(record) => record.displayName}
          secondaryText={(record) => `${record.username} · ${translate(`fq.enum.Role.${record.role}`)}`}
          tertiaryText={(record) => record.scopeRegion?.name ?? ''}
          linkType="show"
        />
      ) : (
        <Datagrid rowClick="show" bulkActionButtons={false}>
          <TextField source="username" />
          <TextField source="displayName" />
          <SelectField source="role" choices={orderedEnumChoices('Role')} />
          <TextField source="scopeRegion.name" label="resources.users.fields.scopeRegion" sortable={false} />
        </Datagrid>
      )}
    </List>
  );
};
