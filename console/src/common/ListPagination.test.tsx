import { render, screen } from '@testing-library/react';
import { AdminContext, memoryStore, ResourceContextProvider } from 'react-admin';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { createI18nProvider } from '../i18n';
import { authProvider } from '../providers/authProvider';
import { dataProvider } from '../providers/dataProvider';
import { saveSession } from '../providers/session';
import { RegionList } from '../resources/regions/RegionList';

const township = (i: number) => ({
  __typename: 'Region',
  id: `t${i}`,
  name: `第${i}镇`,
  code: `1411221${String(i).padStart(2, '0')}000`,
  level: 'TOWNSHIP',
  terrain: null,
  kind: null,
  demo: false,
  parent: null,
});

function serve(totalItems: number, totalItemsExact: boolean) {
  const items = Array.from({ length: 25 }, (_, i) => township(i + 1));
  vi.stubGlobal(
    'fetch',
    vi.fn(
      async () =>
        new Response(JSON.stringify({ data: { regions: { __typename: 'RegionList', items, totalItems, totalItemsExact } } }), {
          status: 200,
          headers: { 'content-type': 'application/json' },
        }),
    ),
  );
}

function renderList(locale: 'zh-CN' | 'en') {
  saveSession('header.payload.signature', { id: 'u', username: 'u', role: 'BUREAU_ADMIN', displayName: 'U', scopeRegion: null });
  return render(
    <AdminContext dataProvider={dataProvider} authProvider={authProvider} i18nProvider={createI18nProvider(locale)} store={memoryStore()}>
      <ResourceContextProvider value="regions">
        <RegionList />
      </ResourceContextProvider>
    </AdminContext>,
  );
}

afterEach(() => vi.unstubAllGlobals());

describe('list pagination', () => {
  it('says “10,000+” when the API capped its count', async () => {
    serve(10_000, false);
    renderList('zh-CN');
    expect(await screen.findByText('第 1-25 条，共 10,000+ 条')).toBeTruthy();
  });

  it('in English too', async () => {
    serve(10_000, false);
    renderList('en');
    expect(await screen.findByText('1-25 of 10,000+')).toBeTruthy();
  });

  it('shows an exact total as it is', async () => {
    serve(163, true);
    renderList('zh-CN');
    expect(await screen.findByText('第 1-25 条，共 163 条')).toBeTruthy();
    expect(screen.queryByText(/\+ 条/)).toBeNull();
  });
});
