import { useEffect, useState, type DependencyList } from 'react';

/**
 * The result of an async read that depends on page state (a region, a date): refetched when `deps` change, the
 * previous request cancelled, the last data kept on screen while the next one loads.
 */
export function useFetched<T>(fetch: (signal: AbortSignal) => Promise<T>, deps: DependencyList, enabled = true) {
  const [state, setState] = useState<{ data?: T; error?: unknown; isPending: boolean }>({ isPending: enabled });
  const [version, setVersion] = useState(0);
  // biome-ignore lint/correctness/useExhaustiveDependencies: like useEffect, the hook takes its dependency list from the caller, who names what `fetch` reads (`fetch` itself is a new closure every render); `version` is the refetch trigger
  useEffect(() => {
    if (!enabled) return;
    const controller = new AbortController();
    setState((s) => ({ data: s.data, isPending: true }));
    fetch(controller.signal)
      .then((data) => setState({ data, isPending: false }))
      .catch((error: unknown) => {
        if (!controller.signal.aborted) setState({ error, isPending: false });
      });
    return () => controller.abort();
  }, [...deps, enabled, version]);
  return { ...state, refetch: () => setVersion((v) => v + 1) };
}
