import Block from '@mui/icons-material/Block';
import CheckCircle from '@mui/icons-material/CheckCircle';
import GroupAdd from '@mui/icons-material/GroupAdd';
import LockReset from '@mui/icons-material/LockReset';
import { Button, Stack } from '@mui/material';
import { useState } from 'react';
import { useNotify, useRefresh, useTranslate } from 'react-admin';
import { ActionDialog } from '../../common/ActionDialog';
import type * as Api from '../../generated/graphql';
import { useFengqiaoDataProvider } from '../../providers/dataProvider';
import { getSessionUser } from '../../providers/session';
import { useCan, useRole } from '../../providers/useCan';
import { accountErrorMessage } from './accountErrors';
import { OneTimePasswordDialog, type IssuedCredentials } from './OneTimePasswordDialog';

type Credentials = { user: Pick<Api.User, 'id' | 'username' | 'displayName' | 'role'>; oneTimePassword: string };

export const issued = (c: Credentials): IssuedCredentials => ({
  username: c.user.username,
  displayName: c.user.displayName,
  oneTimePassword: c.oneTimePassword,
});

/**
 * Disable or enable an account (the bureau), and reset its password (the bureau; an office for its advisers): the new
 * one-time password is shown once.
 */
export const AccountActions = ({ account }: { account: Pick<Api.User, 'id' | 'username' | 'displayName' | 'disabled'> }) => {
  const translate = useTranslate();
  const notify = useNotify();
  const refresh = useRefresh();
  const dataProvider = useFengqiaoDataProvider();
  const canEdit = useCan('users', 'edit');
  const [open, setOpen] = useState<'disable' | 'enable' | 'reset' | null>(null);
  const [shown, setShown] = useState<IssuedCredentials[] | null>(null);
  const self = getSessionUser()?.id === account.id;
  const args = { name: account.displayName };

  return (
    <>
      <Stack direction="row" spacing={1} sx={{ flexWrap: 'wrap', rowGap: 1 }} data-testid="account-actions">
        <Button size="small" variant="outlined" startIcon={<LockReset />} onClick={() => setOpen('reset')} data-testid="action-reset-password">
          {translate('fq.accounts.reset')}
        </Button>
        {canEdit &&
          !self &&
          (account.disabled ? (
            <Button size="small" variant="outlined" startIcon={<CheckCircle />} onClick={() => setOpen('enable')} data-testid="action-enable">
              {translate('fq.accounts.enable')}
            </Button>
          ) : (
            <Button
              size="small"
              variant="outlined"
              color="warning"
              startIcon={<Block />}
              onClick={() => setOpen('disable')}
              data-testid="action-disable"
            >
              {translate('fq.accounts.disable')}
            </Button>
          ))}
      </Stack>
      {open === 'reset' && (
        <ActionDialog
          open
          onClose={() => setOpen(null)}
          title={translate('fq.accounts.reset_title', args)}
          description={translate('fq.accounts.reset_hint')}
          submitLabel={translate('fq.accounts.reset')}
          danger
          testId="dialog-reset-password"
          describeError={(e) => accountErrorMessage(translate, e)}
          onSubmit={async () => {
            const result = await dataProvider.mutate<Credentials>('resetPassword', { id: account.id });
            setShown([issued(result)]);
          }}
        />
      )}
      {(open === 'disable' || open === 'enable') && (
        <ActionDialog
          open
          onClose={() => setOpen(null)}
          title={translate(`fq.accounts.${open}_title`, args)}
          description={translate(`fq.accounts.${open}_hint`)}
          submitLabel={translate(`fq.accounts.${open}`)}
          danger={open === 'disable'}
          testId={`dialog-${open}`}
          describeError={(e) => accountErrorMessage(translate, e)}
          onSubmit={async () => {
            await dataProvider.mutate(open === 'disable' ? 'disableUser' : 'enableUser', { id: account.id });
            notify(`fq.accounts.${open}_done`, { type: 'success', messageArgs: args });
            refresh();
          }}
        />
      )}
      {shown && (
        <OneTimePasswordDialog
          credentials={shown}
          title={translate('fq.accounts.reset_done', args)}
          onClose={() => {
            setShown(null);
            refresh();
          }}
        />
      )}
    </>
  );
};

/**
 * "Create missing adviser accounts": one account, with a one-time password shown once, for every active adviser the
 * viewer administers who has none (the bureau: its roster; an office: the advisers serving its township).
 */
export const CreateMissingAdviserAccountsButton = () => {
  const translate = useTranslate();
  const refresh = useRefresh();
  const dataProvider = useFengqiaoDataProvider();
  const role = useRole();
  const [open, setOpen] = useState(false);
  const [shown, setShown] = useState<IssuedCredentials[] | null>(null);
  if (role !== 'BUREAU_ADMIN' && role !== 'OFFICE_STAFF') return null;
  return (
    <>
      <Button size="small" startIcon={<GroupAdd />} onClick={() => setOpen(true)} data-testid="action-create-missing">
        {translate('fq.accounts.create_missing')}
      </Button>
      {open && (
        <ActionDialog
          open
          onClose={() => setOpen(false)}
          title={translate('fq.accounts.create_missing')}
          description={translate('fq.accounts.create_missing_hint')}
          submitLabel={translate('fq.accounts.create_missing_submit')}
          testId="dialog-create-missing"
          describeError={(e) => accountErrorMessage(translate, e)}
          onSubmit={async () => {
            const result = await dataProvider.mutate<Credentials[]>('createMissingAdviserAccounts', {});
            setShown(result.map(issued));
          }}
        />
      )}
      {shown && (
        <OneTimePasswordDialog
          credentials={shown}
          title={translate('fq.accounts.created_count', { smart_count: shown.length })}
          onClose={() => {
            setShown(null);
            refresh();
          }}
        />
      )}
    </>
  );
};
