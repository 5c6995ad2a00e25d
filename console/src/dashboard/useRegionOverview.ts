import { useEffect, useState } from 'react';
import { useDataProvider } from 'react-admin';
import type { Region } from '../resources/regions/RegionFields';

export interface TownshipCount {
  id: string;
  name: string;
  villages: number;
}

export interface RegionOverview {
  townships: number;
  villages: number;
  perTownship: TownshipCount[];
}

const PAGE = 100; // the API's largest page
const MAX_PAGES = 20;

/**
 * Townships and villages in the viewer's jurisdiction, counted per township: one request for the townships and one
 * per hundred villages (two for a county), rather than one per township.
 */
export function useRegionOverview(enabled = true) {
  const dataProvider = useDataProvider();
  const [state, setState] = useState<{ data?: RegionOverview; error?: unknown; isPending: boolean }>({
    isPending: enabled,
  });

  useEffect(() => {
    if (!enabled) return;
    const controller = new AbortController();
    const load = async (): Promise<RegionOverview> => {
      const townships = await dataProvider.getList<Pick<Region, 'id' | 'name'>>('regions', {
        pagination: { page: 1, perPage: PAGE },
        sort: { field: 'code', order: 'ASC' },
        filter: { level: 'TOWNSHIP' },
        signal: controller.signal,
      });
      const counts = new Map<string, number>();
      let villages = 0;
      let seen = 0;
      for (let page = 1; page <= MAX_PAGES; page++) {
        const result = await dataProvider.getList<Pick<Region, 'id' | 'parent'>>('regions', {
          pagination: { page, perPage: PAGE },
          sort: { field: 'code', order: 'ASC' },
          filter: { level: 'VILLAGE' },
          signal: controller.signal,
        });
        villages = result.total ?? 0;
        seen += result.data.length;
        for (const village of result.data) {
          const parentId = village.parent?.id;
          if (parentId) counts.set(parentId, (counts.get(parentId) ?? 0) + 1);
        }
        if (result.data.length < PAGE || seen >= villages) break;
      }
      return {
        townships: townships.total ?? townships.data.length,
        villages,
        perTownship: townships.data.map((t) => ({
          id: String(t.id),
          name: t.name,
          villages: counts.get(String(t.id)) ?? 0,
        })),
      };
    };
    load()
      .then((data) => setState({ data, isPending: false }))
      .catch((error: unknown) => {
        if (!controller.signal.aborted) setState({ error, isPending: false });
      });
    return () => controller.abort();
  }, [dataProvider, enabled]);

  return state;
}
