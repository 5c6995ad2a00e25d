import { render } from '@testing-library/react';
import type { ReactElement } from 'react';
import { AdminContext, memoryStore, reactRouterProvider, TestMemoryRouter } from 'react-admin';
import { createI18nProvider } from '../i18n';
import { authProvider } from '../providers/authProvider';
import { dataProvider } from '../providers/dataProvider';
import { saveSession, type Role, type SessionUser } from '../providers/session';

const { Routes, Route } = reactRouterProvider;

/**
 * Renders console UI signed in as a tier, in Chinese (or `locale`), against the real data provider (stub `fetch` first), at `path`
 * of an in-memory router; `route` is the pattern the element answers (e.g. `/mediationCases/:id/show`).
 */
export function renderAs(
  role: Role,
  element: ReactElement,
  {
    path = '/',
    route = '*',
    locale = 'zh-CN',
    scopeRegion = null,
  }: { path?: string; route?: string; locale?: 'zh-CN' | 'en'; scopeRegion?: SessionUser['scopeRegion'] } = {},
) {
  saveSession('header.payload.signature', { id: 'u', username: 'u', role, displayName: 'U', scopeRegion });
  const location: { current?: { pathname: string; search: string } } = {};
  const view = render(
    <TestMemoryRouter initialEntries={[path]} locationCallback={(l) => (location.current = l)}>
      <AdminContext dataProvider={dataProvider} authProvider={authProvider} i18nProvider={createI18nProvider(locale)} store={memoryStore()}>
        <Routes>
          <Route path={route} element={element} />
        </Routes>
      </AdminContext>
    </TestMemoryRouter>,
  );
  return { ...view, location };
}
