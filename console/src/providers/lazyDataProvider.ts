import type { DataProvider } from 'react-admin';

type Method = (...args: unknown[]) => Promise<unknown>;

let loading: Promise<DataProvider> | undefined;

/** The data provider module (Apollo, ra-data-graphql, the schema) once, on the first request; again after a failed download. */
function load(): Promise<DataProvider> {
  loading ??= import('./dataProvider').then(
    (module) => module.dataProvider as unknown as DataProvider,
    (error: unknown) => {
      loading = undefined;
      throw error;
    },
  );
  return loading;
}

/**
 * The console's data provider, downloaded when first asked for data (after signing in) rather than with the sign-in
 * page: it brings the GraphQL client and the API's schema, a good part of the console's JavaScript. Every method of
 * the real provider (react-admin's and the console's own, see dataProvider.ts) is reached by name.
 */
export const lazyDataProvider = new Proxy({} as DataProvider, {
  get(_target, name) {
    // Not a method: react-admin asks whether the provider takes abort signals, and awaiting must not treat it as a promise.
    if (typeof name === 'symbol' || name === 'then' || name === 'supportAbortSignal') return undefined;
    return (...args: unknown[]) => load().then((provider) => (provider[name] as Method)(...args));
  },
});
