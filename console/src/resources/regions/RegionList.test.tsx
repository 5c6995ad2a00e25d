import { fireEvent, render, screen, waitFor, within } from '@testing-library/react';
import { AdminContext, memoryStore, ResourceContextProvider } from 'react-admin';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { createI18nProvider } from '../../i18n';
import { authProvider } from '../../providers/authProvider';
import { dataProvider } from '../../providers/dataProvider';
import { saveSession, type Role } from '../../providers/session';
import { serveGraphQL } from '../../test/graphqlServer';
import { renderAs as renderRoute } from '../../test/render';
import { RegionList } from './RegionList';
import { RegionShow } from './RegionShow';

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

const village = (id: string, name: string, code: string, over: Record<string, unknown> = {}) => ({
  ...region(id, name, code, 'VILLAGE', { id: 't1', name: '洪相乡' }),
  kind: 'VILLAGE',
  urbanRuralCode: '220',
  retiredOn: null,
  mergedInto: null,
  ...over,
});

describe('the region tree', { timeout: 20_000 }, () => {
  const hongxiang = { ...region('t1', '洪相乡', '141122106000', 'TOWNSHIP', { id: 'c', name: '交城县' }), retiredOn: null, mergedInto: null };
  const villages = [
    village('v1', '前塔新村', '141122106205'),
    village('v2', '郭窑村', '141122106208', { retiredOn: '2026-07-01', mergedInto: { id: 'v3', name: '郭社村' } }),
    village('v3', '郭社村', '141122106204'),
  ];

  it('opens a township onto its villages, a retired one greyed with its date and what it was merged into', async () => {
    const requests = serveGraphQL({
      regions: (v) => {
        const filter = (v.options as { filter?: { parentId?: string } }).filter;
        const items = filter?.parentId === 't1' ? villages : [hongxiang];
        return { items, totalItems: items.length, totalItemsExact: true };
      },
      uploadLimits: () => null,
    });
    renderRoute(
      'BUREAU_ADMIN',
      <ResourceContextProvider value="regions">
        <RegionList />
      </ResourceContextProvider>,
    );
    expect(await screen.findByText('洪相乡')).toBeTruthy();
    // The bureau's tools: the import wizard and the export in the import's layout.
    expect(screen.getByTestId('open-region-import')).toBeTruthy();
    expect(screen.getByTestId('export-regions')).toBeTruthy();
    fireEvent.click(within(screen.getByText('洪相乡').closest('tr')!).getByLabelText('展开'));
    const tree = await screen.findByTestId('region-children');
    await within(tree).findByText('郭窑村');
    const retired = within(tree).getByText('郭窑村').closest('tr')!;
    expect(retired.textContent).toContain('已撤并');
    expect(retired.textContent).toContain('2026-07-01 撤并');
    expect(retired.textContent).toContain('并入 郭社村');
    expect(getComputedStyle(retired).opacity).toBe('0.55');
    const inService = within(tree).getByText('前塔新村').closest('tr')!;
    expect(inService.textContent).not.toContain('已撤并');
    expect(getComputedStyle(inService).opacity).not.toBe('0.55');
    // Villages, retired ones included, by the township's id.
    const children = requests.find((r) => (r.variables.options as { filter?: { parentId?: string } }).filter?.parentId === 't1')!;
    expect(children.variables.options).toMatchObject({ filter: { parentId: 't1' }, sort: [{ field: 'CODE', order: 'ASC' }] });
  });

  it('shows a village’s rename history on its page, and a retired one says so first', async () => {
    serveGraphQL({
      region: () => ({
        ...villages[1],
        changes: [
          { id: 'h1', kind: 'RENAMED', oldValue: '郭窑', newValue: '郭窑村', effectiveOn: '2025-01-01', at: '2025-01-01T00:00:00Z' },
          { id: 'h2', kind: 'RETIRED', oldValue: null, newValue: '141122106204', effectiveOn: '2026-07-01', at: '2026-07-01T00:00:00Z' },
        ],
      }),
    });
    renderRoute(
      'BUREAU_ADMIN',
      <ResourceContextProvider value="regions">
        <RegionShow />
      </ResourceContextProvider>,
      { path: '/regions/v2/show', route: '/regions/:id/show' },
    );
    expect((await screen.findByTestId('region-retired-note')).textContent).toContain('该村（社区）已于 2026-07-01 撤并');
    const history = screen.getAllByTestId('region-change').map((e) => e.textContent);
    expect(history).toEqual(['2025-01-01 更名郭窑 → 郭窑村', '2026-07-01 撤并141122106204']);
    // A village has no township attributes to edit, nor a township's set of notice boards.
    expect(screen.queryByTestId('edit-township')).toBeNull();
    expect(screen.queryByTestId('download-township-notice-boards')).toBeNull();
  });

  it('offers the bureau the edit of a township, not an office; both print all its notice boards', async () => {
    serveGraphQL({
      region: () => ({ ...hongxiang, terrain: 'MOUNTAIN', supervisionPhone: '0358-3520999', changes: [] }),
      regions: () => ({ items: [], totalItems: 0, totalItemsExact: true }),
    });
    const page = (role: 'BUREAU_ADMIN' | 'OFFICE_STAFF') =>
      renderRoute(
        role,
        <ResourceContextProvider value="regions">
          <RegionShow />
        </ResourceContextProvider>,
        { path: '/regions/t1/show', route: '/regions/:id/show' },
      );
    const bureau = page('BUREAU_ADMIN');
    expect(await screen.findByText('0358-3520999')).toBeTruthy();
    expect(await screen.findByTestId('edit-township')).toBeTruthy();
    expect(screen.getByTestId('download-township-notice-boards').textContent).toBe('打印全部公示牌');
    bureau.unmount();
    page('OFFICE_STAFF');
    expect(await screen.findByText('0358-3520999')).toBeTruthy();
    expect(screen.queryByTestId('edit-township')).toBeNull();
    expect(screen.getByTestId('download-township-notice-boards')).toBeTruthy();
  });

  it('links a region’s parent, but not the parent above the viewer’s own township, whose page would not be found', async () => {
    serveGraphQL({
      region: () => ({ ...hongxiang, changes: [] }),
      regions: () => ({ items: [], totalItems: 0, totalItemsExact: true }),
    });
    const page = (scopeRegion: { id: string; name: string; level: string } | null) =>
      renderRoute(
        'OFFICE_STAFF',
        <ResourceContextProvider value="regions">
          <RegionShow />
        </ResourceContextProvider>,
        { path: '/regions/t1/show', route: '/regions/:id/show', scopeRegion: scopeRegion as never },
      );
    const own = page({ id: 't1', name: '洪相乡', level: 'TOWNSHIP' });
    expect((await screen.findByTestId('region-parent-outside')).textContent).toBe(hongxiang.parent!.name);
    expect(screen.queryByRole('link', { name: hongxiang.parent!.name })).toBeNull();
    own.unmount();
    page({ id: 'c', name: '交城县', level: 'COUNTY' });
    expect(await screen.findByRole('link', { name: hongxiang.parent!.name })).toBeTruthy();
  });
});
