import { fireEvent, screen, waitFor, within } from '@testing-library/react';
import { render } from '@testing-library/react';
import { AdminContext, memoryStore, ResourceContextProvider, TestMemoryRouter } from 'react-admin';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { createI18nProvider } from '../../i18n';
import { AppLayout } from '../../layout/AppLayout';
import { authProvider } from '../../providers/authProvider';
import { dataProvider } from '../../providers/dataProvider';
import { saveSession } from '../../providers/session';
import { Refusal, serveGraphQL } from '../../test/graphqlServer';
import { renderAs } from '../../test/render';
import { actionLabel, targetLabel } from '../auditEvents/AuditEventList';
import { AccountActions, CreateMissingAdviserAccountsButton } from './AccountActions';
import { credentialsText } from './OneTimePasswordDialog';
import { creatableRoles } from './UserInputs';

afterEach(() => vi.unstubAllGlobals());

const account = { id: 'u7', username: 'adviser.7', displayName: '李明华', disabled: false };
const stubClipboard = () => {
  const writeText = vi.fn(async (_text: string) => undefined);
  Object.defineProperty(navigator, 'clipboard', { value: { writeText }, configurable: true });
  return writeText;
};

describe('account administration', () => {
  it('resets a password and shows the one-time password once, with a warning and a copy button', async () => {
    const requests = serveGraphQL({
      resetPassword: () => ({ user: { id: 'u7', username: 'adviser.7', displayName: '李明华', role: 'ADVISER' }, oneTimePassword: 'k7mq-x3pd-9tfh' }),
    });
    const writeText = stubClipboard();
    renderAs('OFFICE_STAFF', <AccountActions account={account} />);
    // An office resets its advisers' passwords but does not disable accounts.
    expect(screen.queryByTestId('action-disable')).toBeNull();
    fireEvent.click(screen.getByTestId('action-reset-password'));
    fireEvent.click(await screen.findByTestId('action-submit'));
    const dialog = await screen.findByTestId('one-time-password-dialog');
    expect(within(dialog).getByTestId('one-time-password').textContent).toBe('k7mq-x3pd-9tfh');
    expect(within(dialog).getByTestId('one-time-password-warning').textContent).toContain('只显示这一次');
    fireEvent.click(within(dialog).getByTestId('copy-adviser.7'));
    await waitFor(() => expect(writeText).toHaveBeenCalledWith('adviser.7\tk7mq-x3pd-9tfh'));
    expect(requests.find((r) => r.field === 'resetPassword')!.variables).toEqual({ id: 'u7' });
    fireEvent.click(within(dialog).getByTestId('one-time-password-done'));
    await waitFor(() => expect(screen.queryByTestId('one-time-password-dialog')).toBeNull());
  });

  it('lets the bureau disable an account, and says a refusal in our words', async () => {
    serveGraphQL({ disableUser: () => new Refusal('CONFLICT', 'id', { reason: 'OWN_ACCOUNT' }) });
    renderAs('BUREAU_ADMIN', <AccountActions account={account} />);
    fireEvent.click(await screen.findByTestId('action-disable'));
    fireEvent.click(await screen.findByTestId('action-submit'));
    expect((await screen.findByTestId('action-error')).textContent).toBe('不能停用自己的账号');
  });

  it('creates the missing adviser accounts and lists every credential once, with copy all', async () => {
    serveGraphQL({
      createMissingAdviserAccounts: () => [
        { user: { id: 'a', username: 'adviser.11', displayName: '张三', role: 'ADVISER' }, oneTimePassword: 'aaaa-bbbb-cccc' },
        { user: { id: 'b', username: 'adviser.12', displayName: '李四', role: 'ADVISER' }, oneTimePassword: 'dddd-eeee-ffff' },
      ],
    });
    const writeText = stubClipboard();
    renderAs(
      'BUREAU_ADMIN',
      <ResourceContextProvider value="users">
        <CreateMissingAdviserAccountsButton />
      </ResourceContextProvider>,
    );
    fireEvent.click(await screen.findByTestId('action-create-missing'));
    fireEvent.click(await screen.findByTestId('action-submit'));
    const dialog = await screen.findByTestId('one-time-password-dialog');
    expect(
      within(dialog)
        .getAllByTestId('one-time-password')
        .map((e) => e.textContent),
    ).toEqual(['aaaa-bbbb-cccc', 'dddd-eeee-ffff']);
    expect(dialog.textContent).toContain('已新建 2 个账号');
    fireEvent.click(within(dialog).getByTestId('copy-all'));
    await waitFor(() => expect(writeText).toHaveBeenCalledWith('张三\tadviser.11\taaaa-bbbb-cccc\n李四\tadviser.12\tdddd-eeee-ffff'));
  });

  it('says so when every adviser has an account already', async () => {
    serveGraphQL({ createMissingAdviserAccounts: () => [] });
    renderAs('OFFICE_STAFF', <CreateMissingAdviserAccountsButton />);
    fireEvent.click(await screen.findByTestId('action-create-missing'));
    fireEvent.click(await screen.findByTestId('action-submit'));
    expect((await screen.findByTestId('one-time-password-none')).textContent).toBe('所有在册的法律顾问都已有账号。');
  });

  it('offers each tier the roles it may create', () => {
    expect(creatableRoles('BUREAU_ADMIN')).toEqual(['OFFICE_STAFF', 'ADVISER', 'ANALYST', 'BUREAU_ADMIN']);
    expect(creatableRoles('OFFICE_STAFF')).toEqual(['ADVISER']);
    expect(creatableRoles('ADVISER')).toEqual([]);
    expect(credentialsText([{ username: 'a', displayName: 'A', oneTimePassword: 'p' }])).toBe('A\ta\tp');
  });

  it('opens nothing but the change of password while a one-time password is in use', async () => {
    saveSession('h.p.s', { id: 'u', username: 'u', role: 'ADVISER', displayName: 'U', scopeRegion: null, mustChangePassword: true });
    let pathname = '';
    render(
      <TestMemoryRouter initialEntries={['/mediationCases']} locationCallback={(l) => (pathname = l.pathname)}>
        <AdminContext dataProvider={dataProvider} authProvider={authProvider} i18nProvider={createI18nProvider('zh-CN')} store={memoryStore()}>
          <AppLayout>
            <div data-testid="page">page</div>
          </AppLayout>
        </AdminContext>
      </TestMemoryRouter>,
    );
    await waitFor(() => expect(pathname).toBe('/change-password'));
    expect(screen.queryByTestId('page')).toBeNull();
  });
});

