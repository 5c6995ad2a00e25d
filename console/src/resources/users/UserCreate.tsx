import { Card, CardContent } from '@mui/material';
import { useState } from 'react';
import { FormDataConsumer, SelectInput, SimpleForm, TextInput, Title, maxLength, regex, required, useRedirect, useTranslate } from 'react-admin';
import { errorMessage } from '../../i18n/errors';
import type { Role } from '../../providers/session';
import { useFengqiaoDataProvider } from '../../providers/dataProvider';
import { useRole } from '../../providers/useCan';
import { issued } from './AccountActions';
import { accountErrorMessage } from './accountErrors';
import { OneTimePasswordDialog, type IssuedCredentials } from './OneTimePasswordDialog';
import { AdviserInput, creatableRoles, ScopeRegionInput } from './UserInputs';

const USERNAME = /^[A-Za-z0-9][A-Za-z0-9._-]{1,63}$/;

interface Values {
  role: Role;
  username?: string;
  displayName?: string;
  scopeRegionId?: string;
  adviserId?: string;
}

/**
 * A new account: its role, what it acts for (a region for staff and analysts, a roster entry for an adviser), its
 * username and name. The API makes a one-time password, shown here once.
 */
export const UserCreate = () => {
  const translate = useTranslate();
  const redirect = useRedirect();
  const dataProvider = useFengqiaoDataProvider();
  const viewer = useRole();
  const roles = creatableRoles(viewer);
  const [made, setMade] = useState<{ id: string; credentials: IssuedCredentials } | null>(null);

  const submit = async (values: Record<string, unknown>) => {
    const v = values as unknown as Values;
    const adviser = v.role === 'ADVISER';
    try {
      const result = await dataProvider.mutate<{ user: { id: string; username: string; displayName: string; role: Role }; oneTimePassword: string }>(
        'createUser',
        {
          input: {
            role: v.role,
            username: v.username?.trim() || null,
            displayName: v.displayName?.trim() || null,
            scopeRegionId: adviser ? null : v.scopeRegionId || null,
            adviserId: adviser ? v.adviserId || null : null,
          },
        },
      );
      setMade({ id: result.user.id, credentials: issued(result) });
      return undefined;
    } catch (e) {
      // A refusal that names a field is said beside it; the rest above the buttons.
      const field = (e as { body?: { field?: string } }).body?.field;
      const message = accountErrorMessage(translate, e) ?? errorMessage(translate, e);
      return field && ['username', 'displayName', 'scopeRegionId', 'adviserId', 'role'].includes(field)
        ? { [field]: message }
        : { root: { serverError: message } };
    }
  };

  return (
    <>
      <Title title={translate('fq.accounts.create_title')} />
      <Card sx={{ mt: { xs: 1, sm: 2 } }}>
        <CardContent sx={{ p: 0 }}>
          <SimpleForm onSubmit={submit} defaultValues={{ role: roles[0] }}>
            <SelectInput source="role" choices={roles.map((r) => ({ id: r, name: `fq.enum.Role.${r}` }))} validate={required()} fullWidth />
            <FormDataConsumer>
              {({ formData }) =>
                formData.role === 'ADVISER' ? (
                  <AdviserInput source="adviserId" validate={required()} />
                ) : (
                  <ScopeRegionInput role={formData.role as Role} source="scopeRegionId" validate={required()} />
                )
              }
            </FormDataConsumer>
            <FormDataConsumer>
              {({ formData }) => (
                <TextInput
                  source="username"
                  helperText={formData.role === 'ADVISER' ? 'fq.accounts.username_adviser_hint' : 'fq.accounts.username_hint'}
                  validate={[...(formData.role === 'ADVISER' ? [] : [required()]), regex(USERNAME, 'fq.accounts.username_hint')]}
                  fullWidth
                />
              )}
            </FormDataConsumer>
            <FormDataConsumer>
              {({ formData }) => (
                <TextInput
                  source="displayName"
                  helperText={formData.role === 'ADVISER' ? 'fq.accounts.display_name_adviser_hint' : false}
                  validate={[...(formData.role === 'ADVISER' ? [] : [required()]), maxLength(100)]}
                  fullWidth
                />
              )}
            </FormDataConsumer>
          </SimpleForm>
        </CardContent>
      </Card>
      {made && (
        <OneTimePasswordDialog
          credentials={[made.credentials]}
          title={translate('fq.accounts.created_one', { name: made.credentials.displayName })}
          onClose={() => redirect('show', 'users', made.id)}
        />
      )}
    </>
  );
};
