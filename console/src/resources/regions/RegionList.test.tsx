import { render, screen, waitFor } from '@testing-library/react';
import { AdminContext, memoryStore, ResourceContextProvider } from 'react-admin';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { createI18nProvider } from '../../i18n';
import { authProvider } from '../../providers/authProvider';
import { dataProvider } from '../../providers/dataProvider';
import { saveSession, type Role } from '../../providers/session';
import { RegionList } from './RegionList';

const region = (id: string, name: string, code: string, level: string, parent: { id: string; name: string } | null) => ({
  __typename: 'Region',
  id,
  name,
  code,
  level,
  terrain: null,
  kind: null,
  demo: false,
  parent: parent && { __typename: 'Region', ...parent },
});

function serve(items: unknown[]) {
  const fetch = vi.fn(
    async () =>
      new Response(JSON.stringify({ data: { regions: { __typename: 'RegionList', items, totalItems: items.length, totalItemsExact: true } } }), {
        status: 200,
        headers: { 'content-type': 'application/json' },
      }),
  );
  vi.stubGlobal('fetch', fetch);
  return fetch;
}

function renderAs(role: Role) {
  saveSession('header.payload.signature', { id: 'u', username: 'u', role, displayName: 'U', scopeRegion: null });
  return render(
    <AdminContext dataProvider={dataProvider} authProvider={authProvider} i18nProvider={createI18nProvider('zh-CN')} store={memoryStore()}>
      <ResourceContextProvider value="regions">
        <RegionList />
      </ResourceContextProvider>
    </AdminContext>,
  );
}

afterEach(() => vi.unstubAllGlobals());

describe('RegionList through ra-data-graphql', () => {
  it('lists regions from the API with translated columns and enum labels', async () => {
    const county = { id: 'c', name: '交城县' };
    const fetch = serve([region('t1', '天宁镇', '141122100000', 'TOWNSHIP', county), region('t2', '夏家营镇', '141122101000', 'TOWNSHIP', county)]);
    renderAs('BUREAU_ADMIN');
    expect(await screen.findByText('天宁镇')).toBeTruthy();
    expect(screen.getByText('夏家营镇')).toBeTruthy();
    expect(screen.getAllByText('乡镇')).toHaveLength(2);
    expect(screen.getByText('区划代码')).toBeTruthy();
    expect(screen.getAllByText('交城县')).toHaveLength(2);

    const [url, init] = fetch.mock.calls[0] as unknown as [string, RequestInit];
    expect(url).toBe('/graphql');
    expect(new Headers(init.headers).get('authorization')).toBe('Bearer header.payload.signature');
    const body = JSON.parse(String(init.body));
    expect(body.query).toContain('regions(options: $options)');
    expect(body.variables).toEqual({ options: { skip: 0, take: 25, sort: [{ field: 'CODE', order: 'ASC' }] } });
  });

  it('labels every level of a tree rooted at a province, 省 at the top', async () => {
    serve([
      region('p', '山西省', '140000000000', 'PROVINCE', null),
      region('c', '吕梁市', '141100000000', 'CITY', { id: 'p', name: '山西省' }),
      region('k', '交城县', '141122000000', 'COUNTY', { id: 'c', name: '吕梁市' }),
    ]);
    renderAs('BUREAU_ADMIN');
    expect(await screen.findByText('141100000000')).toBeTruthy();
    for (const label of ['省', '市', '县']) expect(screen.getAllByText(label)).toHaveLength(1);
    expect(screen.getAllByText('山西省')).toHaveLength(2);
  });

  it('tells an adviser without pairings that no village is paired yet', async () => {
    serve([]);
    renderAs('ADVISER');
    expect(await screen.findByText('还没有结对的村居')).toBeTruthy();
  });

  it('shows other tiers a plain empty state', async () => {
    serve([]);
    renderAs('OFFICE_STAFF');
    await waitFor(() => expect(screen.getByText('没有找到村居')).toBeTruthy());
    expect(screen.queryByText('还没有结对的村居')).toBeNull();
  });
});
