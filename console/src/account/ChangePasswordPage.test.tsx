import { fireEvent, render, screen, waitFor } from '@testing-library/react';
import type { ReactElement } from 'react';
import { AdminContext, memoryStore, TestMemoryRouter } from 'react-admin';
import { createI18nProvider } from '../i18n';
import { authProvider } from '../providers/authProvider';
import { dataProvider } from '../providers/dataProvider';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { getSessionUser, getToken, saveSession } from '../providers/session';
import { Refusal, serveGraphQL } from '../test/graphqlServer';
import { renderAs } from '../test/render';
import { ChangePasswordPage } from './ChangePasswordPage';
import { passwordProblem } from './passwordRules';

afterEach(() => vi.unstubAllGlobals());

/** Like renderAs, but with whatever session the test stored. */
function renderAsKeepingSession(element: ReactElement) {
  return render(
    <TestMemoryRouter initialEntries={['/change-password']}>
      <AdminContext dataProvider={dataProvider} authProvider={authProvider} i18nProvider={createI18nProvider('zh-CN')} store={memoryStore()}>
        {element}
      </AdminContext>
    </TestMemoryRouter>,
  );
}

const signedInWithOneTimePassword = () =>
  saveSession('old.token.sig', {
    id: 'u',
    username: 'adviser.7',
    role: 'ADVISER',
    displayName: '李明华',
    scopeRegion: null,
    mustChangePassword: true,
  });

function fill(current: string, next: string, again = next) {
  fireEvent.change(screen.getByTestId('password-current'), { target: { value: current } });
  fireEvent.change(screen.getByTestId('password-new'), { target: { value: next } });
  fireEvent.change(screen.getByTestId('password-again'), { target: { value: again } });
  fireEvent.click(screen.getByTestId('change-password-submit'));
}

describe('passwordProblem', () => {
  it('catches the obvious cases before asking the API, naming the field', () => {
    const base = { current: 'abcd-efgh-jkmn', username: 'adviser.7' };
    expect(passwordProblem({ ...base, current: '', next: 'x', again: 'x' })?.field).toBe('current');
    expect(passwordProblem({ ...base, next: 'short', again: 'short' })).toMatchObject({ field: 'next', key: 'fq.password.rule.PASSWORD_TOO_SHORT' });
    expect(passwordProblem({ ...base, next: 'My-Adviser.7-pw', again: 'My-Adviser.7-pw' })?.key).toBe('fq.password.rule.PASSWORD_CONTAINS_USERNAME');
    expect(passwordProblem({ ...base, next: 'abcd-efgh-jkmn', again: 'abcd-efgh-jkmn' })?.key).toBe('fq.password.rule.PASSWORD_UNCHANGED');
    expect(passwordProblem({ ...base, next: 'river-lantern-kettle', again: 'river-lantern' })).toMatchObject({ field: 'again' });
    expect(passwordProblem({ ...base, next: 'river-lantern-kettle', again: 'river-lantern-kettle' })).toBeNull();
  });
});

describe('ChangePasswordPage', () => {
  it('shows the forced notice and sends the change, then keeps the new token', async () => {
    const requests = serveGraphQL({
      changePassword: () => ({
        token: 'new.token.sig',
        user: { id: 'u', username: 'adviser.7', role: 'ADVISER', displayName: '李明华', mustChangePassword: false, scopeRegion: null },
      }),
    });
    signedInWithOneTimePassword();
    renderAsKeepingSession(<ChangePasswordPage />);
    expect((await screen.findByTestId('change-password-forced')).textContent).toContain('一次性密码');
    expect(screen.getByTestId('change-password-logout')).toBeTruthy();
    expect(screen.queryByTestId('change-password-cancel')).toBeNull();
    fill('abcd-efgh-jkmn', 'river-lantern-kettle');
    await waitFor(() => expect(getToken()).toBe('new.token.sig'));
    expect(getSessionUser()?.mustChangePassword).toBe(false);
    expect(requests[0]!.variables).toEqual({ currentPassword: 'abcd-efgh-jkmn', newPassword: 'river-lantern-kettle' });
  });

  it('says the API’s refusal of a common password in our words, beside the new password', async () => {
    serveGraphQL({ changePassword: () => new Refusal('BAD_USER_INPUT', 'newPassword', { reason: 'PASSWORD_TOO_COMMON' }) });
    renderAs('OFFICE_STAFF', <ChangePasswordPage />);
    fill('jiaocheng-demo', 'password123456');
    expect(await screen.findByText('这是常见密码，很容易被猜到，请换一个')).toBeTruthy();
    expect(screen.getByTestId('change-password-cancel')).toBeTruthy();
  });

  it('says a wrong current password beside it', async () => {
    serveGraphQL({ changePassword: () => new Refusal('BAD_USER_INPUT', 'currentPassword', { reason: 'WRONG_PASSWORD' }) });
    renderAs('OFFICE_STAFF', <ChangePasswordPage />);
    fill('not-it-at-all', 'river-lantern-kettle');
    expect(await screen.findByText('当前密码不正确')).toBeTruthy();
  });
});