describe('audit trail words', () => {
  const translate = createI18nProvider('en').translate;
  it('words the account actions and names the account', () => {
    expect(actionLabel(translate, 'PASSWORD_RESET')).toBe('Password reset');
    expect(actionLabel(translate, 'USER_DISABLED')).toBe('Account disabled');
    expect(actionLabel(translate, 'SOMETHING_NEW')).toBe('SOMETHING_NEW');
    expect(targetLabel(translate, { entityType: 'User', field: null, details: { username: 'adviser.7' } })).toBe('Account adviser.7');
    expect(targetLabel(translate, { entityType: 'MediationCase', field: 'summary', details: null })).toBe('MediationCase · summary');
  });

  it('words audit retention in both languages (issue 15)', () => {
    expect(actionLabel(translate, 'AUDIT_MONTH_ARCHIVED')).toBe('Audit month archived');
    expect(actionLabel(translate, 'AUDIT_ARCHIVE_DROPPED')).toBe('Archived audit month dropped');
    const zh = createI18nProvider('zh-CN').translate;
    expect(actionLabel(zh, 'AUDIT_MONTH_ARCHIVED')).toBe('审计记录按月归档');
    expect(actionLabel(zh, 'AUDIT_ARCHIVE_DROPPED')).toBe('删除已归档的审计月份');
  });
});
