import { useFetched } from '../../common/useFetched';
import type { CoverageParams } from '../../providers/coverage';
import { useFengqiaoDataProvider } from '../../providers/dataProvider';

/** The coverage for the given region and date, refetched when they change; the previous request is cancelled. */
export function useCoverage({ regionId, asOf, withLoads }: Omit<CoverageParams, 'signal'>, enabled = true) {
  const dataProvider = useFengqiaoDataProvider();
  return useFetched((signal) => dataProvider.coverage({ regionId, asOf, withLoads, signal }), [dataProvider, regionId, asOf, withLoads], enabled);
}
