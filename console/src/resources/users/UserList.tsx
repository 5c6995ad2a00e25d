import { Chip, Stack } from '@mui/material';
import { CreateButton, Datagrid, FunctionField, List, SelectField, SimpleList, TextField, TopToolbar, useTranslate } from 'react-admin';
import { ListPagination } from '../../common/ListPagination';
import type * as Api from '../../generated/graphql';
import { useCan } from '../../providers/useCan';
import { orderedEnumChoices } from '../choices';
import { useIsSmall } from '../useIsSmall';
import { CreateMissingAdviserAccountsButton } from './AccountActions';
import { userFilters } from './UserInputs';

type User = Pick<Api.User, 'id' | 'username' | 'displayName' | 'role' | 'disabled' | 'mustChangePassword'> & {
  scopeRegion: Pick<Api.Region, 'id' | 'name'> | null;
  adviser: Pick<Api.LegalAdviser, 'id' | 'name'> | null;
};

/** What an account serves: its region, or for an adviser their roster entry. */
const servesOf = (u: User) => u.scopeRegion?.name ?? u.adviser?.name ?? '';

/** Disabled, or still on a one-time password: said as small chips beside the account. */
export const AccountState = ({ user }: { user: Pick<User, 'disabled' | 'mustChangePassword'> }) => {
  const translate = useTranslate();
  return (
    <Stack direction="row" spacing={0.5} component="span">
      {user.disabled && <Chip size="small" color="warning" label={translate('fq.accounts.state_disabled')} data-testid="chip-disabled" />}
      {user.mustChangePassword && (
        <Chip size="small" variant="outlined" label={translate('fq.accounts.state_one_time')} data-testid="chip-one-time" />
      )}
    </Stack>
  );
};

const UserListActions = () => {
  const canCreate = useCan('users', 'create');
  return (
    <TopToolbar sx={{ flexWrap: 'wrap' }}>
      <CreateMissingAdviserAccountsButton />
      {canCreate && <CreateButton />}
    </TopToolbar>
  );
};

export const UserList = () => {
  const translate = useTranslate();
  const isSmall = useIsSmall();
  return (
    <List
      pagination={<ListPagination />}
      title={translate('fq.users.title')}
      filters={userFilters(translate('fq.users.search'))}
      sort={{ field: 'username', order: 'ASC' }}
      actions={<UserListActions />}
      exporter={false}
    >
      {isSmall ? (
        <SimpleList<User>
          primaryText={(record) => record.displayName}
          secondaryText={(record) => `${record.username} · ${translate(`fq.enum.Role.${record.role}`)}`}
          tertiaryText={(record) => (
            <>
              {servesOf(record)} <AccountState user={record} />
            </>
          )}
          linkType="show"
        />
      ) : (
        <Datagrid rowClick="show" bulkActionButtons={false}>
          <TextField source="username" />
          <TextField source="displayName" />
          <SelectField source="role" choices={orderedEnumChoices('Role')} />
          <FunctionField<User> label="resources.users.fields.scopeRegion" sortable={false} render={servesOf} />
          <FunctionField<User> label="resources.users.fields.state" sortable={false} render={(record) => <AccountState user={record} />} />
        </Datagrid>
      )}
    </List>
  );
};
