import { QueryClient } from '@tanstack/react-query';

/**
 * React Query by default holds back every request while the browser says it is offline, and resumes them when it is
 * online again: a save pressed without a signal spins until then. The console sends anyway ('always'): a read fails
 * at once with "no network" (or after the timeout on a signal that is there but dead), and a work-log entry goes to
 * the outbox (待同步) at once.
 */
export const createQueryClient = () =>
  new QueryClient({
    defaultOptions: {
      queries: { networkMode: 'always' },
      mutations: { networkMode: 'always' },
    },
  });

export const queryClient = createQueryClient();
