import { useEffect, useState } from 'react';
import type { Coverage, CoverageParams } from '../../providers/coverage';
import { useFengqiaoDataProvider } from '../../providers/dataProvider';

/** The coverage for the given region and date, refetched when they change; the previous request is cancelled. */
export function useCoverage({ regionId, asOf, withLoads }: Omit<CoverageParams, 'signal'>, enabled = true) {
  const dataProvider = useFengqiaoDataProvider();
  const [state, setState] = useState<{ data?: Coverage; error?: unknown; isPending: boolean }>({ isPending: enabled });
  const [version, setVersion] = useState(0);

  useEffect(() => {
    if (!enabled) return;
    const controller = new AbortController();
    setState((s) => ({ data: s.data, isPending: true }));
    dataProvider
      .coverage({ regionId, asOf, withLoads, signal: controller.signal })
      .then((data) => setState({ data, isPending: false }))
      .catch((error: unknown) => {
        if (!controller.signal.aborted) setState({ error, isPending: false });
      });
    return () => controller.abort();
  }, [dataProvider, regionId, asOf, withLoads, enabled, version]);

  return { ...state, refetch: () => setVersion((v) => v + 1) };
}
